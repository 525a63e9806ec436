"""The status a meeting shows once its days have passed. Pure."""

import datetime as dt

import pytest

from plenipo.core.partialdates import DateBounds
from plenipo.meetings.transitions import ShownStatus, shown_status

TODAY = dt.date(2026, 11, 25)
ENDED = DateBounds.exact(dt.date(2009, 4, 15))
ENDS_TODAY = DateBounds.exact(TODAY)
NEXT_YEAR = DateBounds.exact(dt.date(2027, 5, 20))


@pytest.mark.parametrize("stored", ["scheduled", "tentative"])
def test_a_meeting_whose_end_passed_shows_as_held_not_confirmed(stored):
    shown = shown_status(stored, ENDED, TODAY)
    assert shown == ShownStatus("held", confirmed=False)
    assert shown.label == "Held (not confirmed)"


def test_a_recorded_held_meeting_is_confirmed():
    assert shown_status("held", ENDED, TODAY) == ShownStatus("held", confirmed=True)
    assert shown_status("held", ENDED, TODAY).label == "Held"


@pytest.mark.parametrize("stored", ["cancelled", "postponed"])
def test_cancelled_and_postponed_meetings_keep_their_status(stored):
    assert shown_status(stored, ENDED, TODAY) == ShownStatus(stored)


def test_a_meeting_ending_today_or_later_shows_its_status():
    assert shown_status("scheduled", ENDS_TODAY, TODAY) == ShownStatus("scheduled")
    assert shown_status("tentative", NEXT_YEAR, TODAY).label == "Tentative"


def test_only_bounds_certainly_past_make_a_meeting_held():
    # "2026" may still run to 31 December: not certainly over.
    assert shown_status("scheduled", DateBounds.year(2026), TODAY).status == "scheduled"
    assert shown_status("scheduled", DateBounds.month(2026, 10), TODAY).status == "held"
    assert shown_status("scheduled", None, TODAY).status == "scheduled"
    assert shown_status("scheduled", DateBounds.between(None, "2030-01-01"), TODAY).confirmed
