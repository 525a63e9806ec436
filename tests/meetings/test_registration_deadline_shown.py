"""A meeting's registration deadline reaches the API, the CLI's JSON and the public page
alike, through the one meeting payload they share."""

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import call_command

from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def _cli_meetings(*args):
    out = StringIO()
    call_command("meetings", *args, "--json", stdout=out)
    return json.loads(out.getvalue())


def test_the_registration_deadline_is_shown_wherever_the_meeting_is(client):
    meeting = factories.meeting(registration_deadline=dt.date(2030, 3, 20))
    listed = client.get("/api/meetings", {"from": "2030-04-14", "to": "2030-04-14"}).json()
    assert [m["registration_deadline"] for m in listed if m["id"] == meeting.pk] == ["2030-03-20"]
    one = client.get(f"/api/meetings/{meeting.pk}").json()
    assert one["registration_deadline"] == "2030-03-20"
    cli = _cli_meetings("--from", "2030-04-14", "--to", "2030-04-14")
    assert [m["registration_deadline"] for m in cli if m["id"] == meeting.pk] == ["2030-03-20"]
    page = client.get(f"/meetings/{meeting.pk}/").content.decode()
    assert "<dt>Registration deadline</dt><dd>2030-03-20</dd>" in page


def test_a_meeting_without_one_says_none_and_the_page_leaves_it_out(client):
    meeting = factories.meeting()
    assert client.get(f"/api/meetings/{meeting.pk}").json()["registration_deadline"] is None
    assert "Registration deadline" not in client.get(f"/meetings/{meeting.pk}/").content.decode()
