"""Meetings, their times and deadlines in forms found on letters the corpus does not hold,
each rule on a short made-up text (wave 7)."""

import datetime as dt

from plenipo.reading.dates import find_dates
from tests.reading.readings import meetings_of, reading


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


def test_gatherings_named_in_french_and_spanish_words_are_meetings():
    texts = {
        "Lima, 4 de febrero de 2031\n\nSeñor Embajador:\nMe complace invitarle al Encuentro "
        "Regional de Cooperación, que tendrá lugar el 6 de marzo de 2031.\n": "2031-03-06",
        "Quito, 10 de mayo de 2031\n\nEstimado Director:\nLe invito al Foro Andino de Gobierno "
        "Electrónico, a realizarse los días 10 y 11 de junio de 2031.\n": "2031-06-10",
        "Dakar, le 12 mars 2031\n\nMonsieur,\nJ'ai le plaisir de vous convier à une rencontre "
        "avec les partenaires, le mardi 1er avril 2031 à 11 h.\n": "2031-04-01",
        "Yaoundé, le 2 juin 2031\n\nMadame,\nJ'ai l'honneur de vous inviter à la table ronde "
        "sur l'emploi des jeunes, prévue le 24 juin 2031.\n": "2031-06-24",
        "Strasbourg, le 7 octobre 2031\n\nMadame,\nUne journée d'étude sur la traite sera "
        "organisée le 20 novembre 2031 au Palais.\n": "2031-11-20",
        "Montevideo, 10 de julio de 2031\n\nEstimados socios:\nLes invitamos a las Jornadas "
        "sobre Justicia Juvenil, que se desarrollarán del 8 al 10 de septiembre de 2031.\n": (
            "2031-09-08"
        ),
        "Washington, 2 de marzo de 2031\n\nEstimados colegas:\nLes invitamos al webinario "
        "regional sobre vacunación, que se realizará el 25 de marzo de 2031.\n": "2031-03-25",
        "Vienna, 3 February 2031\n\nSir,\nThe Regional Training Course on Radiation Protection "
        "will be held in Accra from 5 to 9 May 2031.\n": "2031-05-05",
    }
    for text, day in texts.items():
        assert [m[0] for m in meetings_of(text)] == [day], text


def test_a_course_of_events_is_no_meeting():
    text = (
        "Vienna, 3 February 2031\n\nSir,\nIn the course of 2031 the Agency will publish its "
        "report on 5 May 2031.\n"
    )
    assert meetings_of(text) == []


def test_meetings_put_off_called_off_or_unconfirmed_in_three_languages():
    head = "Geneva, 2 April 2031\n\n"
    assert meetings_of(
        head + "La Reunión de Expertas, prevista para el 15 de abril de 2031, ha sido "
        "postergada hasta nuevo aviso.\n"
    ) == [("2031-04-15", None, "postponed")]
    assert meetings_of(
        head + "The Senior Officials Meeting scheduled for 22 September 2031 has been "
        "deferred to a later date.\n"
    ) == [("2031-09-22", None, "postponed")]
    assert meetings_of(
        head + "The meeting of the Working Party, announced for 7 April 2031, will not take "
        "place.\n"
    ) == [("2031-04-07", None, "cancelled")]
    assert meetings_of(head + "La réception prévue le 10 mai 2031 n'aura pas lieu.\n") == [
        ("2031-05-10", None, "cancelled")
    ]
    assert meetings_of(
        head + "The next meeting of the Steering Committee will be held on 14 October 2031 "
        "in Nairobi, subject to confirmation by the host.\n"
    ) == [("2031-10-14", None, "tentative")]
    assert meetings_of(
        head + "La prochaine réunion du groupe est provisoirement fixée au 12 mai 2031.\n"
    ) == [("2031-05-12", None, "tentative")]


def test_a_meeting_reprogrammed_keeps_its_old_day_postponed_and_its_new_day_scheduled():
    text = (
        "Ouagadougou, le 5 mars 2031\n\nAux Points focaux\n\nL'atelier régional, initialement "
        "prévu du 17 au 19 mars 2031, est reprogrammé du 14 au 16 avril 2031 à Niamey.\n"
    )
    assert sorted(meetings_of(text)) == [
        ("2031-03-17", None, "postponed"),
        ("2031-04-14", None, "scheduled"),
    ]


def test_deadlines_after_a_comma_or_no_later_than_in_spanish():
    head = "Montevideo, 5 de enero de 2031\n\n"
    assert deadline_days(
        head + "Los informes deberán presentarse, a más tardar, el 31 de marzo de 2031.\n"
    ) == ["2031-03-31"]
    assert deadline_days(
        head + "Las preguntas deberán enviarse no más tarde del 20 de marzo de 2031.\n"
    ) == ["2031-03-20"]


def test_the_closing_of_a_meeting_named_before_is_its_last_day():
    text = (
        "Recife, 2 de octubre de 2031\n\nEl Foro abrirá sus puertas a las 14:00 horas el "
        "domingo 9 de noviembre de 2031. La clausura del Foro está prevista para el miércoles "
        "12 de noviembre de 2031 a las 13:00 horas.\n"
    )
    [forum] = reading(text)["meetings"]
    assert (forum["start_date"], forum["end_date"], forum["start_time"]) == (
        "2031-11-09",
        "2031-11-12",
        "14:00",
    )


