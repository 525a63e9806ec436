from django.db import transaction

from plenipo.cli.base import PlenipoCommand
from plenipo.core.importing import import_files
from plenipo.treaties.dataset import builtin_files, database_is_empty


class Command(PlenipoCommand):
    help = "Load the built-in, cited anti-trafficking dataset (src/plenipo/data)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-empty", action="store_true", help="Do nothing if data is already loaded."
        )

    def handle(self, *args, if_empty=False, **options):
        if if_empty and not database_is_empty():
            self.stdout.write("Built-in data already loaded.")
            return
        with transaction.atomic():
            counts = import_files(builtin_files(), by=None).new
        summary = ", ".join(f"{n} {section}" for section, n in sorted(counts.items()))
        self.stdout.write(f"Loaded the built-in dataset: {summary}.")
