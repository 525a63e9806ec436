from django.urls import path

from plenipo.office import (
    campaigns,
    correspondence,
    drafting,
    inbox,
    meeting_views,
    negotiations,
    views,
)

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
    path("letters/draft/", drafting.draft_view, name="draft"),
    path("letters/merge/", drafting.merge_view, name="merge"),
    path("letters/batch/", drafting.batch_view, name="batch"),
    path("letters/outbox/flush/", correspondence.flush_view, name="flush"),
    path("letters/replies/", correspondence.replies_view, name="replies"),
    path("letters/<int:pk>/", correspondence.letter_detail, name="letter"),
    path("letters/<int:pk>/file.<str:fmt>", correspondence.letter_file, name="letter-file"),
    path("letters/<int:pk>/<str:action>/", correspondence.letter_action, name="letter-action"),
    path("campaigns/", campaigns.campaign_list, name="campaigns"),
    path("campaigns/<slug:code>/", campaigns.campaign_view, name="campaign"),
    path("inbox/", inbox.inbox, name="inbox"),
    path("inbox/<int:pk>/", inbox.review, name="review"),
    path("inbox/<int:pk>/<str:kind>/<int:index>/", inbox.decide, name="decide-item"),
    path("negotiations/", negotiations.process_list, name="negotiations"),
    path("negotiations/<str:code>/", negotiations.process_detail, name="negotiation"),
    path(
        "negotiations/<str:code>/versions/",
        negotiations.version_upload,
        name="negotiation-upload",
    ),
    path(
        "negotiations/<str:code>/versions/<str:label>/",
        negotiations.version_text,
        name="negotiation-text",
    ),
    path(
        "negotiations/<str:code>/versions/<str:label>/circulate/",
        negotiations.circulate,
        name="negotiation-circulate",
    ),
    path(
        "negotiations/<str:code>/versions/<str:label>/compilation.<str:fmt>",
        negotiations.compilation_file,
        name="negotiation-compilation",
    ),
    path(
        "negotiations/<str:code>/proposals/<int:pk>/decide/",
        negotiations.decide,
        name="negotiation-decide",
    ),
    path("negotiations/<str:code>/revise/", negotiations.revise, name="negotiation-revise"),
    path(
        "negotiations/<str:code>/silence/", negotiations.silence_start, name="negotiation-silence"
    ),
    path(
        "negotiations/<str:code>/silence/break/",
        negotiations.silence_break,
        name="negotiation-break",
    ),
]
