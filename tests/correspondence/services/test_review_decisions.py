"""Deciding on the items of a received letter: correcting them before accepting, a time kept
where its zone is known, and undoing a decision (reopening the item)."""

import datetime as dt

import pytest

from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import IncomingLetter, Task
from plenipo.correspondence.services import incoming, letter_venues, reopen
from plenipo.meetings.models import AgendaItem, Meeting
from plenipo.meetings.spec import implied_meeting_kind
from tests.factories import meetings as meeting_factories

pytestmark = pytest.mark.django_db


def _letter(where="Room 42, Lyon", name="note.txt"):
    text = (
        "Lyon, 2 June 2031\n\nThe Secretariat presents its compliments to the Permanent "
        "Missions and has the honour to inform them that the fifth meeting of the Working "
        f"Group will be held at 10:00 on 14 October 2031 in {where}.\n\n"
        "Replies to the questionnaire are requested by 1 July 2031 at 17:00.\n\n"
        "Enclosed: the provisional agenda of 1 June 2031.\n\n"
        "The Secretariat avails itself of this opportunity to renew the assurances of its "
        "highest consideration.\n"
    )
    return incoming.receive(name=name, data=text.encode(), by=None, again=True)


def _decided_log(letter):
    return ActivityLog.objects.filter(
        action_type="correspondence.incoming.decided", object_id=str(letter.pk)
    ).get()


def test_a_corrected_meeting_is_recorded_as_corrected_and_the_decision_says_what_was_read():
    letter = _letter()
    corrections = {
        "title": "Fifth meeting of the Working Group on Trafficking in Persons",
        "start": dt.date(2031, 10, 15),
        "city": "New York",
        "room": "",
        "status": "tentative",
    }
    meeting = incoming.accept(
        letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"), corrections=corrections
    )
    assert meeting.title == "Fifth meeting of the Working Group on Trafficking in Persons"
    assert (meeting.start.day, meeting.end.day) == (dt.date(2031, 10, 15), dt.date(2031, 10, 15))
    assert (meeting.city, meeting.venue, meeting.status) == ("New York", "", "tentative")
    # New York's venue is in the registry: the time is kept in its zone
    assert (meeting.start_time, meeting.timezone) == (dt.time(10, 0), "America/New_York")
    decision = letter.decisions["meetings/0"]
    assert decision["corrected"]["title"] == {
        "read": "fifth meeting of the Working Group",
        "given": "Fifth meeting of the Working Group on Trafficking in Persons",
    }
    assert decision["corrected"]["start"] == {"read": "2031-10-14", "given": "2031-10-15"}
    assert decision["corrected"]["room"] == {"read": "Room 42", "given": None}
    assert set(decision["corrected"]) == {"title", "start", "city", "room", "status"}
    assert _decided_log(letter).data["corrected"] == decision["corrected"]


def test_a_value_given_as_read_is_no_correction():
    letter = _letter()
    incoming.accept(
        letter=letter,
        item="meetings/0",
        by=None,
        body=get_body("WG-TIP"),
        corrections={
            "title": "fifth  meeting of the Working Group",
            "start": "2031-10-14",
            "city": "Lyon",
        },
    )
    assert "corrected" not in letter.decisions["meetings/0"]


def test_a_corrected_deadline_makes_the_corrected_task():
    letter = _letter()
    task = incoming.accept(
        letter=letter,
        item="deadlines/0",
        by=None,
        corrections={"what": "Reply to the questionnaire", "due": "2031-07-04", "time": ""},
    )
    assert (task.what, task.due_on, task.due_time) == (
        "Reply to the questionnaire",
        dt.date(2031, 7, 4),
        "",
    )
    assert letter.decisions["deadlines/0"]["corrected"]["time"] == {"read": "17:00", "given": None}


def test_an_accepted_deadline_is_added_as_any_task_is_and_its_entry_names_the_letter(
    secretariat_officer,
):
    letter = _letter()
    task = incoming.accept(letter=letter, item="deadlines/0", by=secretariat_officer)
    assert task.from_letter == letter
    added = ActivityLog.objects.get(action_type="correspondence.task.added")
    assert (added.object_id, added.actor, added.data) == (
        str(task.pk),
        secretariat_officer,
        {"due_on": "2031-07-01", "letter": letter.pk},
    )


def _read_time(letter, time):
    """The letter as if the reader had given its deadline this time."""
    letter.reading["deadlines"][0]["time"] = time
    letter.save(update_fields=["reading"])
    return letter


