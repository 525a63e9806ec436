from plenipo.cli.base import PlenipoCommand
from plenipo.core.importing import import_files


class Command(PlenipoCommand):
    help = (
        "Import data files (YAML, JSON, or CSV/XLSX of actions) all or nothing; a record "
        "already recorded from the same source is left unchanged. Format: docs/data-format.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")

    def handle(self, *args, files, **options):
        summary = import_files(files, by=None)
        for line in summary.lines():
            self.stdout.write(line)
