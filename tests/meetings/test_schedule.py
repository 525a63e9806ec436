import datetime as dt

import pytest

from plenipo.meetings.schedule import (
    ScheduleError,
    Slot,
    check_times,
    local_datetime,
    same_city,
    zone,
    zone_of_city,
)

D, T = dt.date, dt.time


def test_local_new_york_morning_is_afternoon_utc():
    start = local_datetime(D(2017, 6, 29), T(10, 0), "America/New_York")
    assert start.isoformat() == "2017-06-29T10:00:00-04:00"
    assert start.astimezone(dt.UTC).hour == 14


def test_winter_time_in_vienna():
    assert local_datetime(D(2009, 1, 27), T(10), "Europe/Vienna").utcoffset() == dt.timedelta(
        hours=1
    )


def test_same_day_slots_overlap_only_when_times_do():
    morning = Slot(D(2017, 6, 29), D(2017, 6, 29), T(10), T(13))
    afternoon = Slot(D(2017, 6, 29), D(2017, 6, 29), T(15), T(18))
    late_morning = Slot(D(2017, 6, 29), D(2017, 6, 29), T(12), T(14))
    assert not morning.overlaps(afternoon)
    assert morning.overlaps(late_morning)


def test_a_slot_without_times_clashes_with_anything_that_day():
    assert Slot(D(2017, 6, 29), D(2017, 6, 29)).overlaps(
        Slot(D(2017, 6, 29), D(2017, 6, 29), T(15), T(18))
    )


def test_multi_day_slots():
    assert Slot(D(2009, 4, 14), D(2009, 4, 15)).overlaps(Slot(D(2009, 4, 15), D(2009, 4, 16)))
    assert not Slot(D(2009, 4, 14), D(2009, 4, 15)).overlaps(Slot(D(2009, 4, 16), D(2009, 4, 16)))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((D(2009, 4, 15), D(2009, 4, 14), None, None), r"ends .* before it starts"),
        ((D(2009, 4, 15), D(2009, 4, 15), T(12), T(10)), "ends at 10:00, not after"),
    ],
)
def test_check_times_refuses_meetings_ending_before_they_start(args, message):
    with pytest.raises(ScheduleError, match=message):
        check_times(*args)


@pytest.mark.parametrize(
    "name", ["", "Vienna", "europe/vienna", "../etc/passwd", "a\x00b", "localtime", "é" * 300]
)
def test_a_zone_must_be_one_zoneinfo_lists(name):
    # A 300-character name made ZoneInfo fail with an OSError ("File name too long").
    with pytest.raises(ScheduleError, match="unknown time zone"):
        zone(name)


def test_zones_zoneinfo_lists_are_taken():
    assert str(zone("Europe/Zurich")) == "Europe/Zurich"
    assert str(zone("UTC")) == "UTC"


@pytest.mark.parametrize(
    ("city", "expected"),
    [
        ("Vienna", "Europe/Vienna"),
        ("vienne", "Europe/Vienna"),  # CLDR's French name
        ("Nueva  York", "America/New_York"),  # CLDR's Spanish name, spaces as written
        ("Nairobi", "Africa/Nairobi"),
        ("Geneva", "Europe/Zurich"),  # no zone is named after it: the table of such cities
        ("Genève", "Europe/Zurich"),
        ("Strasbourg", "Europe/Paris"),
        ("Lyon", ""),  # in France, but not a city the bodies meet in: not guessed
        ("Springfield", ""),
        ("", ""),
    ],
)
def test_the_zone_named_after_a_city(city, expected):
    assert zone_of_city(city) == expected


@pytest.mark.parametrize(
    ("one", "other"),
    [
        ("Vienna", "Wien"),
        ("Vienne", "Viena"),
        ("Geneva", "Genf"),
        ("Genève", "Ginebra"),
        ("genève", "GENEVA"),
        ("New York", "Nueva York"),
        ("Strasbourg", "Straßburg"),
        ("Lyon", "lyon"),  # a city no zone names: as spelled, case aside
        ("Springfield", "Springfield"),
    ],
)
def test_names_of_one_city(one, other):
    assert same_city(one, other)
    assert same_city(other, one)


@pytest.mark.parametrize(
    ("one", "other"), [("Vienna", "Geneva"), ("Wien", "Genf"), ("Lyon", "Lion"), ("Vienna", "")]
)
def test_names_of_two_cities(one, other):
    assert not same_city(one, other)
