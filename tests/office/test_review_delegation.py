"""The review page's delegation announced by a received letter: its members shown to the
secretariat (e-mails too), the offer to add them to the state's delegation to the linked
meeting, adding, the refusal said in one line, the undo; and nobody else sees the page."""

import pytest

from plenipo.bodies.queries import get_body
from plenipo.correspondence.services import incoming
from plenipo.meetings.models import Delegation
from tests.correspondence.services.test_incoming_delegations import NOTE

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return incoming.receive(name="austria.txt", data=NOTE.encode(), by=None, again=True)


def _page(client, letter):
    return client.get(f"/office/inbox/{letter.pk}/").content.decode()


def _section(html):
    return html.split('<section id="participants">', 1)[1].split("</section>", 1)[0]


def test_the_members_read_are_shown_and_adding_waits_for_the_meeting(client, letter):
    shown = _section(_page(client, letter))
    assert "Anna Berger" in shown
    assert "jonas.huber@bmeia.example" in shown
    assert "Not offered: the letter is linked to no recorded meeting" in shown
    response = client.post(f"/office/inbox/{letter.pk}/delegation/", {"decision": "add"})
    assert response.status_code == 400
    assert "Not done: not added: the letter is linked to no recorded meeting" in (
        response.content.decode()
    )
    assert not Delegation.objects.exists()


def test_added_to_the_delegation_of_the_state_then_undone(client, letter):
    meeting = incoming.accept(
        letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"),
        corrections={"kind": "working_group"},
    )  # fmt: skip
    shown = _section(_page(client, letter))
    assert f"Add to the delegation of Austria to {meeting.title}" in shown
    response = client.post(
        f"/office/inbox/{letter.pk}/delegation/", {"decision": "add", "meeting": meeting.pk}
    )
    assert response.status_code == 302
    delegation = Delegation.objects.get(meeting=meeting, state__code="AUT")
    assert delegation.participants.count() == 3
    page = _page(client, letter)
    assert "Anna Berger, Jonas Huber, Olga Neumann added to the delegation." in page
    assert "added to the delegation of AUT" in _section(page)
    client.post(f"/office/inbox/{letter.pk}/delegation/", {"decision": "reopen"})
    assert not Delegation.objects.filter(pk=delegation.pk).exists()
    assert "Add to the delegation of Austria" in _section(_page(client, letter))


def test_a_focal_point_never_sees_the_members_e_mails(client, letter, focal_point_state_a):
    client.force_login(focal_point_state_a)
    response = client.get(f"/office/inbox/{letter.pk}/")
    assert response.status_code == 403
    assert "jonas.huber" not in response.content.decode()


def test_the_api_gives_the_members_to_the_secretariat_alone(client, letter, focal_point_state_a):
    reading = client.get(f"/api/inbox/{letter.pk}").json()["reading"]
    assert reading["participants"][1]["email"] == "jonas.huber@bmeia.example"
    client.force_login(focal_point_state_a)
    refused = client.get(f"/api/inbox/{letter.pk}")
    assert refused.status_code == 403
    assert "jonas.huber" not in refused.content.decode()
