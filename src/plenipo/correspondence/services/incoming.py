"""Received letters: reading them, and turning what the officer accepts into records
through the owning apps' services. With ``incoming_matches`` (what a letter names, matched
to the registry), the only door from correspondence to the reader (``plenipo.reading``); a
stored reading is read back as a ``Reading``."""

import datetime as dt
import hashlib
import re
from dataclasses import replace

from django.core.files.base import ContentFile
from django.db import transaction

from plenipo.bodies.services.bodies import add_body
from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.listing import fold
from plenipo.core.partialdates import DateBounds, DateError, parse_iso_day
from plenipo.core.sources import cited_source
from plenipo.core.transitions import RefusedTransition
from plenipo.core.uploads import safe_file_name
from plenipo.correspondence.models import IncomingLetter, MeetingNamed, Task
from plenipo.correspondence.services.letter_venues import (
    checked_time_zone,
    matching_meeting,
    recorded_room,
    venue_time_zone,
)
from plenipo.correspondence.services.registration_deadlines import (
    deadline_on_linked,
    registration_deadline,
)
from plenipo.correspondence.services.tasks import add_task
from plenipo.correspondence.transitions import INCOMING_ITEM, UNDECIDED
from plenipo.meetings.models import Meeting
from plenipo.meetings.schedule import ZONE_NOT_STATED
from plenipo.meetings.services.meetings import record_meeting
from plenipo.meetings.spec import MEETING_KINDS, MeetingSpec, implied_meeting_kind, parse_time
from plenipo.reading import (
    ITEM_KINDS,
    OwnDate,
    ReadError,
    Reading,
    ReadingFormatError,
    read_bytes,
    read_text,
)
from plenipo.reading import files as reading_files
from plenipo.registry.services.states import add_organization

ITEM_KEY = re.compile(r"^(?P<kind>[a-z]+)/(?P<index>\d{1,4})$")


# Surfaces refuse a larger upload before reading it; the reader would refuse it anyway.
MAX_RECEIVED_BYTES = reading_files.MAX_BYTES
# The longest text the inbox reads while the officer waits: about half a minute at the
# reader's six seconds or so per million characters (docs/benchmarks.md). A 20 MB file of
# text would keep the page (and a worker) busy for two minutes; a scan or a PDF of that size
# holds far less text.
MAX_READ_CHARACTERS = 5_000_000


# What the inbox reads, as said to whoever sends it something else.
ACCEPTED_FILES = reading_files.READ_KINDS
# The reader's refusals as an officer should read them: the name of a library's exception
# ("PdfStreamError") says nothing to the sender of a truncated file.
READ_ERRORS = [
    (
        re.compile(r"^(?P<name>.*) is not a readable (?P<what>PDF|Word document) \(\w+\)$", re.S),
        "{name} is not a readable {what} (the file is damaged or incomplete)",
    ),
    (
        re.compile(r"^(?P<name>.*) looks like binary data, not a letter$", re.S),
        "{name} is not a letter the inbox can read; it accepts " + ACCEPTED_FILES,
    ),
]


def plain_read_error(message: str) -> str:
    """The reader's refusal in the words of docs/reading.md, without internal names."""
    for pattern, plain in READ_ERRORS:
        if found := pattern.match(message):
            return plain.format(**found.groupdict())
    return message


class AlreadyReceived(InvalidInput):
    """The same file (byte for byte) is already a received letter: ``existing``."""

    def __init__(self, message, *, existing):
        super().__init__(message)
        self.existing = existing


def receive(*, name, data: bytes, by, received_on=None, again=False) -> IncomingLetter:
    """Read a received file and keep it as it came; refuse it with the reason if it cannot
    be read, or with AlreadyReceived if the same file was received before (unless
    ``again``: a second letter is then recorded, and the audit entry says so).

    The reading (seconds for a long letter) runs before any transaction is opened: on
    SQLite an open transaction that has read holds back every other writer until it ends."""
    digest = hashlib.sha256(data).hexdigest()
    _refuse_if_received(name, digest, again=again)
    try:
        text, kind = read_bytes(name, data)
    except ReadError as exc:
        raise InvalidInput(plain_read_error(str(exc))) from None
    if len(text) > MAX_READ_CHARACTERS:
        raise InvalidInput(
            f"{name} holds {len(text):,} characters of text; the inbox reads letters of up to "
            f"{MAX_READ_CHARACTERS:,} characters (about 5 MB of plain text)"
        )
    read = (text, kind, read_text(text).to_json(), fold(f"{name}\n{text}"))
    return _store_received(
        name=name,
        data=data,
        digest=digest,
        read=read,
        by=by,
        received_on=received_on,
        again=again,
    )


