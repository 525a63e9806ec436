"""Deciding the registry matches of a received letter in a browser: a proposed instrument
confirmed, a correspondent's state swapped for the alternative, both kept after reload."""

import pytest

from tests.e2e.conftest import needs_chromium, sign_in
from tests.factories.correspondence import LINKS_LETTER

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_an_officer_confirms_an_instrument_and_links_the_alternative_state(
    live_server, page, dataset, secretariat_officer, tmp_path
):
    received = tmp_path / "made-up-note.txt"
    received.write_text(LINKS_LETTER, encoding="utf-8")
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(received))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#cited-instruments")
    review = page.url

    programme = page.locator("#cited-instruments tr", has_text="CIS Member States")
    assert "proposed" in programme.inner_text()
    programme.get_by_role("button", name="Confirm").click()
    page.wait_for_selector("p.notice")
    assert "linked to CIS-TIP-PROGRAMME-2007-2010" in page.inner_text("p.notice")

    state = page.locator("#correspondents [data-kind=state]")
    assert "Australia?" in state.inner_text()
    state.get_by_role("button", name="Link to Austria instead").click()
    page.wait_for_selector("p.notice")
    assert "linked to Austria (AUT)" in page.inner_text("p.notice")

    page.goto(review)  # a fresh view: the decisions are the letter's, not the page's
    programme = page.locator("#cited-instruments tr", has_text="CIS Member States")
    assert "linked by officer" in programme.inner_text()
    assert programme.get_by_role("button", name="Confirm").count() == 0
    state = page.locator("#correspondents [data-kind=state]")
    assert "linked by officer" in state.inner_text()
    assert "Australia?" not in state.inner_text()
    state.get_by_role("link", name="Austria").click()
    page.wait_for_url(f"{live_server.url}/states/AUT/")
    assert "Austria" in page.inner_text("h1")
