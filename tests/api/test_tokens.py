"""API tokens: a script sends ``Authorization: Bearer <token>`` and acts as the token's
user, with exactly that user's permissions and no CSRF token; a revoked or unknown token
is refused with one line."""

import datetime as dt

import pytest
from django.test import Client

from plenipo.core.models import ActivityLog
from plenipo.negotiations.queries import get_process
from plenipo.registry.models import AccessToken
from plenipo.registry.services.tokens import create_api_token, digest_of, revoke_token
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
PROPOSAL = {"version": "Zero draft", "paragraph": "OP1", "party": "AUT", "action": "replace",
            "old": "combat", "new": "eradicate"}  # fmt: skip


def _bearer(user, name="script"):
    _token, secret = create_api_token(user=user, name=name, by=user)
    return {"Authorization": f"Bearer {secret}"}


def _script():
    """A client as a script is: no session, and CSRF enforced as for a browser."""
    return Client(enforce_csrf_checks=True)


def test_a_focal_points_token_proposes_but_cannot_decide_and_an_officers_decides(
    focal_point_state_a, secretariat_officer
):
    factories.process(CODE)
    script = _script()
    url = f"/api/negotiations/{CODE}/proposals"
    focal = _bearer(focal_point_state_a)
    made = script.post(url, PROPOSAL, content_type="application/json", headers=focal)
    assert made.status_code == 201, made.json()
    assert made.json()["party"] == "AUT"
    decision = f"{url}/{made.json()['id']}/decision"
    body = {"decision": "accept", "revision": get_process(CODE).revision}
    refused = script.post(decision, body, content_type="application/json", headers=focal)
    assert refused.status_code == 403
    assert "secretariat officers" in refused.json()["detail"]
    officer = _bearer(secretariat_officer)
    accepted = script.post(decision, body, content_type="application/json", headers=officer)
    assert accepted.status_code == 200, accepted.json()
    assert accepted.json()["status"] == "accepted"
    decided = ActivityLog.objects.filter(actor=secretariat_officer)
    assert decided.exclude(action_type__startswith="registry.").exists()


def test_a_token_reads_what_its_user_may_and_nothing_more(focal_point_state_a):
    factories.process(CODE)
    script = _script()
    versions = f"/api/negotiations/{CODE}/versions"
    assert script.get(versions).status_code == 404  # TIP-RES is open to member states only
    assert script.get(versions, headers=_bearer(focal_point_state_a)).status_code == 200
    tasks = script.get("/api/tasks", headers=_bearer(focal_point_state_a))
    assert tasks.status_code == 403  # the secretariat's tasks
    letters = script.get("/api/letters", headers=_bearer(focal_point_state_a))
    assert letters.json() == []  # only letters sent to its own state, and none is


def test_without_a_token_a_session_still_needs_its_csrf_token(focal_point_state_a):
    factories.process(CODE)
    browser = _script()
    browser.force_login(focal_point_state_a)
    url = f"/api/negotiations/{CODE}/proposals"
    response = browser.post(url, PROPOSAL, content_type="application/json")
    assert response.status_code == 403
    assert "CSRF" in response.json()["detail"]


@pytest.mark.parametrize("header", ["Bearer not-a-token", "Bearer ", "bearer x y"])
def test_an_unknown_token_is_401_in_one_line(header):
    for path in ("/api/letters", "/api/negotiations"):
        response = _script().get(path, headers={"Authorization": header})
        assert response.status_code == 401
        assert response.json() == {"detail": "unknown or revoked API token"}


def test_a_revoked_token_is_401_and_stays_listed_as_revoked(secretariat_officer):
    token, secret = create_api_token(user=secretariat_officer, name="nightly", by=None)
    headers = {"Authorization": f"Bearer {secret}"}
    assert _script().get("/api/letters", headers=headers).status_code == 200
    revoke_token(token=token, by=secretariat_officer)
    response = _script().get("/api/letters", headers=headers)
    assert response.status_code == 401
    assert response.json() == {"detail": "unknown or revoked API token"}
    token.refresh_from_db()
    assert token.revoked_at is not None


def test_only_the_digest_is_stored_and_use_is_dated(secretariat_officer):
    token, secret = create_api_token(user=secretariat_officer, name="export", by=None)
    stored = AccessToken.objects.get(pk=token.pk)
    assert stored.digest == digest_of(secret) != secret
    assert secret not in str(AccessToken.objects.filter(pk=token.pk).values().get())
    assert stored.last_used_at is None
    _script().get("/api/letters", headers={"Authorization": f"Bearer {secret}"})
    stored.refresh_from_db()
    first = stored.last_used_at
    assert first is not None
    # a second request within the minute writes nothing
    _script().get("/api/letters", headers={"Authorization": f"Bearer {secret}"})
    stored.refresh_from_db()
    assert stored.last_used_at == first
    AccessToken.objects.filter(pk=token.pk).update(last_used_at=first - dt.timedelta(hours=1))
    _script().get("/api/letters", headers={"Authorization": f"Bearer {secret}"})
    stored.refresh_from_db()
    assert stored.last_used_at > first


def test_the_schema_declares_the_bearer_scheme(client):
    schema = client.get("/api/openapi.json").json()
    schemes = schema["components"]["securitySchemes"]
    assert {"type": "http", "scheme": "bearer"} in schemes.values()
    decide = schema["paths"]["/api/negotiations/{code}/proposals/{proposal_id}/decision"]["post"]
    assert {"ApiToken": []} in decide["security"]
