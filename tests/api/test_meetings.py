"""The meetings API, including every delegation endpoint tried by another state."""

import datetime as dt

import pytest

from plenipo.meetings.services.delegations import register_delegation
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def austria(focal_point_state_a):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    return delegation


def test_meetings_between_dates(client):
    body = client.get("/api/meetings", {"start": "2017-06-01", "end": "2017-09-30"}).json()
    informal = next(m for m in body if m["start_date"] == "2017-06-29")
    assert (informal["room"], informal["start"]) == ("ECOSOC Chamber", "2017-06-29T10:00:00-04:00")
    assert client.get("/api/meetings", {"start": "2017-13-01"}).status_code == 400


def _starts(response):
    assert response.status_code == 200, response.content
    return sorted(m["start_date"] or "" for m in response.json())


def test_meetings_take_from_and_to_as_the_web_lists_do(client):
    window = {"from": "2017-06-01", "to": "2017-09-30"}
    between = _starts(client.get("/api/meetings", window))
    assert "2017-06-29" in between
    assert between != _starts(client.get("/api/meetings"))  # the filter is not ignored
    assert between == _starts(
        client.get("/api/meetings", {"start": "2017-06-01", "end": "2017-09-30"})
    )
    later = _starts(client.get("/api/meetings", {"from": "2017-07-01"}))
    assert "2017-06-29" not in later


@pytest.mark.parametrize(
    ("params", "detail"),
    [
        ({"from": "2027-13-01"}, "'from': impossible date '2027-13-01'"),
        ({"to": "soon"}, "'to': malformed date"),
        ({"from": "2017-06-01", "start": "2017-07-01"}, "'from' (2017-06-01) and 'start'"),
        ({"from": "2017-09-30", "to": "2017-06-01"}, "'to' (2017-06-01) is before 'from'"),
        ({"body": "NOPE"}, "unknown body code 'NOPE'"),
    ],
)
def test_meeting_filters_refuse_what_they_cannot_use_in_one_line(client, params, detail):
    response = client.get("/api/meetings", params)
    assert response.status_code == 400
    message = response.json()["detail"]
    assert detail in message
    assert "\n" not in message


def test_the_meeting_filters_are_described_in_the_openapi_document(client):
    operation = client.get("/api/openapi.json").json()["paths"]["/api/meetings"]["get"]
    described = {p["name"]: p.get("description") for p in operation["parameters"]}
    assert set(described) == {"from", "to", "start", "end", "body"}
    assert all(described.values()), described


def test_a_focal_point_lists_only_its_own_delegation(client, focal_point_state_b, austria):
    client.force_login(focal_point_state_b)
    parties = [
        d["party"] for d in client.get(f"/api/meetings/{austria.meeting_id}/delegations").json()
    ]
    assert parties == ["BEL"]
    assert client.get(f"/api/delegations/{austria.pk}").status_code == 404


def test_anonymous_sees_no_delegation_before_publication(client, austria):
    assert client.get(f"/api/meetings/{austria.meeting_id}/delegations").json() == []
    assert client.get(f"/api/delegations/{austria.pk}").status_code == 404


def test_registration_and_its_version(client, focal_point_state_a, austria):
    client.force_login(focal_point_state_a)
    url = f"/api/meetings/{austria.meeting_id}/delegation"
    payload = {"version": austria.version, "participants": factories.THREE[:2]}
    response = client.put(url, payload, content_type="application/json")
    assert response.status_code == 200
    again = client.put(url, payload, content_type="application/json")  # stale version now
    assert again.status_code == 409
    assert "changed by someone else" in again.json()["detail"]


def test_registration_errors_are_400(client, focal_point_state_a, austria):
    client.force_login(focal_point_state_a)
    payload = {"version": austria.version, "participants": [{"role": "adviser", "name": "X"}]}
    response = client.put(
        f"/api/meetings/{austria.meeting_id}/delegation", payload, content_type="application/json"
    )
    assert response.status_code == 400
    assert "exactly one head" in response.json()["detail"]


@pytest.mark.parametrize(
    ("person", "message"),
    [
        ({"role": "head", "name": "N" * 5000}, "the name is 5000 characters long (at most 200)"),
        ({"role": "head", "name": "N", "email": "not-an-address"}, "not an e-mail address"),
        ({"role": "head", "name": "N\u0000"}, "the name is not plain text"),
    ],
)
def test_a_registration_the_portal_form_would_refuse_is_refused_by_the_api_too(
    client, focal_point_state_a, austria, person, message
):
    client.force_login(focal_point_state_a)
    payload = {"version": austria.version, "participants": [person]}
    response = client.put(
        f"/api/meetings/{austria.meeting_id}/delegation", payload, content_type="application/json"
    )
    assert response.status_code == 400
    assert message in response.json()["detail"]
    assert austria.participants.count() == 3


def test_only_the_secretariat_decides(client, focal_point_state_a, secretariat_officer, austria):
    url = f"/api/delegations/{austria.pk}/decision"
    client.force_login(focal_point_state_a)
    assert client.post(url, {"approve": True}, content_type="application/json").status_code == 403
    client.force_login(secretariat_officer)
    response = client.post(url, {"approve": True}, content_type="application/json")
    assert response.json()["status"] == "approved"
