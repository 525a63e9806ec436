"""A published list of participants: accepted delegations only, names and titles only, on
every surface; and the API's answers to the anonymous and to malformed bodies."""

import datetime as dt

import pytest
from django.test import Client

from plenipo.meetings.services.delegations import decide_registration, register_delegation
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
EMAIL, PHONE = "anna.berger@aut.example", "+43 1 531 15 0"


def _register(delegation, focal_point, people):
    register_delegation(
        delegation=delegation,
        participants=people,
        expected_version=delegation.version,
        by=focal_point,
        today=dt.date(2030, 3, 10),
    )
    delegation.refresh_from_db()
    return delegation


@pytest.fixture
def published(focal_point_state_a, focal_point_state_b):
    """A meeting whose list is published: Austria accepted, Belgium pending, Czechia
    rejected; every participant with an e-mail address and a telephone number."""
    meeting = factories.meeting()
    with_contacts = [{**p, "email": EMAIL, "phone": PHONE} for p in factories.THREE]
    austria = _register(factories.delegation(meeting, "AUT"), focal_point_state_a, with_contacts)
    decide_registration(delegation=austria, approve=True, by=None)
    belgium = factories.delegation(meeting, "BEL")
    _register(belgium, focal_point_state_b, [{"role": "head", "name": "Bea Peeters"}])
    czechia = factories.delegation(meeting, "CZE")
    _register(czechia, None, [{"role": "head", "name": "Cyril Novak"}])
    decide_registration(delegation=czechia, approve=False, by=None)
    meeting.participants_published = True
    meeting.save()
    return meeting


def _delegations(client, meeting):
    response = client.get(f"/api/meetings/{meeting.pk}/delegations")
    assert response.status_code == 200
    return {d["party"]: d for d in response.json()}


def test_the_anonymous_see_accepted_delegations_without_contacts(client, published):
    seen = _delegations(client, published)
    assert set(seen) == {"AUT"}
    head = seen["AUT"]["participants"][0]
    assert (head["name"], head["title"]) == ("Anna Berger", "Ambassador")
    assert (head["email"], head["phone"]) == (None, None)
    assert EMAIL not in client.get(f"/api/meetings/{published.pk}/delegations").content.decode()


def test_another_state_sees_its_own_pending_one_and_no_contacts_of_others(
    client, published, focal_point_state_b
):
    client.force_login(focal_point_state_b)
    seen = _delegations(client, published)
    assert set(seen) == {"AUT", "BEL"}
    assert seen["AUT"]["participants"][0]["email"] is None


def test_the_own_state_and_the_secretariat_see_the_contacts(
    client, published, focal_point_state_a, secretariat_officer
):
    client.force_login(focal_point_state_a)
    assert _delegations(client, published)["AUT"]["participants"][0]["email"] == EMAIL
    client.force_login(secretariat_officer)
    seen = _delegations(client, published)
    assert set(seen) == {"AUT", "BEL", "CZE"}
    assert seen["AUT"]["participants"][0]["phone"] == PHONE


def test_no_contact_on_any_public_surface(client, published):
    pages = [
        f"/meetings/{published.pk}/",
        f"/meetings/{published.pk}/participants.csv",
        f"/calendar/meetings/{published.pk}.ics",
    ]
    for url in pages:
        response = client.get(url)
        assert response.status_code == 200, url
        body = response.content.decode()
        assert EMAIL not in body
        assert PHONE not in body
        assert "Bea Peeters" not in body
        assert "Cyril Novak" not in body
    assert "Anna Berger" in client.get(pages[1]).content.decode()


def test_anonymous_writes_are_401_with_json(published):
    client = Client(enforce_csrf_checks=True)
    delegation = published.delegations.get(state__code="AUT")
    writes = [
        ("post", f"/api/delegations/{delegation.pk}/decision", {"approve": True}),
        ("put", f"/api/meetings/{published.pk}/delegation", {"version": 1, "participants": []}),
        ("post", "/api/monitoring/GRETA/steps", {}),
        ("post", "/api/letters/1/approve", {}),
    ]
    for method, url, payload in writes:
        response = getattr(client, method)(url, payload, content_type="application/json")
        assert response.status_code == 401, url
        assert response.json() == {"detail": "sign in first"}


def test_a_signed_in_user_without_the_permission_gets_403_json(published, focal_point_state_b):
    client = Client(enforce_csrf_checks=True)
    client.force_login(focal_point_state_b)
    client.get("/states/")  # its sign-out form sets the CSRF cookie, as in a browser
    token = client.cookies["csrftoken"].value
    delegation = published.delegations.get(state__code="BEL")
    response = client.post(
        f"/api/delegations/{delegation.pk}/decision",
        {"approve": True},
        content_type="application/json",
        headers={"X-CSRFToken": token},
    )
    assert response.status_code == 403
    assert "secretariat officers" in response.json()["detail"]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("post", "/api/delegations/{aut}/decision"),
        ("put", "/api/meetings/{meeting}/delegation"),
        ("post", "/api/monitoring/GRETA/steps"),
    ],
)
@pytest.mark.parametrize(
    ("content_type", "body"),
    [("multipart/form-data", b"x"), ("application/json", b"{not json"), ("text/plain", b"x")],
)
def test_a_malformed_body_is_a_one_line_400(
    client, published, secretariat_officer, focal_point_state_a, method, path, content_type, body
):
    client.force_login(focal_point_state_a if method == "put" else secretariat_officer)
    url = path.format(aut=published.delegations.get(state__code="AUT").pk, meeting=published.pk)
    response = getattr(client, method)(url, body, content_type=content_type)
    assert response.status_code == 400, (url, response.content)
    detail = response.json()["detail"]
    assert isinstance(detail, str)
    assert "\n" not in detail