def _refuse_if_received(name, digest, *, again):
    """The first letter kept of the same file (``digest``), or None; AlreadyReceived
    instead when there is one and the file is not received ``again``."""
    existing = IncomingLetter.objects.filter(digest=digest).order_by("pk").first()
    if existing is not None and not again:
        raise AlreadyReceived(
            f"{name} is already received: the same file is received letter {existing.pk} "
            f"({existing.name}, received {existing.received_on})",
            existing=existing,
        )
    return existing


@transaction.atomic
def _store_received(*, name, data, digest, read, by, received_on, again) -> IncomingLetter:
    """The letter read from ``data`` kept, in one short transaction that checks again
    for the same file: another upload of it may have been stored while this one was read."""
    text, kind, reading, folded = read
    existing = _refuse_if_received(name, digest, again=again)
    letter = IncomingLetter.objects.create(
        name=name[:200],
        format=kind,
        digest=digest,
        text=text,
        folded=folded,
        reading=reading,
        received_on=received_on or dt.date.today(),  # noqa: DTZ011 -- calendar day
        received_by=by,
    )
    # Saved once the letter has its number: the file is kept under it.
    stored = safe_file_name(name, fallback="received-letter")
    letter.original.save(stored, ContentFile(data), save=False)
    letter.save(update_fields=["original"])
    logged = {"name": name, "again": existing.pk} if existing else {"name": name}
    log_action(letter, "correspondence.incoming.received", by=by, data=logged)
    return letter


def reading_of(letter) -> Reading:
    """The letter's stored reading, typed."""
    try:
        return Reading.from_json(letter.reading)
    except ReadingFormatError as exc:
        raise PlenipoError(f"the stored reading of {letter} is damaged: {exc}") from None


def incoming_as_dict(letter) -> dict:
    """The letter, its reading, the officer's decisions and the registry entries the
    reading names (instruments, and whom the letter is from and to), each with its
    ``place`` and the officer's ``decision`` on it."""
    # incoming_links builds on this module: imported when called, not when loaded.
    from plenipo.correspondence.services.incoming_links import decided_links  # noqa: PLC0415

    reading = reading_of(letter)
    return {
        "id": letter.pk,
        "name": letter.name,
        "format": letter.format,
        "received_on": letter.received_on.isoformat(),
        "enclosed_in": letter.enclosed_in_id,
        "answers": letter.answers_id,
        "reading": reading.to_json(),
        "decisions": letter.decisions,
        "links": decided_links(letter, reading),
    }


def parse_item(key: str) -> tuple[str, int]:
    """ "meetings/0" → ("meetings", 0): the key the decisions are stored under."""
    match = ITEM_KEY.match(str(key).strip())
    if not match or match["kind"] not in ITEM_KINDS:
        raise InvalidInput(
            f"bad item {key!r}: give KIND/NUMBER, KIND one of {', '.join(ITEM_KINDS)} "
            "(e.g. meetings/0)"
        )
    return match["kind"], int(match["index"])


def read_item(letter, kind, index):
    """Item ``index`` of ``kind`` in what was read of ``letter`` (a meeting, a deadline, an
    enclosure…); an unknown kind or a number past the items is refused in one line."""
    try:
        return reading_of(letter).item(kind, index)
    except KeyError:
        raise InvalidInput(f"unknown kind of item {kind!r}") from None
    except IndexError:
        raise NotFound(f"{letter} has no {kind} item {index}") from None


def record_decision(
    letter,
    key,
    decision,
    by,
    *,
    action="correspondence.incoming.decided",
    data=None,
    machine=INCOMING_ITEM,
):
    """The one writer of a letter's decisions, through ``machine`` (``INCOMING_ITEM`` for
    items, ``LINK`` for registry matches): each is decided once, and reopened
    (``UNDECIDED``: its decision removed) before it is decided again."""
    stored = IncomingLetter.objects.select_for_update().values_list("decisions", flat=True)
    current = (stored.get(pk=letter.pk).get(key) or {}).get("status", UNDECIDED)
    try:
        machine.check(current, decision["status"])
    except RefusedTransition as exc:
        raise RefusedTransition(f"{letter}, {key}: {exc}") from None
    if decision["status"] == UNDECIDED:
        letter.decisions.pop(key, None)
    else:
        letter.decisions[key] = decision
    letter.save(update_fields=["decisions"])
    _keep_meeting_named(letter, key, decision)
    log_action(letter, action, by=by, data={"item": key, **decision, **(data or {})})


