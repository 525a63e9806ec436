"""The secretariat uploads real received letters through the inbox page and opens each
review, in a browser: a Spanish note verbale announcing a meeting, a French letter, and an
OCR'd page of printed statutes in English (the end of one note and the reply to it) that
announces no meeting, deadline or enclosure. All three are from the development part of the
corpus: the test part is only scored, never read for a fixture's values."""

from pathlib import Path

import pytest

from plenipo.meetings.models import Meeting
from tests.e2e.conftest import needs_chromium, sign_in
from tests.reading.scans import NOTE as MADE_UP_NOTE
from tests.reading.scans import needs_tesseract, scanned_png

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NOTE = CORPUS / "p5_22_ramsar-nota-diplomatica-2025-5-cop15.txt"
LETTER = CORPUS / "p1_11_chirac-lettre-annan.txt"
SCAN = CORPUS / "p6_13_statutes-us-argentina-aviation-instructors-notes-1941.txt"


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
    assert "Note verbale (es)" in page.inner_text("#letter-facts")
    # the note gives no date of its own: the COP's last day is not taken for it
    assert "not stated" in page.inner_text("#letter-facts")
    meeting = page.locator("#extracted-meetings tbody tr").first
    assert "2025-07-23 – 2025-07-31" in meeting.inner_text()
    assert meeting.locator("button[value=accept]").count() == 1
    assert page.locator("#letter-text mark").count() >= 2
    assert "Victoria Falls (Zimbabwe)" in page.inner_text("#letter-text")

    _upload(page, live_server.url, LETTER)
    assert "Letter (fr)" in page.inner_text("#letter-facts")
    assert "1996-12-16" in page.inner_text("#letter-facts")
    # "Je serai heureux de vous recevoir à Paris au début de l'année prochaine": a visit the
    # writer offers, on no day yet, as the letter's label has it
    visit = page.locator("#extracted-meetings tbody tr").first.inner_text()
    assert "tentative" in visit
    assert "Paris" in visit
    assert "on or after 1996-12-17" in visit
    assert page.locator("#letter-text mark[data-field=date]").count() == 1
    assert "Kofi Annan" in page.inner_text("#letter-text")

    scan_review = _upload(page, live_server.url, SCAN)
    facts = page.inner_text("#letter-facts")
    assert "Letter (en)" in facts  # as its label says
    assert "1941-06-03, WASHINGTON" in facts  # the reply's date and place, as its label says
    for empty in ("#extracted-meetings tbody", "#extracted-deadlines", "#extracted-enclosures"):
        assert page.inner_text(empty) == "None found."
    assert page.locator("#letter-text mark[data-field=date]").count() == 1
    assert "SUMNER WELLES" in page.inner_text("#letter-text")

    # The three are in the inbox, and its search finds each by the words of its text.
    page.goto(f"{live_server.url}/office/inbox/")
    listed = page.inner_text("#received")
    assert all(path.name in listed for path in (NOTE, LETTER, SCAN))
    page.fill("form.list-filters input[name=q]", "aviation")
    page.click("form.list-filters button[type=submit]")
    page.wait_for_url("**/office/inbox/?q=aviation*")
    rows = page.locator("#received tbody tr")
    assert rows.count() == 1
    rows.first.get_by_role("link", name=SCAN.name).click()
    page.wait_for_selector("#letter-text")
    assert page.url == scan_review


@needs_tesseract
def test_a_scanned_note_is_uploaded_and_its_meeting_accepted_from_the_review(
    live_server, page, dataset, secretariat_officer, tmp_path
):
    scan = tmp_path / "scanned-note.png"
    scan.write_bytes(scanned_png(MADE_UP_NOTE))
    before = Meeting.objects.count()
    sign_in(page, live_server.url, "officer")
    _upload(page, live_server.url, scan)
    assert "Note verbale (en)" in page.inner_text("#letter-facts")
    assert "Conference Room XVII" in page.inner_text("#letter-text")
    row = page.locator("#extracted-meetings tbody tr").first
    assert "2025-04-14" in row.inner_text()
    row.locator("select[name=body]").select_option("WG-TIP")
    row.locator("button[value=accept]").click()
    page.wait_for_selector("#extracted-meetings tbody tr .decision")
    assert (
        "created — Fourth session"
        in page.locator("#extracted-meetings tbody tr").first.inner_text()
    )
    assert Meeting.objects.count() == before + 1


def test_the_original_file_is_downloaded_and_the_same_file_is_refused_the_second_time(
    live_server, page, dataset, secretariat_officer
):
    sign_in(page, live_server.url, "officer")
    first_review = _upload(page, live_server.url, LETTER)

    # The inbox's row downloads the file as it came.
    page.goto(f"{live_server.url}/office/inbox/")
    row = page.locator("#received tbody tr", has_text=LETTER.name)
    with page.expect_download() as downloading:
        row.get_by_role("link", name="Download").click()
    download = downloading.value
    assert download.suggested_filename == LETTER.name
    assert Path(download.path()).read_bytes() == LETTER.read_bytes()

    # The same file again: refused, with a link to the letter it already is.
    page.set_input_files("#upload-form input[type=file]", str(LETTER))
    page.click("#upload-form button[type=submit]")
    alert = page.locator("#upload-form [role=alert]")
    assert "is already received: the same file is received letter" in alert.inner_text()
    assert page.locator("#received tbody tr").count() == 1
    page.click("#already-received")
    page.wait_for_selector("#letter-text")
    assert page.url == first_review

    # Asked for, it is received a second time.
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("#upload-form input[type=file]", str(LETTER))
    page.click("#upload-form button[type=submit]")
    page.check("#upload-form input[name=again]")
    page.set_input_files("#upload-form input[type=file]", str(LETTER))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#letter-text")
    assert page.url != first_review
    page.goto(f"{live_server.url}/office/inbox/")
    assert page.locator("#received tbody tr").count() == 2
