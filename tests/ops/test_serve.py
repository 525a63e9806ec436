"""`plenipo serve` as production runs it: gunicorn, DEBUG off, hashed static files."""

import gzip
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

PLENIPO = [sys.executable, "-m", "plenipo.cli.main"]
STARTUP_SECONDS = 180  # collectstatic compresses every file first
STOP_SECONDS = 20


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url, headers=None):
    request = urllib.request.Request(url, headers=headers or {})
    with urllib.request.urlopen(request, timeout=10) as response:
        return response.status, response.headers, response.read()


def _wait_until_up(url, server):
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"plenipo serve exited with status {server.returncode}")
        try:
            return _get(url)
        except OSError:  # refused, reset, or accepted and not answered yet (workers booting)
            time.sleep(0.5)
    pytest.fail(f"plenipo serve did not answer within {STARTUP_SECONDS} s")


def _stop(server):
    server.send_signal(signal.SIGTERM)
    try:
        server.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        os.killpg(server.pid, signal.SIGKILL)
        server.wait(timeout=STOP_SECONDS)


@pytest.fixture
def production_environment(tmp_path):
    environment = {
        **os.environ,
        "PLENIPO_VAR": str(tmp_path),
        "PLENIPO_DEBUG": "false",
        "PLENIPO_SECRET_KEY": "a-key-for-this-test-only-" + "x" * 40,
        "PLENIPO_ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'plenipo.sqlite3'}",
        "PLENIPO_LOG_LEVEL": "INFO",
    }
    subprocess.run([*PLENIPO, "migrate", "-v", "0"], env=environment, check=True, timeout=300)
    return environment


def test_serve_answers_pages_and_hashed_compressed_stylesheet(production_environment, tmp_path):
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [*PLENIPO, "serve", "--bind", f"127.0.0.1:{port}", "--workers", "2"],
        env=production_environment,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        status, _, body = _wait_until_up(f"{base}/health/", server)
        assert (status, body) == (200, b'{"database": "ok", "cache": "ok"}')

        status, headers, page = _get(f"{base}/", {"X-Request-ID": "trace-42"})
        assert status == 200
        assert headers["X-Request-ID"] == "trace-42"
        stylesheet = re.search(r'href="(/static/[^"]+\.css)"', page.decode()).group(1)
        assert re.fullmatch(r"/static/public/plenipo\.[0-9a-f]{12}\.css", stylesheet)

        status, headers, css = _get(f"{base}{stylesheet}", {"Accept-Encoding": "gzip"})
        assert status == 200
        assert headers["Content-Type"].startswith("text/css")
        assert headers["Content-Encoding"] == "gzip"
        assert "immutable" in headers["Cache-Control"]
        assert b"{" in gzip.decompress(css)
    finally:
        _stop(server)
        log.close()
    lines = (tmp_path / "serve.log").read_text().splitlines()
    assert any('"request_id": "trace-42"' in line for line in lines), lines[-5:]
