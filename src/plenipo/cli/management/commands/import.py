from plenipo.cli.base import PlenipoCommand
from plenipo.core.importing import import_files


class Command(PlenipoCommand):
    help = (
        "Import data files (YAML, JSON, or CSV/XLSX of actions) all or nothing; "
        "the format is in docs/data-format.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+")

    def handle(self, *args, files, **options):
        counts = import_files(files, by=None)
        summary = ", ".join(f"{n} {section}" for section, n in sorted(counts.items()))
        self.stdout.write(f"Imported {summary or 'nothing'}.")
