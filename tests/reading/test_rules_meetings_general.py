"""Meetings and deadlines as letters of every kind write them, each rule on a short made-up
text: undated notices, postponements, times and deadlines in the three languages."""

from plenipo.reading.dates import find_time
from tests.reading.readings import meetings_of, reading


def deadline_days(text):
    return [d["date"] for d in reading(text)["deadlines"]]


def test_an_undated_e_mail_keeps_the_deadline_before_the_meeting_it_announces():
    # no dateline: the first date near the top is the meeting's, not the letter's
    text = (
        "Objet : Consultations informelles\n\nChers collègues,\nLes consultations se "
        "tiendront le 7 avril 2031 de 15 h à 18 h. Les contributions sont attendues au plus "
        "tard le 31 mars 2031.\nCordialement\n"
    )
    assert deadline_days(text) == ["2031-03-31"]
    assert [m[0] for m in meetings_of(text)] == ["2031-04-07"]


def test_a_meeting_before_the_day_taken_for_an_undated_letter_is_kept():
    text = (
        "Monsieur le Ministre,\nLe Sommet se tiendra à Niamey les 7 et 8 juillet 2031. Une "
        "réunion préparatoire aura lieu le 5 juillet 2031 à 10 heures.\n"
    )
    assert sorted(m[0] for m in meetings_of(text)) == ["2031-07-05", "2031-07-07"]


def test_a_spanish_meeting_that_se_realizara_is_to_come():
    text = (
        "Estimados colegas:\nLa sesión de trabajo se realizará el jueves 13 de noviembre de "
        "2031, de 9:30 a 12:30 horas.\nSaludos cordiales,\n"
    )
    assert meetings_of(text) == [("2031-11-13", "09:30", "scheduled")]


def test_the_time_after_a_list_of_days_is_each_days():
    text = (
        "Geneva, 2 February 2031\n\nDear colleagues,\nThe consultations will take place on "
        "4 March, 11 March and 18 March 2031, each day at 10 am in Room 8.\n"
    )
    assert [m[:2] for m in meetings_of(text)] == [
        ("2031-03-04", "10:00"),
        ("2031-03-11", "10:00"),
        ("2031-03-18", "10:00"),
    ]


def test_a_time_before_and_is_the_day_befores_not_the_next_ones():
    text = (
        "Geneva, 2 November 2031\n\nThe consultations will be held on Monday, 1 December "
        "2031 at 10.30 a.m. and Friday, 5 December 2031 at 3.00 p.m. in Room 5.\n"
    )
    assert [m[:2] for m in meetings_of(text)] == [
        ("2031-12-01", "10:30"),
        ("2031-12-05", "15:00"),
    ]


def test_a_plenary_an_inauguracion_and_a_follow_up_call_are_meetings():
    english = (
        "Vienna, 3 October 2031\n\nThe Meeting of States Parties will convene from 2 to 4 "
        "December 2031. The opening plenary starts at 10 a.m. on 2 December.\n"
    )
    assert meetings_of(english) == [("2031-12-02", "10:00", "scheduled")]
    spanish = (
        "Madrid, 12 de enero de 2031\n\nEl seminario tendrá lugar del 10 al 12 de marzo de "
        "2031. La inauguración será el 10 de marzo a las 9.30 horas.\n"
    )
    assert meetings_of(spanish) == [("2031-03-10", "09:30", "scheduled")]
    call = (
        "Dear colleagues,\nA follow-up call is scheduled for Wednesday 23 April 2031, 3 pm "
        "CEST.\nKind regards\n\n1 April 2031\n"
    )
    assert meetings_of(call) == [("2031-04-23", "15:00", "scheduled")]


def test_a_deadline_fixed_for_a_day_in_three_languages():
    french = (
        "Montréal, le 1er février 2031\n\nLa date limite de soumission des rapports "
        "nationaux est fixée au 30 avril 2031.\n"
    )
    assert deadline_days(french) == ["2031-04-30"]
    english = "Geneva, 1 February 2031\n\nThe deadline for comments is set for 3 March 2031.\n"
    assert deadline_days(english) == ["2031-03-03"]


