"""Reading a received letter in the inbox and accepting its meetings, in a browser."""

from pathlib import Path

import pytest

from plenipo.meetings.models import Meeting
from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
SEED = Path(__file__).resolve().parents[1] / "corpus" / "seed_002.txt"


def test_accepting_the_seed_meetings_links_them_instead_of_duplicating(
    live_server, page, dataset, secretariat_officer
):
    before = Meeting.objects.count()
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(SEED))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#extracted-meetings")
    assert "ECOSOC Chamber" in page.inner_text("#extracted-meetings")
    assert page.locator("#letter-text mark").count() > 3  # values highlighted at their evidence
    for day in ("2017-06-29", "2017-07-06"):
        row = page.locator("#extracted-meetings tr", has_text=day)
        row.locator("button[value=accept]").click()
        page.wait_for_selector(f"#extracted-meetings tr:has-text('{day}') .decision")
        assert "linked" in page.locator("#extracted-meetings tr", has_text=day).inner_text()
    assert Meeting.objects.count() == before


def test_the_treaty_a_letter_names_is_shown_linked_to_the_registry_with_its_confidence(
    live_server, page, dataset, secretariat_officer
):
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(SEED.with_name("seed_000.txt")))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#cited-instruments")
    row = page.locator("#cited-instruments tr[data-status=linked]", has_text="CETS-197")
    assert "100%" in row.inner_text()
    row.locator("a", has_text="CETS-197").click()
    page.wait_for_url(f"{live_server.url}/instruments/CETS-197/")
    assert "Trafficking in Human Beings" in page.inner_text("main")
    page.go_back()
    proposed = page.locator("#cited-instruments tr[data-status=proposed]")
    assert "not linked" in proposed.first.inner_text()


def test_the_addressee_is_shown_linked_to_the_state_and_post_the_letter_names(
    live_server, page, dataset, secretariat_officer
):
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(SEED.with_name("seed_000.txt")))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#correspondents")
    addressee = page.locator("#correspondents tr", has_text="Sergey Lavrov")
    post = addressee.locator("[data-kind=post][data-status=linked]")
    assert "Minister for Foreign Affairs of the Russian Federation" in post.inner_text()
    state = addressee.locator("[data-kind=state][data-status=linked]")
    assert "90%" in state.inner_text()
    state.locator("a").click()
    page.wait_for_url(f"{live_server.url}/states/RUS/")
    assert "Russia" in page.inner_text("h1")


def test_a_proposals_alternatives_are_read_on_a_phone_without_scrolling_sideways(
    live_server, page, dataset, secretariat_officer
):
    sign_in(page, live_server.url, "officer")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(SEED.with_name("seed_000.txt")))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#cited-instruments")
    # The registry holds the CIS programme once per period: the others are the alternatives.
    alternatives = page.locator("#cited-instruments tr[data-status=proposed] .alternatives")
    assert "CIS-TIP-PROGRAMME-" in alternatives.inner_text()
    box = alternatives.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390
