"""Setting up a process from its office page: facilitators appointed and removed, milestones
added and marked, consultations linked; the API shows what the office wrote."""

import pytest
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.negotiations.models import Facilitator, Milestone
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services import processes
from tests.factories import meetings as meeting_factories
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
SOURCE = {
    "source": "https://example.org/letters/2026-03-01",
    "source_title": "Letter of the President, 1 March 2026",
}
APPOINTMENT = {
    "state": "aut",
    "role": "co-facilitator",
    "phase": "informal consultations",
    "appointed_by": "the President of the Committee",
    "appointed_on": "2026-02",
    **SOURCE,
}
MILESTONE = {
    "kind": "input_deadline",
    "title": "Written input on the zero draft",
    "not_before": "2026-04-06",
    "not_after": "2026-04-10",
    "time_text": "COB",
    "status": "planned",
    **SOURCE,
}


@pytest.fixture
def officer(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return client


@pytest.fixture
def process():
    return factories.process(CODE)


def _url(name, code=CODE):
    return reverse(f"office:negotiation-{name}", args=[code])


def _api(client, code=CODE):
    response = client.get(f"/api/negotiations/{code}")
    assert response.status_code == 200
    return response.json()


def _refused(response, message):
    assert response.status_code == 400
    html = response.content.decode()
    # a reason about the whole form above it as an alert, one about a field beside the field
    assert 'role="alert"' in html or 'class="errorlist"' in html
    assert message in html
    return html


def test_an_officer_appoints_a_facilitator_then_removes_the_appointment(officer, process):
    response = officer.post(_url("facilitator"), APPOINTMENT)
    assert response.status_code == 302
    assert response["Location"] == reverse("office:negotiation", args=[CODE]) + "#setup"
    facilitator = Facilitator.objects.get(process=process)
    assert facilitator.source.title == SOURCE["source_title"]
    shown = _api(officer)["facilitators"]
    assert shown == [
        {
            "phase": "informal consultations",
            "role": "co-facilitator",
            "state": "AUT",
            "person": None,
            "appointed_by": "the President of the Committee",
            "appointed_on": {
                "date": None,
                "not_before": "2026-02-01",
                "not_after": "2026-02-28",
                "text": "2026-02",
            },
        }
    ]  # the API names no source: the facilitator's is the office's citation
    page = officer.get(response["Location"]).content.decode()
    assert "AUT appointed co-facilitator for the informal consultations." in page

    removed = officer.post(_url("facilitator-remove"), {"facilitator": facilitator.pk})
    assert removed.status_code == 302
    assert _api(officer)["facilitators"] == []
    assert ActivityLog.objects.filter(
        action_type="negotiations.facilitator.removed", data__state="AUT"
    ).exists()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"state": "XXX"}, "unknown state code &#x27;XXX&#x27;"),
        ({"person": "Nobody Here"}, "no person &#x27;Nobody Here&#x27; in the registry"),
        ({"appointed_on": "2026-13"}, "appointed on:"),
        ({"source": ""}, "This field is required."),
    ],
)
def test_a_refused_appointment_shows_the_form_again_and_writes_nothing(
    officer, process, change, message
):
    html = _refused(officer.post(_url("facilitator"), APPOINTMENT | change), message)
    assert 'value="informal consultations"' in html  # as typed
    assert not Facilitator.objects.filter(process=process).exists()


def test_the_same_state_twice_in_a_phase_is_refused_on_the_page(officer, process):
    officer.post(_url("facilitator"), APPOINTMENT)
    again = officer.post(_url("facilitator"), APPOINTMENT | {"role": "chair"})
    _refused(again, "AUT already facilitates &#x27;informal consultations&#x27; of TIP-RES")
    assert Facilitator.objects.get(process=process).role == "co-facilitator"


def test_focal_points_cannot_set_up_a_process(client, focal_point_state_a, process):
    client.force_login(focal_point_state_a)
    assert client.post(_url("facilitator"), APPOINTMENT).status_code == 403
    assert client.post(_url("milestone"), MILESTONE).status_code == 403
    assert not Facilitator.objects.filter(process=process).exists()
    assert not Milestone.objects.filter(process=process).exists()


def test_a_milestone_bounded_by_two_days_is_added_then_marked_done(officer, process):
    assert officer.post(_url("milestone"), MILESTONE).status_code == 302
    milestone = Milestone.objects.get(process=process)
    (shown,) = _api(officer)["milestones"]
    assert (shown["not_before"], shown["not_after"], shown["time"]) == (
        "2026-04-06",
        "2026-04-10",
        "COB",
    )
    assert shown["status"] == "planned"

    marked = officer.post(_url("milestone-status"), {"milestone": milestone.pk, "status": "done"})
    assert marked.status_code == 302
    assert _api(officer)["milestones"][0]["status"] == "done"
    back = officer.post(_url("milestone-status"), {"milestone": milestone.pk, "status": "planned"})
    _refused(back, "a milestone that took place cannot go back to planned")
    milestone.refresh_from_db()
    assert milestone.status == "done"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"date": "2026-04-07"}, "give the milestone&#x27;s day (or month, or year)"),
        ({"not_before": "", "not_after": ""}, "give the milestone&#x27;s day (or month, or year)"),
        ({"not_before": "2026-04-11"}, "contradictory bounds"),
        ({"not_before": "", "not_after": "", "date": "April"}, "milestone date:"),
        ({"kind": "deadline"}, "Select a valid choice. deadline is not one of"),
    ],
)
def test_a_refused_milestone_shows_the_form_again_and_writes_nothing(
    officer, process, change, message
):
    html = _refused(officer.post(_url("milestone"), MILESTONE | change), message)
    assert 'value="Written input on the zero draft"' in html
    assert not Milestone.objects.filter(process=process).exists()


def test_a_recorded_meeting_is_linked_as_a_consultation_once(officer, process):
    meeting = meeting_factories.meeting(title="Informal consultations on the resolution")
    page = officer.get(reverse("office:negotiation", args=[CODE])).content.decode()
    assert "2030-04-14 · WG-TIP · Informal consultations on the resolution" in page
    assert officer.post(_url("consultation"), {"meeting": meeting.pk}).status_code == 302
    assert [c["id"] for c in _api(officer)["consultations"]] == [meeting.pk]
    again = officer.post(_url("consultation"), {"meeting": meeting.pk})
    _refused(again, "is already a consultation of TIP-RES")
    assert process.consultations.count() == 1


def test_an_adopted_process_still_takes_its_milestones_marked(officer):
    """The built-in 2017 declaration: adopted, its zero draft still recorded as planned."""
    process = get_process("GPA-DECLARATION-2017")
    planned = process.milestones.filter(status="planned").first()
    page = officer.get(reverse("office:negotiation", args=[process.code])).content.decode()
    assert 'id="milestone-status-form"' in page
    assert 'id="upload-form"' not in page
    url = _url("milestone-status", process.code)
    assert officer.post(url, {"milestone": planned.pk, "status": "done"}).status_code == 302
    planned.refresh_from_db()
    assert planned.status == "done"


def test_a_milestone_of_another_process_cannot_be_marked_from_this_one(officer, process):
    other = factories.process("OTHER-RES", draft=False)
    theirs = processes.add_milestone(
        process=other, kind="other", title="Theirs", date="2026", status="planned", by=None
    )
    response = officer.post(_url("milestone-status"), {"milestone": theirs.pk, "status": "done"})
    _refused(response, f"Select a valid choice. {theirs.pk} is not one of the available choices.")
    theirs.refresh_from_db()
    assert theirs.status == "planned"
