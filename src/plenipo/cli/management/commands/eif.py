from plenipo.cli.base import PlenipoCommand
from plenipo.treaties.exporters import eif_as_dict
from plenipo.treaties.queries import get_instrument


class Command(PlenipoCommand):
    help = "Entry into force of an instrument, computed from its clause and recorded actions."

    def add_arguments(self, parser):
        parser.add_argument("code")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, code, json=False, **options):
        payload = eif_as_dict(get_instrument(code))
        if json:
            self.print_json(payload)
            return
        self.stdout.write(f"{payload['code']}: {payload['rule']}")
        computed = payload["entry_into_force"]
        self.stdout.write(f"Computed entry into force: {computed or 'not determinable'}")
        if payload["bounds"] and not computed:
            bounds = payload["bounds"]
            self.stdout.write(f"  between {bounds['not_before']} and {bounds['not_after']}")
        self.stdout.write(f"Recorded in the sources: {payload['recorded'] or '—'}")
        self.stdout.write(f"Threshold reached on: {payload['threshold_reached_on'] or '—'}")
        if payload["missing"]:
            self.stdout.write("Dates still needed to settle it: " + ", ".join(payload["missing"]))
        for note in payload["notes"]:
            self.stdout.write(f"Note: {note}")
