"""Faults: the database away gives clean 503s (and the next request works again); Redis
away leaves the site serving, uncached, while /health/ says what is wrong."""

import socket

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db
PAGES = ["/", "/instruments/CETS-197/", "/states/AUT/", "/meetings/"]


@pytest.fixture
def database_away(monkeypatch):
    def refused(*args, **kwargs):
        raise OperationalError('connection to server at "db.internal" failed: refused')

    monkeypatch.setattr(connection, "cursor", refused)
    monkeypatch.setattr(connection, "chunked_cursor", refused)
    return monkeypatch


@pytest.mark.parametrize("path", PAGES)
def test_pages_answer_a_clean_503_while_the_database_is_away(client, database_away, path):
    response = client.get(path)
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    text = response.content.decode()
    assert "The database is not answering" in text
    assert "Traceback" not in text
    assert "db.internal" not in text


def test_the_api_answers_503_in_json_and_health_names_the_database(client, database_away):
    api = client.get("/api/instruments")
    assert api.status_code == 503
    assert api.json() == {"detail": "the database is not answering; try again"}
    health = client.get("/health/")
    assert health.status_code == 503
    assert health.json() == {"database": "failed: OperationalError", "cache": "ok"}


def test_the_site_recovers_when_the_database_answers_again(client, database_away):
    assert client.get("/").status_code == 503
    database_away.undo()
    assert client.get("/").status_code == 200
    assert client.get("/health/").status_code == 200


def _closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]  # nothing listens there once the probe is closed


def _redis(settings, url):
    settings.CACHES = {
        "default": {
            "BACKEND": "plenipo.ops.cache.ForgivingRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "plenipo-test-faults",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }


@pytest.mark.parametrize("path", PAGES)
def test_with_redis_down_pages_are_served_uncached(client, settings, path):
    _redis(settings, f"redis://127.0.0.1:{_closed_port()}/0")
    assert cache.get("anything", "fallback") == "fallback"
    cache.set("anything", 1)  # dropped, not raised
    assert client.get(path).status_code == 200


def test_with_redis_down_health_says_the_cache_failed(client, settings):
    _redis(settings, f"redis://127.0.0.1:{_closed_port()}/0")
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "failed: ConnectionError"}


def test_with_redis_up_the_cache_is_shared_and_healthy(client, settings):
    redis = pytest.importorskip("redis")
    try:
        redis.Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
    except redis.exceptions.ConnectionError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    _redis(settings, "redis://127.0.0.1:6379/0")
    cache.set("written", "read back", timeout=5)
    assert cache.get("written") == "read back"
    cache.delete("written")
    assert client.get("/health/").json() == {"database": "ok", "cache": "ok"}
