from django.urls import path

from plenipo.office import views

app_name = "office"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("monitoring/<str:code>/steps/new/", views.record_step_view, name="record-step"),
]