@pytest.mark.parametrize(
    ("letter_of", "corrections", "refusal"),
    [
        (
            _letter,
            {"what": "x" * 2001},
            "the task is 2001 characters long (at most 2000)",
        ),
        (
            lambda: _read_time(_letter(), "9h"),
            None,
            "the time due '9h' is not a time of day: give HH:MM, e.g. 17:00",
        ),
        (
            lambda: _read_time(_letter(), "25:00"),
            None,
            "the time due '25:00' is not a time of day: give HH:MM, e.g. 17:00",
        ),
    ],
)
def test_a_deadline_the_task_service_refuses_leaves_no_task_and_no_decision(
    letter_of, corrections, refusal
):
    letter = letter_of()
    with pytest.raises(InvalidInput) as refused:
        incoming.accept(letter=letter, item="deadlines/0", by=None, corrections=corrections)
    assert str(refused.value) == refusal
    assert not Task.objects.exists()
    assert IncomingLetter.objects.get(pk=letter.pk).decisions == {}
    assert not ActivityLog.objects.filter(
        action_type__in=["correspondence.task.added", "correspondence.incoming.decided"]
    ).exists()


@pytest.mark.parametrize(
    ("corrections", "message"),
    [
        ({"start": "2031-02-30"}, "the start day: "),
        ({"end": "2031-10-01"}, r"ends \(2031-10-01\) before it starts \(2031-10-14\)"),
        ({"title": " "}, "the title cannot be left empty"),
        ({"start_time": "25:00"}, "malformed time"),
        ({"what": "x"}, "meetings items have no 'what' to correct"),
    ],
)
def test_a_bad_correction_is_refused_with_its_reason_and_nothing_is_made(corrections, message):
    letter = _letter()
    before = Meeting.objects.count()
    with pytest.raises(InvalidInput, match=message):
        incoming.accept(
            letter=letter,
            item="meetings/0",
            by=None,
            body=get_body("WG-TIP"),
            corrections=corrections,
        )
    assert Meeting.objects.count() == before
    letter.refresh_from_db()
    assert letter.decisions == {}


def test_a_time_is_kept_in_the_zone_the_officer_gives_where_the_registry_knows_none():
    unknown = _letter()
    dropped = incoming.accept(letter=unknown, item="meetings/0", by=None, body=get_body("WG-TIP"))
    assert (dropped.start_time, dropped.timezone) == (None, "")
    assert unknown.decisions["meetings/0"]["note"].startswith(
        "time 10:00 not recorded: the time zone of Lyon is not known"
    )
    given = _letter(name="again.txt")
    kept = incoming.accept(
        letter=given,
        item="meetings/0",
        by=None,
        body=get_body("WG-TIP"),
        corrections={"start": "2031-10-21"},  # not the meeting recorded above
        timezone="Europe/Zurich",
    )
    assert (kept.start_time, kept.timezone) == (dt.time(10, 0), "Europe/Zurich")
    assert "note" not in given.decisions["meetings/0"]


