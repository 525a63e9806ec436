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


def test_the_day_a_meeting_put_off_will_be_held_instead_is_scheduled():
    text = (
        "Bonn, 3 March 2031\n\nDear Colleagues,\nThe regional workshop on wetlands, originally "
        "planned to take place from 14 to 18 April 2031, is being rescheduled and will be held "
        "online from 2 to 6 June 2031.\nYours sincerely,\n"
    )
    assert sorted(meetings_of(text)) == [
        ("2031-04-14", None, "postponed"),
        ("2031-06-02", None, "scheduled"),
    ]


def test_the_new_day_of_a_spanish_meeting_put_off_is_scheduled():
    text = (
        "Lima, 3 de agosto de 2031\n\nEstimados Ministros:\nLa Sesión del Comité Regional, "
        "inicialmente prevista para el 22 de septiembre de 2031, se celebrará del 29 de "
        "septiembre al 3 de octubre de 2031.\nAtentamente,\n"
    )
    assert sorted(meetings_of(text)) == [
        ("2031-09-22", None, "postponed"),
        ("2031-09-29", None, "scheduled"),
    ]


def test_a_meeting_introduced_on_the_first_day_of_a_longer_one_is_its_own():
    text = (
        "Hobart, 3 June 2031\n\nMembers are invited to the Fortieth Meeting of the Commission, "
        "which will be held from 20 to 31 October 2031.\nA preparatory meeting, for Heads of "
        "Delegation only, will be held on Monday 20 October at 1700 h.\n"
    )
    assert sorted(meetings_of(text), key=str) == [
        ("2031-10-20", "17:00", "scheduled"),
        ("2031-10-20", None, "scheduled"),
    ]


def test_the_opening_hour_of_a_longer_meeting_is_still_its_own():
    text = (
        "Strasbourg, 5 May 2031\n\nDear Representative,\nThe 1450th meeting of the Deputies "
        "will be held from 3 to 5 June 2031. The meeting will open at 10 a.m. on Tuesday "
        "3 June.\nYours sincerely,\n"
    )
    assert meetings_of(text) == [("2031-06-03", "10:00", "scheduled")]


def test_the_hours_a_meeting_runs_in_the_next_sentence_are_its_time():
    text = (
        "Bonn, 2 September 2031\n\nDear Members,\nThe fourth meeting of the Committee will be "
        "held in Bonn on 16 and 17 October 2031. Meetings will run from 10:00 to 17:00 each "
        "day.\nKind regards,\n"
    )
    assert meetings_of(text) == [("2031-10-16", "10:00", "scheduled")]


def test_a_registration_closing_at_a_time_on_a_day_is_a_deadline_not_a_meeting():
    text = (
        "Bonn, 15 September 2031\n\nDear Focal Points,\nThe online registration system for "
        "the Twelfth Meeting of the Conference of the Parties, to be held in Panama City from "
        "1 to 12 December 2031, will close at 23:59 (GMT) on 31 October 2031.\nBest regards,\n"
    )
    assert meetings_of(text) == [("2031-12-01", None, "scheduled")]
    assert deadline_days(text) == ["2031-10-31"]


def test_a_list_of_speakers_closed_on_a_day_is_a_deadline_in_french():
    text = (
        "Genève, le 3 novembre 2031\n\nAux délégations\n\nLes délégations sont informées que "
        "la liste des orateurs pour le débat général sera close le vendredi 14 novembre 2031 "
        "à midi. Le débat général s'ouvrira le lundi 17 novembre 2031 à 10 heures.\n"
    )
    assert meetings_of(text) == [("2031-11-17", "10:00", "scheduled")]
    [deadline] = reading(text)["deadlines"]
    assert (deadline["date"], deadline["time"]) == ("2031-11-14", "12:00")


def test_what_is_due_on_a_day_has_that_deadline():
    text = (
        "Nairobi, 10 January 2031\n\nDear Sir or Madam,\nSubmissions of information on the "
        "implementation of the resolution are due on 31 March 2031.\nYours sincerely,\n"
    )
    assert deadline_days(text) == ["2031-03-31"]


def test_a_meeting_by_teleconference_on_a_day_sets_no_deadline():
    text = (
        "Geneva, 7 January 2031\n\nDear Bureau members,\nThe Bureau will meet by "
        "teleconference on 4 February 2031 at 13:00 CET, and again on 18 March 2031 at "
        "14:00 CET.\nYours sincerely,\n"
    )
    assert deadline_days(text) == []
    assert meetings_of(text) == [
        ("2031-02-04", "13:00", "scheduled"),
        ("2031-03-18", "14:00", "scheduled"),
    ]
