"""Ordinary mistakes give one line on standard error and a non-zero exit, no traceback."""

import os
import subprocess
import sys

import pytest

from plenipo.cli.main import main

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]


def run_console(*args, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(list(args))
    return exit_.value.code, capsys.readouterr().err


def test_out_into_a_missing_folder(tmp_path, capsys):
    target = tmp_path / "missing" / "status.csv"
    code, err = run_console("export", "CETS-197", "--out", str(target), capsys=capsys)
    assert code == 2
    assert err == f"CommandError: {target}: cannot write: No such file or directory\n"
    assert not target.exists()


def test_add_user_without_a_terminal_or_password(monkeypatch, capsys, django_user_model):
    monkeypatch.delenv("PLENIPO_PASSWORD", raising=False)
    with open(os.devnull) as no_terminal:
        monkeypatch.setattr(sys, "stdin", no_terminal)
        code, err = run_console("add-user", "someone", "--secretariat", capsys=capsys)
    assert code == 2
    assert err == "CommandError: no terminal to ask for it on: set PLENIPO_PASSWORD\n"
    assert not django_user_model.objects.filter(username="someone").exists()


def test_output_into_a_closed_pipe(tmp_path):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}"}
    script = os.path.join(os.path.dirname(sys.executable), "plenipo")
    subprocess.run([script, "migrate", "-v0"], env=env, check=True)
    reader, writer = os.pipe()
    os.close(reader)  # as `| head` does once it has read enough
    try:
        result = subprocess.run(
            [script, "meetings", "--json"],
            env=env,
            stdout=writer,
            stderr=subprocess.PIPE,
            text=True,
            check=False,
        )
    finally:
        os.close(writer)
    assert result.returncode == 1
    assert result.stderr == "CommandError: output closed before it was all written\n"


def test_read_exits_non_zero_when_a_file_cannot_be_read_and_prints_the_others(tmp_path, capsys):
    good = tmp_path / "note.txt"
    good.write_text("The meeting will be held in Geneva on 14 April 2031.\n")
    with pytest.raises(SystemExit) as exit_:
        main(["read", str(good), str(tmp_path / "missing.txt")])
    out, err = capsys.readouterr()
    assert exit_.value.code == 1
    assert "meeting 2031-04-14" in out
    # after the progress bar: the file that failed and why, then the count
    assert err.splitlines()[-2:] == [
        f"{tmp_path / 'missing.txt'}: cannot open missing.txt: No such file or directory",
        "CommandError: 1 of 2 files could not be read",
    ]


@pytest.mark.parametrize("command", [["status", "CETS-197"], ["meetings", "--json"]])
def test_a_database_never_migrated_gives_one_line_saying_what_to_run(tmp_path, command):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}"}
    script = os.path.join(os.path.dirname(sys.executable), "plenipo")
    result = subprocess.run(
        [script, *command], env=env, capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert result.stderr.startswith("CommandError: the database is not set up (no such table: ")
    assert result.stderr.endswith("run `plenipo migrate`, then `plenipo load-data`\n")
    assert result.stderr.count("\n") == 1


def test_an_option_status_does_not_know_is_refused_by_name(capsys):
    """As the API refuses ``?date=``: never today's table for a misnamed date."""
    code, err = run_console("status", "CETS-197", "--date", "2010-01-01", capsys=capsys)
    assert code == 2
    assert err.splitlines()[-1] == (
        "plenipo status: error: unrecognized arguments: --date 2010-01-01"
    )


@pytest.mark.parametrize("to", ["invited:99999", "invited:99999:UN-VIE", "focal-points:99999"])
def test_a_merge_to_the_states_invited_to_an_unknown_meeting_is_refused(tmp_path, capsys, to):
    out = tmp_path / "letters"
    code, err = run_console(
        "letters", "merge", "--template", "wg-tip-invitation-nv-en", "--to", to,
        "--format", "txt", "--out", str(out), capsys=capsys,
    )  # fmt: skip
    assert code != 0
    assert err.strip().splitlines() == [err.strip()]
    assert "no meeting 99999" in err
    assert not out.exists() or not any(out.iterdir())


def test_a_merge_to_an_unknown_organizations_ministers_is_refused(tmp_path, capsys):
    out = tmp_path / "letters"
    code, err = run_console(
        "letters", "merge", "--template", "wg-tip-invitation-nv-en", "--to",
        "ministers:NOSUCH:CETS-197", "--format", "txt", "--out", str(out), capsys=capsys,
    )  # fmt: skip
    assert code != 0
    assert "unknown organization code 'NOSUCH'" in err
    assert not out.exists() or not any(out.iterdir())
