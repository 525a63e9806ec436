"""API: a received letter shows the recorded meetings its meetings may duplicate, as the
review page warns of them, and a meeting read is linked to one of them instead of being
recorded again."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter
from plenipo.meetings.models import Meeting
from tests.factories.meetings import meeting as recorded_meeting
from tests.office.test_review_duplicates import NAMED

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter(client, secretariat_officer):
    client.force_login(secretariat_officer)
    sent = client.post("/api/inbox", {"file": SimpleUploadedFile("note.txt", NAMED.encode())})
    assert sent.status_code == 201, sent.json()
    return IncomingLetter.objects.get()


def test_the_letter_names_the_likely_duplicate_with_why(client, letter):
    recorded = recorded_meeting(title="Working Group session", start="2031-10-13", end="2031-10-15")
    shown = client.get(f"/api/inbox/{letter.pk}").json()
    assert shown["duplicates"] == {
        "meetings/0": [
            {
                "meeting": recorded.pk,
                "title": "Working Group session",
                "body": "WG-TIP",
                "first_day": "2031-10-13",
                "why": "the same body, on overlapping days",
            }
        ]
    }


def test_nothing_alike_recorded_gives_no_duplicates(client, letter):
    recorded_meeting(title="Expert consultation", start="2029-01-10", end="2029-01-10")
    assert client.get(f"/api/inbox/{letter.pk}").json()["duplicates"] == {}


def test_the_meeting_read_is_linked_to_the_recorded_one_instead(client, letter):
    recorded = recorded_meeting(title="Working Group session", start="2031-10-13", end="2031-10-15")
    count = Meeting.objects.count()
    url = f"/api/inbox/{letter.pk}/accept"
    done = client.post(url, {"item": "meetings/0", "meeting": recorded.pk},
                       content_type="application/json")  # fmt: skip
    assert done.status_code == 200, done.json()
    assert done.json()["decision"] == {"status": "linked", "meeting": recorded.pk}
    assert Meeting.objects.count() == count
    assert ActivityLog.objects.filter(action_type="correspondence.incoming.decided").count() == 1
    # decided: no longer warned of
    assert client.get(f"/api/inbox/{letter.pk}").json()["duplicates"] == {}


@pytest.mark.parametrize(
    ("body", "words"),
    [
        ({"item": "meetings/0", "meeting": 999999}, "no meeting 999999"),
        ({"item": "deadlines/0", "meeting": 1}, "links a meeting read"),
        ({"item": "meetings/0", "meeting": 1, "body": "WG-TIP"}, "takes no body"),
    ],
)
def test_a_bad_link_is_refused_in_one_line_and_nothing_decided(client, letter, body, words):
    refused = client.post(f"/api/inbox/{letter.pk}/accept", body, content_type="application/json")
    assert refused.status_code == 400
    assert words in refused.json()["detail"]
    letter.refresh_from_db()
    assert letter.decisions == {}


def test_only_the_secretariat_sees_a_received_letter(client, letter, focal_point_state_a):
    client.logout()
    assert client.get(f"/api/inbox/{letter.pk}").status_code == 401
    client.force_login(focal_point_state_a)
    assert client.get(f"/api/inbox/{letter.pk}").status_code == 403
