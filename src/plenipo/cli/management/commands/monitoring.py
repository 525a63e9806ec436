from plenipo.cli.base import PlenipoCommand
from plenipo.core.partialdates import Count
from plenipo.core.userdates import user_day
from plenipo.monitoring.queries import get_mechanism, monitoring_status, parse_definition


class Command(PlenipoCommand):
    help = "Who had been evaluated by a monitoring body on a date (counts as min–max ranges)."

    def add_arguments(self, parser):
        parser.add_argument("body", help="Monitoring body, e.g. GRETA")
        parser.add_argument("--round", type=int, help="Only this evaluation round")
        parser.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
        parser.add_argument(
            "--definition",
            default="published",
            help="When a state counts as evaluated: 'published' (default) or 'adopted'",
        )
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, body, round=None, as_of=None, definition, json=False, **options):
        mechanism = get_mechanism(body)
        payload = monitoring_status(
            mechanism,
            user_day(as_of, opened=mechanism.instrument.open_from, code=mechanism.instrument.code),
            round_number=round,
            definition=parse_definition(definition),
        )
        if json:
            self.print_json(payload)
            return
        evaluated, parties = payload["evaluated"], payload["parties"]
        scope = f"round {round}" if round else "at least once"
        self.stdout.write(
            f"{payload['body']} ({payload['instrument']}) as of {payload['as_of']}: "
            f"{_range(evaluated)} of {_range(parties)} parties evaluated ({scope}, "
            f"report {payload['definition']})"
        )
        for state in payload["states"]:
            mark = {True: "evaluated", False: "not yet", None: "unknown"}[state["evaluated"]]
            when = state["published"] or _bounds(state)
            self.stdout.write(f"  {state['name']:<32} {mark:<10} {when}")


def _range(count):
    return str(Count.from_dict(count))


def _bounds(state):
    if not (state["not_before"] or state["not_after"]):
        return "—"
    return f"between {state['not_before'] or '?'} and {state['not_after'] or '?'}"