def _keep_meeting_named(letter, key, decision) -> None:
    """The meeting ``decision`` names, kept as a row (``MeetingNamed``) for the queries that
    look letters up by their meeting; none once the item is reopened."""
    MeetingNamed.objects.filter(letter=letter, item=key).delete()
    if decision.get("meeting"):
        MeetingNamed.objects.create(
            letter=letter, item=key, status=decision["status"], meeting_number=decision["meeting"]
        )


# What an officer may correct before accepting, per kind of item: the reader's own fields,
# and a meeting's kind (which the reader does not give; see ``meeting_kind``).
CORRECTABLE = {
    "meetings": ("title", "start", "end", "start_time", "room", "venue", "city", "status", "kind"),
    "deadlines": ("what", "due", "time"),
}
_DAYS = {"start", "end", "due"}
_TIMES = {"start_time", "time"}
_REQUIRED = {"title", "what", "start", "due", "status"}


def corrected(kind, item, given: dict | None):
    """The item as the officer corrected it, and what changed: ``{field: {"read": …,
    "given": …}}`` (what the decision records). Values as a form gives them: days as dates
    or "YYYY-MM-DD", times "HH:MM", empty for none."""
    if not given:
        return item, {}
    allowed = CORRECTABLE.get(kind, ())
    values, changes = {}, {}
    for name, written in given.items():
        if name not in allowed:
            raise InvalidInput(
                f"{kind} items have no {name!r} to correct (only {', '.join(allowed) or 'none'})"
            )
        value = _corrected_value(name, written)
        if value is None and name in _REQUIRED:
            raise InvalidInput(f"the {name.replace('_', ' ')} cannot be left empty")
        read = _normalized(getattr(item, name))
        if value != read:
            values[name] = value
        # corrected only where it differs from the reading and from what the form proposed
        if value != read and value != proposed(name, read):
            changes[name] = {"read": _shown(getattr(item, name)), "given": _shown(value)}
    # A one-day meeting moved to another day stays one day long.
    one_day = kind == "meetings" and (item.end == item.start or item.end.not_after is None)
    if one_day and "start" in values and "end" not in values:
        values["end"] = values["start"]
    item = replace(item, **values)
    if kind == "meetings" and _ends_before_it_starts(item):
        raise InvalidInput(f"the meeting ends ({item.end}) before it starts ({item.start})")
    return item, changes


def proposed_title(read: str) -> str:
    """A read meeting's title as the review form proposes it: a title opens with a capital
    letter, where the reader finds it inside a sentence ("an expert group meeting on …")."""
    title = " ".join(read.split())
    return title[:1].upper() + title[1:]


def proposed(name, read):
    """What the review form proposes for a read value: the reading itself, but for a
    meeting's title (``proposed_title``). Accepting it as proposed corrects nothing."""
    if name == "title" and isinstance(read, str):
        return proposed_title(read)
    return read


def _corrected_value(name, value):
    if isinstance(value, str):
        value = value.strip()
    if value in (None, ""):
        return None
    if name in _DAYS:
        try:
            return DateBounds.exact(parse_iso_day(value))
        except DateError as exc:
            raise InvalidInput(f"the {name} day: {exc}") from None
    if name in _TIMES:
        return parse_time(value, f"the {name.replace('_', ' ')}").strftime("%H:%M")
    return _normalized(value)


def _normalized(value):
    """Text as one line (an input shows a title read across lines as one)."""
    return " ".join(value.split()) if isinstance(value, str) else value


def _ends_before_it_starts(item) -> bool:
    first, last = item.start.not_before, item.end.not_after
    return first is not None and last is not None and last < first


def _shown(value):
    return None if value is None else str(value)