def test_a_list_of_dates_names_its_deadline_after_the_day():
    text = (
        "Geneva, 2 April 2031\n\nPlease note the following dates:\n- 15 May 2031: deadline "
        "for nominations\n- 3 June 2031: Bureau meeting, 10:00-12:00\n- 4-6 June 2031: "
        "Plenary session\n"
    )
    assert deadline_days(text) == ["2031-05-15"]
    assert [m[:2] for m in meetings_of(text)] == [("2031-06-03", "10:00"), ("2031-06-04", None)]


def test_a_recepcion_a_teleconference_and_a_high_level_segment_are_meetings():
    spanish = (
        "Lima, 1 de septiembre de 2031\n\nLa Embajada tiene el honor de invitar a la recepción "
        "que tendrá lugar el 16 de septiembre de 2031 de 19:00 a 21:00 horas.\n"
    )
    assert meetings_of(spanish) == [("2031-09-16", "19:00", "scheduled")]
    french = (
        "Paris, le 20 mai 2031\n\nUne téléconférence est prévue le 22 juin 2031 à 16 heures "
        "(heure de Paris).\n"
    )
    assert meetings_of(french) == [("2031-06-22", "16:00", "scheduled")]
    english = (
        "Rome, 1 August 2031\n\nThe Forum will take place in Rome on 7 and 8 October 2031. The "
        "high-level segment will be held on 8 October from 3 p.m.\n"
    )
    assert [m[:2] for m in meetings_of(english)] == [
        ("2031-10-07", None),
        ("2031-10-08", "15:00"),
    ]


def test_deadlines_that_expire_run_until_or_fall_at_noon_before_their_day():
    assert deadline_days(
        "Rabat, le 3 mai 2031\n\nLe délai de présentation des candidatures expire le 31 mai "
        "2031 à minuit.\n"
    ) == ["2031-05-31"]
    assert deadline_days(
        "Lima, 1 de junio de 2031\n\nEl plazo para la presentación de candidaturas vence el 15 "
        "de julio de 2031.\n"
    ) == ["2031-07-15"]
    assert deadline_days(
        "Genève, le 2 avril 2031\n\nLes inscriptions sont reçues jusqu'au 25 avril 2031.\n"
    ) == ["2031-04-25"]
    assert deadline_days(
        "Nairobi, 1 October 2031\n\nKindly submit the form not later than 12:00 noon (Nairobi "
        "time) on Tuesday, 14 October 2031.\n"
    ) == ["2031-10-14"]


def test_between_two_days_is_one_period_not_two_meetings():
    text = (
        "Vienna, 1 May 2031\n\nThe informal consultations will be held between 15 June and 15 "
        "July 2031 in Vienna.\n"
    )
    found = reading(text)["meetings"]
    assert [(m["start_date"], m["end_date"]) for m in found] == [("2031-06-15", "2031-07-15")]


def test_an_undated_letter_giving_a_meetings_clock_time_announces_it():
    text = (
        "Dear Sir,\n\nWe confirm the meeting of the Technical Committee on 7 November 2031 at "
        "10:00.\n\nYours faithfully,\nSecretary General\n"
    )
    assert meetings_of(text) == [("2031-11-07", "10:00", "scheduled")]


def test_a_meeting_put_off_keeps_its_old_day_postponed_and_its_new_day_scheduled():
    text = (
        "To: All delegations\nSubject: Meeting rescheduled\n\nThe meeting of the Friends of "
        "the Chair, originally scheduled for 3 November, has been rescheduled to 10 November "
        "at 11 a.m. in Conference Room 4.\n\nDate: 28 October 2031\n"
    )
    assert meetings_of(text) == [
        ("2031-11-03", None, "postponed"),
        ("2031-11-10", "11:00", "scheduled"),
    ]
    moved = (
        "Geneva, 3 May 2031\n\nThe technical meeting planned for 12 May 2031 has been moved to "
        "19 May 2031 (10:00-12:00 CET).\n"
    )
    assert meetings_of(moved) == [
        ("2031-05-12", None, "postponed"),
        ("2031-05-19", "10:00", "scheduled"),
    ]


def test_an_open_debate_and_a_public_hearing_are_meetings():
    debate = (
        "NEW YORK, 2 MARCH 2032\n\nTHE SECURITY COUNCIL WILL HOLD AN OPEN DEBATE ON 9 MARCH "
        "2032 AT 10:00 A.M.\n"
    )
    assert meetings_of(debate) == [("2032-03-09", "10:00", "scheduled")]
    hearing = (
        "La Haye, le 29 mars 2032\n\nLe Greffe informe que l'audience publique aura lieu le "
        "lundi 12 avril 2032, à 10 heures, au Palais de la Paix.\n"
    )
    assert meetings_of(hearing) == [("2032-04-12", "10:00", "scheduled")]


