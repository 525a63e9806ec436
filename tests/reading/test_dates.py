import datetime as dt

import pytest

from plenipo.reading.dates import find_dates, find_time

D = dt.date


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("le 15 juin 2015", D(2015, 6, 15), D(2015, 6, 15)),
        ("19 de junio de 2017", D(2017, 6, 19), D(2017, 6, 19)),
        ("30 de julio del 2018", D(2018, 7, 30), D(2018, 7, 30)),
        ("June 15, 2015", D(2015, 6, 15), D(2015, 6, 15)),
        ("from 14 to 15 April 2009", D(2009, 4, 14), D(2009, 4, 15)),
        ("du 14 au 15 avril 2009", D(2009, 4, 14), D(2009, 4, 15)),
        ("del 14 al 15 de abril de 2009", D(2009, 4, 14), D(2009, 4, 15)),
    ],
)
def test_dates_in_three_languages(text, first, last):
    [found] = find_dates(text)
    assert (found.first, found.last) == (first, last)


def test_a_year_less_date_takes_the_year_from_the_letter_and_checks_the_weekday():
    [found] = find_dates("On Thursday, 29 June", reference=D(2017, 6, 16))
    assert (found.last, found.weekday_ok) == (D(2017, 6, 29), True)
    [wrong] = find_dates("On Friday, 29 June", reference=D(2017, 6, 16))
    assert wrong.weekday_ok is False


def test_a_year_less_date_without_a_letter_date_stays_unresolved():
    [found] = find_dates("27–28 September")
    assert (found.first, found.last, found.text) == (None, None, "27–28 September")


def test_impossible_dates_are_not_dates():
    assert find_dates("31 June 2017") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10:00 am", ("10:00", None)),
        ("3 p.m. to 5.30 pm", ("15:00", "17:30")),
        ("15h00", ("15:00", None)),
        ("room 12", (None, None)),
    ],
)
def test_times(text, expected):
    assert find_time(text) == expected


def test_times_written_in_hours_and_in_french():
    from plenipo.reading.dates import find_time  # noqa: PLC0415

    assert find_time("will open at 1430 hours")[0] == "14:30"
    assert find_time("à 15 heures")[0] == "15:00"
    assert find_time("within 2 hours of the opening") == (None, None)


def test_a_time_written_before_the_day_is_that_days_meeting_time():
    from plenipo.reading import read_text  # noqa: PLC0415

    text = (
        "Geneva, 16 March 2005\n\nThe meeting will open at 1430 hours on Wednesday 11 May 2005 "
        "and registration will be possible from 1330 hours."
    )
    [meeting] = read_text(text).meetings
    assert (meeting.start.day.isoformat(), meeting.start_time) == ("2005-05-11", "14:30")


def test_deadlines_with_the_qualifier_before_or_after_the_day():
    from plenipo.reading import read_text  # noqa: PLC0415

    french = read_text(
        "Genève, le 1er novembre 2023\n\nLes Parties sont priées de répondre au secrétariat "
        "avant le 15 décembre 2023, dernier délai. Les noms sont à indiquer le 10 décembre "
        "2023 au plus tard."
    )
    assert sorted(d.due.day.isoformat() for d in french.deadlines) == ["2023-12-10", "2023-12-15"]


def test_dates_are_found_where_lower_casing_would_move_or_change_letters():
    # "İ" lower-cases to two characters, "ſ" stays itself: offsets and matches must not
    # depend on how the text is scanned.
    for text in ("İSTANBUL, 5 May 2017", "Meſſage of 5 May 2017"):
        found = find_dates(text)
        assert [(d.text, d.last) for d in found] == [("5 May 2017", dt.date(2017, 5, 5))]
        assert text[found[0].start : found[0].end] == "5 May 2017"


def test_a_text_is_scanned_once_for_both_readings_of_its_dates():
    text = "The meeting on 14 January follows the letter of 20 December 2016."
    assert find_dates(text)[0].last is None
    assert find_dates(text, reference=dt.date(2016, 12, 20))[0].last == dt.date(2017, 1, 14)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("from 10 to 13 hrs", ("10:00", "13:00")),
        ("de 10 à 13 heures", ("10:00", "13:00")),
        ("de las 9 a las 13 horas", ("09:00", "13:00")),
        ("de 9 h 30 à 12 h 30", ("09:30", "12:30")),
        ("10-13 hrs", ("10:00", "13:00")),
        ("10 heures 30", ("10:30", None)),
        ("the meeting will last 2 to 3 hours", (None, None)),
        ("14 to 15 April 2031", (None, None)),
    ],
)
def test_a_range_of_hours_sharing_its_unit(text, expected):
    assert find_time(text) == expected
