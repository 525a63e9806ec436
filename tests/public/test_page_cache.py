"""Public pages are rendered once for every anonymous reader and dropped by the next write;
signed-in readers, notices, non-200 answers and pages with a CSRF token are never kept."""

import socket

import pytest
from django.contrib import messages
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import connection
from django.http import HttpResponse
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from plenipo.meetings.services.editing import update_meeting
from plenipo.registry.queries import get_state
from plenipo.registry.services.tokens import create_api_token
from plenipo.treaties.services.actions import record_action
from tests.factories import meetings as meeting_factories
from tests.factories.registry import SourceFactory
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db
PAGES = [
    "/",
    "/states/AUT/",
    "/meetings/",
    "/instruments/CETS-197/?as_of=2015-06-15",
    "/api/instruments/CETS-197/status?as_of=2015-06-15",
]


@pytest.mark.parametrize("path", PAGES)
def test_an_anonymous_reader_asking_again_is_served_without_a_query(
    client, path, django_assert_num_queries
):
    first = client.get(path)
    with django_assert_num_queries(0):
        again = client.get(path)
    assert again.status_code == 200
    assert again.content == first.content
    assert again["Content-Type"] == first["Content-Type"]
    assert {"Cookie", "Accept-Language"} <= {v.strip() for v in again["Vary"].split(",")}


def test_the_query_string_is_part_of_the_page(client):
    earlier = client.get("/instruments/CETS-197/?as_of=2009-01-01").content.decode()
    later = client.get("/instruments/CETS-197/?as_of=2015-06-15").content.decode()
    assert 'value="2009-01-01"' in earlier
    assert 'value="2015-06-15"' in later


def test_an_action_recorded_through_the_service_shows_on_the_next_request(client):
    treaty = instrument(eligibility={})
    assert treaty.code not in client.get("/states/AUT/").content.decode()
    record_action(
        instrument=treaty,
        party=get_state("AUT"),
        kind="accession",
        date="2010-01-10",
        source=SourceFactory(),
        by=None,
    )
    assert treaty.code in client.get("/states/AUT/").content.decode()


def test_a_meeting_renamed_through_the_service_shows_on_the_next_request(client):
    meeting = meeting_factories.meeting(title="Working group, first title")
    assert "first title" in client.get("/meetings/").content.decode()
    update_meeting(meeting, {"title": "Working group, second title"}, by=None)
    page = client.get("/meetings/").content.decode()
    assert "second title" in page
    assert "first title" not in page


def test_a_signed_in_reader_never_gets_the_anonymous_page_nor_the_reverse(
    client, secretariat_officer
):
    assert "Sign out" not in client.get("/").content.decode()  # kept for anonymous readers
    client.force_login(secretariat_officer)
    signed_in = client.get("/").content.decode()
    assert "Sign out" in signed_in
    assert "csrfmiddlewaretoken" in signed_in
    client.logout()
    assert "Sign out" not in client.get("/").content.decode()


def test_a_request_speaking_for_someone_is_never_answered_from_the_cache(
    client, secretariat_officer
):
    _, secret = create_api_token(user=secretariat_officer, name="script", by=secretariat_officer)
    path = "/api/instruments/CETS-197/status?as_of=2015-06-15"
    client.get(path)
    with CaptureQueriesContext(connection) as again:
        assert client.get(path, HTTP_AUTHORIZATION=f"Bearer {secret}").status_code == 200
    assert len(again) > 0
    # a token that speaks for no one is refused, not answered from the cache either
    assert client.get(path, HTTP_AUTHORIZATION="Bearer something").status_code == 401


def test_a_page_with_a_csrf_token_is_not_kept(client, secretariat_officer):
    client.force_login(secretariat_officer)  # the sign-out form holds a token
    client.get("/meetings/")
    client.logout()
    page = client.get("/meetings/")
    assert "csrfmiddlewaretoken" not in page.content.decode()


def _a_notice_waiting(client, text):
    storage = CookieStorage(RequestFactory().get("/"))
    storage.add(messages.SUCCESS, text)
    carrier = HttpResponse()
    storage.update(carrier)
    client.cookies["messages"] = carrier.cookies["messages"].value


def test_a_notice_is_shown_over_a_kept_page_and_never_kept_itself(client):
    client.get("/")  # the page is kept
    _a_notice_waiting(client, "The letter was saved.")
    assert "The letter was saved." in client.get("/").content.decode()
    assert "The letter was saved." not in client.get("/").content.decode()  # shown once


def test_an_answer_other_than_200_is_not_kept(client):
    bad = "/instruments/CETS-197/?as_of=not-a-day"
    assert client.get(bad).status_code == 400
    with CaptureQueriesContext(connection) as again:
        assert client.get(bad).status_code == 400
    assert len(again) > 0  # rendered again: it read the instrument


def test_each_language_has_its_own_page(client):
    english = client.get("/states/AUT/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    french = client.get("/states/AUT/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "<h1>Austria</h1>" in english
    assert "<h1>Autriche</h1>" in french


def test_with_redis_refused_pages_are_rendered_and_changes_show(client, settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # nothing listens there once the probe is closed
    settings.CACHES = {
        "default": {
            "BACKEND": "plenipo.ops.cache.ForgivingRedisCache",
            "LOCATION": f"redis://127.0.0.1:{port}/0",
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
    meeting = meeting_factories.meeting(title="Working group, first title")
    assert client.get("/meetings/").status_code == 200
    update_meeting(meeting, {"title": "Working group, second title"}, by=None)
    response = client.get("/meetings/")
    assert response.status_code == 200
    assert "second title" in response.content.decode()
