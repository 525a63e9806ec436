"""The secretariat's account manager opens "Users" from the header, makes a focal point and
hands over the one-time link; its owner sets a password on it, signs in and lands on the
portal. An account with no role lands on a page saying so, not on a refusal."""

import pytest
from django.contrib.auth.models import Permission

from tests.e2e.conftest import needs_chromium, sign_in, sign_out

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
NEW_PASSWORD = "a long new password 42"


def test_a_focal_point_made_on_the_users_page_sets_a_password_and_signs_in(
    live_server, page, dataset, secretariat_officer
):
    secretariat_officer.user_permissions.add(Permission.objects.get(codename="change_user"))
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/")
    page.click("header a:has-text('Users')")
    page.wait_for_url(f"{live_server.url}/office/users/")
    page.fill("#id_username", "hofer")
    page.select_option("#id_role", "focal_point")
    page.fill("#id_state", "AUT")
    page.fill("#id_mission", "UN-VIE")
    page.click("#user-form button[type=submit]")
    link = page.inner_text("#set-password-link").strip()
    assert "focal point" in page.locator("#users tr", has_text="hofer").inner_text()
    sign_out(page)
    page.goto(link)
    page.fill("#id_new_password1", NEW_PASSWORD)
    page.fill("#id_new_password2", NEW_PASSWORD)
    page.click("#set-password-form button[type=submit]")
    page.wait_for_url(f"{live_server.url}/accounts/login/")
    sign_in(page, live_server.url, "hofer", NEW_PASSWORD)
    page.wait_for_url(f"{live_server.url}/portal/")


def test_an_account_with_no_role_lands_on_its_own_page(live_server, page, dataset):
    from django.contrib.auth import get_user_model  # noqa: PLC0415

    from tests.conftest import PASSWORD  # noqa: PLC0415

    get_user_model().objects.create_user("newcomer", password=PASSWORD)
    sign_in(page, live_server.url, "newcomer")
    page.wait_for_url(f"{live_server.url}/accounts/home/")
    assert "has no role yet" in page.inner_text("#no-role")
    page.goto(f"{live_server.url}/office/letters/")
    page.click("main a:has-text('Your start page')")
    page.wait_for_url(f"{live_server.url}/accounts/home/")
    page.click("main a:has-text('Your API tokens')")
    page.wait_for_url(f"{live_server.url}/accounts/tokens/")
    page.go_back()
    page.wait_for_url(f"{live_server.url}/accounts/home/")
    # The page's own "Sign out" is a button drawn as a link: readable on the page's white,
    # not in the header's white.
    sign_out = page.locator("main button.link")
    assert sign_out.evaluate("b => getComputedStyle(b).color") != "rgb(255, 255, 255)"
    sign_out.click()
    page.wait_for_url(lambda url: "/accounts/home/" not in url)
