"""On an office user's page: "Unlock sign-in" for a username django-axes locks (that username
alone), and "Send a new set-password link" for any open account; both audited."""

import datetime as dt
import re

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Permission
from django.test import Client
from django.utils import timezone

from plenipo.core.models import ActivityLog

pytestmark = pytest.mark.django_db
LINK = re.compile(r'<code id="set-password-link">https?://[^/]+(/[^<]+)</code>')
PASSWORD = "the old password 17"
NEW = "a long new password 42"


@pytest.fixture
def manager(django_user_model):
    user = django_user_model.objects.create_user("manager", password="unused-password-1")
    user.user_permissions.add(Permission.objects.get(codename="change_user"))
    return user


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("hofer", password=PASSWORD)


def _lock(username, settings, address="127.0.0.1"):
    stranger = Client(REMOTE_ADDR=address)
    for _ in range(settings.AXES_FAILURE_LIMIT):
        stranger.post("/accounts/login/", {"username": username, "password": "wrong"})


def test_a_locked_account_shows_until_when_and_is_unlocked_for_its_username_alone(
    client, manager, owner, settings, django_user_model
):
    django_user_model.objects.create_user("other", password=PASSWORD)
    _lock("hofer", settings)
    _lock("hofer", settings, address="10.0.0.2")
    _lock("other", settings)
    refused = Client().post("/accounts/login/", {"username": "hofer", "password": PASSWORD})
    assert refused.status_code == 429
    client.force_login(manager)
    page = client.get(f"/office/users/{owner.pk}/").content.decode()
    # the refused sign-in was one failure more from 127.0.0.1: its lock lasts twice as long
    last = AccessAttempt.objects.get(username="hofer", ip_address="127.0.0.1")
    assert last.failures_since_start == settings.AXES_FAILURE_LIMIT + 1
    until = last.attempt_time + dt.timedelta(seconds=2 * settings.LOGIN_COOLOFF_SECONDS)
    assert f"Sign-in locked until {until:%Y-%m-%d %H:%M} UTC" in page
    unlocked = client.post(f"/office/users/{owner.pk}/unlock/")
    assert unlocked["Location"] == f"/office/users/{owner.pk}/"
    assert not AccessAttempt.objects.filter(username="hofer").exists()
    assert AccessAttempt.objects.filter(username="other").exists()
    entry = ActivityLog.objects.get(action_type="registry.user.sign_in_unlocked")
    assert (entry.actor, entry.object_id) == (manager, str(owner.pk))
    assert "Sign-in is not locked." in client.get(f"/office/users/{owner.pk}/").content.decode()
    signed_in = Client().post("/accounts/login/", {"username": "hofer", "password": PASSWORD})
    assert signed_in["Location"] == "/accounts/home/"


def test_an_account_not_locked_is_not_unlocked(client, manager, owner, settings):
    client.force_login(manager)
    _lock("hofer", settings)
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(days=2))
    refused = client.post(f"/office/users/{owner.pk}/unlock/")
    assert refused.status_code == 400
    assert "hofer is not locked" in refused.content.decode()
    assert not ActivityLog.objects.filter(action_type="registry.user.sign_in_unlocked").exists()


def test_a_new_link_for_an_account_in_use_sets_a_new_password(client, manager, owner):
    client.force_login(manager)
    page = client.get(f"/office/users/{owner.pk}/").content.decode()
    assert "Send a new set-password link" in page
    made = client.post(f"/office/users/{owner.pk}/password-link/")
    assert made.status_code == 200
    path = LINK.search(made.content.decode()).group(1)
    entry = ActivityLog.objects.get(action_type="registry.user.password_link")
    assert (entry.actor, entry.data["password_was_set"]) == (manager, True)
    owner.refresh_from_db()
    assert owner.check_password(PASSWORD)  # still works until the link is used
    client.logout()
    form = client.get(path, follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": NEW, "new_password2": NEW})
    owner.refresh_from_db()
    assert owner.check_password(NEW)


def test_no_link_for_a_closed_account(client, manager, owner):
    owner.is_active = False
    owner.save()
    client.force_login(manager)
    assert (
        "Send a new set-password link"
        not in client.get(f"/office/users/{owner.pk}/").content.decode()
    )
    refused = client.post(f"/office/users/{owner.pk}/password-link/")
    assert refused.status_code == 400
    assert "hofer is closed" in refused.content.decode()
    assert not LINK.search(refused.content.decode())


def test_an_administrators_link_is_made_by_an_administrator_alone(
    client, manager, django_user_model
):
    admin = django_user_model.objects.create_superuser("root", password=PASSWORD)
    client.force_login(manager)
    refused = client.post(f"/office/users/{admin.pk}/password-link/")
    assert refused.status_code == 400
    assert "only an administrator" in refused.content.decode()
    assert not ActivityLog.objects.filter(action_type="registry.user.password_link").exists()
    other = django_user_model.objects.create_superuser("root2", password=PASSWORD)
    client.force_login(other)
    assert client.post(f"/office/users/{admin.pk}/password-link/").status_code == 200


def test_an_account_waiting_for_its_first_password_shows_one_link_button(client, manager, owner):
    owner.set_unusable_password()
    owner.save()
    client.force_login(manager)
    page = client.get(f"/office/users/{owner.pk}/").content.decode()
    assert "Send a new set-password link" not in page
    assert "Make a new set-password link" in page  # the users page's own
    assert client.post(f"/office/users/{owner.pk}/password-link/").status_code == 200


def test_a_get_is_refused(client, manager, owner):
    client.force_login(manager)
    assert client.get(f"/office/users/{owner.pk}/unlock/").status_code == 405
