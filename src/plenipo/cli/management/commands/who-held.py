from plenipo.cli.base import PlenipoCommand
from plenipo.core.userdates import user_day
from plenipo.registry.queries import find_post, holders_on


class Command(PlenipoCommand):
    help = "Who held a post on a date."

    def add_arguments(self, parser):
        parser.add_argument("post", help="The post's title or key")
        parser.add_argument("--on", required=True, help="YYYY-MM-DD")
        parser.add_argument("--json", action="store_true")

    def handle(self, *args, post, on, json=False, **options):
        found = find_post(post)
        day = user_day(on)
        holders = [
            {
                "person": holding.person.name,
                "honorific": holding.person.honorific,
                "start": str(holding.start),
                "end": str(holding.end) if holding.end else None,
                "certain": certain,
                "source": holding.source.reference,
            }
            for holding, certain in holders_on(found, day)
        ]
        if json:
            self.print_json({"post": found.title, "on": day.isoformat(), "holders": holders})
            return
        if not holders:
            self.stdout.write(f"No holder of {found.title} is recorded on {day.isoformat()}.")
        for holder in holders:
            doubt = "" if holder["certain"] else " (dates uncertain)"
            self.stdout.write(f"{holder['person']}{doubt}")
