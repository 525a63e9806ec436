"""An officer records a meeting in two rooms, its agenda and a document in two languages."""

import pytest

from plenipo.meetings.models import Meeting
from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_an_officer_creates_a_meeting_through_the_pages(
    live_server, page, dataset, secretariat_officer, two_rooms
):
    first, second = two_rooms

    sign_in(page, live_server.url, "officer")
    page.click("text=New meeting")
    page.select_option("select[name=body]", "WG-TIP")
    page.select_option("select[name=kind]", "working_group")
    page.fill("input[name=title]", "Browser-recorded meeting")
    page.fill("input[name=start]", "2037-05-04")
    page.fill("input[name=end]", "2037-05-05")
    page.fill("input[name=start_time]", "10:00")
    page.fill("input[name=end_time]", "13:00")
    page.select_option("select[name=room]", str(first.pk))
    page.select_option("select[name=second_room]", str(second.pk))
    page.check("input[name=languages][value=fr]")
    page.check("input[name=languages][value=en]")
    page.fill("input[name=source]", "https://example.org/notice-2037")
    page.fill("input[name=source_title]", "Notice of the meeting")
    page.click("#meeting-form button[type=submit]")
    assert page.inner_text("#rooms") == "Board Room B, Conference Room M3"

    for number, title in [("1", "Opening of the meeting"), ("2", "Adoption of the agenda")]:
        page.fill("#agenda-form input[name=number]", number)
        page.fill("#agenda-form input[name=title]", title)
        page.click("#agenda-form button[type=submit]")
    assert page.locator("#agenda tr").count() == 2

    page.fill("#document-form input[name=symbol]", "TEST/2037/1")
    page.fill("#document-form input[name=title]", "Provisional agenda")
    page.select_option("#document-form select[name=kind]", "agenda")
    page.set_input_files(
        "#document-form input[name=file_en]",
        {"name": "agenda-en.pdf", "mimeType": "application/pdf", "buffer": PDF},
    )
    page.select_option("#document-form select[name=status_fr]", "in_translation")
    page.click("#document-form button[type=submit]")
    row = page.locator("#documents tr[data-symbol='TEST/2037/1']")
    assert "en: Available" in row.inner_text()
    assert "fr: In translation" in row.inner_text()

    meeting = Meeting.objects.get(title="Browser-recorded meeting")
    assert [room.code for room in meeting.rooms] == ["BR", "M3"]
    assert meeting.timezone == "Europe/Vienna"
    assert list(meeting.agenda.values_list("number", flat=True)) == ["1", "2"]
    versions = meeting.documents.get().versions.order_by("language")
    assert [(v.language, v.status) for v in versions] == [
        ("en", "available"),
        ("fr", "in_translation"),
    ]


def test_the_new_meeting_form_fits_a_desktop_screen(
    live_server, page, dataset, secretariat_officer
):
    # The longest body's name in the body list must not push the page wider than the screen.
    page.set_viewport_size({"width": 1280, "height": 900})
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/new/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280


def test_the_new_meeting_form_fits_a_phone_screen(live_server, page, dataset, secretariat_officer):
    # Each field within the screen, not inside a box to scroll sideways.
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/new/")
    right = page.evaluate(
        "Math.max(...[...document.querySelectorAll('#meeting-form select, #meeting-form input')]"
        ".map(e => e.getBoundingClientRect().right))"
    )
    assert right <= 390


def test_a_meeting_accepted_from_a_letter_keeps_its_written_venue_when_saved_unchanged(
    live_server, page, dataset, secretariat_officer, tmp_path
):
    note = tmp_path / "note.txt"
    note.write_text(
        "Vienna, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
        "Missions and has the honour to inform them that the fifth meeting of the Working "
        "Group on Trafficking in Persons will be held from 14 to 15 October 2031 in "
        "Conference Room M3, Vienna International Centre, Vienna.\n"
    )
    written = "Conference Room M3, Vienna International Centre"
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(note))
    page.click("#upload-form button[type=submit]")
    row = page.locator("#extracted-meetings tr[data-index='0']")
    row.locator("select[name=body]").select_option("WG-TIP")
    row.locator("button[value=accept]").first.click()
    page.wait_for_selector("#extracted-meetings tr[data-index='0'] a.made")
    page.locator("#extracted-meetings tr[data-index='0'] a.made").click()
    assert page.input_value("input[name=written_venue]") == written
    page.click("#meeting-form button[type=submit]")
    page.wait_for_selector(".notice")
    meeting = Meeting.objects.get(title__startswith="Fifth meeting of the Working Group")
    assert (meeting.venue, meeting.city) == (written, "Vienna")
    page.goto(f"{live_server.url}/meetings/{meeting.pk}/")
    assert written in page.inner_text("main")