def meeting_kind(item, body, given="") -> tuple[str, dict]:
    """The kind to record a new meeting as: the officer's ``given`` kind, else the implied
    one; never guessed. With what it changed, as ``corrected`` records it."""
    implied = implied_meeting_kind(item.title, getattr(body, "kind", ""))
    given = (given or "").strip()
    if given and given not in MEETING_KINDS:
        raise InvalidInput(f"unknown meeting kind {given!r} (known: {', '.join(MEETING_KINDS)})")
    if not given and not implied:
        raise InvalidInput(
            f"neither the letter nor the body ({body.code}, {body.get_kind_display().lower()}) "
            f"says what kind of meeting this is: choose its kind ({', '.join(MEETING_KINDS)})"
        )
    if given and given != implied:
        return given, {"kind": {"read": implied or None, "given": given}}
    return implied, {}


def _letter_source(letter):
    return cited_source(reference=f"Received letter {letter.pk}", title=letter.name, internal=True)


def _body_added(letter, body, new_body, by):
    """The body chosen, or the one the officer adds (``new_body``: code, name, kind,
    organization, or a ``new_organization``: code, name, kind, added first through the
    registry's ``add_organization``) through the bodies app's ``add_body``, citing the
    letter as its source."""
    if not new_body:
        return body
    if body is not None:
        raise InvalidInput("choose a recorded body or add a new one, not both")
    new_body = dict(new_body)
    organization = new_body.pop("new_organization", None)
    if organization:
        if new_body.get("organization") is not None:
            raise InvalidInput("choose a recorded organization or add a new one, not both")
        new_body["organization"] = add_organization(
            **organization, source=_letter_source(letter), by=by
        )
    return add_body(**new_body, source=_letter_source(letter), by=by)


@transaction.atomic
def accept_meeting(
    *, letter, index, by, body=None, title=None, corrections=None, timezone="", new_body=None
) -> Meeting:
    """Link the extracted meeting (as the officer corrected it) to the one already
    recorded, or record it, of the kind ``meeting_kind`` gives; a time is kept where the
    room, the venue's city or the officer's ``timezone`` gives its zone, and the decision
    notes a time it drops. The officer's ``timezone`` is the meeting's zone whether or not
    the letter gives a time. A body the registry lacks is added first (``new_body``), and
    removed again if the meeting is refused."""
    corrections = dict(corrections or {})
    given_kind = corrections.pop("kind", "")
    timezone = checked_time_zone(timezone)
    item, changes = corrected("meetings", read_item(letter, "meetings", index), corrections)
    body = _body_added(letter, body, new_body, by)
    existing = matching_meeting(item, body)
    if existing is not None:
        _check_kind_of_linked(existing, given_kind)
        decision = {"status": "linked", "meeting": existing.pk}
        decision |= deadline_on_linked(reading_of(letter), index, existing, by)
        record_decision(letter, f"meetings/{index}", _with_changes(decision, changes), by)
        return existing
    if body is None:
        raise InvalidInput("no recorded meeting matches: choose the body the meeting belongs to")
    if item.start.not_before is None or item.start.not_after is None:
        raise InvalidInput(
            f"the letter does not bound this meeting's day ({item.start}); "
            "record it when it is fixed"
        )
    kind, kind_changed = meeting_kind(item, body, given_kind)
    changes = {**changes, **kind_changed}
    registration, not_kept = registration_deadline(reading_of(letter), index, item.start)
    room = recorded_room(item.room, item.city)
    # A time is local to its venue: keep it only where a zone is known. The zone the
    # officer gives is the venue's, kept with or without a time (a time added later on
    # the meeting's page is read in it).
    zone = timezone or (room.venue.timezone if room else venue_time_zone(item))
    start_time = item.start_time if zone else None
    spec = MeetingSpec(
        body=body,
        title=title or item.title or "Meeting",
        kind=kind,
        status=item.status,
        start=item.start,
        end=item.end,
        start_time=start_time,
        end_time=item.end_time if start_time else None,
        timezone=timezone or ("" if room else zone),  # the city's zone, with or without a time
        room=room,
        city=item.city or "",
        venue="" if room else ", ".join(p for p in (item.room, item.venue) if p)[:200],
        registration_deadline=registration,
        source=_letter_source(letter),
    )
    meeting = record_meeting(spec, by=by)
    decision = {"status": "created", "meeting": meeting.pk}
    decision |= {"registration_deadline": str(registration)} if registration else {}
    decision |= {"registration_note": not_kept} if not_kept else {}
    decision |= {} if zone else {"timezone_note": ZONE_NOT_STATED}
    if item.start_time and not start_time:
        where = item.city or item.venue or item.room or "the venue"
        decision["note"] = (
            f"time {item.start_time} not recorded: the time zone of {where} is not known "
            "(give it when accepting, or add the time on the meeting's page)"
        )
    record_decision(letter, f"meetings/{index}", _with_changes(decision, changes), by)
    return meeting