def test_a_time_is_kept_where_the_city_is_a_registered_venues():
    letter = _letter("Conference Room 7, New York")
    assert (
        letter_venues.known_time_zone(incoming.reading_of(letter).meetings[0]) == "America/New_York"
    )
    meeting = incoming.accept(letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"))
    assert (meeting.start_time, meeting.timezone, meeting.venue) == (
        dt.time(10, 0),
        "America/New_York",
        "Conference Room 7",
    )


def test_a_time_is_kept_in_the_zone_named_after_the_city_where_no_venue_is_recorded():
    letter = _letter("Room 3, Vienna")
    assert letter_venues.known_time_zone(incoming.reading_of(letter).meetings[0]) == "Europe/Vienna"
    meeting = incoming.accept(letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"))
    assert (meeting.start_time, meeting.timezone) == (dt.time(10, 0), "Europe/Vienna")


def _reopened_log(letter):
    return ActivityLog.objects.filter(
        action_type="correspondence.incoming.reopened", object_id=str(letter.pk)
    ).get()


def test_a_rejection_is_undone_and_the_item_decided_again():
    letter = _letter()
    incoming.reject(letter=letter, kind="deadlines", index=0, by=None)
    undone = reopen.reopen(letter=letter, item="deadlines/0", by=None)
    assert undone == {"undone": {"status": "rejected"}, "removed": ""}
    letter.refresh_from_db()
    assert letter.decisions == {}
    assert _reopened_log(letter).data == {
        "item": "deadlines/0",
        "status": "undecided",
        "undone": {"status": "rejected"},
    }
    incoming.accept(letter=letter, item="deadlines/0", by=None)
    assert letter.decisions["deadlines/0"]["status"] == "task"


def test_undoing_a_created_meeting_removes_it_and_says_so_in_the_audit():
    letter = _letter()
    meeting = incoming.accept(letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"))
    undone = reopen.reopen(letter=letter, item="meetings/0", by=None)
    assert undone["removed"] == "meeting “fifth meeting of the Working Group”"
    assert not Meeting.objects.filter(pk=meeting.pk).exists()
    assert "meetings/0" not in IncomingLetter.objects.get(pk=letter.pk).decisions
    assert _reopened_log(letter).data["removed"] == "meeting “fifth meeting of the Working Group”"
    removed = ActivityLog.objects.get(action_type="meetings.meeting.removed")
    assert removed.object_id == str(meeting.pk)


def test_a_created_meeting_something_refers_to_is_not_removed_and_the_decision_stays():
    letter = _letter()
    meeting = incoming.accept(letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"))
    AgendaItem.objects.create(meeting=meeting, number="1", title="Opening", position=0)
    with pytest.raises(
        InvalidInput, match="meeting “fifth meeting of the Working Group” is not removed: agenda"
    ):
        reopen.reopen(letter=letter, item="meetings/0", by=None)
    assert Meeting.objects.filter(pk=meeting.pk).exists()
    letter.refresh_from_db()
    assert letter.decisions["meetings/0"]["status"] == "created"
    assert not ActivityLog.objects.filter(action_type="correspondence.incoming.reopened").exists()


def test_a_created_meeting_another_letter_is_linked_to_is_not_removed():
    first = _letter("Conference Room 7, New York")
    meeting = incoming.accept(letter=first, item="meetings/0", by=None, body=get_body("WG-TIP"))
    second = _letter("Conference Room 7, New York", name="second.txt")
    assert incoming.accept(letter=second, item="meetings/0", by=None) == meeting
    with pytest.raises(InvalidInput, match=f"received letter {second.pk} is linked to it"):
        reopen.reopen(letter=first, item="meetings/0", by=None)
    # undoing the link leaves the meeting that existed before it
    assert reopen.reopen(letter=second, item="meetings/0", by=None)["removed"] == ""
    assert Meeting.objects.filter(pk=meeting.pk).exists()


def test_undoing_a_task_removes_it_unless_it_is_done():
    letter = _letter()
    task = incoming.accept(letter=letter, item="deadlines/0", by=None)
    Task.objects.filter(pk=task.pk).update(done=True)
    with pytest.raises(InvalidInput, match="is not removed: it is already done"):
        reopen.reopen(letter=letter, item="deadlines/0", by=None)
    Task.objects.filter(pk=task.pk).update(done=False)
    undone = reopen.reopen(letter=letter, item="deadlines/0", by=None)
    assert undone["removed"] == "task “Replies to the questionnaire are requested”"
    assert not Task.objects.filter(pk=task.pk).exists()


def test_undoing_an_enclosure_removes_its_letter_unless_items_of_it_are_decided():
    letter = _letter()
    enclosure = incoming.accept(letter=letter, item="enclosures/0", by=None)
    enclosure.decisions = {"meetings/0": {"status": "rejected"}}
    enclosure.save()
    with pytest.raises(InvalidInput, match="items of it are decided; undo those first"):
        reopen.reopen(letter=letter, item="enclosures/0", by=None)
    IncomingLetter.objects.filter(pk=enclosure.pk).update(decisions={})
    undone = reopen.reopen(letter=letter, item="enclosures/0", by=None)
    assert undone["removed"].startswith(f"received letter {enclosure.pk} (“the provisional")
    assert not IncomingLetter.objects.filter(pk=enclosure.pk).exists()


def test_an_undecided_item_has_nothing_to_undo():
    letter = _letter()
    with pytest.raises(InvalidInput, match="the item is not decided: there is nothing to undo"):
        reopen.reopen(letter=letter, item="meetings/0", by=None)


def test_every_decision_is_undone_only_to_undecided():
    from plenipo.correspondence.transitions import INCOMING_ITEM, UNDECIDED  # noqa: PLC0415

    decided = [status for status in INCOMING_ITEM.statuses if status != UNDECIDED]
    assert all(INCOMING_ITEM.allowed[status] == {UNDECIDED} for status in decided)
    assert INCOMING_ITEM.refusal("task", "rejected") == "the item is already decided (made a task)"


@pytest.mark.parametrize(
    ("title", "body_kind", "kind"),
    [
        ("fifth meeting of the Working Group", "working_group", "working_group"),
        ("an informal consultation", "assembly", "informal"),
        ("the High-level meeting", "assembly", "high_level"),
        ("intersessional meeting", "working_group", "intersessional"),
        ("fifth meeting", "assembly", ""),  # an assembly holds meetings of every kind
        ("fifth meeting", "conference_of_parties", ""),
        ("informal hearing", "working_group", ""),  # the title names two kinds
    ],
)
def test_a_meeting_kind_is_implied_only_by_the_title_or_a_working_group(title, body_kind, kind):
    assert implied_meeting_kind(title, body_kind) == kind


def test_a_meeting_of_a_working_group_is_recorded_as_a_working_group_meeting():
    letter = _letter()
    meeting = incoming.accept(letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"))
    assert meeting.kind == "working_group"
    assert "corrected" not in letter.decisions["meetings/0"]


def test_a_meeting_whose_kind_nothing_says_is_refused_until_the_officer_chooses_it():
    letter = _letter()
    conference = get_body("COP-UNTOC")
    with pytest.raises(InvalidInput) as refused:
        incoming.accept(letter=letter, item="meetings/0", by=None, body=conference)
    assert str(refused.value) == (
        "neither the letter nor the body (COP-UNTOC, conference of the parties) says what kind "
        "of meeting this is: choose its kind (formal_session, working_group, intersessional, "
        "informal, hearing, high_level)"
    )
    assert not Meeting.objects.filter(body=conference, title__icontains="fifth meeting").exists()
    assert IncomingLetter.objects.get(pk=letter.pk).decisions == {}
    meeting = incoming.accept(
        letter=letter,
        item="meetings/0",
        by=None,
        body=conference,
        corrections={"kind": "formal_session"},
    )
    assert meeting.kind == "formal_session"
    assert letter.decisions["meetings/0"]["corrected"] == {
        "kind": {"read": None, "given": "formal_session"}
    }


def test_the_officers_kind_wins_over_the_implied_one_and_an_unknown_kind_is_refused():
    letter = _letter()
    with pytest.raises(InvalidInput, match="unknown meeting kind 'plenary' \\(known: formal_"):
        incoming.accept(
            letter=letter,
            item="meetings/0",
            by=None,
            body=get_body("WG-TIP"),
            corrections={"kind": "plenary"},
        )
    meeting = incoming.accept(
        letter=letter,
        item="meetings/0",
        by=None,
        body=get_body("WG-TIP"),
        corrections={"kind": "intersessional"},
    )
    assert meeting.kind == "intersessional"
    assert letter.decisions["meetings/0"]["corrected"]["kind"] == {
        "read": "working_group",
        "given": "intersessional",
    }


def test_a_room_named_like_one_recorded_in_another_city_is_not_that_room():
    # Conference Room 3 is recorded at United Nations Headquarters, New York.
    letter = _letter("Conference Room 3, Vienna")
    read = incoming.reading_of(letter).meetings[0]
    assert letter_venues.recorded_room(read.room) is not None  # by its name alone
    assert letter_venues.recorded_room(read.room, read.city) is None
    assert letter_venues.known_time_zone(read) == "Europe/Vienna"
    meeting = incoming.accept(letter=letter, item="meetings/0", by=None, body=get_body("WG-TIP"))
    assert (meeting.city, meeting.room, meeting.timezone) == ("Vienna", None, "Europe/Vienna")


@pytest.mark.parametrize("city", ["Wien", "Vienne", "Viena", "Vienna"])
def test_a_recorded_room_is_found_whatever_language_names_its_city(city):
    room = meeting_factories.room()  # Board Room B, Test Centre, recorded in "Vienna"
    letter = _letter(f"Board Room B, {city}")
    read = incoming.reading_of(letter).meetings[0]
    assert read.city == city
    assert letter_venues.recorded_room(read.room, read.city) == room
    assert letter_venues.known_time_zone(read) == "Europe/Vienna"
    assert letter_venues.recorded_room(read.room, "Genf") is None


def test_a_room_in_new_york_is_found_from_a_spanish_letter():
    letter = _letter("Conference Room 3, Nueva York")
    read = incoming.reading_of(letter).meetings[0]
    found = letter_venues.recorded_room(read.room, read.city)
    assert found is not None
    assert found.venue.city == "New York"
