"""A real worker process killed in the middle of sending 193 letters, then started again:
the job completes and no letter is e-mailed twice. Runs on the database the suite runs on
(a fresh SQLite file, or a fresh PostgreSQL database beside the test database)."""

import collections
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from email import message_from_bytes
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
import pytest
from aiosmtpd.controller import Controller

ROOT = Path(__file__).resolve().parents[2]
LETTERS = 193
SILENCE = 1  # seconds after which a running job's worker is taken to be dead


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(message_from_bytes(envelope.content)["Message-ID"])
        return "250 OK"


@pytest.fixture
def smtp_server():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    yield inbox, port
    controller.stop()


@pytest.fixture
def shared_database(tmp_path):
    """A database URL every process can reach, and a function running one SQL query."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        path = tmp_path / "shared.sqlite3"
        yield f"sqlite:///{path}", lambda sql: sqlite3.connect(path).execute(sql).fetchone()
        return
    parts = urlsplit(url)
    name = parts.path.lstrip("/") + "_worker"
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    shared = urlunsplit(parts._replace(path=f"/{name}"))

    def query(sql):
        with psycopg.connect(shared) as connection:
            return connection.execute(sql).fetchone()

    yield shared, query
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _environment(database_url, smtp_port, var):
    return {
        **os.environ,
        "DATABASE_URL": database_url,
        "DJANGO_SETTINGS_MODULE": "plenipo.settings",
        "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)]),
        "PLENIPO_VAR": str(var),
        "PLENIPO_SECRET_KEY": "test-" * 12,
        "PLENIPO_TASK_BACKEND": "database",
        "PLENIPO_JOB_SILENCE_SECONDS": str(SILENCE),
        "PLENIPO_EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "PLENIPO_EMAIL_HOST": "127.0.0.1",
        "PLENIPO_EMAIL_PORT": str(smtp_port),
        "PLENIPO_LOG_LEVEL": "ERROR",
    }


def _plenipo(*args):
    return [sys.executable, "-m", "plenipo.cli.main", *args]


def _wait_for(condition, *, timeout, what):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if answer := condition():
            return answer
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_killed_worker_is_replaced_and_no_letter_is_sent_twice(
    shared_database, smtp_server, tmp_path
):
    database_url, query = shared_database
    inbox, port = smtp_server
    env = _environment(database_url, port, tmp_path / "var")
    subprocess.run(_plenipo("migrate", "-v0"), env=env, check=True, cwd=ROOT)
    setup = subprocess.run(
        [sys.executable, "-m", "tests.jobs.worker_scenario", str(LETTERS)],
        env=env,
        check=True,
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    job = int(setup.stdout.split()[-1])
    progress = f"SELECT done, total, status FROM jobs_job WHERE id = {job}"

    worker = subprocess.Popen(_plenipo("worker", "--interval", "0.2"), env=env, cwd=ROOT)
    try:
        _wait_for(lambda: query(progress)[0] >= 20, timeout=120, what="20 letters sent")
    finally:
        worker.send_signal(signal.SIGKILL)  # no clean shutdown: the process just dies
        worker.wait()
    done, total, status = query(progress)
    assert (status, total) == ("running", LETTERS)
    assert 20 <= done < LETTERS
    sent_before_restart = len(inbox.messages)

    time.sleep(SILENCE + 0.5)  # long enough for the dead worker's job to count as silent
    worker = subprocess.Popen(_plenipo("worker", "--interval", "0.2"), env=env, cwd=ROOT)
    try:
        _wait_for(lambda: query(progress)[2] == "done", timeout=240, what="the job to complete")
    finally:
        worker.send_signal(signal.SIGTERM)
        worker.wait(timeout=30)

    assert query(progress) == (LETTERS, LETTERS, "done")
    assert len(inbox.messages) > sent_before_restart  # the second worker did the rest
    twice = [mid for mid, n in collections.Counter(inbox.messages).items() if n > 1]
    assert twice == []
    (sent,) = query("SELECT count(*) FROM correspondence_letter WHERE status = 'sent'")
    (interrupted,) = query(
        "SELECT count(*) FROM correspondence_letter "
        "WHERE status = 'failed' AND last_error LIKE 'interrupted while being sent%'"
    )
    # A letter is sent, or (killed during its SMTP exchange) failed for an officer to check.
    assert sent + interrupted == LETTERS
    assert interrupted <= 1
    assert len(inbox.messages) in {sent, sent + interrupted}
