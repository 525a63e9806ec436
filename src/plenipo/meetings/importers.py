"""The meetings section of data files."""

from plenipo.bodies.importers import session_ref
from plenipo.bodies.queries import get_body
from plenipo.core.importing import check_keys, register_section, sources_of, strip
from plenipo.meetings.services.meetings import record_meeting

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
    "document",
    "source",
    "sources",
    "note",
}


def _load_meetings(run, documents, counts):
    def create(document, record):
        check_keys(record, MEETING_KEYS, "meeting")
        source, _ = sources_of(run, record)
        body = get_body(record["body"])
        return record_meeting(
            body=body,
            title=record["title"],
            kind=record.get("kind") or "working_group",
            # Only a source showing the meeting took place makes it "held".
            status=record["status"],
            start=strip(record.get("start")),
            end=strip(record.get("end")),
            session=session_ref(record.get("session"), body),
            city=record.get("city") or "",
            venue=record.get("venue") or "",
            document=record.get("document") or "",
            source=source,
            by=run.by,
        )

    run.each(documents, "meetings", lambda r: f"meeting {r.get('title')}", create, counts)


def register():
    register_section(order=42, keys={"meetings"}, load=_load_meetings)
