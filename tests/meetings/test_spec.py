import datetime as dt
from types import SimpleNamespace

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds
from plenipo.meetings.models import LimitPolicy, MeetingKind
from plenipo.meetings.spec import LIMIT_POLICIES, MAX_QUOTA, MEETING_KINDS, MeetingSpec

BODY = SimpleNamespace(pk=1, parent_id=None, code="WG-TIP")
VIENNA = SimpleNamespace(venue=SimpleNamespace(timezone="Europe/Vienna", city="Vienna", name="VIC"))


def spec(**extra):
    values = {
        "body": BODY,
        "title": "Working group",
        "kind": "working_group",
        "status": "scheduled",
        "start": "2030-04-14",
        "source": None,
    }
    return MeetingSpec(**{**values, **extra})


def test_the_spec_knows_the_kinds_and_policies_of_the_model():
    assert tuple(MeetingKind.values) == MEETING_KINDS
    assert tuple(LimitPolicy.values) == LIMIT_POLICIES


def test_a_spec_settles_its_values_on_construction():
    meeting = spec(end="2030-04-15", start_time="10:00", room=VIENNA, languages=["en", "fr"])
    assert (meeting.start, meeting.end) == (
        DateBounds.parse("2030-04-14"),
        DateBounds.parse("2030-04-15"),
    )
    assert (meeting.start_time, meeting.timezone, meeting.city, meeting.venue) == (
        dt.time(10, 0),
        "Europe/Vienna",
        "Vienna",
        "VIC",
    )
    assert meeting.languages == ("en", "fr")
    assert spec().end == spec().start
    assert spec().languages == ("en",)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"kind": "party"}, r"^unknown meeting kind 'party' \(known: formal_session, "),
        ({"status": "over"}, r"^unknown meeting status 'over' \(known: scheduled, "),
        ({"start": "14 April"}, r"^Working group: "),
        ({"end": "2030-04-13"}, r"^Working group: the meeting ends \(2030-04-13\) before"),
        ({"start_time": "10h"}, r"^Working group: malformed time '10h': expected HH:MM$"),
        ({"timezone": "Vienna"}, r"^Working group: unknown time zone 'Vienna'"),
        ({"start_time": "10:00"}, r"needs a time zone \(or a room\)$"),
        ({"languages": ["de"]}, r"^Working group: unknown language\(s\) \['de'\]$"),
        ({"limit_policy": "ignore"}, r"^Working group: unknown limit policy 'ignore'"),
        (
            {"session": SimpleNamespace(body_id=7)},
            r"is not a session of WG-TIP or its parent$",
        ),
    ],
)
def test_a_bad_spec_is_refused_in_one_line(extra, message):
    with pytest.raises(InvalidInput, match=message) as refused:
        spec(**extra)
    assert "\n" not in str(refused.value)


def test_a_default_quota_past_any_delegation_is_refused():
    with pytest.raises(InvalidInput, match="default quota is a number of seats from 1 to 10,000"):
        spec(default_quota=MAX_QUOTA + 1)


def test_a_registration_deadline_after_the_start_is_refused():
    with pytest.raises(InvalidInput) as refusal:
        spec(registration_deadline=dt.date(2030, 4, 15))
    assert str(refusal.value) == (
        "Working group: the registration deadline 2030-04-15 is after the meeting's start "
        "(2030-04-14)"
    )
    assert spec(registration_deadline=dt.date(2030, 4, 14)).registration_deadline
    # "April 2030" may start on the 30th: a deadline within it is not certainly late.
    assert spec(start="2030-04", registration_deadline=dt.date(2030, 4, 20))


def test_a_room_in_another_city_than_the_meeting_is_refused_naming_both():
    new_york = SimpleNamespace(
        name="Conference Room 3",
        venue=SimpleNamespace(
            timezone="America/New_York", city="New York", name="United Nations Headquarters"
        ),
    )
    with pytest.raises(InvalidInput, match="Conference Room 3 is at United Nations Headquarters"):
        spec(room=new_york, city="Vienna")
    with pytest.raises(InvalidInput, match="in New York, not in Vienna, the meeting's city"):
        spec(room=new_york, city="Vienna")
    assert spec(room=new_york, city=" new york").city == " new york"
    assert spec(room=new_york).city == "New York"
