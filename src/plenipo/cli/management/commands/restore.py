from pathlib import Path

from plenipo.cli.base import PlenipoCommand
from plenipo.ops.backup import restore_backup


class Command(PlenipoCommand):
    help = (
        "Restore an archive written by `plenipo backup`: all of it or nothing. "
        "Refuses a database that holds data unless --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Archive written by `plenipo backup`")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the data and uploaded files this installation holds",
        )

    def handle(self, *args, file, force=False, **options):
        source = Path(file)
        manifest = restore_backup(source, force=force)
        rows = sum(manifest["counts"].values())
        self.stdout.write(
            f"Restored {source} (made {manifest['created_at']} on "
            f"{manifest['database_vendor']}): {rows} rows, "
            f"{manifest['media_files']} uploaded files."
        )
