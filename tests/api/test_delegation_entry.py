"""The API's delegation entry by the secretariat records what the office's page records: the
channel and day of the party's reply, and the nomination letter, kept private."""

import datetime as dt

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from plenipo.core.uploads import MAX_UPLOAD_BYTES
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import invite
from tests.factories import meetings as factories
from tests.factories.registry import state

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n% nomination\n"
PEOPLE = [{"role": "head", "name": "Anna Berger", "title": "Ambassador"}]
TODAY = dt.date.today()
INVITED_ON = TODAY - dt.timedelta(days=30)


@pytest.fixture
def meeting(client, secretariat_officer):
    """A meeting to which Austria was invited a month ago and has not yet replied."""
    meeting = factories.meeting()
    invite(meeting=meeting, party=state("AUT"), invited_on=INVITED_ON, by=None)
    client.force_login(secretariat_officer)
    return meeting


def _enter(client, meeting, party="AUT", **fields):
    return client.put(
        f"/api/meetings/{meeting.pk}/delegations/{party}",
        {"participants": PEOPLE, **fields},
        content_type="application/json",
    )


def _austria(meeting) -> Delegation:
    return Delegation.objects.get(meeting=meeting, state__code="AUT")


def test_the_reply_is_recorded_with_its_channel_and_day(client, meeting):
    day = INVITED_ON + dt.timedelta(days=3)
    response = _enter(client, meeting, reply_channel="note verbale", reply_on=day.isoformat())
    assert response.status_code == 200, response.content
    assert response.json()["replied_on"] == day.isoformat()
    austria = _austria(meeting)
    assert (austria.reply_channel, austria.replied_on) == ("note verbale", day)


def test_without_them_the_reply_is_not_stated_on_the_day_of_entry(client, meeting):
    assert _enter(client, meeting).status_code == 200
    austria = _austria(meeting)
    assert (austria.reply_channel, austria.replied_on) == ("not stated", TODAY)


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"reply_channel": "pigeon"}, "known: note verbale, letter, e-mail, fax, portal"),
        ({"reply_on": "03/05/2026"}, "'reply_on'"),
        ({"reply_on": (INVITED_ON - dt.timedelta(days=1)).isoformat()}, "precedes the invitation"),
        ({"reply_on": (TODAY + dt.timedelta(days=1)).isoformat()}, "is after today"),
    ],
)
def test_a_bad_reply_is_refused_and_nothing_entered(client, meeting, fields, message):
    response = _enter(client, meeting, **fields)
    assert response.status_code == 400
    assert message in response.json()["detail"]
    austria = _austria(meeting)
    assert (austria.participants.count(), austria.replied_on, austria.status) == (
        0,
        None,
        "not_registered",
    )


def _attach(client, meeting, party="AUT", name="nomination.pdf", data=PDF):
    files = {"file": SimpleUploadedFile(name, data)} if data is not None else {}
    return client.post(f"/api/meetings/{meeting.pk}/delegations/{party}/nomination", files)


def _fetch(client, url):
    response = client.get(url)
    try:
        return response.status_code, b"".join(response.streaming_content)
    finally:
        response.close()  # a file answer holds its file open until closed


@pytest.mark.usefixtures("keep_the_test_connection")  # a file answer closed by hand
def test_the_nomination_letter_is_attached_and_served_privately(
    client, meeting, focal_point_state_a, focal_point_state_b
):
    assert _enter(client, meeting).status_code == 200
    response = _attach(client, meeting)
    assert response.status_code == 200, response.content
    url = response.json()["nomination_letter"]
    assert url == f"/files/nominations/{_austria(meeting).pk}/"
    assert _fetch(client, url) == (200, PDF)
    client.force_login(focal_point_state_a)  # Austria's own
    assert _fetch(client, url) == (200, PDF)
    own = client.get(f"/api/delegations/{_austria(meeting).pk}").json()
    assert own["nomination_letter"] == url
    client.force_login(focal_point_state_b)  # Belgium's: not even told there is one
    assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


@pytest.mark.parametrize(
    ("party", "name", "data", "status", "message"),
    [
        ("AUT", "nomination.txt", b"plain text", 400, "not an accepted file"),
        ("AUT", "nomination.pdf", b"", 400, "is empty"),
        ("AUT", "big.pdf", PDF + b"0" * MAX_UPLOAD_BYTES, 400, "the limit is 10 MB"),
        ("AUT", None, None, 400, "multipart field 'file'"),
        ("BEL", "nomination.pdf", PDF, 404, "has no delegation"),
        ("XXX", "nomination.pdf", PDF, 404, "unknown state or organization"),
    ],
)
def test_a_bad_nomination_letter_is_refused(client, meeting, party, name, data, status, message):
    response = _attach(client, meeting, party=party, name=name or "x", data=data)
    assert response.status_code == status
    assert message in response.json()["detail"]
    assert not _austria(meeting).nomination_letter


def test_only_the_secretariat_attaches_one(client, meeting, focal_point_state_a):
    client.force_login(focal_point_state_a)
    assert _attach(client, meeting).status_code == 403
    assert not _austria(meeting).nomination_letter
