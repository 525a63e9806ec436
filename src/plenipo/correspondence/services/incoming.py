"""Received letters: reading them, and turning what the officer accepts into records
through the owning apps' services."""

import datetime as dt

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.sources import cited_source
from plenipo.correspondence.models import IncomingLetter, Letter, Task
from plenipo.correspondence.reading import read_text
from plenipo.correspondence.reading.extract import ReadError, read_bytes
from plenipo.correspondence.reading.score import tokens
from plenipo.meetings.models import Meeting
from plenipo.meetings.services.meetings import record_meeting

KINDS = {"meetings", "deadlines", "enclosures"}


@transaction.atomic
def receive(*, name, data: bytes, by, received_on=None) -> IncomingLetter:
    """Read a received file; refuse it with the reason if it cannot be read."""
    try:
        text, kind = read_bytes(name, data)
    except ReadError as exc:
        raise InvalidInput(str(exc)) from None
    letter = IncomingLetter.objects.create(
        name=name[:200],
        format=kind,
        text=text,
        reading=read_text(text),
        received_on=received_on or dt.date.today(),  # noqa: DTZ011 -- calendar day
        received_by=by,
    )
    log_action(letter, "correspondence.incoming.received", by=by, data={"name": name})
    return letter


def _item(letter, kind, index):
    if kind not in KINDS:
        raise InvalidInput(f"unknown kind of item {kind!r}")
    items = letter.reading.get(kind) or []
    if not 0 <= index < len(items):
        raise NotFound(f"{letter} has no {kind} item {index}")
    return items[index]


GENERIC_ROOM_WORDS = {"room", "conference", "chamber", "hall", "salle", "sala"}


def _same_room(written: str, room) -> bool:
    """ "CR3" is Conference Room 3, "ECOSOC Chamber" is itself; "Room 42" is neither."""

    def significant(name):
        return tokens(name) - GENERIC_ROOM_WORDS

    compact = written.replace(" ", "").upper()
    digits = "".join(c for c in room.name if c.isdigit())
    if digits and compact == f"CR{digits}":
        return True
    return bool(significant(written)) and significant(written) == significant(room.name)


def matching_meeting(item, body=None):
    """An existing meeting the extracted one is: same day (and time and room, when both
    sides have them)."""
    if not item.get("start_date"):
        return None
    candidates = Meeting.objects.filter(Meeting.start.exactly(item["start_date"])).select_related(
        "room"
    )
    if body is not None:
        candidates = candidates.filter(body=body)
    for meeting in candidates:
        time = meeting.start_time.strftime("%H:%M") if meeting.start_time else None
        if item.get("start_time") and time and item["start_time"] != time:
            continue
        if item.get("room") and meeting.room_id and not _same_room(item["room"], meeting.room):
            continue
        return meeting
    return None


def _decide(letter, key, decision, by):
    letter.decisions[key] = decision
    letter.save(update_fields=["decisions"])
    log_action(letter, "correspondence.incoming.decided", by=by, data={"item": key, **decision})


@transaction.atomic
def accept_meeting(*, letter, index, by, body=None, title=None) -> Meeting:
    """Link the extracted meeting to the one already recorded, or record it."""
    item = _item(letter, "meetings", index)
    existing = matching_meeting(item, body)
    if existing is not None:
        _decide(letter, f"meetings/{index}", {"status": "linked", "meeting": existing.pk}, by)
        return existing
    if body is None:
        raise InvalidInput("no recorded meeting matches: choose the body the meeting belongs to")
    start = item.get("start_date")
    if not start:
        raise InvalidInput("the letter gives no day for this meeting; record it when it is fixed")
    # A time is local to its venue: keep it only when a recorded room says which zone.
    room = _recorded_room(item.get("room"))
    start_time = item.get("start_time") if room else None
    meeting = record_meeting(
        body=body,
        title=title or item.get("title") or "Meeting",
        kind="informal" if "informal" in (item.get("title") or "").lower() else "working_group",
        status=item.get("status") or "scheduled",
        start=start,
        end=item.get("end_date"),
        start_time=start_time,
        end_time=item.get("end_time") if start_time else None,
        room=room,
        city=item.get("city") or "",
        venue="" if room else item.get("room") or "",
        source=cited_source(reference=f"Received letter {letter.pk}", title=letter.name),
        by=by,
    )
    decision = {"status": "created", "meeting": meeting.pk}
    if item.get("start_time") and not start_time:
        decision["note"] = (
            f"time {item['start_time']} not recorded: the venue's time zone is not known"
        )
    _decide(letter, f"meetings/{index}", decision, by)
    return meeting


def _recorded_room(written):
    if not written:
        return None
    from plenipo.meetings.models import Room  # noqa: PLC0415 -- rooms are read here only

    return next((r for r in Room.objects.select_related("venue") if _same_room(written, r)), None)


@transaction.atomic
def accept_deadline(*, letter, index, by) -> Task:
    item = _item(letter, "deadlines", index)
    task = Task.objects.create(
        what=item.get("what") or "Deadline",
        due_on=item["date"],
        due_time=item.get("time") or "",
        from_letter=letter,
    )
    _decide(letter, f"deadlines/{index}", {"status": "task", "task": task.pk}, by)
    return task


@transaction.atomic
def accept_enclosure(*, letter, index, by) -> IncomingLetter:
    item = _item(letter, "enclosures", index)
    enclosure = IncomingLetter.objects.create(
        name=(item.get("description") or "Enclosure")[:200],
        format="enclosure",
        text="",
        reading={"date": item.get("date")},
        received_on=letter.received_on,
        received_by=by,
        enclosed_in=letter,
    )
    _decide(letter, f"enclosures/{index}", {"status": "linked", "letter": enclosure.pk}, by)
    return enclosure


@transaction.atomic
def reject(*, letter, kind, index, by) -> None:
    _item(letter, kind, index)
    _decide(letter, f"{kind}/{index}", {"status": "rejected"}, by)


@transaction.atomic
def link_reply(*, letter, by) -> Letter | None:
    """If the received letter cites the reference of one we sent, record it as the reply."""
    from plenipo.correspondence.services.letters import record_reply  # noqa: PLC0415

    cited = [
        letter.reading.get("reference"),
        *letter.reading.get("other_references", []),
        *letter.reading.get("documents_cited", []),
    ]
    sent = Letter.objects.filter(reference__in=[c for c in cited if c], status="sent").first()
    if sent is None:
        return None
    record_reply(
        letter=sent,
        received_on=letter.received_on,
        channel=letter.format,
        by=by,
        summary=f"Received letter “{letter.name}”",
    )
    letter.answers = sent
    letter.save(update_fields=["answers"])
    return sent
