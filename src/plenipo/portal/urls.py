from django.urls import path

from plenipo.portal import views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("meetings/<int:meeting_id>/delegation/", views.edit_delegation, name="edit-delegation"),
    path("delegations/<int:pk>/", views.delegation_detail, name="delegation"),
]
