import datetime as dt

import pytest

from plenipo.core.partialdates import DateBounds, DateError, Precision, parse_iso_day, span_covers

D = dt.date


def test_parse_exact_day():
    bounds = DateBounds.parse("2008-04-14")
    assert (bounds.not_before, bounds.not_after, bounds.is_exact) == (
        D(2008, 4, 14),
        D(2008, 4, 14),
        True,
    )


def test_parse_month_spans_the_whole_month():
    bounds = DateBounds.parse("2016-02")
    assert (bounds.not_before, bounds.not_after, bounds.precision) == (
        D(2016, 2, 1),
        D(2016, 2, 29),
        Precision.MONTH,
    )


def test_parse_year_from_int():
    assert DateBounds.parse(2012) == DateBounds(D(2012, 1, 1), D(2012, 12, 31), Precision.YEAR)


def test_parse_bounds_whose_sides_are_partial():
    bounds = DateBounds.parse({"not_before": "2007-03", "not_after": 2012})
    assert (bounds.not_before, bounds.not_after) == (D(2007, 3, 1), D(2012, 12, 31))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("2015-13-01", "impossible date"),
        ("2015-02-30", "impossible date"),
        ("15/06/2015", "malformed date"),
        ("2015-13", "impossible month"),
        ({"when": "2015"}, "unknown date keys"),
        ({"not_before": "2016-01-01", "not_after": "2015-01-01"}, "contradictory bounds"),
    ],
)
def test_parse_refuses_bad_dates_naming_the_problem(text, message):
    with pytest.raises(DateError, match=message):
        DateBounds.parse(text)


def test_certainly_and_possibly_by():
    may_2021 = DateBounds.parse("2021-05")
    assert may_2021.certainly_by(D(2021, 5, 31))
    assert not may_2021.certainly_by(D(2021, 5, 30))
    assert may_2021.possibly_by(D(2021, 5, 1))
    assert not may_2021.possibly_by(D(2021, 4, 30))


def test_narrowed_intersects_and_becomes_exact():
    assert DateBounds.parse("2021-05").narrowed(not_after=D(2021, 5, 1)).is_exact


def test_narrowed_refuses_an_empty_result():
    with pytest.raises(DateError):
        DateBounds.parse("2021-05").narrowed(not_before=D(2021, 6, 1))


def test_span_covers_with_exclusive_end():
    start, end = DateBounds.parse("1996-02-28"), DateBounds.parse("2022-03-16")
    assert span_covers(start, end, D(2022, 3, 15)) is True
    assert span_covers(start, end, D(2022, 3, 16)) is False
    assert span_covers(start, None, D(2030, 1, 1)) is True


def test_span_covers_is_unknown_inside_a_year_only_start():
    assert span_covers(DateBounds.parse(1992), None, D(1992, 6, 1)) is None


def test_str_says_the_precision():
    assert [str(DateBounds.parse(v)) for v in ("2005-05-16", "2016-02", "2012")] == [
        "2005-05-16",
        "2016-02",
        "2012",
    ]
    assert str(DateBounds.between(None, "2015-06-15")) == "by 2015-06-15"


def test_a_page_of_text_in_a_date_field_is_quoted_short_in_the_error():
    with pytest.raises(DateError) as caught:
        parse_iso_day("é" * 6000)
    message = str(caught.value)
    assert message == f"malformed date '{'é' * 39}…': expected YYYY-MM-DD"


def test_a_short_wrong_date_is_quoted_whole():
    with pytest.raises(DateError, match=r"^malformed date '15/06/2015': expected YYYY-MM-DD$"):
        parse_iso_day("15/06/2015")


@pytest.mark.parametrize("text", ["0001-01-01", "9999-12-31", "0999", "9999-12"])
def test_days_at_the_calendars_edges_are_refused_in_one_line(text):
    with pytest.raises(DateError, match="out of range: years 1000 to 9998 only"):
        DateBounds.parse(text)
