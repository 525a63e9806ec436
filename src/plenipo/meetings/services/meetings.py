"""Writes to meetings: venues and rooms, meetings and their status, agendas, documents."""

import datetime as dt

from django.core.files.base import ContentFile
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds, DateError
from plenipo.core.uploads import UploadError, check_upload
from plenipo.meetings.models import (
    UN_LANGUAGES,
    AgendaItem,
    Document,
    DocumentKind,
    DocumentVersion,
    LanguageStatus,
    Meeting,
    MeetingKind,
    MeetingStatus,
    MeetingStatusChange,
    Room,
    Venue,
)
from plenipo.meetings.schedule import ScheduleError, Slot, check_times, zone

ACTIVE_STATUSES = {MeetingStatus.SCHEDULED, MeetingStatus.TENTATIVE, MeetingStatus.HELD}


def define_venue(*, code, name, city, timezone, source, by) -> Venue:
    try:
        zone(timezone)
    except ScheduleError as exc:
        raise InvalidInput(f"venue {code}: {exc}") from None
    venue, _ = Venue.objects.update_or_create(
        code=code, defaults={"name": name, "city": city, "timezone": timezone, "source": source}
    )
    log_action(venue, "meetings.venue.defined", by=by, data={"code": code})
    return venue


def define_room(*, venue, code, name, source, by, capacity=None) -> Room:
    room, _ = Room.objects.update_or_create(
        venue=venue, code=code, defaults={"name": name, "capacity": capacity, "source": source}
    )
    log_action(room, "meetings.room.defined", by=by, data={"venue": venue.code, "code": code})
    return room


def _time(value, what):
    if value in (None, ""):
        return None
    if isinstance(value, dt.time):
        return value
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"{what}: malformed time {value!r}: expected HH:MM") from None


def _slot(start: DateBounds, end: DateBounds, start_time, end_time) -> Slot | None:
    if not (start.is_exact and end.is_exact):
        return None  # a meeting without settled days books no room yet
    return Slot(start.day, end.day, start_time, end_time)


def _check_room(room, slot, exclude=None):
    if room is None or slot is None:
        return
    others = Meeting.objects.filter(room=room, status__in=ACTIVE_STATUSES).exclude(pk=exclude)
    for other in others:
        other_slot = _slot(other.start, other.end, other.start_time, other.end_time)
        if other_slot and slot.overlaps(other_slot):
            raise InvalidInput(
                f"{room.name} is already booked for “{other.title}” on {other.start}"
                + (f" at {other.start_time:%H:%M}" if other.start_time else "")
            )


@transaction.atomic
def record_meeting(
    *,
    body,
    title,
    kind,
    status,
    start,
    source,
    by,
    end=None,
    session=None,
    city="",
    venue="",
    room=None,
    start_time=None,
    end_time=None,
    timezone="",
    document="",
    language="en",
    languages=(),
    registration_deadline=None,
    default_quota=None,
    limit_policy="refuse",
    requires_credentials=False,
    note="",
) -> Meeting:
    """Record a meeting. Refuses one that ends before it starts and a room booked twice."""
    if kind not in MeetingKind.values:
        raise InvalidInput(
            f"unknown meeting kind {kind!r} (known: {', '.join(MeetingKind.values)})"
        )
    if status not in MeetingStatus.values:
        raise InvalidInput(
            f"unknown meeting status {status!r} (known: {', '.join(MeetingStatus.values)})"
        )
    try:
        start_bounds = DateBounds.parse(start)
        end_bounds = DateBounds.parse(end) if end else start_bounds
    except DateError as exc:
        raise InvalidInput(f"{title}: {exc}") from None
    start_at, end_at = _time(start_time, title), _time(end_time, title)
    timezone = timezone or (room.venue.timezone if room else "")
    try:
        if timezone:
            zone(timezone)
        if start_bounds.not_before and end_bounds.not_after:
            check_times(start_bounds.not_before, end_bounds.not_after, start_at, end_at)
    except ScheduleError as exc:
        raise InvalidInput(f"{title}: {exc}") from None
    if start_at and not timezone:
        raise InvalidInput(f"{title}: a meeting with a time needs a time zone (or a room)")
    if session is not None and session.body_id not in {body.pk, body.parent_id}:
        raise InvalidInput(
            f"{title}: session {session} is not a session of {body.code} or its parent"
        )
    unknown_languages = set(languages) - set(UN_LANGUAGES)
    if unknown_languages:
        raise InvalidInput(f"{title}: unknown language(s) {sorted(unknown_languages)}")
    _check_room(room, _slot(start_bounds, end_bounds, start_at, end_at))
    meeting = Meeting.objects.create(
        body=body,
        session=session,
        title=title,
        kind=kind,
        status=status,
        city=city or (room.venue.city if room else ""),
        venue=venue or (room.venue.name if room else ""),
        room=room,
        start_time=start_at,
        end_time=end_at,
        timezone=timezone,
        document=document,
        language=language,
        languages=list(languages) or ["en"],
        registration_deadline=registration_deadline,
        default_quota=default_quota,
        limit_policy=limit_policy,
        requires_credentials=requires_credentials,
        note=note,
        source=source,
        start=start_bounds,
        end=end_bounds,
    )
    MeetingStatusChange.objects.create(meeting=meeting, status=status, actor=by, note="recorded")
    log_action(
        meeting, "meetings.meeting.recorded", by=by, data={"body": body.code, "title": title}
    )
    return meeting


