"""A letter's deadline made a task on the review page, found on the tasks page (or through
the review page's link to it), marked done there and gone from the office home; and the
keyboard's way past the header's links."""

import datetime as dt

import pytest

from plenipo.correspondence.services.incoming import receive
from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def _a_letter_with_a_deadline(due: dt.date):
    text = (
        "The Secretariat has the honour to request the Permanent Missions to communicate the "
        f"names of their representatives by {due.day} {due:%B} {due.year}."
    )
    return receive(name="note-names.txt", data=text.encode(), by=None)


def test_a_deadline_made_a_task_is_marked_done_on_the_tasks_page(
    live_server, page, dataset, secretariat_officer
):
    due = dt.date.today() + dt.timedelta(days=5)
    letter = _a_letter_with_a_deadline(due)
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/{letter.pk}/")
    page.locator("#extracted-deadlines button[value=accept]").first.click()
    page.wait_for_selector(f"text=a task due {due}")

    page.goto(f"{live_server.url}/office/")
    assert "names of their representatives" in page.inner_text("#deadlines")
    page.click("#deadlines a:has-text('All tasks')")
    page.wait_for_url(f"{live_server.url}/office/tasks/")
    row = page.locator("#tasks tr[data-state=open]", has_text="names of their representatives")
    assert "note-names.txt" in row.inner_text()
    assert str(due) in row.inner_text()
    row.locator("button", has_text="Mark done").click()
    page.wait_for_selector("text=Done: ")
    done = page.locator("#tasks tr[data-state=done]", has_text="names of their representatives")
    assert f"Done by officer on {dt.date.today()}" in done.inner_text()

    page.goto(f"{live_server.url}/office/")
    assert "names of their representatives" not in page.inner_text("#deadlines")


def test_a_deadline_accepted_on_the_review_page_links_to_its_task(
    live_server, page, secretariat_officer
):
    due = dt.date.today() + dt.timedelta(days=9)
    letter = _a_letter_with_a_deadline(due)
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/{letter.pk}/")
    page.locator("#extracted-deadlines button[value=accept]").first.click()
    page.wait_for_selector(f"text=a task due {due}")
    page.locator("#extracted-deadlines a.made").click()
    page.wait_for_url(f"{live_server.url}/office/tasks/*/")
    assert page.inner_text("h1") == f"Task due {due}"
    facts = page.inner_text("#task-facts")
    assert "names of their representatives" in facts
    assert "note-names.txt" in facts  # and back to the letter it came from
    assert page.inner_text("#task-state") == "Open"


def test_the_first_tab_offers_to_skip_to_the_content(live_server, page, dataset):
    page.goto(f"{live_server.url}/states/")
    skip = page.locator("a.skip-link")
    assert skip.bounding_box()["y"] < 0  # out of sight until focused
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    assert skip.bounding_box()["y"] >= 0
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "content"
    page.keyboard.press("Tab")  # the next stop is inside the content, past the header's links
    assert page.evaluate("document.activeElement.closest('main') !== null")