def _check_kind_of_linked(meeting, given_kind):
    """A letter links to a recorded meeting as it is: its kind is changed on its own page
    (where the change is the meeting's, not undone with the letter's link)."""
    given_kind = (given_kind or "").strip()
    if given_kind and given_kind != meeting.kind:
        raise InvalidInput(
            f"the meeting is the recorded “{meeting.title}”, a "
            f"{meeting.get_kind_display().lower()}: a letter links to it as it is; "
            "change its kind on the meeting's own page"
        )


def _with_changes(decision, changes):
    return {**decision, "corrected": changes} if changes else decision


@transaction.atomic
def link_meeting(*, letter, index, meeting, by) -> Meeting:
    """Link the read meeting to ``meeting``, one already recorded that the officer says it
    is (e.g. one the review page warns it may duplicate), instead of recording it again."""
    _undecided(letter, "meetings", index)
    decision = {"status": "linked", "meeting": meeting.pk}
    decision |= deadline_on_linked(reading_of(letter), index, meeting, by)
    record_decision(letter, f"meetings/{index}", decision, by)
    return meeting


@transaction.atomic
def accept_deadline(*, letter, index, by, corrections=None) -> Task:
    """Make a task of the deadline, as the officer corrected it, through ``add_task`` (its
    checks and its audit entry); a task refused leaves the item undecided."""
    item, changes = corrected("deadlines", read_item(letter, "deadlines", index), corrections)
    if not item.dated:
        raise InvalidInput("the letter gives no day for this deadline: set the task by hand")
    if item.due.not_after is None:
        raise InvalidInput(f"the letter gives no last day for this deadline ({item.due})")
    task = add_task(
        what=item.what or "Deadline",
        due_on=item.due.not_after,  # due by the last day the letter allows
        due_time=item.time or "",
        from_letter=letter,
        by=by,
    )
    decision = {"status": "task", "task": task.pk}
    record_decision(letter, f"deadlines/{index}", _with_changes(decision, changes), by)
    return task


@transaction.atomic
def accept_enclosure(*, letter, index, by) -> IncomingLetter:
    """Record the enclosure as a letter of its own, dated as the enclosing letter says."""
    item = read_item(letter, "enclosures", index)
    said = reading_of(letter)
    dated = OwnDate(item.date, None, None, item.confidence) if item.date else None
    name = (item.description or "Enclosure")[:200]
    enclosure = IncomingLetter.objects.create(
        name=name,
        format="enclosure",
        text="",
        folded=fold(name),
        reading=Reading(doc_type="other", language=said.language, date=dated).to_json(),
        received_on=letter.received_on,
        received_by=by,
        enclosed_in=letter,
    )
    record_decision(letter, f"enclosures/{index}", {"status": "linked", "letter": enclosure.pk}, by)
    return enclosure


def _undecided(letter, kind, index):
    read_item(letter, kind, index)
    decided = letter.decisions.get(f"{kind}/{index}")
    if decided:
        raise InvalidInput(f"{kind}/{index} of {letter} is already decided ({decided['status']})")


@transaction.atomic
def reject(*, letter, kind, index, by) -> None:
    _undecided(letter, kind, index)
    record_decision(letter, f"{kind}/{index}", {"status": "rejected"}, by)


@transaction.atomic
def accept(*, letter, item: str, by, body=None, corrections=None, timezone="", new_body=None):
    """Accept one read item ("meetings/0", "deadlines/1", "enclosures/0") — what the
    office's accept button does — with the officer's ``corrections`` of the reading (see
    ``CORRECTABLE``); the meeting, task or letter it became (the decision, with what was
    corrected, is in ``letter.decisions[item]``)."""
    kind, index = parse_item(item)
    _undecided(letter, kind, index)
    if kind == "meetings":
        return accept_meeting(
            letter=letter,
            index=index,
            by=by,
            body=body,
            corrections=corrections,
            timezone=timezone,
            new_body=new_body,
        )
    if new_body or timezone:
        raise InvalidInput("a body or a time zone is given only with a meeting")
    if kind == "deadlines":
        return accept_deadline(letter=letter, index=index, by=by, corrections=corrections)
    if corrections:
        raise InvalidInput("an enclosure is linked as the letter describes it: nothing to correct")
    return accept_enclosure(letter=letter, index=index, by=by)
