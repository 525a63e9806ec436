from pathlib import Path

from plenipo.cli.base import PlenipoCommand
from plenipo.ops.backup import create_backup


class Command(PlenipoCommand):
    help = "Write the database and the uploaded files to one archive (tar.gz with a manifest)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="Archive to write, e.g. plenipo-2026-11-25.tar.gz")

    def handle(self, *args, file, **options):
        target = Path(file)
        manifest = create_backup(target)
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"Wrote {target}: {rows} rows of {len(manifest['counts'])} models, "
            f"{manifest['media_files']} uploaded files ({manifest['database_vendor']})."
        )