def test_a_body_that_holds_its_meeting_in_the_french_future_announces_it():
    text = (
        "SECRÉTARIAT DE LA CONVENTION DE BERNE\nStrasbourg, le 2 septembre 2031\n\nMadame, "
        "Monsieur,\nLe Comité permanent tiendra sa 51e réunion du 1er au 4 décembre 2031 à "
        "Strasbourg.\n"
    )
    result = reading(text)
    assert result["date"] == "2031-09-02"
    assert meetings_of(text) == [("2031-12-01", None, "scheduled")]


def test_a_forms_opening_line_gives_the_time():
    text = (
        "INFORMATION NOTE FOR PARTICIPANTS\n\nMeeting of Legal Experts\nDate: 3-5 March 2031\n"
        "Opening: 3 March 2031, 9:30 a.m.\nVenue: ASEAN Secretariat, Jakarta\n\nJakarta, "
        "20 January 2031\n"
    )
    assert meetings_of(text) == [("2031-03-03", "09:30", "scheduled")]


def test_days_in_a_row_listed_with_commas_are_one_span():
    for text, first, last in [
        ("los días 13, 14 y 15 de octubre de 2031", "2031-10-13", "2031-10-15"),
        ("les 12, 13 et 14 mai 2031", "2031-05-12", "2031-05-14"),
        ("on 12, 13 and 14 May 2031", "2031-05-12", "2031-05-14"),
    ]:
        [found] = find_dates(text, dt.date(2031, 1, 1))
        assert (str(found.first), str(found.last)) == (first, last)
    # days apart in the list are no run: the list is left as it was
    [found] = find_dates("on 5, 12 and 13 May 2031", dt.date(2031, 1, 1))
    assert str(found.first) == "2031-05-12"


def test_the_rows_of_a_table_of_meetings_announced_as_follows_are_meetings():
    text = (
        "Geneva, 4 March 2031\n\nDear Sir/Madam,\nThe briefings for Permanent Missions will be "
        "held as follows:\n\nDate | Time | Room\nTuesday, 8 April 2031 | 10:00-12:00 | Salle A\n"
        "Thursday, 10 April 2031 | 15:00-17:00 | Salle B\n\nYours faithfully,\n"
    )
    assert sorted(meetings_of(text)) == [
        ("2031-04-08", "10:00", "scheduled"),
        ("2031-04-10", "15:00", "scheduled"),
    ]


def test_a_sentence_after_the_list_is_no_row_of_it():
    text = (
        "Geneva, 4 March 2031\n\nDear Sir/Madam,\nThe briefings will be held as follows:\n"
        "Tuesday, 8 April 2031 | 10:00-12:00 | Salle A\n"
        "The report of the Board will be published on 20 April 2031.\nYours faithfully,\n"
    )
    assert meetings_of(text) == [("2031-04-08", "10:00", "scheduled")]


def test_the_hours_a_meeting_will_be_from_in_the_next_sentence_are_its_time():
    text = (
        "Vienna, 2 May 2031\n\nDear Sir/Madam,\nThe next meeting of the Group will be held on "
        "20 May 2031 in Room M3. The meeting will be from 10:00 to 13:00.\nYours,\n"
    )
    [meeting] = reading(text)["meetings"]
    assert (meeting["start_time"], meeting["end_time"]) == ("10:00", "13:00")


def test_registration_before_a_meeting_gives_it_no_time_where_another_is_given():
    head = "Vienna, 2 May 2031\n\n"
    assert meetings_of(
        head + "The workshop will be held on 20 May 2031.\nRegistration starts at 8.30 am; "
        "the workshop starts at 9.30 am.\n"
    ) == [("2031-05-20", "09:30", "scheduled")]
    assert meetings_of(
        head + "The workshop will be held on 20 May 2031, with registration from 8.30 am, "
        "and will open at 9.30 am.\n"
    ) == [("2031-05-20", "09:30", "scheduled")]


def test_a_paper_something_was_amended_by_sets_no_deadline():
    text = (
        "London, 1 October 2031\n\nSir,\nI enclose the list of amendments which accompanied my "
        "letter of 9th August, 2031, as amended by my circulars of 3rd September and 24th "
        "September.\nI have the honour to be, Sir, your obedient servant,\n"
    )
    assert deadline_days(text) == []
    assert deadline_days(
        "London, 1 October 2031\n\nPlease send your views by the deadline of 31 October 2031.\n"
    ) == ["2031-10-31"]


def test_a_spanish_period_of_sessions_is_a_meeting():
    text = (
        "Washington, D.C., 2 de septiembre de 2031\n\nSeñor Comisionado:\nTengo el honor de "
        "convocarle al Sexagésimo Noveno Período Ordinario de Sesiones de la Comisión, que se "
        "celebrará en Brasilia del 18 al 20 de noviembre de 2031.\n"
    )
    assert meetings_of(text) == [("2031-11-18", None, "scheduled")]


def test_what_the_writers_will_tell_by_a_day_is_no_deadline():
    text = (
        "Geneva, 1 June 2031\n\nDear partners,\nThe call for applications closes on 15 July "
        "2031. Selected fellows will be informed by 31 August 2031.\nKind regards,\n"
    )
    assert deadline_days(text) == ["2031-07-15"]
