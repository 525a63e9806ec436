import sys

from plenipo.bodies.queries import get_body
from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.core.sources import cited_source
from plenipo.core.userdates import user_day
from plenipo.meetings.exporters import calendar
from plenipo.meetings.queries import get_meeting, get_room, meeting_payload, meetings_between
from plenipo.meetings.services.editing import update_meeting
from plenipo.meetings.services.meetings import record_meeting
from plenipo.meetings.spec import MeetingSpec

# Options of create and edit: (flag, spec field, help).
FIELDS = [
    ("--body", "body", "body code, e.g. WG-TIP"),
    ("--title", "title", "the meeting's title"),
    ("--kind", "kind", "formal_session, working_group, intersessional, informal …"),
    ("--status", "status", "scheduled, tentative, postponed, cancelled or held"),
    ("--start", "start", "first day: YYYY-MM-DD, YYYY-MM or YYYY"),
    ("--end", "end", "last day (default: the first)"),
    ("--start-time", "start_time", "HH:MM, local at the venue"),
    ("--end-time", "end_time", "HH:MM"),
    ("--timezone", "timezone", "IANA zone, for a meeting without a room"),
    ("--city", "city", "city"),
    ("--room", "room", "VENUE/ROOM codes"),
    ("--second-room", "second_room", "a second room of the same venue, VENUE/ROOM"),
    ("--languages", "languages", "comma-separated codes, e.g. en,fr"),
    ("--document", "document", "symbol of the document that publishes it"),
]


class Command(PlenipoCommand):
    help = (
        "Meetings between two dates, as a table, JSON or iCalendar; "
        "`create` and `edit` record a meeting through the same checks as the office."
    )

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", help="YYYY-MM-DD")
        parser.add_argument("--to", dest="end", help="YYYY-MM-DD")
        parser.add_argument("--body", help="Body code, e.g. WG-TIP")
        output = parser.add_mutually_exclusive_group()
        output.add_argument("--json", action="store_true")
        output.add_argument("--ics", action="store_true", help="iCalendar (RFC 5545)")
        sub = parser.add_subparsers(dest="action")
        create = sub.add_parser("create", help="Record a new meeting")
        edit = sub.add_parser("edit", help="Change a recorded meeting")
        edit.add_argument("id", help="the meeting's id")
        for command in (create, edit):
            for flag, field, text in FIELDS:
                command.add_argument(flag, dest=f"set_{field}", help=text)
            command.add_argument("--source", dest="set_source", help="URL or document symbol")
            command.add_argument("--source-title", dest="set_source_title")
            command.add_argument("--json", dest="set_json", action="store_true")

    def handle(self, *args, action=None, **options):
        if action is None:
            self.list(options)
            return
        values = {k[4:]: v for k, v in options.items() if k.startswith("set_") and v is not None}
        as_json = values.pop("json", False)
        changes = _spec_values(values)
        if action == "create":
            meeting = record_meeting(_new_spec(changes), by=None)
        else:
            meeting = update_meeting(get_meeting(options["id"]), changes, by=None)
        if as_json:
            self.print_json(meeting_payload(meeting))
        else:
            self.stdout.write(f"Meeting {meeting.pk}: {meeting.title} [{meeting.shown.label}]")

    def list(self, options):
        start, end, body = options.get("start"), options.get("end"), options.get("body")
        first = user_day(start) if start else None
        last = user_day(end) if end else None
        if first and last and last < first:
            raise InvalidInput(f"--to {last} is before --from {first}")
        meetings = meetings_between(first, last, get_body(body) if body else None)
        if options.get("ics"):
            sys.stdout.buffer.write(calendar(meetings, name="Plenipo meetings"))
            return
        payload = [meeting_payload(m) for m in meetings]
        if options.get("json"):
            self.print_json(payload)
            return
        for item in payload:
            when = item["start"] or item["start_date"] or item["date_text"]
            place = ", ".join(filter(None, [", ".join(item["rooms"]), item["city"]]))
            status = item["status"] if item["status_confirmed"] else f"{item['status']}?"
            self.stdout.write(
                f"{when:<26} {status:<10} {item['body']:<10} {item['title']} ({place})"
            )


def _spec_values(values: dict) -> dict:
    """Command-line strings as spec values: records for codes, a source for its citation."""
    changes = dict(values)
    if "body" in changes:
        changes["body"] = get_body(changes["body"])
    for field in ("room", "second_room"):
        if field in changes:
            changes[field] = get_room(changes[field]) if changes[field] else None
    if "languages" in changes:
        changes["languages"] = tuple(filter(None, changes["languages"].split(",")))
    reference, title = changes.pop("source", None), changes.pop("source_title", None)
    if reference or title:
        changes["source"] = cited_source(reference=reference, title=title)
    return changes


def _new_spec(changes: dict) -> MeetingSpec:
    missing = [f"--{name.replace('_', '-')}" for name in ("body", "title", "kind", "start")]
    missing = [flag for flag in missing if flag[2:].replace("-", "_") not in changes]
    if "source" not in changes:
        missing.append("--source and --source-title")
    if missing:
        raise InvalidInput(f"a new meeting needs {', '.join(missing)}")
    return MeetingSpec(**{"status": "scheduled", **changes})
