"""A received letter's meeting linked to one already recorded: the letter's registration
deadline is set on the recorded meeting only where it has none (checked and audited as when
accepting a new meeting); a recorded deadline is kept and the decision says the letter's
differs; the review page shows both before the officer decides."""

import datetime as dt

import pytest
from django.urls import reverse

from plenipo.bodies.queries import get_body
from plenipo.bodies.services.bodies import add_body
from plenipo.core.models import ActivityLog
from plenipo.core.sources import cited_source
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.reopen import reopen
from plenipo.registry.services.states import add_organization
from tests.factories import meetings as factories
from tests.office.test_registration_deadlines import _received

pytestmark = pytest.mark.django_db
LETTERS_DAY = dt.date(2027, 3, 15)  # "au plus tard le 15 mars 2027"


def _recorded(**extra):
    """The meeting the made-up note announces, recorded before the note came."""
    fields = {"start": "2027-04-14", "end": "2027-04-16", "city": "Paris"}
    return factories.meeting(timezone="Europe/Paris", **{**fields, **extra})


def test_a_recorded_meeting_without_a_deadline_takes_the_letters():
    meeting = _recorded()
    letter = _received()
    incoming.link_meeting(letter=letter, index=0, meeting=meeting, by=None)
    meeting.refresh_from_db()
    assert meeting.registration_deadline == LETTERS_DAY
    assert letter.decisions["meetings/0"]["registration_deadline"] == "2027-03-15"
    updated = ActivityLog.objects.filter(action_type="meetings.meeting.updated").last()
    assert updated.data["changed"] == ["registration_deadline"]
    reopen(letter=letter, item="meetings/0", by=None)
    meeting.refresh_from_db()
    assert meeting.registration_deadline is None  # the link undone takes it back


def test_a_recorded_deadline_is_kept_and_the_decision_says_the_letters_differs():
    meeting = _recorded(registration_deadline=dt.date(2027, 3, 1))
    letter = _received()
    incoming.link_meeting(letter=letter, index=0, meeting=meeting, by=None)
    meeting.refresh_from_db()
    assert meeting.registration_deadline == dt.date(2027, 3, 1)
    note = letter.decisions["meetings/0"]["registration_note"]
    assert note == (
        "registration deadline 2027-03-15 not set: the recorded meeting keeps its own (2027-03-01)"
    )
    assert "registration_deadline" not in letter.decisions["meetings/0"]


def test_a_letters_deadline_after_the_recorded_start_is_refused_with_the_reason():
    meeting = _recorded(start="2027-03-10", end="2027-03-11")
    letter = _received()
    incoming.link_meeting(letter=letter, index=0, meeting=meeting, by=None)
    meeting.refresh_from_db()
    assert meeting.registration_deadline is None
    assert "after the meeting's start" in letter.decisions["meetings/0"]["registration_note"]


def test_accepting_a_meeting_that_matches_a_recorded_one_sets_its_deadline_too():
    meeting = _recorded()
    letter = _received()
    linked = incoming.accept_meeting(letter=letter, index=0, by=None, body=get_body("WG-TIP"))
    assert linked == meeting
    assert letter.decisions["meetings/0"]["status"] == "linked"
    meeting.refresh_from_db()
    assert meeting.registration_deadline == LETTERS_DAY


def test_the_review_page_shows_both_deadlines_before_linking(client, secretariat_officer):
    _recorded(registration_deadline=dt.date(2027, 3, 1))
    letter = _received()
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:review", args=[letter.pk])).content.decode()
    assert "Registration by 15 March 2027" in page
    assert "(the recorded meeting's: 1 March 2027, kept)" in page


def _review(client, officer, letter):
    client.force_login(officer)
    return client.get(reverse("office:review", args=[letter.pk])).content.decode()


def test_the_meetings_registration_deadline_is_not_offered_as_a_task(client, secretariat_officer):
    letter = _received()
    page = _review(client, secretariat_officer, letter)
    assert 'value="accept">Make a task</button>' not in page
    assert "Make a task as corrected" not in page  # nor once its values are edited
    assert "no task: it is the meeting's registration deadline" in page
    incoming.accept_meeting(letter=letter, index=0, by=None, body=get_body("WG-TIP"))
    page = _review(client, secretariat_officer, letter)
    assert 'value="accept">Make a task</button>' not in page
    assert "Make a task as corrected" not in page


def test_a_task_is_offered_where_the_recorded_meeting_keeps_its_own(client, secretariat_officer):
    _recorded(registration_deadline=dt.date(2027, 3, 1))
    page = _review(client, secretariat_officer, _received())
    assert 'value="accept">Make a task</button>' in page
    assert "Make a task as corrected" in page
    assert "no task:" not in page


def _body_of_another_organization():
    """A body of an organization none of the office's sending offices writes for."""
    source = cited_source(reference="test", title="test", internal=True)
    organization = add_organization(
        code="OSCE-X", name="Organization X", kind="regional", source=source, by=None
    )
    return add_body(
        code="OSCE-X-AATP",
        name="Alliance against Trafficking in Persons",
        kind="working_group",
        organization=organization,
        source=source,
        by=None,
    )


def test_a_task_is_offered_for_the_registration_deadline_of_a_meeting_not_the_offices(
    client, secretariat_officer
):
    letter = _received()
    incoming.accept_meeting(letter=letter, index=0, by=None, body=_body_of_another_organization())
    page = _review(client, secretariat_officer, letter)
    assert 'value="accept">Make a task</button>' in page
    assert "no task:" not in page
    task = incoming.accept(letter=letter, item="deadlines/0", by=None)
    assert task.due_on == dt.date(2027, 3, 15)


def test_an_unknown_body_in_a_refused_form_leaves_the_deadline_as_the_meetings(
    client, secretariat_officer
):
    letter = _received()
    client.force_login(secretariat_officer)
    url = reverse("office:decide-item", args=[letter.pk, "meetings", 0])
    # a day that is not one: the page comes back with the officer's input, body included
    posted = {"decision": "accept", "body": "NO-SUCH-BODY", "meetings-0-start": "2027-02-30"}
    response = client.post(url, {**posted, "meetings-0-title": "Meeting", "meetings-0-status": "x"})
    assert response.status_code == 400
    assert "no task: it is the meeting's registration deadline" in response.content.decode()
