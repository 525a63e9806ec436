"""Meetings, their times and deadlines in forms found on letters the corpus does not hold,
each rule on a short made-up text (wave 7)."""

import datetime as dt

from plenipo.reading import read_text
from plenipo.reading.dates import find_dates


def reading(text):
    return read_text(text).to_json()


def meetings_of(text):
    return [(m["start_date"], m["start_time"], m["status"]) for m in reading(text)["meetings"]]


def deadline_days(text):
    return [d["date"] for d in reading(text)["deadlines"]]


def test_a_list_of_meeting_days_is_no_range_from_the_room_number_above():
    text = (
        "Lisbon, 20 February 2031\n\nExcellency,\nInformal consultations will be held on the "
        "following dates:\n- Tuesday, 4 March 2031, 10 a.m. to 1 p.m., Conference Room 3\n"
        "- Tuesday, 11 March 2031, 3 p.m. to 6 p.m., Conference Room 1\nYours sincerely,\n"
    )
    assert sorted(meetings_of(text)) == [
        ("2031-03-04", "10:00", "scheduled"),
        ("2031-03-11", "15:00", "scheduled"),
    ]


def test_a_range_still_reads_on_one_line():
    [found] = find_dates("from 3 - 11 March 2031", dt.date(2031, 1, 1))
    assert (found.first, found.last) == (dt.date(2031, 3, 3), dt.date(2031, 3, 11))


def test_a_dotted_date_ending_its_sentence_is_a_date():
    text = (
        "Ministry of Foreign Affairs\nRiga, 03.02.2031\n\nThe Ministry presents its "
        "compliments to the Missions and has the honour to inform that the briefing will "
        "take place on 18.02.2031 at 15.00. The Missions are requested to confirm attendance "
        "by 12.02.2031.\n"
    )
    assert deadline_days(text) == ["2031-02-12"]
    assert meetings_of(text) == [("2031-02-18", "15:00", "scheduled")]


def test_a_forms_when_line_dates_the_event_not_the_notice():
    text = (
        "MEDIA ADVISORY\n\nWHAT: Launch of the Report on Soils\nWHEN: Thursday, 22 May 2031, "
        "11:00 - 12:00\nWHERE: Press Room, Palais des Nations\n\nJournalists wishing to "
        "attend are requested to register by 20 May 2031.\n"
    )
    result = reading(text)
    assert [(m["start_date"], m["start_time"]) for m in result["meetings"]] == [
        ("2031-05-22", "11:00")
    ]
    assert deadline_days(text) == ["2031-05-20"]
