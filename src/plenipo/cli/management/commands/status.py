from plenipo.cli.base import PlenipoCommand
from plenipo.core.partialdates import Count
from plenipo.registry.queries import get_organization
from plenipo.treaties.exporters import status_as_dict
from plenipo.treaties.queries import get_instrument, parse_as_of, status_of


class Command(PlenipoCommand):
    help = "Parties and signatories of an instrument on a date (counts as min–max ranges)."

    def add_arguments(self, parser):
        parser.add_argument("code", help="Instrument code or alias, e.g. CETS-197")
        parser.add_argument("--as-of", help="YYYY-MM-DD (default: today)")
        parser.add_argument("--members-of", help="Organization code, e.g. COE")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, code, as_of=None, members_of=None, json=False, **options):
        instrument = get_instrument(code)
        organization = get_organization(members_of) if members_of else None
        day = parse_as_of(as_of, instrument)
        payload = status_as_dict(status_of(instrument, day, members_of=organization))
        if json:
            self.print_json(payload)
            return
        counts = payload["counts"]
        self.stdout.write(f"{payload['instrument']['title']} ({instrument.code})")
        self.stdout.write(f"Status as of {day.isoformat()}")
        if "not_yet_open" in payload:
            self.stdout.write(f"{instrument.code}: {payload['not_yet_open']}")
        if "not_yet_in_force" in payload:
            self.stdout.write(f"{instrument.code}: {payload['not_yet_in_force']}")
        self.stdout.write(f"Parties: {_range(counts['parties'])}")
        self.stdout.write(f"Bound (in force for them): {_range(counts['bound'])}")
        for party in payload["parties"]:
            when = party["date"] or _bounds(party)
            mark = "" if party["certain"] else "  (date uncertain)"
            self.stdout.write(
                f"  {party['name']:<40} {party['action'] or 'party':<13} {when}{mark}"
            )
        self.stdout.write(f"Signatories, not parties: {_range(counts['signatories'])}")
        for party in payload["signatories"]:
            self.stdout.write(f"  {party['name']:<40} signed {party['date'] or _bounds(party)}")
        if "members_not_parties" in payload:
            self.stdout.write(f"Members of {members_of.upper()} not parties:")
            for member in payload["members_not_parties"]:
                signed = "signed" if member["signed"] else "not signed"
                self.stdout.write(f"  {member['name']:<40} {signed}")


def _range(count):
    return str(Count.from_dict(count))


def _bounds(item):
    return f"between {item['not_before'] or '?'} and {item['not_after'] or '?'}"
