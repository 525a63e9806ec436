"""A received letter that announces a meeting and asks for the delegation's composition by a
day: the review page shows that day as the meeting's registration deadline, accepting the
meeting as a new one sets it, and undoing the acceptance removes the meeting with it."""

import pytest
from django.urls import reverse

from plenipo.bodies.queries import get_body
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.reopen import reopen
from plenipo.meetings.models import Meeting

pytestmark = pytest.mark.django_db


def _note(deadline_day="15 mars 2027"):
    """A made-up note verbale written in Vienna about a meeting in Paris."""
    return (
        "La Mission permanente de la République du Nordland auprès de l'Office des Nations "
        "Unies à Vienne présente ses compliments au Secrétariat et a l'honneur de l'informer "
        "que la deuxième réunion du Groupe de travail se tiendra à Paris du 14 au 16 avril "
        "2027.\n\nLes États parties sont priés de communiquer la composition de leur "
        f"délégation au plus tard le {deadline_day}.\n\nLa Mission permanente saisit cette "
        "occasion pour renouveler au Secrétariat les assurances de sa très haute "
        "considération.\n\nVienne, le 20 novembre 2026\n"
    ).encode()


def _received(**kwargs):
    return incoming.receive(name="note.txt", data=_note(**kwargs), by=None)


def test_accepting_the_meeting_sets_its_city_and_registration_deadline():
    letter = _received()
    [read] = letter.reading["meetings"]
    assert read["city"] == "Paris"
    meeting = incoming.accept_meeting(letter=letter, index=0, by=None, body=get_body("WG-TIP"))
    assert (meeting.city, str(meeting.registration_deadline)) == ("Paris", "2027-03-15")
    assert letter.decisions["meetings/0"]["registration_deadline"] == "2027-03-15"


def test_undoing_the_acceptance_removes_the_meeting_and_its_deadline():
    letter = _received()
    meeting = incoming.accept_meeting(letter=letter, index=0, by=None, body=get_body("WG-TIP"))
    reopen(letter=letter, item="meetings/0", by=None)
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    assert "meetings/0" not in letter.decisions


def test_a_deadline_after_the_corrected_start_is_not_set_and_the_decision_says_so():
    letter = _received()
    meeting = incoming.accept_meeting(
        letter=letter,
        index=0,
        by=None,
        body=get_body("WG-TIP"),
        corrections={"start": "2027-03-01", "end": "2027-03-02"},
    )
    assert meeting.registration_deadline is None
    assert "after the meeting's start" in letter.decisions["meetings/0"]["registration_note"]


def test_the_review_page_shows_the_registration_deadline_before_acceptance(
    client, secretariat_officer
):
    letter = _received()
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:review", args=[letter.pk])).content.decode()
    assert "Registration by 15 March 2027" in page
    assert "the registration deadline of" in page
