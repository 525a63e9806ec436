"""The secretariat uploads real received letters through the inbox page and opens each
review, in a browser: a Spanish note verbale announcing a meeting, a French letter, and an
archive scan in English in which the reader finds almost nothing."""

from pathlib import Path

import pytest

from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NOTE = CORPUS / "p5_22_ramsar-nota-diplomatica-2025-5-cop15.txt"
LETTER = CORPUS / "p1_11_chirac-lettre-annan.txt"
SCAN = CORPUS / "p4_12_un-archives-ocr-sg-letter-austria-undof.txt"


def _upload(page, url, path):
    page.goto(f"{url}/office/inbox/")
    page.set_input_files("#upload-form input[type=file]", str(path))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#letter-text")
    assert page.inner_text("h1") == path.name
    assert page.title() == f"Review {path.name} · Plenipo"
    return page.url


def test_three_corpus_letters_are_uploaded_and_each_review_opens(
    live_server, page, dataset, secretariat_officer
):
    sign_in(page, live_server.url, "officer")

    _upload(page, live_server.url, NOTE)
    assert "note_verbale (es)" in page.inner_text("#letter-facts")
    assert "2025-07-31" in page.inner_text("#letter-facts")
    meeting = page.locator("#extracted-meetings tbody tr").first
    assert "2025-07-23" in meeting.inner_text()
    assert meeting.locator("button[value=accept]").count() == 1
    assert page.locator("#letter-text mark").count() >= 2
    assert "Victoria Falls (Zimbabwe)" in page.inner_text("#letter-text")

    _upload(page, live_server.url, LETTER)
    assert "letter (fr)" in page.inner_text("#letter-facts")
    assert "1996-12-16" in page.inner_text("#letter-facts")
    assert page.inner_text("#extracted-meetings tbody") == "None found."
    assert page.locator("#letter-text mark[data-field=date]").count() == 1
    assert "Kofi Annan" in page.inner_text("#letter-text")

    scan_review = _upload(page, live_server.url, SCAN)
    facts = page.inner_text("#letter-facts")
    assert "letter (en)" in facts  # as its label says
    assert "25 June (no year)" in facts  # a day without its year
    assert "From" not in facts
    for empty in ("#extracted-meetings tbody", "#extracted-deadlines", "#extracted-enclosures"):
        assert page.inner_text(empty) == "None found."
    assert page.locator("#letter-text mark[data-field=sender]").count() == 0
    assert "S-0899-0012-05-00001" in page.inner_text("#letter-text")

    # The three are in the inbox, and its search finds each by the words of its text.
    page.goto(f"{live_server.url}/office/inbox/")
    listed = page.inner_text("#received")
    assert all(path.name in listed for path in (NOTE, LETTER, SCAN))
    page.fill("form.list-filters input[name=q]", "peacekeeping")
    page.click("form.list-filters button[type=submit]")
    page.wait_for_url("**/office/inbox/?q=peacekeeping*")
    rows = page.locator("#received tbody tr")
    assert rows.count() == 1
    rows.first.locator("a").click()
    page.wait_for_selector("#letter-text")
    assert page.url == scan_review
