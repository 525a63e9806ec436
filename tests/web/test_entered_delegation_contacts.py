"""A delegation the secretariat entered (through the API, as the office's page does): its
participants' e-mail addresses reach the secretariat and the state's own focal point, and no
one else — not the other state, not the anonymous, not the list of participants."""

import pytest

from plenipo.meetings.exporters import participants_csv, participants_html
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import decide_registration
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
EMAIL = "anna.berger@aut.example"
PEOPLE = [
    {"role": "head", "name": "Anna Berger", "title": "Ambassador", "email": EMAIL},
    {"role": "adviser", "name": "Bernd Huber", "title": "Counsellor"},
]


@pytest.fixture
def entered(client, secretariat_officer):
    """Austria's delegation, announced by note verbale, entered by the secretariat through
    the API, approved, on a meeting whose list of participants is published."""
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    client.force_login(secretariat_officer)
    response = client.put(
        f"/api/meetings/{meeting.pk}/delegations/AUT",
        {"participants": PEOPLE, "source": "note verbale No. 123"},
        content_type="application/json",
    )
    assert response.status_code == 200, response.content
    assert response.json()["participants"][0]["email"] == EMAIL  # the secretariat sees it
    client.logout()
    austria = Delegation.objects.get(meeting=meeting, state__code="AUT")
    assert (austria.entered_by_secretariat, austria.entry_source) == (True, "note verbale No. 123")
    decide_registration(delegation=austria, approve=True, by=None)
    meeting.participants_published = True
    meeting.save()
    return austria


def _api(client, delegation) -> str:
    return client.get(f"/api/meetings/{delegation.meeting_id}/delegations").content.decode()


@pytest.mark.parametrize(
    ("persona", "sees"),
    [
        ("anonymous", False),
        ("focal_point_state_a", True),  # Austria's own
        ("focal_point_state_b", False),  # Belgium's
        ("secretariat_officer", True),
    ],
)
def test_each_persona_sees_the_address_or_not(client, request, entered, persona, sees):
    if persona != "anonymous":
        client.force_login(request.getfixturevalue(persona))
    body = _api(client, entered)
    assert "Anna Berger" in body  # the list is published: the names are public
    assert (EMAIL in body) is sees
    public = client.get(f"/meetings/{entered.meeting_id}/").content.decode()
    assert EMAIL not in public


def test_the_own_focal_point_and_the_secretariat_see_it_on_their_pages(
    client, entered, focal_point_state_a, secretariat_officer
):
    client.force_login(focal_point_state_a)
    portal = client.get(f"/portal/meetings/{entered.meeting_id}/delegation/").content.decode()
    assert EMAIL in portal
    client.force_login(secretariat_officer)
    office = client.get(f"/office/delegations/{entered.pk}/enter/").content.decode()
    assert EMAIL in office


def test_the_other_state_sees_the_published_names_without_the_address(
    client, entered, focal_point_state_b
):
    client.force_login(focal_point_state_b)
    published = client.get(f"/portal/delegations/{entered.pk}/").content.decode()
    assert "Anna Berger" in published
    assert EMAIL not in published
    assert client.get(f"/office/delegations/{entered.pk}/enter/").status_code == 403


def test_the_public_list_of_participants_carries_no_address(client, entered):
    csv = client.get(f"/meetings/{entered.meeting_id}/participants.csv")
    assert csv.status_code == 200
    assert "Anna Berger" in csv.content.decode()
    assert EMAIL not in csv.content.decode()
    meeting = entered.meeting
    assert EMAIL not in participants_csv(meeting).decode()
    html = participants_html(meeting)  # what the PDF is printed from
    assert "Anna Berger" in html
    assert EMAIL not in html
