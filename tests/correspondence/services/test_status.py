"""A letter's status and a received letter's items move only as their tables allow (the
cases come from the tables themselves, so a new status is covered once it has a row)."""

import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter, Letter, LetterStatus, Task
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.letters import approve, queue, record_sent
from plenipo.correspondence.services.status import set_status
from plenipo.correspondence.transitions import INCOMING_ITEM, LETTER, UNDECIDED
from plenipo.reading import read_text

pytestmark = pytest.mark.django_db


def _allowed(machine):
    return [(a, b) for a in machine.statuses for b in sorted(machine.allowed[a])]


def _letter(status, email=""):
    return Letter.objects.create(
        office=get_template("campaign-ratification-en").office,
        genre="formal_letter",
        language="en",
        date=dt.date(2031, 6, 2),
        body="Text.",
        recipient_post="Minister for Foreign Affairs",
        recipient_email=email,
        status=status,
    )


def _entries(letter):
    return ActivityLog.objects.filter(
        action_type__startswith="correspondence.letter.", object_id=str(letter.pk)
    ).order_by("pk")


def test_the_table_covers_every_letter_status():
    assert set(LETTER.statuses) == set(LetterStatus.values)


@pytest.mark.parametrize(("current", "new"), LETTER.refused())
def test_a_letter_refuses_what_its_table_refuses(current, new):
    letter = _letter(current)
    logged = ActivityLog.objects.count()
    with pytest.raises(InvalidInput) as refused:
        set_status(letter, new, by=None)
    assert str(refused.value) == f"{letter}: {LETTER.refusal(current, new)}"
    letter.refresh_from_db()
    assert (letter.status, ActivityLog.objects.count()) == (current, logged)


@pytest.mark.parametrize(("current", "new"), _allowed(LETTER))
def test_a_letter_moves_as_its_table_allows(current, new):
    letter = _letter(current)
    set_status(letter, new, by=None, note="test")
    letter.refresh_from_db()
    assert letter.status == new
    entry = _entries(letter).last()
    assert entry.data == {"from": current, "to": new, "note": "test"}


def test_a_sent_letter_never_goes_back_and_a_draft_is_approved_before_it_leaves():
    with pytest.raises(InvalidInput, match="a sent letter cannot go back to draft"):
        set_status(_letter("sent"), "draft", by=None)
    with pytest.raises(InvalidInput, match="must be approved before it is sent"):
        record_sent(letter=_letter("draft"), channel="hand", by=None)
    with pytest.raises(InvalidInput, match="not a draft"):
        approve(letter=_letter("approved"), by=None)


def test_the_services_record_who_did_what_in_one_entry(secretariat_officer):
    letter = _letter("draft", email="minister@example.org")
    approve(letter=letter, by=secretariat_officer)
    queue(letters=[letter], by=secretariat_officer)
    record_sent(letter=letter, channel="fax", by=secretariat_officer)
    entries = _entries(letter)
    assert [(e.action_type, e.data["to"]) for e in entries] == [
        ("correspondence.letter.approved", "approved"),
        ("correspondence.letter.queued", "queued"),
        ("correspondence.letter.sent", "sent"),
    ]
    letter.refresh_from_db()
    assert (letter.approved_by, letter.channel) == (secretariat_officer, "fax")


def test_a_failed_letter_is_not_queued_again():
    failed = _letter("failed", email="minister@example.org")
    queued, refused = queue(letters=[failed], by=None)
    assert queued == []
    assert refused[0][1].endswith("a failed letter is sent by hand, fax or post, not queued again")


def _received(decision=None):
    text = (
        "Vienna, 2 June 2031\n\nThe Secretariat has the honour to request replies by 1 July 2031.\n"
    )
    letter = IncomingLetter.objects.create(
        name="note.txt",
        format="txt",
        text=text,
        reading=read_text(text).to_json(),
        received_on=dt.date(2031, 6, 2),
    )
    if decision:
        letter.decisions = {"deadlines/0": {"status": decision}}
        letter.save()
    return letter


def test_every_item_status_has_a_row():
    decided = {"linked", "created", "task", "added", "rejected"}
    assert set(INCOMING_ITEM.statuses) == {UNDECIDED, *decided}


@pytest.mark.parametrize(("current", "new"), INCOMING_ITEM.refused())
def test_an_item_refuses_what_its_table_refuses(current, new):
    letter = _received(None if current == UNDECIDED else current)
    logged = ActivityLog.objects.count()
    with pytest.raises(InvalidInput) as refused:
        incoming.record_decision(letter, "deadlines/0", {"status": new}, None)
    assert str(refused.value).endswith(INCOMING_ITEM.refusal(current, new))
    letter.refresh_from_db()
    assert (letter.decisions.get("deadlines/0") or {}).get("status", UNDECIDED) == current
    assert ActivityLog.objects.count() == logged


def test_an_item_is_decided_once_and_a_second_decision_leaves_no_trace():
    letter = _received()
    incoming.accept_deadline(letter=letter, index=0, by=None)
    with pytest.raises(InvalidInput, match=r"already decided \(made a task\)"):
        incoming.accept_deadline(letter=letter, index=0, by=None)
    with pytest.raises(InvalidInput, match="already decided"):
        incoming.reject(letter=letter, kind="deadlines", index=0, by=None)
    assert Task.objects.filter(from_letter=letter).count() == 1
    letter.refresh_from_db()
    assert letter.decisions["deadlines/0"]["status"] == "task"
