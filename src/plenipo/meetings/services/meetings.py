"""Writes to meetings: meetings and their status, agendas, documents (venues and rooms:
``venues.py``)."""

import datetime as dt

from django.core.files.base import ContentFile
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.references import referred_by
from plenipo.core.uploads import UploadError, check_upload, stored_name
from plenipo.meetings.models import (
    AgendaItem,
    Document,
    DocumentKind,
    DocumentVersion,
    LanguageStatus,
    Meeting,
    MeetingStatusChange,
)
from plenipo.meetings.services.bookings import check_rooms, slot_of
from plenipo.meetings.services.status import set_status
from plenipo.meetings.spec import UN_LANGUAGES, MeetingSpec
from plenipo.meetings.transitions import BOOKING_STATUSES, FILE_STATUSES, LANGUAGE_VERSION


@transaction.atomic
def record_meeting(spec: MeetingSpec, *, by) -> Meeting:
    """Record a meeting from a checked spec. Refuses a room booked twice."""
    if spec.status in BOOKING_STATUSES:
        slot = slot_of(spec.start, spec.end, spec.start_time, spec.end_time)
        check_rooms([spec.room, spec.second_room], slot)
    meeting = Meeting.objects.create(
        body=spec.body,
        session=spec.session,
        title=spec.title,
        kind=spec.kind,
        status=spec.status,
        city=spec.city,
        venue=spec.venue,
        room=spec.room,
        second_room=spec.second_room,
        start_time=spec.start_time,
        end_time=spec.end_time,
        timezone=spec.timezone,
        document=spec.document,
        held_under=spec.held_under,
        language=spec.language,
        languages=list(spec.languages),
        registration_deadline=spec.registration_deadline,
        default_quota=spec.default_quota,
        limit_policy=spec.limit_policy,
        requires_credentials=spec.requires_credentials,
        participants_published=spec.participants_published,
        note=spec.note,
        source=spec.source,
        start=spec.start,
        end=spec.end,
    )
    MeetingStatusChange.objects.create(
        meeting=meeting, status=spec.status, actor=by, note="recorded"
    )
    log_action(
        meeting,
        "meetings.meeting.recorded",
        by=by,
        data={"body": spec.body.code, "title": spec.title},
    )
    return meeting


@transaction.atomic
def remove_meeting(meeting: Meeting, *, by, why: str) -> None:
    """Remove a meeting recorded by mistake (``why`` says whose), refusing while anything
    refers to it (an agenda, documents, delegations, a negotiation); its status history
    goes with it."""
    referring = referred_by(meeting, ignore={MeetingStatusChange})
    if referring:
        raise InvalidInput(
            f"meeting “{meeting.title}” is not removed: {', '.join(referring)} refer to it"
        )
    log_action(
        meeting,
        "meetings.meeting.removed",
        by=by,
        data={"title": meeting.title, "body": meeting.body.code, "why": why},
    )
    meeting.delete()


def set_meeting_status(*, meeting, status, by, note="") -> Meeting:
    """Change a meeting's status (postponed, cancelled, held …), keeping its history."""
    return set_status(meeting, status, by=by, note=note)


@transaction.atomic
def copy_meeting(previous: Meeting, spec: MeetingSpec, *, by) -> Meeting:
    """A new meeting from ``spec`` (the officer's dates) with the agenda of ``previous``;
    registrations and documents stay with the previous meeting."""
    meeting = record_meeting(spec, by=by)
    AgendaItem.objects.bulk_create(
        AgendaItem(meeting=meeting, number=item.number, title=item.title, position=item.position)
        for item in previous.agenda.all()
    )
    log_action(meeting, "meetings.meeting.copied", by=by, data={"from": previous.pk})
    return meeting


def _agenda_text(number, title):
    number, title = str(number).strip(), str(title).strip()
    if not number or not title:
        raise InvalidInput("an agenda item needs a number and a title")
    check_text(AgendaItem, "number", number, what="the agenda item's number")
    check_text(AgendaItem, "title", title, what="the agenda item's title")
    return number, title


@transaction.atomic
def add_agenda_item(*, meeting, number, title, by) -> AgendaItem:
    number, title = _agenda_text(number, title)
    if meeting.agenda.filter(number=number).exists():
        raise InvalidInput(f"agenda item {number} of {meeting} already exists")
    item = AgendaItem.objects.create(
        meeting=meeting, number=number, title=title, position=meeting.agenda.count()
    )
    log_action(item, "meetings.agenda_item.added", by=by, data={"meeting": meeting.pk})
    return item


@transaction.atomic
def edit_agenda_item(item: AgendaItem, *, number, title, by) -> AgendaItem:
    number, title = _agenda_text(number, title)
    if item.meeting.agenda.filter(number=number).exclude(pk=item.pk).exists():
        raise InvalidInput(f"agenda item {number} of {item.meeting} already exists")
    item.number, item.title = number, title
    item.save(update_fields=["number", "title"])
    log_action(item, "meetings.agenda_item.edited", by=by, data={"number": number})
    return item


@transaction.atomic
def move_agenda_item(item: AgendaItem, *, offset: int, by) -> AgendaItem:
    """Move an item ``offset`` places up (negative) or down the agenda."""
    items = list(item.meeting.agenda.select_for_update().order_by("position", "pk"))
    index = next(i for i, other in enumerate(items) if other.pk == item.pk)
    target = index + offset
    if not 0 <= target < len(items):
        raise InvalidInput(f"agenda item {item.number} cannot move further")
    items.insert(target, items.pop(index))
    for position, other in enumerate(items):
        if other.position != position:
            other.position = position
            other.save(update_fields=["position"])
    log_action(item, "meetings.agenda_item.moved", by=by, data={"position": target})
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
    is not the same as "not planned". ``issued_on`` decides when it becomes public
    (``documents_visible_to``): a document the secretariat issues itself (no ``source``)
    without a day is issued today; one recorded from a published source keeps its day
    "not stated" and is public as the source is.
    """
    if issued_on is None and source is None:
        issued_on = dt.date.today()  # noqa: DTZ011 -- a day of issue is a calendar day
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
    issued = {"symbol": symbol, "issued_on": issued_on.isoformat() if issued_on else None}
    log_action(document, "meetings.document.issued", by=by, data=issued)
    return document


@transaction.atomic
def attach_document_file(
    *, document, language, name, data: bytes, by, status=LanguageStatus.AVAILABLE
) -> DocumentVersion:
    """Attach one language's file to a document; the version takes ``status`` ("available"
    unless told otherwise), moving to it through the language versions' status table."""
    if status not in FILE_STATUSES:
        label = LANGUAGE_VERSION.labels.get(status, status)
        raise InvalidInput(f"{document} [{language}]: a {label} language version has no file")
    try:
        kind = check_upload(name, data, allowed=("pdf", "docx"))
    except UploadError as exc:
        raise InvalidInput(str(exc)) from None
    name = stored_name(name, kind)
    if language not in (document.meeting.languages or UN_LANGUAGES):
        raise InvalidInput(f"{document}: the meeting has no language {language!r}")
    version = DocumentVersion.objects.filter(document=document, language=language).first()
    if version is None:
        version = DocumentVersion(document=document, language=language, status=status)
    elif version.status != status:
        set_status(version, status, by=by, note=f"file {name}")
    version.file.save(name, ContentFile(data), save=False)
    version.save()
    log_action(
        version,
        "meetings.document.file_attached",
        by=by,
        data={"document": str(document), "language": language, "file": name, "status": status},
    )
    return version
