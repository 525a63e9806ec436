"""An officer records a meeting in two rooms, its agenda and a document in two languages."""

import pytest

from plenipo.meetings.models import Meeting
from plenipo.meetings.services.meetings import define_room
from tests.e2e.conftest import needs_chromium
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
PASSWORD = "correct horse battery staple"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def test_an_officer_creates_a_meeting_through_the_pages(
    live_server, page, dataset, django_user_model
):
    from plenipo.registry.roles import ensure_secretariat_group  # noqa: PLC0415

    officer = django_user_model.objects.create_user("officer", password=PASSWORD)
    officer.groups.add(ensure_secretariat_group())
    first = factories.room()
    second = define_room(
        venue=first.venue, code="M3", name="Conference Room M3", source=SourceFactory(), by=None
    )

    page.goto(f"{live_server.url}/accounts/login/")
    page.fill("input[name=username]", "officer")
    page.fill("input[name=password]", PASSWORD)
    page.click("main button[type=submit]")
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
