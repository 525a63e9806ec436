"""API tokens expire: a day chosen when one is made (90 days on by default, a year at most),
shown in the list; from that day the API answers 401 saying so. `plenipo tokens` makes,
lists and revokes a user's tokens, each change in the audit log."""

import datetime as dt
import io
import json
import re

import pytest
from django.core.management import CommandError, call_command
from django.test import Client
from django.utils import timezone

from plenipo.core.models import ActivityLog
from plenipo.registry.models import AccessToken
from plenipo.registry.services.tokens import create_api_token

pytestmark = pytest.mark.django_db
PAGE = "/accounts/tokens/"


def _api(secret):
    return Client().get("/api/negotiations", headers={"Authorization": f"Bearer {secret}"})


def test_a_token_lasts_90_days_unless_told_and_is_refused_from_its_expiry(focal_point_state_a):
    today = timezone.localdate()
    token, secret = create_api_token(user=focal_point_state_a, name="export", by=None)
    assert token.expires_on == today + dt.timedelta(days=90)
    assert _api(secret).status_code == 200
    AccessToken.objects.filter(pk=token.pk).update(expires_on=today)
    refused = _api(secret)
    assert refused.status_code == 401
    assert refused.json() == {"detail": f"the API token 'export' expired on {today}"}


@pytest.mark.parametrize(
    ("days", "message"),
    [(0, "must be after today"), (-3, "must be after today"), (400, "a year at most")],
)
def test_an_expiry_not_ahead_or_too_far_is_refused(focal_point_state_a, client, days, message):
    client.force_login(focal_point_state_a)
    day = timezone.localdate() + dt.timedelta(days=days)
    response = client.post(PAGE, {"name": "export", "expires_on": day.isoformat()})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not AccessToken.objects.exists()


def test_the_page_makes_a_token_expiring_on_the_day_chosen_and_lists_it(
    focal_point_state_a, client
):
    client.force_login(focal_point_state_a)
    day = timezone.localdate() + dt.timedelta(days=30)
    page = client.get(PAGE).content.decode()
    default = timezone.localdate() + dt.timedelta(days=90)
    assert f'name="expires_on" type="date" required value="{default}"' in page
    made = client.post(PAGE, {"name": "export", "expires_on": day.isoformat()})
    assert made.status_code == 200
    assert AccessToken.objects.get().expires_on == day
    assert f'<td data-label="Expires on">{day}</td>' in client.get(PAGE).content.decode()
    bad = client.post(PAGE, {"name": "export", "expires_on": "soon"})
    assert bad.status_code == 400
    assert "malformed date" in bad.content.decode()


def _run(*args):
    out = io.StringIO()
    call_command("tokens", *args, stdout=out)
    return out.getvalue()


def test_the_command_makes_lists_and_revokes_a_users_tokens(focal_point_state_a):
    name = focal_point_state_a.get_username()
    day = timezone.localdate() + dt.timedelta(days=10)
    made = _run("create", "--user", name, "--name", "nightly", "--expires", day.isoformat())
    summary, secret = made.strip().splitlines()
    assert f"[in use]  nightly  (expires {day})" in summary
    assert _api(secret).status_code == 200
    [listed] = json.loads(_run("list", "--user", name, "--json"))
    shown = (listed["name"], listed["expires_on"], listed["state"])
    assert shown == ("nightly", str(day), "in use")
    assert "[revoked]" in _run("revoke", str(listed["id"]), "--user", name)
    assert _api(secret).status_code == 401
    actions = set(ActivityLog.objects.values_list("action_type", flat=True))
    assert {"registry.api_token.created", "registry.api_token.revoked"} <= actions


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("list", "--user", "nobody"), "no user 'nobody'"),
        (("revoke", "abc", "--user", "AUT-focal"), "bad token id 'abc'"),
        (("revoke", "99", "--user", "AUT-focal"), "no API token 99 of AUT-focal's"),
        (("create", "--user", "AUT-focal", "--name", "x", "--expires", "2020-01-01"), "after"),
    ],
)
def test_the_command_refuses_in_one_line(focal_point_state_a, args, message):
    args = tuple(focal_point_state_a.get_username() if a == "AUT-focal" else a for a in args)
    message = message.replace("AUT-focal", focal_point_state_a.get_username())
    with pytest.raises(CommandError, match=re.escape(message)) as caught:
        _run(*args)
    assert "\n" not in str(caught.value)
