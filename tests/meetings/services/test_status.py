"""Every status field of the meetings app moves only as its table allows (the cases come
from the tables themselves, so a new status is covered as soon as it has a row)."""

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.meetings.models import (
    Delegation,
    DocumentVersion,
    LanguageStatus,
    MeetingStatus,
    RegistrationStatus,
)
from plenipo.meetings.services.meetings import issue_document
from plenipo.meetings.services.status import set_status
from plenipo.meetings.transitions import LANGUAGE_VERSION, MEETING, REGISTRATION
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


def _allowed(machine):
    return [(a, b) for a in machine.statuses for b in sorted(machine.allowed[a])]


def _refused_and_unchanged(obj, new, machine, current):
    logged = ActivityLog.objects.count()
    with pytest.raises(InvalidInput) as refused:
        set_status(obj, new, by=None)
    assert str(refused.value) == f"{obj}: {machine.refusal(current, new)}"
    assert obj.status == current
    obj.refresh_from_db()
    assert obj.status == current
    assert ActivityLog.objects.count() == logged


def _moved_and_logged(obj, new, current, event):
    set_status(obj, new, by=None, note="test")
    obj.refresh_from_db()
    assert obj.status == new
    entry = ActivityLog.objects.filter(action_type=event, object_id=str(obj.pk)).last()
    assert entry.data == {"from": current, "to": new, "note": "test"}


def test_the_tables_cover_every_status_of_the_models():
    assert set(MEETING.statuses) == set(MeetingStatus.values)
    assert set(REGISTRATION.statuses) == set(RegistrationStatus.values)
    assert set(LANGUAGE_VERSION.statuses) == set(LanguageStatus.values)


@pytest.mark.parametrize(("current", "new"), MEETING.refused())
def test_a_meeting_refuses_what_its_table_refuses(current, new):
    meeting = factories.meeting(status=current)
    _refused_and_unchanged(meeting, new, MEETING, current)
    assert [h.status for h in meeting.history.all()] == [current]


@pytest.mark.parametrize(("current", "new"), _allowed(MEETING))
def test_a_meeting_moves_as_its_table_allows_keeping_its_history(current, new):
    meeting = factories.meeting(status=current)
    _moved_and_logged(meeting, new, current, "meetings.meeting.status_changed")
    assert [(h.status, h.note) for h in meeting.history.all()] == [
        (current, "recorded"),
        (new, "test"),
    ]


def test_what_happened_stays_what_happened():
    held = factories.meeting(status="held")
    with pytest.raises(InvalidInput, match="a held meeting cannot go back to scheduled"):
        set_status(held, "scheduled", by=None)
    cancelled = factories.meeting(status="cancelled")
    with pytest.raises(InvalidInput, match="a cancelled meeting cannot be held"):
        set_status(cancelled, "held", by=None)


def test_a_meeting_taken_up_again_needs_its_room_free():
    board_room = factories.room()
    slot = {"start": "2030-05-05", "end": "2030-05-05", "start_time": "10:00"}
    cancelled = factories.meeting(room=board_room, status="cancelled", end_time="12:00", **slot)
    factories.meeting(room=board_room, end_time="13:00", **slot)
    with pytest.raises(InvalidInput, match="Board Room B is already booked"):
        set_status(cancelled, "scheduled", by=None)
    cancelled.refresh_from_db()
    assert cancelled.status == "cancelled"


def _delegation(status):
    delegation = factories.delegation(factories.meeting())
    Delegation.objects.filter(pk=delegation.pk).update(status=status)
    delegation.refresh_from_db()
    return delegation


@pytest.mark.parametrize(("current", "new"), REGISTRATION.refused())
def test_a_registration_refuses_what_its_table_refuses(current, new):
    _refused_and_unchanged(_delegation(current), new, REGISTRATION, current)


@pytest.mark.parametrize(("current", "new"), _allowed(REGISTRATION))
def test_a_registration_moves_as_its_table_allows(current, new):
    _moved_and_logged(_delegation(current), new, current, "meetings.delegation.status_changed")


def _version(status):
    document = issue_document(
        meeting=factories.meeting(),
        title="Agenda",
        kind="agenda",
        languages={"en": status},
        by=None,
    )
    return DocumentVersion.objects.get(document=document, language="en")


@pytest.mark.parametrize(("current", "new"), LANGUAGE_VERSION.refused())
def test_a_language_version_refuses_what_its_table_refuses(current, new):
    _refused_and_unchanged(_version(current), new, LANGUAGE_VERSION, current)


@pytest.mark.parametrize(("current", "new"), _allowed(LANGUAGE_VERSION))
def test_a_language_version_moves_as_its_table_allows(current, new):
    _moved_and_logged(_version(current), new, current, "meetings.document.status_changed")


def test_a_cancelled_meeting_is_recorded_without_booking_its_room():
    board_room = factories.room()
    slot = {"start": "2030-05-05", "end": "2030-05-05", "start_time": "10:00", "end_time": "12:00"}
    factories.meeting(room=board_room, **slot)
    cancelled = factories.meeting(room=board_room, status="cancelled", **slot)
    assert cancelled.room == board_room
    with pytest.raises(InvalidInput, match="Board Room B is already booked"):
        factories.meeting(room=board_room, status="tentative", **slot)
