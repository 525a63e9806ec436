from django.urls import path

from plenipo.office import correspondence, inbox, views

app_name = "office"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("monitoring/<str:code>/steps/new/", views.record_step_view, name="record-step"),
    path("meetings/<int:meeting_id>/", views.reply_matrix_view, name="reply-matrix"),
    path("delegations/<int:pk>/decide/", views.decide_view, name="decide"),
    path("meetings/<int:meeting_id>/invite/", views.invite_members_view, name="invite-members"),
    path("delegations/<int:pk>/reply/", views.record_reply_view, name="record-reply"),
    path("delegations/<int:pk>/credentials/", views.credentials_view, name="credentials"),
    path("letters/", correspondence.letter_list, name="letters"),
    path("letters/merge/", correspondence.merge_view, name="merge"),
    path("letters/outbox/flush/", correspondence.flush_view, name="flush"),
    path("letters/replies/", correspondence.replies_view, name="replies"),
    path("letters/<int:pk>/", correspondence.letter_detail, name="letter"),
    path("letters/<int:pk>/file.<str:fmt>", correspondence.letter_file, name="letter-file"),
    path("letters/<int:pk>/<str:action>/", correspondence.letter_action, name="letter-action"),
    path("campaigns/<slug:code>/", correspondence.campaign_view, name="campaign"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/<int:pk>/", inbox.review, name="review"),
    path("inbox/<int:pk>/<str:kind>/<int:index>/", inbox.decide, name="decide-item"),
]
