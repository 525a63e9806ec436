"""A meeting whose time zone no source states says so on its pages ("time zone not
stated"), as the review of a received letter does; the API gives null and says why."""

import datetime as dt

import pytest
from django.urls import reverse

from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def _without_zone():
    return factories.meeting(
        title="Expert meeting in Lusaka",
        city="Lusaka",
        timezone="",
        start="2031-05-06",
        end="2031-05-07",
    )


def test_the_public_page_says_the_zone_is_not_stated(client):
    meeting = _without_zone()
    html = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
    assert '<dd id="meeting-zone">Time zone not stated</dd>' in html


def test_the_public_page_gives_a_known_zone(client):
    meeting = factories.meeting(timezone="Europe/Vienna", start_time=dt.time(10, 0))
    html = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
    assert '<dd id="meeting-zone">Europe/Vienna</dd>' in html
    when = html.split("<dt>When</dt>")[1].split("</dd>")[0]
    assert when.endswith("10:00 (Europe/Vienna)"), when


def test_the_office_page_says_the_zone_is_not_stated(client, secretariat_officer):
    meeting = _without_zone()
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert '<span id="meeting-zone">(time zone not stated)</span>' in html
    known = factories.meeting(timezone="America/New_York", city="New York")
    html = client.get(reverse("office:reply-matrix", args=[known.pk])).content.decode()
    assert '<span id="meeting-zone">(America/New_York)</span>' in html


def test_the_api_gives_null_and_its_description_says_why(client):
    meeting = _without_zone()
    assert client.get(f"/api/meetings/{meeting.pk}").json()["timezone"] is None
    schema = client.get("/api/openapi.json").json()["components"]["schemas"]["MeetingOut"]
    assert "time zone not stated" in schema["properties"]["timezone"]["description"]
