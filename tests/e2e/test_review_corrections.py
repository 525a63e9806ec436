"""Correcting a read meeting before accepting it, and undoing the decision, in a browser;
the review screen holds on a phone and on a laptop."""

from pathlib import Path

import pytest

from plenipo.meetings.models import Meeting
from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
CORPUS = Path(__file__).resolve().parents[1] / "corpus"
NOTE = (
    "Geneva, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
    "Missions and has the honour to inform them that the fifth meeting of the Working "
    "Group will be held at 10:00 on 14 October 2031 in Room 42, Geneva.\n\n"
    "Replies to the questionnaire are requested by 1 July 2031 at 17:00.\n"
)
CORRECTED = "Fifth meeting of the Working Group on Trafficking in Persons"
SHOTS = None  # a folder to save screenshots in while looking at the layout


def _upload(page, url, path):
    page.goto(f"{url}/office/inbox/")
    page.set_input_files("input[type=file]", str(path))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#extracted-meetings")


def test_an_officer_corrects_a_meeting_accepts_it_and_undoes_it(
    live_server, page, dataset, secretariat_officer, tmp_path
):
    note = tmp_path / "note.txt"
    note.write_text(NOTE)
    sign_in(page, live_server.url, "officer")
    _upload(page, live_server.url, note)
    row = page.locator("#extracted-meetings tr[data-index='0']")
    row.locator("select[name=body]").select_option("WG-TIP")
    row.locator("summary", has_text="Edit before accepting").click()
    # The form proposes the title capitalised ("Fifth meeting of the Working Group"): only a
    # title that differs from that is a correction.
    row.locator("input[name='meetings-0-title']").fill(CORRECTED)
    row.locator("input[name='meetings-0-start']").fill("2031-10-15")
    row.locator("input[name='meetings-0-timezone']").fill("Europe/Zurich")
    if SHOTS:
        row.screenshot(path=f"{SHOTS}/editing.png")
    row.locator("button", has_text="Accept as corrected").click()
    page.wait_for_selector(".notice")
    assert f"Meeting “{CORRECTED}” created (corrected: title, first day)" in (
        page.inner_text(".notice")
    )
    meeting = Meeting.objects.get(title=CORRECTED)
    assert (str(meeting.start), meeting.timezone) == ("2031-10-15", "Europe/Zurich")
    decided = page.locator("#extracted-meetings tr[data-index='0'] .decision-cell")
    assert (
        "corrected before accepting: title “fifth meeting of the Working Group”"
        in decided.inner_text()
    )
    decided.locator("a.made").click()  # the meeting's office page
    page.wait_for_url(f"{live_server.url}/office/meetings/{meeting.pk}/edit/")
    page.go_back()
    page.locator("#extracted-meetings tr[data-index='0'] button.undo").click()
    page.wait_for_selector(".notice")
    assert f"reopened; meeting “{CORRECTED}” removed" in page.inner_text(".notice")
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    # the meeting is undecided again, its reading offered as first proposed
    title = page.locator("#extracted-meetings input[name='meetings-0-title']")
    assert title.input_value() == "Fifth meeting of the Working Group"


@pytest.mark.parametrize("width", [375, 1280])
def test_the_decision_column_stays_reachable_on_a_phone_and_a_laptop(
    live_server, page, dataset, secretariat_officer, width
):
    sign_in(page, live_server.url, "officer")
    page.set_viewport_size({"width": width, "height": 900})
    _upload(page, live_server.url, CORPUS / "seed_002.txt")
    if SHOTS:
        page.locator("#extracted-meetings").screenshot(path=f"{SHOTS}/meetings-{width}.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    table = page.locator("#extracted-meetings").bounding_box()
    main = page.locator("main").bounding_box()
    assert table["x"] + table["width"] <= main["x"] + main["width"] + 1
    for button in page.locator("#extracted-meetings button[value=accept]").all()[:3]:
        if button.is_visible():
            box = button.bounding_box()
            assert box["x"] + box["width"] <= width
