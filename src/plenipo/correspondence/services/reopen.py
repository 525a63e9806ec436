"""Undoing an officer's decision on an item read from a received letter: the item is
reopened (undecided again), and what accepting it created is removed, but only while
nothing refers to it yet. A meeting that was merely linked existed before: it stays."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.references import referred_by
from plenipo.correspondence.models import IncomingLetter, MeetingNamed, Task
from plenipo.correspondence.services.incoming import (
    UNDECIDED,
    parse_item,
    read_item,
    record_decision,
)
from plenipo.correspondence.services.registration_deadlines import undo_deadline_on_linked
from plenipo.meetings.models import Meeting
from plenipo.meetings.services.meetings import remove_meeting


@transaction.atomic
def reopen(*, letter, item: str, by) -> dict:
    """Reopen ``item`` ("meetings/0") of ``letter``: remove the meeting, task or letter
    accepting it created (refused, with the reason, when something refers to it), then
    mark it undecided; the audit entry records the decision undone and what was removed.
    Returns ``{"undone": the decision, "removed": what was removed, in words}``."""
    kind, index = parse_item(item)
    key = f"{kind}/{index}"
    read_item(letter, kind, index)  # refuses an item the letter does not have
    locked = IncomingLetter.objects.select_for_update().get(pk=letter.pk)
    letter.decisions = locked.decisions
    decision = letter.decisions.get(key)
    if not decision:
        raise InvalidInput(f"{letter}, {key}: the item is not decided: there is nothing to undo")
    removed = _remove_what_it_made(letter, key, decision, by)
    undone = {"undone": decision, "removed": removed} if removed else {"undone": decision}
    record_decision(
        letter,
        key,
        {"status": UNDECIDED},
        by,
        action="correspondence.incoming.reopened",
        data=undone,
    )
    return {"undone": decision, "removed": removed}


def _remove_what_it_made(letter, key, decision, by) -> str:
    """What was removed, in words ("meeting “…”"); "" when the decision created nothing."""
    why = f"the decision on {key} of received letter {letter.pk} was undone"
    if decision["status"] == "created" and decision.get("meeting"):
        meeting = Meeting.objects.filter(pk=decision["meeting"]).select_related("body").first()
        if meeting is None:
            return ""
        others = _letters_naming(letter, key, meeting.pk)
        if others:
            raise InvalidInput(
                f"meeting “{meeting.title}” is not removed: received letter {others[0]} "
                "is linked to it"
            )
        remove_meeting(meeting, by=by, why=why)
        return f"meeting “{meeting.title}”"
    if decision["status"] == "linked" and decision.get("registration_deadline"):
        meeting = Meeting.objects.filter(pk=decision.get("meeting")).first()
        if meeting and undo_deadline_on_linked(decision, meeting, by):
            return f"the registration deadline it set on meeting “{meeting.title}”"
        return ""
    if decision["status"] == "task" and decision.get("task"):
        return _remove_task(decision["task"], by, why)
    if key.startswith("enclosures/") and decision.get("letter"):
        return _remove_enclosure(decision["letter"], by, why)
    return ""


def _letters_naming(letter, key, pk) -> list[int]:
    """The received letters (other than this decision) whose decisions name meeting ``pk``."""
    named = MeetingNamed.objects.filter(meeting_number=pk).exclude(letter=letter, item=key)
    return sorted(set(named.values_list("letter_id", flat=True)))


def _remove_task(pk, by, why) -> str:
    task = Task.objects.filter(pk=pk).first()
    if task is None:
        return ""
    if task.done:
        raise InvalidInput(f"task “{task.what[:60]}” is not removed: it is already done")
    referring = referred_by(task)
    if referring:
        raise InvalidInput(
            f"task “{task.what[:60]}” is not removed: {', '.join(referring)} refer to it"
        )
    log_action(task, "correspondence.task.removed", by=by, data={"what": task.what, "why": why})
    task.delete()
    return f"task “{task.what[:60]}”"


def _remove_enclosure(pk, by, why) -> str:
    enclosure = IncomingLetter.objects.filter(pk=pk).first()
    if enclosure is None:
        return ""
    if enclosure.decisions:
        raise InvalidInput(
            f"received letter {pk} (“{enclosure.name}”) is not removed: items of it are "
            "decided; undo those first"
        )
    referring = referred_by(enclosure)
    if referring:
        raise InvalidInput(
            f"received letter {pk} (“{enclosure.name}”) is not removed: "
            f"{', '.join(referring)} refer to it"
        )
    log_action(
        enclosure,
        "correspondence.incoming.removed",
        by=by,
        data={"name": enclosure.name, "why": why},
    )
    enclosure.delete()
    return f"received letter {pk} (“{enclosure.name}”)"