def test_a_plazo_or_delai_for_something_that_is_a_day():
    assert deadline_days(
        "Bogotá, 1 de febrero de 2032\n\nLes recordamos que el plazo para el envío de "
        "resúmenes es el 15 de marzo.\n"
    ) == ["2032-03-15"]
    assert deadline_days(
        "Paris, le 1er février 2032\n\nLa date limite pour les inscriptions est le 3 mai 2032.\n"
    ) == ["2032-05-03"]


def test_a_one_day_meeting_on_the_first_day_of_a_longer_one_is_another_meeting():
    text = (
        "Gland, 1 August 2031\n\nThe Standing Committee will meet from 20 to 24 October 2031 "
        "in Gland. The meetings of the regional subgroups will be held on Monday, 20 October "
        "2031.\n"
    )
    found = reading(text)["meetings"]
    assert sorted((m["start_date"], m["end_date"]) for m in found) == [
        ("2031-10-20", "2031-10-20"),
        ("2031-10-20", "2031-10-24"),
    ]


def test_the_meeting_named_again_on_its_first_day_is_the_same_one():
    text = (
        "Gland, 1 August 2031\n\nThe extraordinary meeting of the Parties will take place "
        "online from 20 to 24 October 2031. Credentials are due no later than 48 hours after "
        "the opening of the meeting on 20 October.\n"
    )
    found = reading(text)["meetings"]
    assert [(m["start_date"], m["end_date"]) for m in found] == [("2031-10-20", "2031-10-24")]


def test_a_meeting_to_come_at_a_rough_time_is_tentative_without_a_day():
    english = (
        "Montreal, 3 March 2032\n\nA global dialogue will be held in the second quarter of 2032.\n"
    )
    assert meetings_of(english) == [(None, None, "tentative")]
    french = (
        "Paris, le 16 décembre 2031\n\nLa conférence se tiendra au début de l'année prochaine "
        "à Paris.\n"
    )
    assert meetings_of(french) == [(None, None, "tentative")]
    spanish = "Lima, 3 de marzo de 2032\n\nEl taller se celebrará a mediados de 2032.\n"
    assert meetings_of(spanish) == [(None, None, "tentative")]


def test_a_deadline_counted_from_a_meeting_has_no_day_of_its_own():
    text = (
        "Gland, 1 August 2031\n\nCredentials are to be submitted as soon as possible but no "
        "later than 48 hours after the opening of the meeting on 20 October 2031, for the "
        "Credentials Committee.\n"
    )
    found = reading(text)["deadlines"]
    assert [d["date"] for d in found] == [None]
    assert "48 hours after the opening of the meeting" in found[0]["what"]


def test_a_deadline_counted_from_a_meeting_and_given_its_day_is_that_day():
    text = (
        "Geneva, 3 March 2032\n\nDocuments must be submitted at least 150 days before the "
        "meeting, i.e. on or before 14 October 2032.\n"
    )
    assert deadline_days(text) == ["2032-10-14"]
    spanish = (
        "Lima, 3 de marzo de 2032\n\nLas credenciales deberán presentarse a más tardar 24 "
        "horas después de la apertura de la reunión.\n"
    )
    assert deadline_days(spanish) == [None]


def test_an_hour_said_to_be_in_the_afternoon_or_evening_is_after_noon():
    assert find_time("at 2 o'clock in the afternoon")[0] == "14:00"
    assert find_time("at 3 o'clock p.m.")[0] == "15:00"
    assert find_time("à 3 heures de l'après-midi")[0] == "15:00"
    assert find_time("à 8 heures du soir")[0] == "20:00"
    assert find_time("a las 5 de la tarde")[0] == "17:00"
    assert find_time("a las 17 hs")[0] == "17:00"
    assert find_time("in Room 4 in the afternoon")[0] is None


def test_a_meeting_preceded_by_another_gives_no_deadline():
    text = (
        "Addis Ababa, 1 May 2032\n\nThe Summit will be held in Kigali on 3 and 4 July 2032, "
        "preceded by the Executive Council meeting on 30 June and 1 July 2032.\n"
    )
    assert deadline_days(text) == []