@transaction.atomic
def set_meeting_status(*, meeting, status, by, note="") -> Meeting:
    """Change a meeting's status, keeping the history (postponed, cancelled, held …)."""
    if status not in MeetingStatus.values:
        raise InvalidInput(f"unknown meeting status {status!r}")
    if status in ACTIVE_STATUSES and meeting.status not in ACTIVE_STATUSES:
        _check_room(
            meeting.room,
            _slot(meeting.start, meeting.end, meeting.start_time, meeting.end_time),
            exclude=meeting.pk,
        )
    previous = meeting.status
    meeting.status = status
    meeting.save(update_fields=["status"])
    MeetingStatusChange.objects.create(meeting=meeting, status=status, actor=by, note=note)
    log_action(
        meeting,
        "meetings.meeting.status_changed",
        by=by,
        data={"from": previous, "to": status, "note": note},
    )
    return meeting


@transaction.atomic
def add_agenda_item(*, meeting, number, title, by) -> AgendaItem:
    if meeting.agenda.filter(number=str(number)).exists():
        raise InvalidInput(f"agenda item {number} of {meeting} already exists")
    item = AgendaItem.objects.create(
        meeting=meeting, number=str(number), title=title, position=meeting.agenda.count()
    )
    log_action(item, "meetings.agenda_item.added", by=by, data={"meeting": meeting.pk})
    return item


@transaction.atomic
def issue_document(
    *,
    meeting,
    title,
    kind,
    by,
    symbol="",
    agenda_item=None,
    issued_on=None,
    languages=None,
    source=None,
) -> Document:
    """A meeting document, with a status for each language a source speaks of.

    ``languages``: {code: status}; a language left out has no version yet (unknown), which
    is not the same as "not planned".
    """
    if kind not in DocumentKind.values:
        raise InvalidInput(f"unknown document kind {kind!r}")
    if symbol and Document.objects.filter(symbol=symbol).exists():
        raise InvalidInput(f"a document {symbol} already exists")
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise InvalidInput(f"agenda item {agenda_item} belongs to another meeting")
    statuses = dict(languages or {})
    unknown = set(statuses) - set(meeting.languages or UN_LANGUAGES)
    if unknown:
        raise InvalidInput(f"{symbol or title}: the meeting has no language(s) {sorted(unknown)}")
    bad = {s for s in statuses.values() if s not in LanguageStatus.values}
    if bad:
        raise InvalidInput(f"{symbol or title}: unknown language status(es) {sorted(bad)}")
    document = Document.objects.create(
        meeting=meeting,
        agenda_item=agenda_item,
        symbol=symbol,
        kind=kind,
        title=title,
        issued_on=issued_on,
        source=source,
    )
    DocumentVersion.objects.bulk_create(
        DocumentVersion(document=document, language=code, status=status)
        for code, status in statuses.items()
    )
    log_action(document, "meetings.document.issued", by=by, data={"symbol": symbol})
    return document


@transaction.atomic
def attach_document_file(*, document, language, name, data: bytes, by) -> DocumentVersion:
    """Attach one language's file to a document; the version becomes "available"."""
    try:
        check_upload(name, data, allowed=("pdf", "docx"))
    except UploadError as exc:
        raise InvalidInput(str(exc)) from None
    if language not in (document.meeting.languages or UN_LANGUAGES):
        raise InvalidInput(f"{document}: the meeting has no language {language!r}")
    version, _ = DocumentVersion.objects.get_or_create(
        document=document, language=language, defaults={"status": LanguageStatus.AVAILABLE}
    )
    version.file.save(name, ContentFile(data), save=False)
    version.status = LanguageStatus.AVAILABLE
    version.save()
    log_action(
        version,
        "meetings.document.file_attached",
        by=by,
        data={"document": str(document), "language": language, "file": name},
    )
    return version
