"""A signed-in user changes their password from their account page: the old one typed first,
the project's validators, the session kept, other sessions signed out, the audit log told."""

import pytest
from django.test import Client

from plenipo.core.models import ActivityLog

pytestmark = pytest.mark.django_db
OLD, NEW = "the old password 17", "a long new password 42"


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user("hofer", password=OLD)


def _change(client, old, new, again=None):
    data = {"old_password": old, "new_password1": new, "new_password2": again or new}
    return client.post("/accounts/password/", data)


def test_the_account_pages_link_to_it(client, owner):
    client.force_login(owner)
    for page in ("/accounts/tokens/", "/accounts/home/"):
        assert 'href="/accounts/password/"' in client.get(page).content.decode()


def test_the_password_changes_and_this_session_stays_signed_in(client, owner):
    elsewhere = Client()
    elsewhere.force_login(owner)
    client.force_login(owner)
    changed = _change(client, OLD, NEW)
    assert changed["Location"] == "/accounts/tokens/"
    page = client.get("/accounts/tokens/")
    assert page.status_code == 200
    assert "Your password is changed." in page.content.decode()
    assert elsewhere.get("/accounts/tokens/").status_code == 302  # signed out there
    owner.refresh_from_db()
    assert owner.check_password(NEW)
    entry = ActivityLog.objects.get(action_type="registry.user.password_changed")
    assert (entry.actor, entry.data) == (owner, {"username": "hofer"})


@pytest.mark.parametrize(
    ("old", "new", "again", "says"),
    [
        ("a wrong password 1", NEW, None, "old password was entered incorrectly"),
        (OLD, "short", None, "too short"),
        (OLD, "password123", None, "too common"),
        (OLD, "12345678901234", None, "entirely numeric"),
        (OLD, NEW, NEW + "!", "didn’t match"),
    ],
)
def test_a_refused_change_says_why_and_changes_nothing(client, owner, old, new, again, says):
    client.force_login(owner)
    refused = _change(client, old, new, again)
    assert refused.status_code == 400
    assert says in refused.content.decode()
    owner.refresh_from_db()
    assert owner.check_password(OLD)
    assert not ActivityLog.objects.filter(action_type="registry.user.password_changed").exists()


def test_the_signed_out_are_sent_to_sign_in(client):
    response = client.get("/accounts/password/")
    assert response["Location"] == "/accounts/login/?next=/accounts/password/"
