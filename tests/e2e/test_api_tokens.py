"""A user makes an API token on their account page, reached from the header, copies it
once, a script uses it, and revoking it on the page stops the script; a focal point makes
the private link a calendar application subscribes with."""

import json
import urllib.error
import urllib.request

import pytest

from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def _fetch(url, token=None):
    """A request as a script makes it: no cookie, only the token if any."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers)) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read()
    except urllib.error.HTTPError as refused:
        return refused.code, refused.headers.get("Content-Type", ""), refused.read()


def test_an_officer_makes_a_token_a_script_uses_it_and_revoking_stops_it(
    live_server, page, dataset, secretariat_officer
):
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/")
    page.click("header a:has-text('API tokens')")
    page.wait_for_url(f"{live_server.url}/accounts/tokens/")
    page.fill("#token-name", "Ratification report")
    page.click("#token-form button[type=submit]")
    secret = page.inner_text("#new-token-secret").strip()
    assert "shown this once" in page.inner_text("#new-token")
    row = page.locator("#tokens tr", has_text="Ratification report")
    assert "In use" in row.inner_text()

    letters = f"{live_server.url}/api/letters"
    status, _type, body = _fetch(letters, secret)
    assert status == 200
    assert isinstance(json.loads(body), list)
    assert _fetch(letters)[0] == 401

    page.goto(f"{live_server.url}/accounts/tokens/")
    assert secret not in page.content()
    assert "never" not in page.locator("#tokens tr", has_text="Ratification report").inner_text()
    page.click("button[aria-label='Revoke the token Ratification report']")
    page.wait_for_selector("text=revoked: scripts using it are refused")
    assert "Revoked on" in page.locator("#tokens tr", has_text="Ratification report").inner_text()
    status, _type, body = _fetch(letters, secret)
    assert (status, json.loads(body)) == (401, {"detail": "unknown or revoked API token"})


def test_a_focal_point_makes_the_private_calendar_link(
    live_server, page, dataset, focal_point_state_a
):
    sign_in(page, live_server.url, "focal-point-aut")
    page.wait_for_url(f"{live_server.url}/portal/")
    page.click("header a:has-text('API tokens')")
    page.click("button:has-text('Make a private link')")
    link = page.inner_text("#feed-link").strip()
    assert link.startswith(f"{live_server.url}/calendar/states/AUT.ics?token=")
    status, content_type, body = _fetch(link)
    assert (status, content_type.split(";")[0]) == (200, "text/calendar")
    assert body.startswith(b"BEGIN:VCALENDAR")
    assert _fetch(link + "x")[0] == 404

    page.goto(f"{live_server.url}/accounts/tokens/")
    page.click("button:has-text('Revoke the link')")
    page.wait_for_selector("text=Calendar feed revoked")
    assert _fetch(link)[0] == 404
