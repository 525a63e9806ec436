"""A focal point who forgot their password asks for a link on the sign-in page, reads the
e-mail, follows the link, sets a new password and signs in with it."""

import re

import pytest
from django.core import mail

from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
NEW_PASSWORD = "a long new password 42"


def test_a_forgotten_password_is_reset_through_the_emailed_link(
    live_server, page, dataset, focal_point_state_a
):
    focal_point_state_a.email = "focal.point@mission.example"
    focal_point_state_a.save()
    page.goto(f"{live_server.url}/accounts/login/")
    page.click("#forgot-password")
    page.fill("#id_email", "focal.point@mission.example")
    page.click("#forgot-password-form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/accounts/password-reset/sent/")
    assert "Check your e-mail" in page.inner_text("h1")
    (message,) = mail.outbox
    link = re.search(r"https?://\S+/accounts/set-password/\S+/", message.body).group(0)
    page.goto(link)
    page.fill("#id_new_password1", "short")
    page.fill("#id_new_password2", "short")
    page.click("#set-password-form button[type=submit]")
    assert "too short" in page.inner_text("#set-password-form")
    page.fill("#id_new_password1", NEW_PASSWORD)
    page.fill("#id_new_password2", NEW_PASSWORD)
    page.click("#set-password-form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/accounts/login/")
    assert "Your password is set" in page.inner_text("main")
    sign_in(page, live_server.url, focal_point_state_a.username, NEW_PASSWORD)
    page.wait_for_url(f"{live_server.url}/portal/")
