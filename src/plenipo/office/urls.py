from django.urls import path

from plenipo.office import correspondence, inbox, jobs, meeting_views, views

app_name = "office"
urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("monitoring/<str:code>/steps/new/", views.record_step_view, name="record-step"),
    path("meetings/", meeting_views.meeting_list, name="meetings"),
    path("meetings/new/", meeting_views.meeting_create, name="meeting-create"),
    path("meetings/<int:meeting_id>/edit/", meeting_views.meeting_edit, name="meeting-edit"),
    path("meetings/<int:meeting_id>/copy/", meeting_views.meeting_copy, name="meeting-copy"),
    path("meetings/<int:meeting_id>/agenda/", meeting_views.agenda_add, name="agenda-add"),
    path("agenda/<int:pk>/", meeting_views.agenda_item, name="agenda-item"),
    path("meetings/<int:meeting_id>/documents/", meeting_views.document_add, name="document-add"),
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
    path("jobs/", jobs.job_list, name="jobs"),
    path("jobs/<int:pk>/", jobs.job_detail, name="job"),
    path("jobs/<int:pk>/file/", jobs.job_file, name="job-file"),
    path("jobs/<int:pk>/retry/", jobs.job_retry, name="job-retry"),
    path(
        "meetings/<int:meeting_id>/participants/",
        jobs.participants_job,
        name="participants-job",
    ),
    path("inbox/<int:pk>/", inbox.review, name="review"),
    path("inbox/<int:pk>/<str:kind>/<int:index>/", inbox.decide, name="decide-item"),
]
