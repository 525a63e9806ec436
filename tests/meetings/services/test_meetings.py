import pytest

from plenipo.core.errors import InvalidInput
from plenipo.meetings.models import Meeting
from plenipo.meetings.services.meetings import issue_document, set_meeting_status
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def test_a_room_cannot_be_booked_twice():
    board_room = factories.room()
    factories.meeting(
        room=board_room, start="2030-05-05", end="2030-05-05", start_time="10:00", end_time="13:00"
    )
    with pytest.raises(InvalidInput, match="Board Room B is already booked"):
        factories.meeting(
            room=board_room,
            title="Clash",
            start="2030-05-05",
            end="2030-05-05",
            start_time="12:00",
            end_time="15:00",
        )
    assert not Meeting.objects.filter(title="Clash").exists()


def test_the_afternoon_is_free_and_a_cancelled_booking_frees_the_room():
    board_room = factories.room()
    morning = factories.meeting(
        room=board_room, start="2030-05-05", end="2030-05-05", start_time="10:00", end_time="13:00"
    )
    factories.meeting(
        room=board_room, start="2030-05-05", end="2030-05-05", start_time="15:00", end_time="18:00"
    )
    set_meeting_status(meeting=morning, status="cancelled", by=None, note="no quorum")
    factories.meeting(
        room=board_room, start="2030-05-05", end="2030-05-05", start_time="10:00", end_time="12:00"
    )
    assert [h.status for h in morning.history.all()] == ["scheduled", "cancelled"]


def test_a_meeting_ending_before_it_starts_is_refused():
    with pytest.raises(InvalidInput, match=r"ends .* before it starts"):
        factories.meeting(start="2030-04-15", end="2030-04-14")


def test_a_timed_meeting_needs_a_time_zone():
    with pytest.raises(InvalidInput, match="needs a time zone"):
        factories.meeting(timezone="", start_time="10:00")


def test_documents_keep_a_status_per_language():
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting,
        title="Provisional agenda",
        kind="agenda",
        symbol="TEST/WG.4/2030/1",
        languages={"en": "available", "fr": "in_translation"},
        by=None,
    )
    assert {v.language: v.status for v in document.versions.all()} == {
        "en": "available",
        "fr": "in_translation",
    }
    with pytest.raises(InvalidInput, match="already exists"):
        issue_document(
            meeting=meeting, title="Again", kind="agenda", symbol="TEST/WG.4/2030/1", by=None
        )
    with pytest.raises(InvalidInput, match="unknown language status"):
        issue_document(
            meeting=meeting, title="Bad", kind="agenda", languages={"en": "ready"}, by=None
        )


def test_one_file_per_language(settings, tmp_path):
    from plenipo.meetings.services.meetings import attach_document_file  # noqa: PLC0415

    settings.MEDIA_ROOT = tmp_path
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting, title="Report", kind="report", languages={"fr": "in_translation"}, by=None
    )
    version = attach_document_file(
        document=document, language="fr", name="rapport.pdf", data=b"%PDF-1.4\n%%EOF\n", by=None
    )
    assert (version.status, version.file.name.endswith("rapport.pdf")) == ("available", True)
    with pytest.raises(InvalidInput, match="cannot go back to in translation"):
        attach_document_file(
            document=document,
            language="fr",
            name="projet.pdf",
            data=b"%PDF-1.4\n%%EOF\n",
            status="in_translation",
            by=None,
        )
    assert document.versions.get(language="fr").file.name.endswith("rapport.pdf")
    with pytest.raises(InvalidInput, match="not an accepted file"):
        attach_document_file(
            document=document,
            language="en",
            name="photo.png",
            data=b"\x89PNG\r\n\x1a\n0000",
            by=None,
        )
