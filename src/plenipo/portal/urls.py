from django.urls import path

from plenipo.portal import letters, negotiations, views

app_name = "portal"
urlpatterns = [
    path("", views.home, name="home"),
    path("meetings/<int:meeting_id>/delegation/", views.edit_delegation, name="edit-delegation"),
    path("delegations/<int:pk>/", views.delegation_detail, name="delegation"),
    path("letters/", letters.letter_list, name="letters"),
    path("letters/<int:pk>/file.<str:fmt>", letters.letter_file, name="letter-file"),
    path("negotiations/", negotiations.process_list, name="negotiations"),
    path("negotiations/<str:code>/", negotiations.process_detail, name="negotiation"),
    path("negotiations/<str:code>/proposals/", negotiations.propose, name="negotiation-propose"),
    path(
        "negotiations/<str:code>/proposals/<int:pk>/<str:stance>/",
        negotiations.stance,
        name="negotiation-stance",
    ),
]
