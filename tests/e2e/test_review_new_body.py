"""A received letter's meeting of a body the registry lacks: the officer adds the body on
the review page and accepts the meeting, in a browser."""

import pytest

from plenipo.bodies.models import Body
from plenipo.meetings.models import Meeting
from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
NOTE = (
    "Geneva, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
    "Missions and has the honour to inform them that the first meeting of the Working "
    "Group on Finance will be held on 14 October 2031 in Geneva.\n"
)


def test_a_body_the_registry_lacks_is_added_on_the_review_page_with_the_meeting(
    live_server, page, dataset, secretariat_officer, tmp_path
):
    letter = tmp_path / "finance.txt"
    letter.write_text(NOTE, encoding="utf-8")
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/inbox/")
    page.set_input_files("input[type=file]", str(letter))
    page.click("#upload-form button[type=submit]")
    page.wait_for_selector("#extracted-meetings")
    row = page.locator("#meeting-0")
    row.locator("summary", has_text="The body is not in the list: add it").click()
    row.locator("input[name=meetings-0-new-body-code]").fill("WG-FIN")
    row.locator("input[name=meetings-0-new-body-name]").fill("Working Group on Finance")
    row.locator("select[name=meetings-0-new-body-kind]").select_option("working_group")
    row.locator("button[value=accept]").click()
    page.wait_for_selector("#meeting-0 .decision")
    assert "Body WG-FIN (Working Group on Finance) added." in page.inner_text(".notice")
    meeting = Meeting.objects.get(body__code="WG-FIN")
    assert (meeting.kind, meeting.start.day.isoformat()) == ("working_group", "2031-10-14")
    assert Body.objects.get(code="WG-FIN").name == "Working Group on Finance"
    page.locator("#meeting-0 a.made").click()
    page.wait_for_url(f"{live_server.url}/office/meetings/{meeting.pk}/edit/")
