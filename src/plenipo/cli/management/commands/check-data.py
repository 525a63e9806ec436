from plenipo.cli.base import PlenipoCommand
from plenipo.treaties.models import DerivedNote


class Command(PlenipoCommand):
    help = "Report every contradiction between status snapshots and dated actions."

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, json=False, **options):
        notes = DerivedNote.objects.select_related("instrument").order_by("instrument__code")
        report = {n.instrument.code: n.contradictions for n in notes}
        if json:
            self.print_json(report)
            return
        total = sum(len(items) for items in report.values())
        for code, items in report.items():
            for item in items:
                self.stdout.write(f"{code}: {item['message']}")
        self.stdout.write(f"{total} contradiction(s) between snapshots and dated actions.")
