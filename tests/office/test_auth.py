"""Sign-in throttling (django-axes): per account and address, growing cool-off, the admin
sign-in included, and never a lock on another account's right password."""

import datetime as dt

import pytest
from axes.models import AccessAttempt
from django.urls import reverse

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"
ATTACKER = "203.0.113.7"
ELSEWHERE = "198.51.100.20"


@pytest.fixture(autouse=True)
def _limits(settings):
    settings.AXES_FAILURE_LIMIT = 3
    settings.LOGIN_COOLOFF_SECONDS = 600


def sign_in(client, username, password, *, address=ATTACKER, url=None):
    return client.post(
        url or reverse("login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
    )


def lock(client, username, **where):
    """Three failures: the first two get the form again, the third locks."""
    for _ in range(2):
        assert sign_in(client, username, "wrong", **where).status_code == 200
    assert sign_in(client, username, "wrong", **where).status_code == 429


def age_attempts(seconds):
    """As if the failures had happened ``seconds`` earlier."""
    for attempt in AccessAttempt.objects.all():
        attempt.attempt_time -= dt.timedelta(seconds=seconds)
        attempt.save()


def test_the_right_password_is_refused_once_the_account_is_locked_there(
    client, focal_point_state_a
):
    lock(client, "focal-point-aut")
    refused = sign_in(client, "focal-point-aut", PASSWORD)
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.content.decode()
    assert "_auth_user_id" not in client.session


def test_a_lock_never_refuses_another_accounts_right_password(
    client, focal_point_state_a, focal_point_state_b
):
    lock(client, "focal-point-aut")
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 429
    accepted = sign_in(client, "focal-point-bel", PASSWORD)
    assert accepted.status_code == 302
    assert accepted.url == reverse("home-for-user")


def test_the_locked_account_still_signs_in_from_another_address(client, focal_point_state_a):
    lock(client, "focal-point-aut")
    assert sign_in(client, "focal-point-aut", PASSWORD, address=ELSEWHERE).status_code == 302


def test_the_cool_off_doubles_with_each_failure_while_locked(client, focal_point_state_a):
    lock(client, "focal-point-aut")
    age_attempts(601)  # the first lock (10 minutes) is over
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 302
    client.logout()

    lock(client, "focal-point-aut")
    assert sign_in(client, "focal-point-aut", "wrong again").status_code == 429  # now 20 min
    age_attempts(601)
    # Still locked; trying while locked counts as a failure too (now 40 minutes).
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 429
    age_attempts(2399)
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 429  # now 80 minutes
    age_attempts(4801)
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 302


def test_the_admin_sign_in_is_throttled_too(client, admin_user):
    url = reverse("admin:login")
    lock(client, "admin", url=url)
    assert sign_in(client, "admin", "password", url=url).status_code == 429
    assert sign_in(client, "admin", "password", url=url, address=ELSEWHERE).status_code == 302


def test_a_successful_sign_in_goes_to_the_portal(client, focal_point_state_a):
    response = client.post(
        reverse("login"), {"username": "focal-point-aut", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("portal:home")


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
def test_an_over_long_username_is_refused_by_the_form_and_not_recorded(client, url):
    # The failed sign-in record keeps 255 characters: on PostgreSQL a longer name reaching
    # authenticate() failed the request with a server error.
    response = sign_in(client, "x" * 300, "anything", url=url)
    assert response.status_code == 200
    assert "at most 150 characters" in response.content.decode()
    assert not AccessAttempt.objects.exists()


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/office/letters/draft/", {"template": "a\x00b", "to": "missions:UN-VIE"}),
        ("/states/", {"q": "a\x00b"}),
        ("/api/instruments/CETS-197/status", {"as_of": "2015\x00"}),
    ],
)
def test_a_nul_character_in_a_value_is_refused_before_any_view(
    client, secretariat_officer, url, params
):
    client.force_login(secretariat_officer)
    response = client.get(url, params)
    assert response.status_code == 400
    assert "a NUL character in" in response.content.decode()


CLOSED = "This account is closed; ask the secretariat."
WRONG = "Please enter a correct username and password"


def close(user):
    user.is_active = False
    user.save(update_fields=["is_active"])


def test_a_closed_account_is_told_so_only_with_its_right_password(client, focal_point_state_a):
    close(focal_point_state_a)
    right = sign_in(client, "focal-point-aut", PASSWORD)
    assert right.status_code == 200
    assert CLOSED in right.content.decode()
    assert WRONG not in right.content.decode()
    assert "_auth_user_id" not in client.session
    wrong = sign_in(client, "focal-point-aut", "not the password")
    assert WRONG in wrong.content.decode()
    assert CLOSED not in wrong.content.decode()


def test_no_such_account_gets_the_same_answer_as_a_wrong_password(client):
    answer = sign_in(client, "nobody-at-all", PASSWORD)
    assert answer.status_code == 200
    assert WRONG in answer.content.decode()
    assert CLOSED not in answer.content.decode()


def test_a_locked_closed_account_is_locked_not_told_it_is_closed(client, focal_point_state_a):
    close(focal_point_state_a)
    lock(client, "focal-point-aut")
    refused = sign_in(client, "focal-point-aut", PASSWORD)
    assert refused.status_code == 429
    assert CLOSED not in refused.content.decode()


def test_the_closed_accounts_right_password_still_counts_towards_the_lock(
    client, focal_point_state_a
):
    close(focal_point_state_a)
    for _ in range(2):
        assert CLOSED in sign_in(client, "focal-point-aut", PASSWORD).content.decode()
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 429


def test_a_reopened_account_signs_in(client, focal_point_state_a):
    close(focal_point_state_a)
    assert CLOSED in sign_in(client, "focal-point-aut", PASSWORD).content.decode()
    focal_point_state_a.is_active = True
    focal_point_state_a.save(update_fields=["is_active"])
    assert sign_in(client, "focal-point-aut", PASSWORD).status_code == 302


ADMIN_WRONG = "Please enter the correct username and password for a staff account"


def test_the_admin_sign_in_tells_a_closed_account_by_the_same_rule(client, admin_user):
    close(admin_user)
    url = reverse("admin:login")
    right = sign_in(client, "admin", "password", url=url)
    assert right.status_code == 200
    assert CLOSED in right.content.decode()
    assert ADMIN_WRONG not in right.content.decode()
    assert "_auth_user_id" not in client.session
    wrong = sign_in(client, "admin", "not the password", url=url)
    assert ADMIN_WRONG in wrong.content.decode()
    assert CLOSED not in wrong.content.decode()
