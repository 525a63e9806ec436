"""The backup archive: a tar.gz with the database, the uploaded files and a manifest.

    manifest.json        format, versions, when, database vendor, rows per model,
                         applied migrations, and the SHA-256 of every other member
    database.json        Django's serialisation (natural keys for content types)
    media/…              MEDIA_ROOT as it was

An archive is read whole into a folder and checked against its manifest before anything
is restored: a truncated, damaged or tampered archive is refused with one line.
"""

import hashlib
import io
import json
import tarfile
import time
import zlib
from pathlib import Path

from plenipo.core.errors import InvalidInput

FORMAT = "plenipo-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE = "database.json"
MEDIA = "media"
_CHUNK = 1 << 20


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while chunk := stream.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def media_files(media_root: Path) -> list[Path]:
    if not media_root.is_dir():
        return []
    return sorted(p for p in media_root.rglob("*") if p.is_file() and not p.is_symlink())


def write_archive(target: Path, *, manifest: dict, database: Path, media_root: Path) -> dict:
    """Writes the archive to `target` (through a temporary name); returns the manifest."""
    members = {DATABASE: database}
    for path in media_files(media_root):
        members[f"{MEDIA}/{path.relative_to(media_root).as_posix()}"] = path
    manifest = {**manifest, "checksums": {name: sha256_of(p) for name, p in members.items()}}
    partial = target.with_name(target.name + ".partial")
    with tarfile.open(partial, "w:gz") as archive:
        for name, path in members.items():
            archive.add(path, arcname=name, recursive=False)
        encoded = json.dumps(manifest, indent=2, ensure_ascii=False).encode()
        info = tarfile.TarInfo(MANIFEST)
        info.size, info.mtime = len(encoded), int(time.time())
        archive.addfile(info, io.BytesIO(encoded))
    partial.replace(target)
    return manifest


def unpack_and_verify(source: Path, folder: Path) -> dict:
    """Unpacks `source` into `folder` and returns its manifest once every member checks out."""
    if not source.is_file():
        raise InvalidInput(f"no backup archive at {source}")
    try:
        with tarfile.open(source, "r:gz") as archive:
            archive.extractall(folder, filter="data")
    except (tarfile.TarError, EOFError, zlib.error, OSError) as exc:
        raise InvalidInput(
            f"{source} is not a complete Plenipo backup (truncated or damaged: {exc})"
        ) from None
    manifest = _read_manifest(source, folder)
    listed = set(manifest["checksums"])
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()} - {
        MANIFEST
    }
    if unlisted := sorted(present - listed):
        raise InvalidInput(f"{source} holds files its manifest does not list: {unlisted[0]}")
    if missing := sorted(listed - present):
        raise InvalidInput(f"{source} lacks {missing[0]}, which its manifest lists")
    for name in sorted(listed):
        if sha256_of(folder / name) != manifest["checksums"][name]:
            raise InvalidInput(f"{source}: {name} does not match its SHA-256 checksum")
    return manifest


def _read_manifest(source, folder):
    try:
        manifest = json.loads((folder / MANIFEST).read_text())
    except (OSError, ValueError):
        raise InvalidInput(f"{source} has no readable {MANIFEST}: not a Plenipo backup") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise InvalidInput(f"{source} is not a Plenipo backup")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise InvalidInput(
            f"{source} is a backup in format {manifest.get('format_version')}; "
            f"this version reads format {FORMAT_VERSION}"
        )
    if not isinstance(manifest.get("checksums"), dict) or DATABASE not in manifest["checksums"]:
        raise InvalidInput(f"{source}: the manifest lists no database")
    return manifest
