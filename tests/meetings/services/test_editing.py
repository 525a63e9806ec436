import re

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.meetings.models import Meeting, Room
from plenipo.meetings.services.editing import update_meeting
from plenipo.meetings.services.meetings import (
    add_agenda_item,
    copy_meeting,
    edit_agenda_item,
    issue_document,
    move_agenda_item,
)
from plenipo.meetings.services.venues import define_room
from plenipo.meetings.spec import MeetingSpec
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db


def second_room(first=None):
    venue = (first or factories.room()).venue
    return Room.objects.filter(venue=venue, code="M3").first() or define_room(
        venue=venue, code="M3", name="Conference Room M3", source=SourceFactory(), by=None
    )


def test_a_meeting_in_two_rooms_books_both():
    room = factories.room()
    factories.meeting(
        room=room, second_room=second_room(room), start="2031-02-03", end="2031-02-03"
    )
    with pytest.raises(InvalidInput, match="Conference Room M3 is already booked"):
        factories.meeting(room=second_room(), start="2031-02-03", end="2031-02-03")


def test_a_second_room_must_be_at_the_first_rooms_venue():
    with pytest.raises(InvalidInput, match="a second room needs a first room"):
        factories.meeting(second_room=second_room())
    room = factories.room()
    with pytest.raises(InvalidInput, match="the second room is the first room again"):
        factories.meeting(room=room, second_room=room)


def test_update_changes_the_fields_and_leaves_one_audit_entry(secretariat_officer):
    meeting = factories.meeting()
    update_meeting(
        meeting,
        {"title": "Renamed meeting", "end": "2030-04-16", "languages": ("en", "fr")},
        by=secretariat_officer,
    )
    meeting = Meeting.objects.get(pk=meeting.pk)
    assert (meeting.title, str(meeting.end), meeting.languages) == (
        "Renamed meeting",
        "2030-04-16",
        ["en", "fr"],
    )
    entry = ActivityLog.objects.get(action_type="meetings.meeting.updated", object_id=meeting.pk)
    assert entry.data["changed"] == ["end", "languages", "title"]
    assert entry.actor == secretariat_officer


def test_update_refuses_what_recording_refuses_and_writes_nothing():
    meeting = factories.meeting()
    with pytest.raises(InvalidInput, match=r"ends .* before it starts"):
        update_meeting(meeting, {"title": "Changed", "end": "2030-04-01"}, by=None)
    assert Meeting.objects.get(pk=meeting.pk).title == meeting.title
    with pytest.raises(InvalidInput, match="no such meeting field"):
        update_meeting(meeting, {"colour": "blue"}, by=None)


def test_update_moves_the_status_only_as_the_table_allows():
    meeting = factories.meeting(status="held", start="2010-01-05", end="2010-01-05")
    with pytest.raises(InvalidInput, match="a held meeting cannot be cancelled"):
        update_meeting(meeting, {"status": "cancelled", "title": "Other"}, by=None)
    assert Meeting.objects.get(pk=meeting.pk).title != "Other"
    scheduled = factories.meeting()
    update_meeting(scheduled, {"status": "postponed"}, by=None)
    assert Meeting.objects.get(pk=scheduled.pk).status == "postponed"
    assert scheduled.history.last().status == "postponed"


def test_update_keeps_languages_its_documents_use():
    meeting = factories.meeting()
    issue_document(
        meeting=meeting, title="Agenda", kind="agenda", languages={"fr": "available"}, by=None
    )
    with pytest.raises(InvalidInput, match="documents have versions in fr"):
        update_meeting(meeting, {"languages": ("en",)}, by=None)


def test_update_refuses_a_room_taken_by_another_meeting():
    room = factories.room()
    factories.meeting(room=room, start="2032-03-03", end="2032-03-03")
    meeting = factories.meeting(start="2032-03-03", end="2032-03-03")
    with pytest.raises(InvalidInput, match="already booked"):
        update_meeting(meeting, {"room": room}, by=None)
    update_meeting(meeting, {"room": room, "start": "2032-03-10", "end": "2032-03-10"}, by=None)
    assert Meeting.objects.get(pk=meeting.pk).timezone == "Europe/Vienna"


def test_copy_takes_the_agenda_not_the_dates_registrations_or_documents():
    previous = factories.meeting(room=factories.room(), start="2033-01-10", end="2033-01-10")
    for number, title in [("1", "Opening"), ("2", "Adoption of the agenda")]:
        add_agenda_item(meeting=previous, number=number, title=title, by=None)
    issue_document(meeting=previous, title="Report", kind="report", by=None)
    factories.delegation(previous)
    spec = MeetingSpec(
        body=previous.body,
        title="Next session",
        kind=previous.kind,
        status="tentative",
        start="2034-01-09",
        end="2034-01-10",
        room=previous.room,
        source=SourceFactory(),
    )
    copy = copy_meeting(previous, spec, by=None)
    assert [(i.number, i.title) for i in copy.agenda.all()] == [
        ("1", "Opening"),
        ("2", "Adoption of the agenda"),
    ]
    assert (copy.documents.count(), copy.delegations.count()) == (0, 0)
    assert str(copy.start) == "2034-01-09"


def test_agenda_items_are_edited_and_reordered():
    meeting = factories.meeting()
    first = add_agenda_item(meeting=meeting, number="1", title="Opening", by=None)
    second = add_agenda_item(meeting=meeting, number="2", title="Elections", by=None)
    move_agenda_item(second, offset=-1, by=None)
    assert [i.number for i in meeting.agenda.order_by("position")] == ["2", "1"]
    with pytest.raises(InvalidInput, match="cannot move further"):
        move_agenda_item(second, offset=-1, by=None)
    with pytest.raises(InvalidInput, match=r"agenda item 2 .* already exists"):
        edit_agenda_item(first, number="2", title="Opening", by=None)
    edit_agenda_item(first, number="1", title="Opening of the meeting", by=None)
    assert meeting.agenda.get(number="1").title == "Opening of the meeting"


@pytest.mark.parametrize(
    ("number", "title", "message"),
    [
        ("1" * 11, "Opening", "the agenda item's number is 11 characters long (at most 10)"),
        ("1", "T" * 401, "the agenda item's title is 401 characters long (at most 400)"),
        ("1\x00", "Opening", "the agenda item's number is not plain text"),
        ("  ", "Opening", "needs a number and a title"),
    ],
)
def test_an_agenda_item_that_would_not_fit_is_refused_on_add_and_on_edit(number, title, message):
    meeting = factories.meeting()
    with pytest.raises(InvalidInput, match=re.escape(message)):
        add_agenda_item(meeting=meeting, number=number, title=title, by=None)
    item = add_agenda_item(meeting=meeting, number="1", title="Opening", by=None)
    with pytest.raises(InvalidInput, match=re.escape(message)):
        edit_agenda_item(item, number=number, title=title, by=None)
    item.refresh_from_db()
    assert (item.number, item.title, meeting.agenda.count()) == ("1", "Opening", 1)
