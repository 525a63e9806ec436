from django.urls import path

from plenipo.public import negotiations, views

app_name = "public"
urlpatterns = [
    path("", views.instrument_list, name="instruments"),
    path("instruments/<str:code>/", views.instrument_status, name="instrument"),
    path("instruments/<str:code>/status.<str:fmt>", views.status_export, name="export"),
    path("states/", views.state_list, name="states"),
    path("states/<str:code>/", views.state_detail, name="state"),
    path("bodies/", views.body_list, name="bodies"),
    path("bodies/<str:code>/", views.body_detail, name="body"),
    path("decisions/<path:symbol>/", views.decision_detail, name="decision"),
    path("monitoring/<str:code>/", views.monitoring_detail, name="monitoring"),
    path("meetings/", views.meeting_list, name="meetings"),
    path("meetings/<int:pk>/", views.meeting_detail, name="meeting"),
    path("meetings/<int:pk>/participants.<str:fmt>", views.participants, name="participants"),
    path("negotiations/", negotiations.process_list, name="negotiations"),
    path("negotiations/<str:code>/", negotiations.process_detail, name="negotiation"),
    path("negotiations/<str:code>/diff/", negotiations.version_diff, name="negotiation-diff"),
    path(
        "negotiations/<str:code>/versions/<str:label>/",
        negotiations.version_detail,
        name="negotiation-version",
    ),
    path(
        "negotiations/<str:code>/versions/<str:label>/text.<str:fmt>",
        negotiations.version_file,
        name="negotiation-file",
    ),
    path("calendar/bodies/<str:code>.ics", views.body_calendar, name="body-calendar"),
    path("calendar/meetings/<int:pk>.ics", views.meeting_calendar, name="meeting-calendar"),
    path("calendar/states/<str:code>.ics", views.state_calendar, name="state-calendar"),
]
