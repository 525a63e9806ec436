"""A letter "to all permanent missions" goes to the missions of the states that were members
or observers on the letter's date, read in a number of queries that does not grow."""

import datetime as dt

import pytest

from plenipo.correspondence.recipients import permanent_missions

pytestmark = pytest.mark.django_db


def keys(place, day):
    return {r.key for r in permanent_missions(place, day)}


def test_a_state_admitted_later_had_no_mission_before():
    assert "SSD" not in keys("UN-NY", dt.date(2009, 4, 1))  # admitted 14 July 2011
    assert "SSD" in keys("UN-NY", dt.date(2012, 1, 2))


def test_observers_keep_their_missions_across_a_change_of_status():
    for day in (dt.date(2009, 4, 1), dt.date(2015, 6, 15)):
        assert {"VAT", "PSE"} <= keys("UN-NY", day)


def test_every_member_on_a_day_is_listed_once():
    recipients = permanent_missions("UN-NY", dt.date(2015, 6, 15))
    assert len(recipients) == len({r.key for r in recipients}) == 193 + 2


def test_query_count_does_not_grow_with_the_missions(django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        permanent_missions("UN-NY", dt.date(2015, 6, 15))
