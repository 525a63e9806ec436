"""The account page (/accounts/tokens/): a user makes, lists and revokes their own API
tokens and their calendar feed's secret; each change is in the audit log, by them."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.registry.models import AccessToken
from plenipo.registry.services.tokens import create_api_token, digest_of
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
PAGE = "/accounts/tokens/"
FEED = "/accounts/tokens/calendar-feed/"


@pytest.mark.parametrize("persona", ["focal_point_state_a", "secretariat_officer"])
def test_a_user_makes_a_token_sees_it_once_and_revokes_it(client, request, persona):
    user = request.getfixturevalue(persona)
    client.force_login(user)
    made = client.post(PAGE, {"name": "nightly export"})
    assert made.status_code == 200
    [secret] = re.findall(r'<code id="new-token-secret">([^<]+)</code>', made.content.decode())
    token = AccessToken.objects.get(user=user)
    assert token.digest == digest_of(secret)
    assert (token.name, token.kind, token.revoked_at) == ("nightly export", "api", None)
    listed = client.get(PAGE).content.decode()
    assert "nightly export" in listed
    assert secret not in listed
    script = Client(enforce_csrf_checks=True)
    headers = {"Authorization": f"Bearer {secret}"}
    assert script.get("/api/negotiations", headers=headers).status_code == 200
    revoked = client.post(reverse("api-token-revoke", args=[token.pk]))
    assert revoked.status_code == 302
    assert "Revoked on" in client.get(PAGE).content.decode()
    assert script.get("/api/negotiations", headers=headers).status_code == 401
    actions = ActivityLog.objects.filter(actor=user, object_id=str(token.pk))
    assert sorted(actions.values_list("action_type", flat=True)) == [
        "registry.api_token.created",
        "registry.api_token.revoked",
    ]
    assert all(secret not in str(entry.data) for entry in actions)


def test_a_token_without_a_name_is_refused_on_the_page(client, focal_point_state_a):
    client.force_login(focal_point_state_a)
    response = client.post(PAGE, {"name": "   "})
    assert response.status_code == 400
    assert "a token needs a name" in response.content.decode()
    assert not AccessToken.objects.exists()


def test_nobody_revokes_another_users_token(client, focal_point_state_a, focal_point_state_b):
    client.force_login(focal_point_state_a)
    client.post(PAGE, {"name": "mine"})
    token = AccessToken.objects.get()
    client.force_login(focal_point_state_b)
    assert client.post(reverse("api-token-revoke", args=[token.pk])).status_code == 404
    assert "mine" not in client.get(PAGE).content.decode()
    token.refresh_from_db()
    assert token.revoked_at is None


def _feed_link(response) -> str:
    [link] = re.findall(r'<code id="feed-link">([^<]+)</code>', response.content.decode())
    return link.removeprefix("http://testserver")


def test_a_calendar_application_subscribes_with_the_private_link(
    client, focal_point_state_a, focal_point_state_b
):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting, "AUT")
    delegation.status = "approved"  # as a registered delegation is, without the steps
    delegation.save()
    client.force_login(focal_point_state_a)
    link = _feed_link(client.post(FEED))
    assert link.startswith("/calendar/states/AUT.ics?token=")
    application = Client()
    feed = application.get(link)
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("text/calendar")
    assert meeting.title.encode() in feed.content
    secret = link.split("token=")[1]
    assert application.get(link + "x").status_code == 404
    assert application.get(f"/calendar/states/BEL.ics?token={secret}").status_code == 404
    renewed = _feed_link(client.post(FEED))
    assert application.get(link).status_code == 404  # the old link stops working
    assert application.get(renewed).status_code == 200
    client.post(FEED, {"revoke": "1"})
    assert application.get(renewed).status_code == 404
    actions = ActivityLog.objects.filter(actor=focal_point_state_a).values_list(
        "action_type", flat=True
    )
    assert sorted(actions) == [
        "registry.calendar_token.created",
        "registry.calendar_token.created",
        "registry.calendar_token.revoked",
        "registry.calendar_token.revoked",
    ]


def test_the_page_reads_in_as_many_queries_with_many_tokens(
    client, secretariat_officer, django_assert_max_num_queries
):
    client.force_login(secretariat_officer)
    client.post(PAGE, {"name": "first"})
    with django_assert_max_num_queries(20) as one:
        client.get(PAGE)
    for number in range(8):
        create_api_token(user=secretariat_officer, name=f"script {number}", by=None)
    with django_assert_max_num_queries(len(one.captured_queries)):
        assert "script 7" in client.get(PAGE).content.decode()
