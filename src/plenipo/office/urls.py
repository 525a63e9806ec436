from django.urls import path

from plenipo.office import views

app_name = "office"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("monitoring/<str:code>/steps/new/", views.record_step_view, name="record-step"),
    path("meetings/<int:meeting_id>/", views.reply_matrix_view, name="reply-matrix"),
    path("delegations/<int:pk>/decide/", views.decide_view, name="decide"),
    path("meetings/<int:meeting_id>/invite/", views.invite_members_view, name="invite-members"),
    path("delegations/<int:pk>/reply/", views.record_reply_view, name="record-reply"),
    path("delegations/<int:pk>/credentials/", views.credentials_view, name="credentials"),
]
