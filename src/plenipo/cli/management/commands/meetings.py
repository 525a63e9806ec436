import sys

from plenipo.bodies.queries import get_body
from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.core.userdates import user_day
from plenipo.meetings.exporters import calendar
from plenipo.meetings.queries import meeting_payload, meetings_between


class Command(PlenipoCommand):
    help = "Meetings between two dates, as a table, JSON or iCalendar."

    def add_arguments(self, parser):
        parser.add_argument("--from", dest="start", help="YYYY-MM-DD")
        parser.add_argument("--to", dest="end", help="YYYY-MM-DD")
        parser.add_argument("--body", help="Body code, e.g. WG-TIP")
        output = parser.add_mutually_exclusive_group()
        output.add_argument("--json", action="store_true")
        output.add_argument("--ics", action="store_true", help="iCalendar (RFC 5545)")

    def handle(self, *args, start=None, end=None, body=None, json=False, ics=False, **options):
        first = user_day(start) if start else None
        last = user_day(end) if end else None
        if first and last and last < first:
            raise InvalidInput(f"--to {last} is before --from {first}")
        meetings = meetings_between(first, last, get_body(body) if body else None)
        if ics:
            sys.stdout.buffer.write(calendar(meetings, name="Plenipo meetings"))
            return
        payload = [meeting_payload(m) for m in meetings]
        if json:
            self.print_json(payload)
            return
        for item in payload:
            when = item["start"] or item["start_date"] or item["date_text"]
            place = ", ".join(filter(None, [item["room"], item["city"]]))
            self.stdout.write(
                f"{when:<26} {item['status']:<10} {item['body']:<10} {item['title']} ({place})"
            )
