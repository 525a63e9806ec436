"""An officer uploads a document whose French file is still in translation: the status
chosen is kept, the day of issue is today unless changed, and the public sees the French
version as in translation, with no file to download."""

import datetime as dt

import pytest

from tests.e2e.conftest import needs_chromium, sign_in, sign_out
from tests.factories import meetings as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def _file(name):
    return {"name": name, "mimeType": "application/pdf", "buffer": PDF}


def test_a_file_uploaded_in_translation_stays_in_translation(
    live_server, page, dataset, secretariat_officer
):
    meeting = factories.meeting()
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/{meeting.pk}/edit/")
    day = page.locator("#document-form input[name=issued_on]")
    assert day.input_value() == dt.date.today().isoformat()
    page.fill("#document-form input[name=symbol]", "TEST/2037/2")
    page.fill("#document-form input[name=title]", "Report of the meeting")
    page.select_option("#document-form select[name=kind]", "report")
    page.set_input_files("#document-form input[name=file_en]", _file("report-en.pdf"))
    page.set_input_files("#document-form input[name=file_fr]", _file("rapport-fr.pdf"))
    page.select_option("#document-form select[name=status_fr]", "in_translation")
    page.click("#document-form button[type=submit]")
    row = page.locator("#documents tr[data-symbol='TEST/2037/2']")
    assert "en: Available" in row.inner_text()
    assert "fr: In translation" in row.inner_text()

    sign_out(page)
    page.goto(f"{live_server.url}/meetings/{meeting.pk}/")
    public_row = page.locator("#documents tr", has_text="TEST/2037/2")
    assert public_row.locator("a", has_text="Available").count() == 1
    assert public_row.locator("a", has_text="In translation").count() == 0
    assert "In translation" in public_row.inner_text()
