from django.template.defaultfilters import pluralize

from plenipo.cli.base import PlenipoCommand
from plenipo.treaties.queries import data_coverage


class Command(PlenipoCommand):
    help = (
        "Report every contradiction between status snapshots and dated actions, the gaps "
        "(snapshots counting more parties than recorded), dates on which sources disagree, and "
        "the dataset's coverage."
    )

    def add_arguments(self, parser):
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, json=False, **options):
        report = data_coverage()
        if json:
            self.print_json(report)
            return
        self.stdout.write("Coverage (actions with an exact day):")
        for code, item in report.items():
            self.stdout.write(
                f"  {code}: {item['exact_actions']}/{item['actions']} actions exact "
                f"({item['exact_share']:.0%}); {item['parties_recorded']} parties recorded"
            )
        self.stdout.write("Gaps:")
        for code, item in report.items():
            if item["gaps"]:
                self.stdout.write(f"  {code}: {item['gaps'][-1]['message']}")
        total = 0
        for code, item in report.items():
            for contradiction in item["contradictions"]:
                total += 1
                self.stdout.write(f"{code}: {contradiction['message']}")
        contradictions = f"{total} contradiction{pluralize(total)}"
        self.stdout.write(f"{contradictions} between snapshots and dated actions.")
        disagreements = 0
        for code, item in report.items():
            for row in item["entry_into_force_disagreements"]:
                disagreements += 1
                who = row["party"] or "the instrument"
                self.stdout.write(
                    f"{code}: entry into force for {who} computes as {row['computed']}, "
                    f"a source states {row['stated']}"
                )
        self.stdout.write(
            f"{disagreements} entry-into-force disagreement{pluralize(disagreements)}."
        )
        conflicts = [(code, c) for code, item in report.items() for c in item["date_conflicts"]]
        for code, conflict in conflicts:
            self.stdout.write(f"{code}: {conflict['message']}")
        unresolved = sum(1 for _, c in conflicts if c["unresolved"])
        self.stdout.write(
            f"{len(conflicts)} date{pluralize(len(conflicts))} on which sources disagree "
            f"({unresolved} unresolved)."
        )
