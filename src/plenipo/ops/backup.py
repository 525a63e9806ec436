"""`plenipo backup` and `plenipo restore`: the database and the uploaded files, together.

The database goes through Django's serialisation (`dumpdata` with natural keys for
content types, so it restores into any database, SQLite or PostgreSQL, whose content
types were numbered differently). Restoring runs in one transaction and checks the row
counts against the manifest before it commits; the uploaded files are unpacked beside
MEDIA_ROOT and swapped in only after the database part committed.
"""

import datetime as dt
import importlib.metadata
import json
import shutil
import tempfile
from collections import Counter
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management import CommandError, call_command
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, transaction
from django.db.migrations.recorder import MigrationRecorder

from plenipo.core.errors import InvalidInput
from plenipo.ops.archive import (
    DATABASE,
    FORMAT,
    FORMAT_VERSION,
    MEDIA,
    media_files,
    unpack_and_verify,
    write_archive,
)

# Rebuilt by `migrate` (content types, permissions) or worthless elsewhere (sessions).
NOT_BACKED_UP = ["contenttypes", "auth.permission", "sessions"]


def backed_up_models():
    excluded_apps = {label for label in NOT_BACKED_UP if "." not in label}
    excluded_models = {label for label in NOT_BACKED_UP if "." in label}
    return [
        model
        for model in apps.get_models()
        if model._meta.app_label not in excluded_apps
        and model._meta.label_lower not in excluded_models
    ]


def _applied_migrations():
    applied = MigrationRecorder(connection).applied_migrations()
    by_app = {}
    for app_label, name in sorted(applied):
        by_app.setdefault(app_label, []).append(name)
    return by_app


def create_backup(target: Path) -> dict:
    """Writes one archive of the database and MEDIA_ROOT to `target`; returns its manifest."""
    if target.is_dir():
        raise InvalidInput(f"{target} is a folder; name the archive file, e.g. plenipo.tar.gz")
    if not target.parent.is_dir():
        raise InvalidInput(f"no folder {target.parent} to write {target.name} into")
    with tempfile.TemporaryDirectory(prefix="plenipo-backup-") as folder:
        database = Path(folder) / DATABASE
        outermost = not connection.in_atomic_block
        with transaction.atomic():
            if connection.vendor == "postgresql" and outermost:
                # One snapshot for every table, whatever commits meanwhile.
                with connection.cursor() as cursor:
                    cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
            call_command(
                "dumpdata",
                exclude=NOT_BACKED_UP,
                natural_foreign=True,
                use_base_manager=True,
                output=str(database),
                verbosity=0,
            )
            migrations = _applied_migrations()
        counts = Counter(row["model"] for row in json.loads(database.read_text()))
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "plenipo_version": importlib.metadata.version("plenipo"),
            "created_at": dt.datetime.now(tz=dt.UTC).isoformat(timespec="seconds"),
            "database_vendor": connection.vendor,
            "counts": dict(sorted(counts.items())),
            "media_files": len(media_files(Path(settings.MEDIA_ROOT))),
            "migrations": migrations,
        }
        return write_archive(
            target, manifest=manifest, database=database, media_root=Path(settings.MEDIA_ROOT)
        )


def database_rows():
    """Rows per backed-up model that hold data (migrate's own group does not count)."""
    counts = {m._meta.label_lower: m._base_manager.count() for m in backed_up_models()}
    return {label: n for label, n in counts.items() if n}


def _holds_data():
    rows = database_rows()
    made_by_migrate = {"auth.group"}
    return any(label not in made_by_migrate for label in rows) or bool(
        media_files(Path(settings.MEDIA_ROOT))
    )


def _check_migrations(manifest, source):
    here = _applied_migrations()
    for app_label, names in manifest.get("migrations", {}).items():
        if unknown := sorted(set(names) - set(here.get(app_label, []))):
            raise InvalidInput(
                f"{source} was made after migration {app_label}.{unknown[0]}, which this "
                "database lacks: run `plenipo migrate` (or upgrade Plenipo) first"
            )


def restore_backup(source: Path, *, force=False) -> dict:
    """Replaces the database and MEDIA_ROOT with the archive's; returns its manifest."""
    media_root = Path(settings.MEDIA_ROOT)
    media_root.parent.mkdir(parents=True, exist_ok=True)
    # Unpacked beside MEDIA_ROOT so that swapping the folders in is a rename.
    folder = Path(tempfile.mkdtemp(prefix=".restore-", dir=media_root.parent))
    try:
        manifest = unpack_and_verify(source, folder)
        _check_migrations(manifest, source)
        if not force and _holds_data():
            raise InvalidInput(
                "the database or the uploaded files are not empty; "
                "restore with --force to replace them"
            )
        _restore_database(folder / DATABASE, manifest, source)
        _swap_media(folder / MEDIA, media_root, folder)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return manifest


def _restore_database(database: Path, manifest, source):
    try:
        with transaction.atomic():
            call_command("flush", interactive=False, verbosity=0)
            ContentType.objects.clear_cache()
            # What flush's post-migrate step recreated (the officers' group) comes back
            # from the archive with its own key.
            for model in backed_up_models():
                model._base_manager.all().delete()
            if any(manifest["counts"].values()):  # loaddata warns about an empty file
                call_command("loaddata", str(database), verbosity=0)
            expected = {label: n for label, n in manifest["counts"].items() if n}
            if (restored := database_rows()) != expected:
                raise InvalidInput(
                    f"{source}: the restored rows differ from the manifest's counts "
                    f"({_first_difference(expected, restored)}); nothing was restored"
                )
    except (DatabaseError, DeserializationError, CommandError) as exc:
        detail = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        raise InvalidInput(
            f"{source} could not be restored ({detail}); nothing was restored"
        ) from None
    finally:
        ContentType.objects.clear_cache()


def _first_difference(expected, restored):
    label = min(k for k in set(expected) | set(restored) if expected.get(k) != restored.get(k))
    return f"{label}: {restored.get(label, 0)} rows, {expected.get(label, 0)} expected"


def _swap_media(unpacked: Path, media_root: Path, folder: Path):
    if not unpacked.is_dir():
        unpacked.mkdir()
    if media_root.exists():
        media_root.replace(folder / "replaced-media")
    unpacked.replace(media_root)
