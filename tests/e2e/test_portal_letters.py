"""A focal point reads and downloads the letters sent to its state in the portal; an
officer records a received note as the reply to the letter it cites."""

import datetime as dt

import pytest

from tests.e2e.conftest import needs_chromium, sign_in
from tests.factories import correspondence as letter_factories
from tests.factories import meetings as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


@pytest.fixture
def invitation(dataset, focal_point_state_a, focal_point_state_b):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    letters = letter_factories.sent_invitations(meeting, "AUT", "BEL", day=dt.date(2026, 3, 5))
    return meeting, letters


def test_a_focal_point_downloads_the_letter_sent_to_its_state(live_server, page, invitation):
    meeting, letters = invitation
    sign_in(page, live_server.url, "focal-point-aut")
    page.goto(f"{live_server.url}/portal/")
    page.get_by_role("link", name="Letters from the secretariat").click()
    page.wait_for_selector("#letters")
    row = page.locator("#letters tbody tr", has_text=letters["AUT"].reference)
    assert meeting.title in row.inner_text()
    assert letters["BEL"].reference not in page.inner_text("#letters")
    with page.expect_download() as download:
        row.get_by_role("link", name="TXT").click()
    saved = download.value.path().read_text(encoding="utf-8")
    assert letters["AUT"].reference in saved


def test_an_officer_records_a_note_as_the_reply_it_cites(
    live_server, page, invitation, secretariat_officer, tmp_path
):
    _, letters = invitation
    sent = letters["AUT"]
    note = tmp_path / "made-up-reply.txt"
    note.write_text(
        f"Ref.: {sent.reference}\n\nThe Permanent Mission of the Republic of Austria presents "
        "its compliments to the Secretariat and has the honour to inform it that Austria will "
        "take part in the meeting.\n\nVienna, 19 March 2026\n",
        encoding="utf-8",
    )
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(note))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#reply-link")
    assert f"Reply to {sent.reference}?" in page.inner_text("#reply-link")
    page.get_by_role("button", name="Record as the reply").click()
    page.wait_for_selector("p.notice")
    assert "recorded as the reply" in page.inner_text("p.notice")
    page.goto(f"{live_server.url}/office/letters/replies/")
    row = page.locator("#replies tbody tr", has_text=sent.reference)
    assert "none" not in row.inner_text()
