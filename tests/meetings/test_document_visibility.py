"""A meeting document before its day of issue is the secretariat's alone: not its file only
but its title, on every surface that lists documents (one query, ``documents_visible_to``)."""

import datetime as dt
import json

import pytest
from django.urls import reverse

from plenipo.meetings.services.meetings import attach_document_file, issue_document
from tests.cli.test_commands import run
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
SECRET = "Draft outcome not yet issued"


@pytest.fixture
def embargoed():
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting,
        symbol="TEST/2030/EMBARGO",
        kind="agenda",
        title=SECRET,
        issued_on=dt.date.today() + dt.timedelta(days=1),
        source=SourceFactory(),
        by=None,
    )
    attach_document_file(
        document=document, language="en", name="a.pdf", data=b"%PDF-1.4\n% x\n", by=None
    )
    return document


def _everywhere(client, meeting):
    """What the public page, the API's list and detail and the calendar answer."""
    return [
        client.get(reverse("public:meeting", args=[meeting.pk])).content.decode(),
        json.dumps(client.get("/api/meetings", {"from": "2030-04-01", "to": "2030-04-30"}).json()),
        json.dumps(client.get(f"/api/meetings/{meeting.pk}").json()),
        client.get(reverse("public:meeting-calendar", args=[meeting.pk])).content.decode(),
    ]


def test_nobody_but_the_secretariat_knows_of_a_document_before_its_day_of_issue(
    client, embargoed, focal_point_state_a
):
    for user in (None, focal_point_state_a):
        if user is not None:
            client.force_login(user)
        for answer in _everywhere(client, embargoed.meeting):
            assert SECRET not in answer
            assert "TEST/2030/EMBARGO" not in answer
    assert SECRET not in run("meetings", "--from", "2030-04-01", "--to", "2030-04-30", "--json")


def test_the_secretariat_knows_of_it_and_everyone_does_on_its_day(
    client, embargoed, secretariat_officer
):
    client.force_login(secretariat_officer)
    assert all(SECRET in answer for answer in _everywhere(client, embargoed.meeting)[:3])
    client.logout()
    embargoed.issued_on = dt.date.today()
    embargoed.save()
    assert all(SECRET in answer for answer in _everywhere(client, embargoed.meeting)[:3])
    assert SECRET in run("meetings", "--from", "2030-04-01", "--to", "2030-04-30", "--json")
