"""The members of a delegation a received letter announces, added to its state's
delegation to the meeting the letter is linked to: who was added, who was already there,
the audit entry, the refusals in one line, and the undo."""

import pytest

from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.correspondence.services import incoming, incoming_delegations
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import register_delegation
from plenipo.registry.queries import get_state

pytestmark = pytest.mark.django_db

NOTE = (
    "Note No. 45/2031\n\n"
    "The Permanent Mission of Austria to the United Nations (Vienna) presents its "
    "compliments to the Secretariat of the United Nations Office on Drugs and Crime and has "
    "the honour to inform that the delegation of Austria to the fifth meeting of the Working "
    "Group on Trafficking in Persons, to be held in Vienna on 14 and 15 October 2031, will be "
    "composed as follows:\n\n"
    "- H.E. Ms Anna Berger, Ambassador, Permanent Representative (Head of Delegation)\n"
    "- Mr Jonas Huber, Counsellor, e-mail jonas.huber@bmeia.example\n"
    "- Ms Olga Neumann, Adviser\n\n"
    "The Permanent Mission of Austria avails itself of this opportunity to renew to the "
    "Secretariat the assurances of its highest consideration.\n\n"
    "Vienna, 3 September 2031\n"
)


def _received(text=NOTE, name="austria.txt"):
    return incoming.receive(name=name, data=text.encode(), by=None, again=True)


def _with_meeting(letter, officer=None):
    meeting = incoming.accept(
        letter=letter, item="meetings/0", by=officer, body=get_body("WG-TIP"),
        corrections={"kind": "working_group"},
    )  # fmt: skip
    letter.refresh_from_db()
    return meeting


def test_the_letter_reads_the_members_and_its_sender_state_is_linked():
    letter = _received()
    reading = incoming.reading_of(letter)
    assert [p.name for p in reading.participants] == ["Anna Berger", "Jonas Huber", "Olga Neumann"]
    assert incoming_delegations.sender_state(letter).code == "AUT"


def test_accepted_members_join_the_delegation_with_an_audit_entry(secretariat_officer):
    letter = _received()
    meeting = _with_meeting(letter, secretariat_officer)
    decision = incoming_delegations.add_participants(letter=letter, by=secretariat_officer)
    delegation = Delegation.objects.get(meeting=meeting, state=get_state("AUT"))
    people = [(p.role, p.name, p.title, p.email) for p in delegation.participants.all()]
    assert people == [
        ("head", "Anna Berger", "Ambassador, Permanent Representative", ""),
        ("adviser", "Jonas Huber", "Counsellor", "jonas.huber@bmeia.example"),
        ("adviser", "Olga Neumann", "Adviser", ""),
    ]
    assert delegation.entered_by_secretariat
    assert delegation.entry_letter == letter.pk
    assert decision["added"] == ["Anna Berger", "Jonas Huber", "Olga Neumann"]
    assert decision["as_adviser"] == ["Jonas Huber"]  # the letter gives him no role
    logged = (
        ActivityLog.objects.filter(
            action_type="correspondence.incoming.decided", object_id=str(letter.pk)
        )
        .order_by("pk")
        .last()
    )
    assert logged.data["item"] == "participants"
    assert logged.actor == secretariat_officer
    assert letter.decisions["participants"]["status"] == "added"


def test_a_person_already_listed_is_not_added_twice_and_is_reported(secretariat_officer):
    letter = _received()
    meeting = _with_meeting(letter, secretariat_officer)
    from plenipo.meetings.services.delegations import invite  # noqa: PLC0415

    delegation = invite(meeting=meeting, party=get_state("AUT"), by=None)
    register_delegation(
        delegation=delegation,
        participants=[{"role": "head", "name": "anna  BERGER", "title": "Ambassador"}],
        expected_version=delegation.version,
        by=None,
    )
    decision = incoming_delegations.add_participants(letter=letter, by=secretariat_officer)
    assert decision["already"] == ["Anna Berger"]
    assert decision["added"] == ["Jonas Huber", "Olga Neumann"]
    names = [p.name for p in Delegation.objects.get(pk=delegation.pk).participants.all()]
    assert names == ["anna  BERGER", "Jonas Huber", "Olga Neumann"]
    # undone: the delegation as it was
    incoming_delegations.undo_participants(letter=letter, by=secretariat_officer)
    delegation.refresh_from_db()
    assert [p.name for p in delegation.participants.all()] == ["anna  BERGER"]
    assert not delegation.entered_by_secretariat
    assert "participants" not in letter.decisions


def test_undo_removes_the_delegation_it_added_unless_changed_since(secretariat_officer):
    letter = _received()
    meeting = _with_meeting(letter, secretariat_officer)
    decision = incoming_delegations.add_participants(letter=letter, by=secretariat_officer)
    delegation = Delegation.objects.get(pk=decision["delegation"])
    register_delegation(
        delegation=delegation,
        participants=[{"role": "head", "name": "Anna Berger"}],
        expected_version=delegation.version,
        by=None,
    )
    with pytest.raises(InvalidInput, match="was changed after the letter's members were added"):
        incoming_delegations.undo_participants(letter=letter, by=secretariat_officer)
    assert letter.decisions["participants"]["status"] == "added"
    other = _received(name="again.txt")
    other.decisions = {}
    incoming.accept(letter=other, item="meetings/0", by=None, body=get_body("WG-TIP"))
    Delegation.objects.filter(pk=delegation.pk).delete()
    other.refresh_from_db()
    incoming_delegations.add_participants(letter=other, by=secretariat_officer)
    incoming_delegations.undo_participants(letter=other, by=secretariat_officer)
    assert not Delegation.objects.filter(meeting=meeting, state=get_state("AUT")).exists()


def test_refused_in_one_line_when_no_meeting_is_linked(secretariat_officer):
    letter = _received()
    with pytest.raises(InvalidInput) as refused:
        incoming_delegations.add_participants(letter=letter, by=secretariat_officer)
    assert str(refused.value) == (
        "not added: the letter is linked to no recorded meeting: accept or link its meeting first"
    )
    assert "participants" not in letter.decisions


def test_refused_in_one_line_when_the_senders_state_is_not_linked(secretariat_officer):
    letter = _received(NOTE.replace("Austria", "Norland"), name="norland.txt")
    _with_meeting(letter, secretariat_officer)
    with pytest.raises(InvalidInput, match=r"^not added: the sender's state is not linked"):
        incoming_delegations.add_participants(letter=letter, by=secretariat_officer)
    assert not Delegation.objects.exists()
