import json
import logging
import sys

import pytest
from django.core.management import CommandError, call_command
from django.utils.log import configure_logging

from plenipo.ops import health as health_module
from plenipo.ops.logs import (
    JsonFormatter,
    RefusalWithoutTracebackFilter,
    RequestIdFilter,
    logging_config,
)
from plenipo.ops.serving import MAX_WORKERS, gunicorn_argv, worker_count


@pytest.mark.django_db
def test_health_answers_ok_for_database_and_cache(client):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}


@pytest.mark.django_db
def test_health_answers_over_plain_http_when_pages_redirect_to_https(client, settings):
    settings.SECURE_SSL_REDIRECT = True  # PLENIPO_HTTPS=true
    assert client.get("/health/").json() == {"database": "ok", "cache": "ok"}
    page = client.get("/states/")
    assert (page.status_code, page["Location"]) == (301, "https://testserver/states/")


@pytest.mark.django_db
def test_health_answers_503_naming_what_failed(client, monkeypatch):
    def broken_cache():
        raise ConnectionRefusedError("redis://secret@cache.internal")

    monkeypatch.setitem(health_module.CHECKS, "cache", broken_cache)
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failed: ConnectionRefusedError"}
    assert b"secret" not in response.content


@pytest.mark.django_db
def test_request_id_is_kept_when_plausible_and_replaced_otherwise(client):
    kept = client.get("/health/", headers={"X-Request-ID": "proxy-7f3a.1"})
    assert kept["X-Request-ID"] == "proxy-7f3a.1"
    replaced = client.get("/health/", headers={"X-Request-ID": "evil\nline <b>"})
    assert replaced["X-Request-ID"] != "evil\nline <b>"
    assert len(replaced["X-Request-ID"]) == 32
    assert client.get("/health/")["X-Request-ID"] != client.get("/health/")["X-Request-ID"]


@pytest.mark.django_db
def test_log_lines_during_a_request_carry_its_id(client, monkeypatch):
    seen = []

    def logging_check():
        record = logging.LogRecord("plenipo", logging.WARNING, __file__, 1, "inside", (), None)
        RequestIdFilter().filter(record)
        seen.append(record.request_id)

    monkeypatch.setitem(health_module.CHECKS, "logging", logging_check)
    client.get("/health/", headers={"X-Request-ID": "abc-123"})
    assert seen == ["abc-123"]


def test_json_formatter_writes_one_parseable_line():
    record = logging.LogRecord("plenipo.x", logging.ERROR, __file__, 1, 'bad "%s"', ("a\nb",), None)
    RequestIdFilter().filter(record)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    entry = json.loads(line)
    assert entry["message"] == 'bad "a\nb"'
    assert (entry["level"], entry["logger"], entry["request_id"]) == ("ERROR", "plenipo.x", "-")


def test_gunicorn_access_lines_take_the_id_from_the_response_header():
    record = logging.LogRecord(
        "gunicorn.access", logging.INFO, __file__, 1, "%(s)s", ({"{x-request-id}o": "r-9"},), None
    )
    RequestIdFilter().filter(record)
    assert record.request_id == "r-9"


@pytest.mark.parametrize(
    ("cores", "requested", "expected"),
    [(1, None, 3), (2, None, 5), (4, None, MAX_WORKERS), (64, None, MAX_WORKERS), (64, 2, 2)],
)
def test_worker_count_is_two_per_core_plus_one_capped_unless_given(cores, requested, expected):
    assert worker_count(requested, cores=cores) == expected


def test_gunicorn_runs_the_project_with_its_config():
    argv = gunicorn_argv(bind="127.0.0.1:9", workers=3, timeout=30)
    assert argv[:4] == [sys.executable, "-m", "gunicorn", "plenipo.wsgi:application"]
    assert argv[argv.index("--workers") + 1] == "3"
    assert argv[argv.index("--config") + 1] == "python:plenipo.ops.gunicorn_config"


@pytest.mark.parametrize("workers", ["0", "many", "-3"])
def test_serve_refuses_a_bad_worker_count_in_one_line(workers):
    with pytest.raises(CommandError, match="number of workers") as failure:
        call_command("serve", "--workers", workers, "--no-collectstatic")
    assert failure.value.returncode == 2


@pytest.mark.django_db
def test_a_refused_page_is_logged_once_without_a_traceback(
    client, focal_point_state_a, settings, capsys
):
    settings.DEBUG = True  # Django's own console handler speaks only in DEBUG
    configure_logging(settings.LOGGING_CONFIG, logging_config(level="WARNING", json_lines=False))
    try:
        client.force_login(focal_point_state_a)
        assert client.get("/office/").status_code == 403
        written = capsys.readouterr().err
    finally:
        with capsys.disabled():
            configure_logging(settings.LOGGING_CONFIG, settings.LOGGING)
    refused = [line for line in written.splitlines() if "Forbidden" in line]
    assert len(refused) == 1, written
    assert "/office/" in refused[0]
    assert "Traceback" not in written
    assert "PermissionDenied" not in written


def test_a_server_error_keeps_its_traceback():
    try:
        raise RuntimeError("broken")
    except RuntimeError:
        caught = sys.exc_info()
    record = logging.LogRecord(
        "django.request", logging.ERROR, __file__, 1, "Internal Server Error", (), caught
    )
    record.status_code = 500
    assert RefusalWithoutTracebackFilter().filter(record)
    assert "RuntimeError: broken" in JsonFormatter().format(record)
