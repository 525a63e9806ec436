"""The meetings sections of data files: venues, rooms, meetings with their documents."""

import datetime as dt

from plenipo.bodies.importers import session_ref
from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput
from plenipo.core.importing import check_keys, register_section, sources_of, strip
from plenipo.meetings.models import Room
from plenipo.meetings.services import meetings as services
from plenipo.meetings.services import venues
from plenipo.meetings.spec import MeetingSpec

MEETING_KEYS = {
    "body",
    "title",
    "kind",
    "status",
    "start",
    "end",
    "session",
    "city",
    "venue",
    "room",
    "start_time",
    "end_time",
    "timezone",
    "document",
    "held_under",
    "language",
    "languages",
    "documents",
    "source",
    "sources",
    "note",
}
DOCUMENT_KEYS = {"symbol", "title", "kind", "languages", "issued_on", "source", "sources", "note"}


def _load_venues(run, documents, counts):
    def create(document, record):
        check_keys(
            record,
            {"code", "name", "city", "timezone", "rooms", "source", "sources", "note"},
            "venue",
        )
        source, _ = sources_of(run, record)
        venue = venues.define_venue(
            code=record["code"],
            name=record["name"],
            city=record["city"],
            timezone=record["timezone"],
            source=source,
            by=run.by,
        )
        for room in record.get("rooms") or []:
            check_keys(room, {"code", "name", "capacity", "source", "sources", "note"}, "room")
            room_source = (
                sources_of(run, room)[0] if room.get("source") or room.get("sources") else source
            )
            venues.define_room(
                venue=venue,
                code=room["code"],
                name=room["name"],
                capacity=room.get("capacity"),
                source=room_source,
                by=run.by,
            )
        return venue

    run.each(documents, "venues", lambda r: f"venue {r.get('code')}", create, counts)


def _room(spec):
    if not spec:
        return None
    spec = strip(spec)
    room = Room.objects.filter(venue__code=spec.get("venue"), code=spec.get("code")).first()
    if room is None:
        raise InvalidInput(f"unknown room {spec.get('code')!r} at {spec.get('venue')!r}")
    return room


def _load_meetings(run, documents, counts):
    def create(document, record):
        check_keys(record, MEETING_KEYS, "meeting")
        source, _ = sources_of(run, record)
        body = get_body(record["body"])
        spec = MeetingSpec(
            body=body,
            title=record["title"],
            kind=record.get("kind") or "working_group",
            # Only a source showing the meeting took place makes it "held".
            status=record["status"],
            start=strip(record.get("start")),
            end=strip(record.get("end")),
            session=session_ref(record.get("session"), body),
            city=record.get("city") or "",
            venue=record.get("venue") if isinstance(record.get("venue"), str) else "",
            room=_room(record.get("room")),
            start_time=strip(record.get("start_time")),
            end_time=strip(record.get("end_time")),
            timezone=record.get("timezone") or "",
            document=record.get("document") or "",
            held_under=record.get("held_under") or "",
            language=record.get("language") or "en",
            languages=record.get("languages") or ["en"],
            note=record.get("note") or "",
            source=source,
        )
        meeting = services.record_meeting(spec, by=run.by)
        for item in record.get("documents") or []:
            check_keys(item, DOCUMENT_KEYS, "document")
            doc_source = (
                sources_of(run, item)[0] if item.get("source") or item.get("sources") else source
            )
            services.issue_document(
                meeting=meeting,
                title=item["title"],
                kind=item.get("kind") or "working",
                symbol=item.get("symbol") or "",
                issued_on=_day_of_issue(item),
                languages=strip(item.get("languages") or {}),
                source=doc_source,
                by=run.by,
            )
        return meeting

    run.each(documents, "meetings", lambda r: f"meeting {r.get('title')}", create, counts)


def _day_of_issue(item):
    """The document's ``issued_on`` as a day; left out, "not stated" (public as its source)."""
    value = item.get("issued_on")
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(
            f"document {item.get('symbol') or item.get('title')}: issued_on {value!r} is not "
            "a day (YYYY-MM-DD)"
        ) from None


def register():
    register_section(order=39, keys={"venues"}, load=_load_venues)
    register_section(order=42, keys={"meetings"}, load=_load_meetings)
