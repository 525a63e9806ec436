"""Backup and restore: the whole installation comes back, or nothing changes.

The round trip runs on the suite's database, SQLite or PostgreSQL (DATABASE_URL).
"""

import datetime as dt
import gzip
import io
import json
import tarfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.management import CommandError, call_command

from plenipo.correspondence.exporters import letter_text
from plenipo.correspondence.models import Letter
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.meetings.models import DocumentVersion
from plenipo.meetings.queries import meeting_payload, meetings_between
from plenipo.ops.backup import database_rows
from plenipo.registry.queries import get_organization
from plenipo.treaties.exporters import status_as_dict
from plenipo.treaties.models import Instrument
from plenipo.treaties.queries import get_instrument, status_of

DAYS = [dt.date(y, m, d) for y, m, d in [(2001, 1, 1), (2004, 7, 1), (2008, 2, 1),
                                          (2012, 12, 31), (2015, 6, 15), (2020, 1, 1),
                                          (2026, 11, 25)]]  # fmt: skip
JUNE_2015 = dt.date(2015, 6, 15)


def run(*args):
    out = io.StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def _letters_and_an_upload():
    merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", JUNE_2015),
        day=JUNE_2015,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    )
    version = DocumentVersion.objects.order_by("pk").first()
    version.file.save("report.txt", ContentFile(b"Unofficial translation.\n"))
    get_user_model().objects.create_user("officer", password="x")


def _everything_a_user_can_ask(media_root: Path):
    statuses = {
        (instrument.code, organization, day.isoformat()): status_as_dict(
            status_of(instrument, day, members_of=organization and get_organization(organization))
        )
        for instrument in Instrument.objects.order_by("code")
        for organization in [None, "COE"]
        for day in DAYS
    }
    return {
        "statuses": statuses,
        "meetings": [meeting_payload(m) for m in meetings_between()],
        "letters": [
            (letter.reference, letter.status, letter.recipient_key, letter_text(letter))
            for letter in Letter.objects.order_by("pk")
        ],
        "users": list(get_user_model().objects.values_list("username", "password")),
        "files": {
            p.relative_to(media_root).as_posix(): p.read_bytes()
            for p in media_root.rglob("*")
            if p.is_file()
        },
    }


@pytest.mark.django_db(transaction=True)
def test_round_trip_into_a_fresh_database_gives_every_answer_back(dataset, tmp_path, settings):
    _letters_and_an_upload()
    before = _everything_a_user_can_ask(settings.MEDIA_ROOT)
    assert len(before["letters"]) == 5
    assert len(before["files"]) == 1
    archive = tmp_path / "plenipo.tar.gz"
    run("backup", str(archive))

    call_command("flush", interactive=False, verbosity=0)
    settings.MEDIA_ROOT = tmp_path / "fresh" / "media"
    assert set(database_rows()) <= {"auth.group"}
    out = run("restore", str(archive))

    assert "Restored" in out
    after = _everything_a_user_can_ask(settings.MEDIA_ROOT)
    assert after["statuses"] == before["statuses"]
    assert after == before
    assert len(before["statuses"]) >= 6 * len(DAYS)


@pytest.fixture
def archive(db, tmp_path):
    path = tmp_path / "backup.tar.gz"
    run("backup", str(path))
    return path


def _members(path):
    with tarfile.open(path, "r:gz") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers()}


def _rewrite(path, members):
    with tarfile.open(path, "w:gz") as tar:
        for name, content in members.items():
            info = tarfile.TarInfo(name)
            info.size = len(content)
            tar.addfile(info, io.BytesIO(content))


def test_the_manifest_counts_rows_and_checksums_every_member(archive):
    members = _members(archive)
    manifest = json.loads(members["manifest.json"])
    assert manifest["format"] == "plenipo-backup"
    assert manifest["database_vendor"] in {"sqlite", "postgresql"}
    assert manifest["counts"]["treaties.instrument"] == Instrument.objects.count()
    assert set(manifest["checksums"]) == set(members) - {"manifest.json"}
    assert "contenttypes.contenttype" not in manifest["counts"]
    assert "treaties" in manifest["migrations"]


def _refused(*args):
    with pytest.raises(CommandError) as failure:
        run(*args)
    assert failure.value.returncode == 2
    assert "\n" not in str(failure.value)
    return str(failure.value)


def test_restoring_into_a_database_with_data_needs_force(archive):
    assert "restore with --force" in _refused("restore", str(archive))


def test_a_truncated_archive_is_refused_and_nothing_changes(archive, tmp_path):
    truncated = tmp_path / "truncated.tar.gz"
    truncated.write_bytes(archive.read_bytes()[: archive.stat().st_size // 2])
    rows = database_rows()
    assert "truncated or damaged" in _refused("restore", str(truncated), "--force")
    assert database_rows() == rows


def test_a_tampered_member_is_refused_and_nothing_changes(archive):
    members = _members(archive)
    dump = json.loads(members["database.json"])
    instrument = next(row for row in dump if row["model"] == "treaties.instrument")
    instrument["fields"]["short_title"] = "A treaty nobody signed"
    members["database.json"] = json.dumps(dump).encode()
    _rewrite(archive, members)
    rows = database_rows()
    assert "database.json does not match its SHA-256 checksum" in _refused(
        "restore", str(archive), "--force"
    )
    assert database_rows() == rows
    assert not Instrument.objects.filter(short_title="A treaty nobody signed").exists()


def test_an_archive_with_an_unlisted_file_is_refused(archive):
    members = _members(archive)
    members["media/smuggled.txt"] = b"not in the manifest"
    _rewrite(archive, members)
    assert "does not list: media/smuggled.txt" in _refused("restore", str(archive), "--force")


def test_counts_that_disagree_with_the_manifest_roll_everything_back(archive):
    members = _members(archive)
    manifest = json.loads(members["manifest.json"])
    manifest["counts"]["treaties.instrument"] += 1
    members["manifest.json"] = json.dumps(manifest).encode()
    _rewrite(archive, members)
    rows = database_rows()
    message = _refused("restore", str(archive), "--force")
    assert "differ from the manifest's counts (treaties.instrument:" in message
    assert database_rows() == rows


def test_a_file_that_is_not_an_archive_is_refused(tmp_path):
    not_an_archive = tmp_path / "notes.tar.gz"
    not_an_archive.write_bytes(gzip.compress(b"just some text"))
    assert "not a complete Plenipo backup" in _refused("restore", str(not_an_archive))
    assert "no backup archive at" in _refused("restore", str(tmp_path / "missing.tar.gz"))


def test_backup_into_a_missing_folder_is_one_line(tmp_path):
    assert "no folder" in _refused("backup", str(tmp_path / "nowhere" / "b.tar.gz"))
