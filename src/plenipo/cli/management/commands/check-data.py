from plenipo.cli.base import PlenipoCommand
from plenipo.treaties.queries import data_coverage


class Command(PlenipoCommand):
    help = (
        "Report every contradiction between status snapshots and dated actions, the gaps "
        "(snapshots counting more parties than recorded), and the dataset's coverage."
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
        self.stdout.write(f"{total} contradiction(s) between snapshots and dated actions.")
        disagreements = 0
        for code, item in report.items():
            for row in item["entry_into_force_disagreements"]:
                disagreements += 1
                who = row["party"] or "the instrument"
                self.stdout.write(
                    f"{code}: entry into force for {who} computes as {row['computed']}, "
                    f"a source states {row['stated']}"
                )
        self.stdout.write(f"{disagreements} entry-into-force disagreement(s).")
        conflicts = sum(len(item["date_conflicts"]) for item in report.values())
        for code, item in report.items():
            for row in item["date_conflicts"]:
                others = ", ".join(f"{c.get('date')} ({c.get('source')})" for c in row["other"])
                self.stdout.write(
                    f"{code}: {row['party']} {row['kind']} dated {row['date']}; also {others}"
                )
        self.stdout.write(f"{conflicts} date conflict(s) between sources.")
