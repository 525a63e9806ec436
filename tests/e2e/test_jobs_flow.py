"""An officer builds a meeting's list of participants as a job and takes the PDF, in a
browser; a job still running shows its progress and refreshes itself."""

import pytest

from plenipo.meetings.models import Meeting
from tests.e2e.conftest import needs_chromium, sign_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_an_officer_builds_the_list_of_participants_and_downloads_it(
    live_server, page, dataset, secretariat_officer
):
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/{meeting.pk}/")
    page.click("text=Build the list of participants (PDF)")
    assert page.inner_text("#job-status").startswith("Done: 1 of 1 done")
    assert page.locator("meta[http-equiv=refresh]").count() == 0
    with page.expect_download() as download:
        page.click("#job-result")
    assert download.value.suggested_filename == f"list-of-participants-{meeting.pk}.pdf"
    with open(download.value.path(), "rb") as pdf:
        assert pdf.read(4) == b"%PDF"
    page.goto(f"{live_server.url}/office/jobs/")
    assert "List of participants of" in page.inner_text("#jobs")
