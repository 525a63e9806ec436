"""Whether a meeting read from a letter may be one already recorded (pure, no database)."""

import datetime as dt

from plenipo.meetings.likeness import Recorded, Span, similar_titles, why_the_same

OCTOBER = Span(dt.date(2031, 10, 14), dt.date(2031, 10, 15))


def recorded(title="Fifth meeting", body="WG-TIP", first=(2031, 10, 15), last=(2031, 10, 16)):
    return Recorded(1, title, body, Span(dt.date(*first), dt.date(*last)))


def test_the_same_body_on_overlapping_days_may_be_the_same_meeting():
    why = why_the_same(title="Other", body="WG-TIP", span=OCTOBER, recorded=recorded())
    assert why == "the same body, on overlapping days"


def test_another_body_or_days_apart_are_not():
    assert not why_the_same(title="Other", body="WG-TA", span=OCTOBER, recorded=recorded())
    apart = recorded(first=(2031, 10, 17), last=(2031, 10, 18))
    assert not why_the_same(title="Other", body="WG-TIP", span=OCTOBER, recorded=apart)


def test_an_unknown_day_overlaps_nothing():
    unknown = Span(None, None)
    assert not why_the_same(title="Other", body="WG-TIP", span=unknown, recorded=recorded())


def test_a_very_similar_title_in_another_year_may_be_the_same_meeting():
    last_year = recorded(
        title="Annual Meeting of the Working Group, 2030", first=(2030, 10, 14), last=(2030, 10, 14)
    )
    why = why_the_same(
        title="Annual meeting of the Working Group 2031", body="", span=OCTOBER, recorded=last_year
    )
    assert why == "a very similar title, in 2030"


def test_a_similar_title_in_the_same_year_or_a_different_title_is_not():
    this_year = recorded(title="Annual meeting of the Working Group", body="COP")
    assert not why_the_same(
        title="Annual meeting of the Working Group", body="", span=OCTOBER, recorded=this_year
    )
    assert not similar_titles("Annual meeting of the Working Group", "Expert group on firearms")
    assert not similar_titles("", "")


def test_titles_alike_but_for_their_number_in_a_series_are_two_meetings():
    assert not similar_titles(
        "Fifth meeting of the Working Group", "First meeting of the Working Group"
    )
    assert not similar_titles("5th session of the Conference", "6th session of the Conference")
    assert similar_titles(
        "Fifth meeting of the Working Group", "fifth meeting of the working group."
    )
