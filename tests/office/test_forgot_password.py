"""'Forgot your password?': a one-time link e-mailed to an open account's address, the same
answer whether or not the address is known, a limit per address, the project's password
validators on the link, and the audit log told (never the password)."""

import re

import pytest
from axes.models import AccessAttempt
from django.core import mail
from django.urls import reverse

from plenipo.core.models import ActivityLog

pytestmark = pytest.mark.django_db
LINK = re.compile(r"https?://[^/\s]+(/accounts/set-password/\S+/)")
NEW = "a long new password 42"


@pytest.fixture
def owner(django_user_model):
    return django_user_model.objects.create_user(
        "hofer", email="Hofer@mission.example", password="the old password 17"
    )


def _ask(client, email, **extra):
    return client.post("/accounts/password-reset/", {"email": email}, **extra)


def test_the_sign_in_page_offers_it(client):
    assert 'href="/accounts/password-reset/"' in client.get("/accounts/login/").content.decode()


def test_a_known_address_gets_a_plain_text_link_that_sets_a_password_once(client, owner):
    asked = _ask(client, "hofer@MISSION.example")
    assert asked.status_code == 302
    assert asked["Location"] == "/accounts/password-reset/sent/"
    (message,) = mail.outbox
    assert message.to == ["Hofer@mission.example"]
    assert "hofer" in message.subject
    assert not message.alternatives  # plain text alone
    assert "72 hours" in message.body
    path = LINK.search(message.body).group(1)
    form = client.get(path, follow=True)
    done = client.post(form.redirect_chain[-1][0], {"new_password1": NEW, "new_password2": NEW})
    assert done["Location"] == "/accounts/login/"
    owner.refresh_from_db()
    assert owner.check_password(NEW)
    entry = ActivityLog.objects.get(action_type="registry.user.password_set")
    assert (entry.actor, entry.object_id) == (owner, str(owner.pk))
    assert NEW not in str(entry.data)
    page = client.get(path, follow=True).content.decode()
    assert "no longer works" in page
    assert f'<a href="{reverse("password-reset")}">Ask for a new one by e-mail</a>' in page


def test_an_unknown_address_gets_the_same_answer_and_no_mail(client, owner):
    known, unknown = _ask(client, "hofer@mission.example"), _ask(client, "nobody@x.example")
    assert (unknown.status_code, unknown["Location"]) == (known.status_code, known["Location"])
    assert len(mail.outbox) == 1


def test_a_closed_account_gets_no_mail(client, owner):
    owner.is_active = False
    owner.save()
    assert _ask(client, "hofer@mission.example").status_code == 302
    assert mail.outbox == []


def test_an_owner_who_never_set_a_password_gets_a_link_too(client, owner):
    owner.set_unusable_password()
    owner.save()
    _ask(client, "hofer@mission.example")
    assert len(mail.outbox) == 1


def test_a_weak_password_is_refused_on_the_link(client, owner):
    _ask(client, "hofer@mission.example")
    path = LINK.search(mail.outbox[0].body).group(1)
    form = client.get(path, follow=True)
    refused = client.post(
        form.redirect_chain[-1][0], {"new_password1": "12345678", "new_password2": "12345678"}
    )
    assert refused.status_code == 400
    html = refused.content.decode()
    assert "too short" in html
    assert "entirely numeric" in html
    owner.refresh_from_db()
    assert owner.check_password("the old password 17")
    assert not ActivityLog.objects.filter(action_type="registry.user.password_set").exists()


def test_a_password_set_on_the_link_lifts_the_sign_in_lock(client, owner, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/accounts/login/", {"username": "hofer", "password": "wrong"})
    assert AccessAttempt.objects.filter(username="hofer").exists()
    _ask(client, "hofer@mission.example")
    form = client.get(LINK.search(mail.outbox[0].body).group(1), follow=True)
    client.post(form.redirect_chain[-1][0], {"new_password1": NEW, "new_password2": NEW})
    signed_in = client.post("/accounts/login/", {"username": "hofer", "password": NEW})
    assert signed_in["Location"] == "/accounts/home/"
    lifted = ActivityLog.objects.get(action_type="registry.user.sign_in_unlocked")
    assert (lifted.actor, lifted.data["on"]) == (owner, "password link")


def test_requests_for_one_address_are_limited_known_or_not(client, owner, settings):
    settings.PASSWORD_RESET_PER_EMAIL = 2
    for email in ("hofer@mission.example", "nobody@x.example"):
        assert _ask(client, email).status_code == 302
        assert _ask(client, email.upper()).status_code == 302
        refused = _ask(client, email)
        assert refused.status_code == 429
        assert "no e-mail was sent" in refused.content.decode()
    assert len(mail.outbox) == 2
    assert _ask(client, "other@x.example").status_code == 302


def test_requests_from_one_client_address_are_limited(client, settings):
    settings.PASSWORD_RESET_PER_ADDRESS = 2
    _ask(client, "a@x.example")
    _ask(client, "b@x.example")
    assert _ask(client, "c@x.example").status_code == 429
    assert _ask(client, "d@x.example", REMOTE_ADDR="10.0.0.9").status_code == 302


def test_a_malformed_address_is_a_bad_request(client):
    refused = _ask(client, "not an address")
    assert refused.status_code == 400
    assert "valid email" in refused.content.decode()
    assert mail.outbox == []


def test_the_link_expires(client, owner, settings):
    _ask(client, "hofer@mission.example")
    path = LINK.search(mail.outbox[0].body).group(1)
    settings.PASSWORD_RESET_TIMEOUT = -1
    assert "no longer works" in client.get(path, follow=True).content.decode()
