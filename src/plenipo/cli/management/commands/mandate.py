from plenipo.bodies.queries import get_decision, mandates_of_decision
from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import NotFound
from plenipo.core.userdates import user_day
from plenipo.meetings.queries import mandate_reports


class Command(PlenipoCommand):
    help = "A decision's mandate: what it creates or tasks, its functions, and its status."

    def add_arguments(self, parser):
        parser.add_argument("symbol", help='e.g. "decision 4/4" or A/RES/71/287')
        parser.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, symbol, as_of=None, json=False, **options):
        decision = get_decision(symbol)
        mandates = list(mandates_of_decision(decision))
        if not mandates:
            raise NotFound(f"{decision.symbol} has no recorded mandate")
        day = user_day(as_of)
        reports = mandate_reports(mandates, day)
        if json:
            self.print_json(reports[0] if len(reports) == 1 else reports)
            return
        for report in reports:
            self.stdout.write(f"{report['symbol']}: {report['title']} ({report['adopted']})")
            body = report["body"]
            self.stdout.write(f"{body['relation'].capitalize()} {body['name']} ({body['code']})")
            for number, function in enumerate(report["functions"], start=1):
                self.stdout.write(f"  ({number}) {function}")
            for item in report["required_meetings"]:
                state = (
                    "held"
                    if item["held"]
                    else ("not recorded" if item["unrecorded"] else "pending")
                )
                held_by = "; ".join(
                    f"{m['title']} ({m['start']}–{m['end']})" for m in item["satisfied_by"]
                )
                self.stdout.write(
                    f"  Required: {item['text']}: {state}{' — ' + held_by if held_by else ''}"
                )
            for item in report["deadlines"]:
                state = (
                    "delivered"
                    if item["delivered"]
                    else ("delivery not recorded" if item["unrecorded"] else "due")
                )
                self.stdout.write(f"  Deadline {item['due']}: {item['text']}: {state}")
            self.stdout.write(f"Status as of {report['as_of']}: {report['status']}")
