"""Meetings, their times and deadlines in forms many senders use, each rule on a short
made-up text (wave 9): a body convened, a meeting's closing day, a list of days."""

from tests.reading.readings import reading


def meetings_of(text):
    return [
        (m["start_date"], m["end_date"], m["start_time"], m["status"])
        for m in reading(text)["meetings"]
    ]


def deadline_days(text):
    return [d["date"] for d in reading(text)["deadlines"]]


EN = "Geneva, 12 January 2031\n\nDear Colleagues,\n\n{}\n\nYours sincerely,\n\nJ. Smith\n"
FR = "Genève, le 12 janvier 2031\n\nMadame, Monsieur,\n\n{}\n\nJ. Dupont\n"
ES = "Ginebra, 12 de enero de 2031\n\nEstimados colegas:\n\n{}\n\nAtentamente,\n\nJ. Pérez\n"


def test_a_body_the_writer_convenes_is_a_meeting():
    for text in (
        EN.format(
            "The Director-General has the honour to convene the Ninetieth World Health "
            "Assembly at 09:00 on Monday, 26 May 2031."
        ),
        EN.format(
            "The Secretary-General has the honour to convene the Assembly on Monday, "
            "26 May 2031 at 09:00."
        ),
        FR.format("L'Assemblée mondiale sera convoquée à 9 h 00 le lundi 26 mai 2031."),
        ES.format(
            "La Asamblea General será convocada a las 9.00 horas del lunes 26 de mayo de 2031."
        ),
        EN.format("The Council will meet at 09:00 on Monday, 26 May 2031."),
    ):
        assert meetings_of(text) == [("2031-05-26", "2031-05-26", "09:00", "scheduled")], text


def test_a_body_named_as_the_object_of_a_text_is_no_meeting():
    text = EN.format("The report will be submitted to the Assembly on 26 May 2031.")
    assert meetings_of(text) == []


def test_a_french_time_with_spaced_hours_before_the_day_keeps_its_minutes():
    text = FR.format("La Conférence sera convoquée à 9 h 30 le lundi 26 mai 2031.")
    assert meetings_of(text) == [("2031-05-26", "2031-05-26", "09:30", "scheduled")]


def test_the_latest_day_a_meeting_closes_is_its_end_not_a_deadline():
    for text in (
        EN.format(
            "The Secretary-General has the honour to convene the Assembly at 09:00 on Monday, "
            "26 May 2031. The Assembly will be held in person and will close no later than "
            "Saturday, 31 May 2031."
        ),
        EN.format(
            "The Conference will open at 10 a.m. on 26 May 2031 and close by 6 p.m. on 31 May 2031."
        ),
        FR.format(
            "La Conférence sera convoquée à 9 h 00 le lundi 26 mai 2031. Le Conseil a décidé "
            "que la Conférence devait se terminer au plus tard le samedi 31 mai 2031."
        ),
        ES.format(
            "La Asamblea será convocada a las 9.00 horas del lunes 26 de mayo de 2031 y se "
            "clausurará a más tardar el sábado 31 de mayo de 2031."
        ),
    ):
        assert deadline_days(text) == [], text
        assert [m[:2] for m in meetings_of(text)] == [("2031-05-26", "2031-05-31")], text


def test_a_registration_that_closes_at_the_latest_is_still_a_deadline():
    for verb in ("close", "end"):
        text = EN.format(
            "The Conference will open on 26 May 2031. Online registration for the meeting will "
            f"{verb} no later than 20 May 2031."
        )
        assert deadline_days(text) == ["2031-05-20"], text
        assert [m[:2] for m in meetings_of(text)] == [("2031-05-26", "2031-05-26")], text


def meeting_bounds(text):
    return [(m["start"], m["status"]) for m in reading(text)["meetings"]]


def test_a_meeting_in_the_next_month_of_a_name_takes_the_next_such_month():
    for text, month in (
        (ES.format("El Consejo decidirá en su reunión del próximo mes de diciembre."), "2031-12"),
        (ES.format("La Asamblea se reunirá en enero próximo en Lima."), "2032-01"),
        (EN.format("The next meeting of the Committee will be held in January next."), "2032-01"),
        (EN.format("The Council will meet again next December."), "2031-12"),
        (FR.format("Le Conseil se réunira au mois de mars prochain."), "2031-03"),
    ):
        assert meeting_bounds(text) == [(month, "scheduled")], text


def test_papers_published_next_month_are_no_meeting():
    text = EN.format("The report of the meeting will be published next March.")
    assert meeting_bounds(text) == []


def test_two_full_days_from_one_to_the_other_bound_one_meeting():
    for text in (
        EN.format("The meeting will be held from 30 May 2031 to 2 June 2031."),
        EN.format("The meeting will be held from Friday, May 30, through Monday, June 2, 2031."),
        EN.format("The Forum will be held May 30 - June 2, 2031 in Bangkok."),
        FR.format("La réunion se tiendra du 30 mai 2031 au 2 juin 2031."),
        ES.format("La reunión se celebrará del 30 de mayo de 2031 al 2 de junio de 2031."),
    ):
        assert [m[:2] for m in meetings_of(text)] == [("2031-05-30", "2031-06-02")], text


def test_two_bodies_meeting_on_two_days_stay_two_meetings():
    text = EN.format("The Committee will meet on 30 May 2031 and the Bureau on 2 June 2031.")
    assert [m[:2] for m in meetings_of(text)] == [
        ("2031-05-30", "2031-05-30"),
        ("2031-06-02", "2031-06-02"),
    ]


def test_a_day_under_a_deadlines_other_names_is_a_deadline():
    for text in (
        EN.format("Closing date for applications: 15 March 2031"),
        EN.format("Due date: 15 March 2031"),
        EN.format("The closing date for nominations is 15 March 2031."),
        FR.format("Les réponses sont attendues pour le 15 mars 2031."),
        FR.format("Date de clôture des inscriptions : 15 mars 2031"),
        ES.format("Las respuestas se esperan para el 15 de marzo de 2031."),
        ES.format("Fecha de cierre: 15 de marzo de 2031"),
    ):
        assert deadline_days(text) == ["2031-03-15"], text


def test_the_closing_date_of_a_meeting_is_no_deadline():
    text = EN.format("The Conference will open on 3 June 2031 and the closing date is 7 June 2031.")
    assert deadline_days(text) == []
    text = EN.format("The closing date of the Conference is 7 June 2031.")
    assert deadline_days(text) == []


def test_a_registration_deadline_by_its_other_name_is_no_meeting_day():
    text = EN.format(
        "The workshop will be held on 4 June 2031 in Rome. The closing date for registration "
        "for the workshop is 15 May 2031."
    )
    assert [m[0] for m in meetings_of(text)] == ["2031-06-04"]
    assert deadline_days(text) == ["2031-05-15"]


def test_a_spanish_range_of_hours_entre_las_y_las_gives_both_ends():
    text = ES.format(
        "El seminario web se realizará el 4 de junio de 2031 entre las 10 y las 12 horas."
    )
    found = reading(text)["meetings"]
    assert [(m["start_time"], m["end_time"]) for m in found] == [("10:00", "12:00")]


def test_days_listed_before_two_days_apart_are_days_of_their_own():
    for text in (
        EN.format("The Committee will meet on 3, 5 and 7 June 2031."),
        FR.format("Les consultations auront lieu les 3, 5 et 7 juin 2031."),
        ES.format("Las sesiones se celebrarán los días 3, 5 y 7 de junio de 2031."),
    ):
        assert [m[0] for m in meetings_of(text)] == ["2031-06-03", "2031-06-05", "2031-06-07"]


def test_numbered_paragraphs_listed_before_a_date_are_no_days():
    text = EN.format("As noted in paragraphs 3, 5 and 7 June 2031 meetings are listed.")
    assert "2031-06-03" not in [m[0] for m in meetings_of(text)]


def test_the_next_sentences_plural_start_gives_the_meetings_time():
    for text in (
        FR.format(
            "La session du Conseil se tiendra du 3 au 7 juin 2031 à Genève. Les travaux "
            "commenceront à 10 heures."
        ),
        ES.format(
            "El período de sesiones se celebrará del 3 al 7 de junio de 2031 en Ginebra. Los "
            "trabajos comenzarán a las 10:00 horas."
        ),
    ):
        assert meetings_of(text) == [("2031-06-03", "2031-06-07", "10:00", "scheduled")], text


def test_a_gathering_named_by_its_being_held_is_a_meeting():
    for text in (
        EN.format("The panel discussion will take place in Geneva on 4 June 2031."),
        EN.format("The talks will resume in Geneva on 4 June 2031."),
        FR.format("La formation aura lieu à Dakar le 4 juin 2031."),
        ES.format("La conmemoración se realizará en Lima el 4 de junio de 2031."),
    ):
        assert [m[0] for m in meetings_of(text)] == ["2031-06-04"], text


def test_a_launch_announced_without_being_held_is_no_meeting():
    text = EN.format("The launch of the report will be announced on 4 June 2031.")
    assert meetings_of(text) == []


def deadlines_of(text):
    return [(d["date"], d["time"]) for d in reading(text)["deadlines"]]


def test_a_deadline_whose_hour_comes_before_its_day():
    for text, hour in (
        (
            FR.format(
                "Les commentaires doivent parvenir au plus tard à 17 h 00, heure de Genève, "
                "le 15 mars 2031."
            ),
            "17:00",
        ),
        (
            ES.format("Las propuestas se recibirán hasta las 18:00 horas del 15 de marzo de 2031."),
            "18:00",
        ),
        (
            ES.format(
                "Las propuestas deberán enviarse a más tardar a las 18:00 horas (hora de Lima) "
                "del 15 de marzo de 2031."
            ),
            "18:00",
        ),
    ):
        assert deadlines_of(text) == [("2031-03-15", hour)], text


def test_other_deadline_wordings_accepted_through_closing_and_by_colon():
    for text in (
        EN.format("Submissions will be accepted through 15 March 2031."),
        ES.format("Las inscripciones cierran el 15 de marzo de 2031."),
        EN.format("Register by: 15 March 2031"),
    ):
        assert deadline_days(text) == ["2031-03-15"], text


def test_a_range_of_hours_before_the_day_is_no_deadline_and_starts_at_its_first_hour():
    for text in (
        ES.format(
            "La reunión se celebrará de 10:00 hasta las 13:00 horas del 14 de marzo de 2031."
        ),
        ES.format("La reunión se celebrará de 10:00 a 13:00 horas del 14 de marzo de 2031."),
        FR.format("La réunion se tiendra de 10 h à 13 h le 14 mars 2031."),
    ):
        assert deadline_days(text) == [], text
        assert meetings_of(text) == [("2031-03-14", "2031-03-14", "10:00", "scheduled")], text


def test_a_meeting_to_come_given_only_its_year_is_a_meeting_without_a_day():
    for text, status in (
        (
            EN.format("The next Conference of the Parties will be held in 2033 in Panama."),
            "scheduled",
        ),
        (FR.format("La prochaine Conférence se tiendra en 2033 à Dakar."), "scheduled"),
        (ES.format("La próxima reunión se celebrará en 2033 en Lima."), "scheduled"),
        (EN.format("The next meeting of the Committee may be held in 2033."), "tentative"),
    ):
        assert meetings_of(text) == [(None, None, None, status)], text


def test_a_year_not_of_a_meeting_held_or_given_a_day_adds_no_meeting():
    for text in (
        EN.format("The meeting held in 2030 adopted the budget, which will apply in 2033."),
        EN.format(
            "The Conference will be held in Bonn from 3 to 7 June 2033.\n\nThe Conference, to "
            "be held in 2033, will adopt the budget."
        ),
    ):
        assert all(m[0] for m in meetings_of(text)), text


def statuses_of(text):
    return [m["status"] for m in reading(text)["meetings"]]


def test_a_meeting_that_may_be_held_is_tentative():
    for text in (
        EN.format("The meeting may be held on 4 June 2031, subject to the availability of funds."),
        FR.format("La réunion pourrait se tenir le 4 juin 2031."),
        ES.format("La reunión podría celebrarse el 4 de junio de 2031."),
    ):
        assert statuses_of(text) == ["tentative"], text


def test_a_meeting_suspended_or_no_longer_held():
    for text, status in (
        (
            EN.format("The meeting scheduled for 4 June 2031 will no longer take place."),
            "cancelled",
        ),
        (FR.format("La réunion prévue le 4 juin 2031 n'aura plus lieu."), "cancelled"),
        (
            ES.format("La reunión prevista para el 4 de junio de 2031 queda suspendida."),
            "postponed",
        ),
        (
            EN.format("The meeting scheduled for 4 June 2031 is suspended until further notice."),
            "postponed",
        ),
    ):
        assert statuses_of(text) == [status], text


def test_a_meeting_that_will_be_held_stays_scheduled():
    text = EN.format("The meeting will be held on 4 June 2031 and may be followed by a reception.")
    assert statuses_of(text)[:1] == ["scheduled"]


def test_a_forms_date_and_time_line_gives_the_meeting():
    for text in (
        EN.format(
            "Please join the briefing.\n\nDate/Time: 4 June 2031 / 10:00-12:00\nVenue: Room 4"
        ),
        EN.format("Please join the briefing.\n\nDate & Time: 4 June 2031, 10:00-12:00"),
        ES.format(
            "Les invitamos al conversatorio.\n\nFecha y hora: 4 de junio de 2031, 10:00 horas"
        ),
        EN.format("Please join us.\n\nDate of the briefing: 4 June 2031\nVenue: Room 4"),
    ):
        assert [m[0] for m in meetings_of(text)] == ["2031-06-04"], text


def test_a_forms_date_of_another_thing_is_no_meeting():
    text = EN.format("The certificate follows.\n\nDate of issue: 4 June 2031\nPlace: Geneva")
    assert meetings_of(text) == []


def test_a_line_of_days_under_a_headings_meeting_name():
    for text in (
        EN.format("SAVE THE DATE\n\nGlobal Ocean Forum\n4-6 June 2031\nLisbon, Portugal"),
        FR.format("Troisième Conférence régionale\ndu 4 au 6 juin 2031\nDakar, Sénégal"),
    ):
        assert [m[:2] for m in meetings_of(text)] == [("2031-06-04", "2031-06-06")], text


def test_the_letters_own_day_under_its_subject_line_is_no_meeting():
    text = (
        "Subject: Meeting of the Bureau\n12 January 2031\n\nDear colleagues,\n\n"
        "Please find the report attached.\n"
    )
    assert meetings_of(text) == []


def test_a_deadline_at_the_end_of_the_month_or_the_year():
    for text, day in (
        (EN.format("Please send your comments by the end of the month."), "2031-01-31"),
        (EN.format("Comments should be submitted before the end of the year."), "2031-12-31"),
        (EN.format("Please send your comments by end June 2031."), "2031-06-30"),
        (FR.format("Merci d'envoyer vos commentaires d'ici la fin du mois."), "2031-01-31"),
        (FR.format("Merci d'envoyer vos commentaires avant fin juin 2031."), "2031-06-30"),
        (ES.format("Les ruego enviar sus comentarios antes de fin de mes."), "2031-01-31"),
        (ES.format("Les ruego enviar sus comentarios antes de finales de junio."), "2031-06-30"),
    ):
        assert deadline_days(text) == [day], text


def test_the_end_of_a_period_something_lasts_or_is_wished_by_is_no_deadline():
    for text in (
        EN.format("The project will run until the end of 2033."),
        EN.format("The Conference will be held before the end of the year."),
        EN.format("The key elements should be adopted by the end of this year."),
    ):
        assert deadline_days(text) == [], text


def test_a_meetings_day_told_from_the_letters():
    monday = "Monday, 13 January 2031\n\nDear colleagues,\n\n{}\n\nBest regards,\nJ. Smith\n"
    for text, day in (
        (
            EN.format("The co-facilitators will convene consultations tomorrow at 10 a.m."),
            "2031-01-13",
        ),
        (EN.format("The co-facilitators will convene consultations today at 3 p.m."), "2031-01-12"),
        (FR.format("La réunion aura lieu demain à 10 heures."), "2031-01-13"),
        (ES.format("La reunión se celebrará mañana a las 10:00 horas."), "2031-01-13"),
        (
            monday.format("The next informal meeting will take place on Thursday at 10 a.m."),
            "2031-01-16",
        ),
    ):
        assert [m[0] for m in meetings_of(text)] == [day], text


def test_a_day_told_from_the_letters_but_past_or_written_in_full_adds_nothing():
    for text in (
        EN.format("As discussed at the meeting on Thursday, the report will be published soon."),
        EN.format("Registration is open as of today for the meeting on 4 June 2031."),
    ):
        assert [m[0] for m in meetings_of(text)] in ([], ["2031-06-04"]), text
    text = EN.format("The consultations will be held tomorrow, Monday, 13 January, at 10 a.m.")
    assert [m[0] for m in meetings_of(text)] == ["2031-01-13"]


def test_a_deadline_told_from_the_letters_day():
    monday = "Monday, 13 January 2031\n\nDear colleagues,\n\n{}\n\nBest regards,\nJ. Smith\n"
    lundi = "Lundi 13 janvier 2031\n\nChers collègues,\n\n{}\n\nJ. Dupont\n"
    lunes = "Lunes 13 de enero de 2031\n\nEstimados colegas:\n\n{}\n\nJ. Pérez\n"
    for text, day in (
        (monday.format("Please send your comments by Friday."), "2031-01-17"),
        (monday.format("Please send your comments by tomorrow."), "2031-01-14"),
        (lundi.format("Merci d'envoyer vos commentaires d'ici vendredi."), "2031-01-17"),
        (lunes.format("Les ruego enviar sus comentarios antes del viernes."), "2031-01-17"),
    ):
        assert deadline_days(text) == [day], text


def test_a_weekday_that_asks_nothing_is_no_deadline():
    monday = "Monday, 13 January 2031\n\nDear colleagues,\n\n{}\n\nBest regards,\nJ. Smith\n"
    for text in (
        monday.format("The report was adopted by Friday's meeting."),
        monday.format("The report was adopted by Friday."),
    ):
        assert deadline_days(text) == [], text


def test_the_day_a_letter_is_written_is_no_meeting():
    for text in (
        EN.format(
            "I am writing today to invite you to the meeting of the Committee on 4 June 2031."
        ),
        EN.format("The report adopted today will be presented at the meeting on 4 June 2031."),
    ):
        assert [m[0] for m in meetings_of(text)] == ["2031-06-04"], text


def test_two_days_with_their_years_joined_by_to_bound_one_meeting():
    for text in (
        EN.format("The meeting will be held on 2031-06-03 to 2031-06-07 in Geneva."),
        EN.format("The meeting will be held on 03/06/2031 to 07/06/2031 in Geneva."),
    ):
        assert [m[:2] for m in meetings_of(text)] == [("2031-06-03", "2031-06-07")], text


def test_a_meeting_moved_from_one_day_to_another_keeps_both_days():
    for text in (
        EN.format("The meeting has been postponed from 3 June 2031 to 7 June 2031."),
        FR.format("La réunion a été reportée du 3 juin 2031 au 7 juin 2031."),
    ):
        assert [(m[0], m[3]) for m in meetings_of(text)] == [
            ("2031-06-03", "postponed"),
            ("2031-06-07", "scheduled"),
        ], text


def test_a_range_a_meeting_is_moved_across_is_its_old_and_new_day():
    for text in (
        EN.format("The meeting has been moved from 3 June to 10 June 2031."),
        FR.format("La réunion a été reportée du 3 au 10 juin 2031."),
        ES.format("La reunión ha sido aplazada del 3 al 10 de junio de 2031."),
    ):
        assert [(m[0], m[1], m[3]) for m in meetings_of(text)] == [
            ("2031-06-03", "2031-06-03", "postponed"),
            ("2031-06-10", "2031-06-10", "scheduled"),
        ], text
    text = EN.format("The meeting will be held from 3 to 10 June 2031.")
    assert [m[:2] for m in meetings_of(text)] == [("2031-06-03", "2031-06-10")]


def test_a_meeting_that_lasts_until_a_day_ends_on_it():
    for text in (
        EN.format("The meeting will begin on 3 June 2031 and last until 5 June 2031."),
        FR.format("La session s'ouvrira le 3 juin 2031 et se poursuivra jusqu'au 5 juin 2031."),
    ):
        assert deadline_days(text) == [], text
        assert [m[:2] for m in meetings_of(text)] == [("2031-06-03", "2031-06-05")], text
    text = EN.format("The online consultation will run until 30 June 2031.")
    assert deadline_days(text) == ["2031-06-30"]


def test_the_last_of_two_ordinal_days_of_a_month():
    text = EN.format("The meeting will be held on the 3rd and 4th of June 2031.")
    assert [m[:2] for m in meetings_of(text)] == [("2031-06-03", "2031-06-04")]


def test_a_day_said_to_be_the_deadline_after_it():
    for text in (
        EN.format("Please note that 15 March 2031 is the deadline for nominations."),
        FR.format("Le 15 mars 2031 est la date limite de réception des candidatures."),
        ES.format("El 15 de marzo de 2031 es la fecha límite para el envío de candidaturas."),
    ):
        assert deadline_days(text) == ["2031-03-15"], text
        assert meetings_of(text) == [], text


def test_a_reception_offered_is_a_meeting_the_receipt_of_papers_is_not():
    assert [
        m[0]
        for m in meetings_of(
            FR.format("Une réception de bienvenue sera offerte le 3 juin 2031 à 19 heures.")
        )
    ] == ["2031-06-03"]
    assert (
        meetings_of(
            FR.format(
                "Les candidatures seront examinées après la réception des dossiers le 3 juin 2031."
            )
        )
        == []
    )


def test_a_host_looking_forward_to_welcoming_the_addressee_names_a_visit():
    text = EN.format("We look forward to welcoming you in Geneva on 3 June 2031.")
    assert [m[0] for m in meetings_of(text)] == ["2031-06-03"]
    text = EN.format("We thank you for welcoming our delegation in Geneva on 3 January 2031.")
    assert meetings_of(text) == []


def test_a_span_whose_first_day_gives_its_hour():
    for text in (
        FR.format("La réunion se tiendra du lundi 2 juin (9 heures) au vendredi 6 juin 2031."),
        EN.format("The meeting will be held from 2 June at 9 a.m. to 6 June 2031 at 6 p.m."),
    ):
        assert meetings_of(text) == [("2031-06-02", "2031-06-06", "09:00", "scheduled")], text


def test_a_month_first_range_through_its_last_day():
    text = EN.format("The meeting will be held June 3 through 7, 2031 in Washington.")
    assert [m[:2] for m in meetings_of(text)] == [("2031-06-03", "2031-06-07")]


def test_other_ways_to_say_by():
    for text in (
        ES.format("Les ruego enviar sus comentarios con anterioridad al 15 de marzo de 2031."),
        ES.format("Les ruego enviar sus comentarios como máximo el 15 de marzo de 2031."),
        FR.format("Merci d'envoyer vos commentaires avant la date limite du 15 mars 2031."),
        FR.format("Merci d'envoyer vos commentaires au plus tard pour le 15 mars 2031."),
        EN.format("Please register for the workshop ahead of 15 March 2031."),
    ):
        assert deadline_days(text) == ["2031-03-15"], text
        assert meetings_of(text) == [], text


def test_ahead_of_a_meeting_on_its_day_is_no_deadline():
    text = EN.format("Please send your comments in advance of the meeting on 15 March 2031.")
    assert deadline_days(text) == []


def test_a_body_to_meet_or_that_meets_in_the_subjunctive():
    for text in (
        EN.format("The Committee is expected to meet on 3 June 2031."),
        EN.format("It is proposed that the Committee meet on 3 June 2031."),
        FR.format("Il est proposé que le Comité se réunisse le 3 juin 2031."),
        ES.format("Se propone que el Comité se reúna el 3 de junio de 2031."),
    ):
        assert [m[0] for m in meetings_of(text)] == ["2031-06-03"], text
    assert meetings_of(EN.format("I was pleased to meet on 3 January 2031 with you.")) == []


def test_a_meeting_put_off_without_a_day_is_told_once():
    text = EN.format("The workshop will be held at a later date, to be announced.")
    assert meetings_of(text) == [(None, None, None, "tentative")]
    text = (
        "Subject: Postponement of the fifth session of the Committee\n\n12 January 2031\n\n"
        "Dear colleagues,\n\nDue to unforeseen circumstances, the session will not take place "
        "as planned.\n"
    )
    assert meetings_of(text) == [(None, None, None, "postponed")]
    text = EN.format("The meeting will not take place.")
    assert meetings_of(text) == [(None, None, None, "cancelled")]


def test_a_deadlines_line_with_a_dash_before_its_day():
    for text in (
        EN.format("Deadline for registration – 15 March 2031"),
        EN.format("Registration deadline - 15 March 2031"),
        FR.format("Date limite d'inscription – 15 mars 2031"),
        EN.format("Deadline 15 March 2031"),
    ):
        assert deadline_days(text) == ["2031-03-15"], text
    assert deadline_days(EN.format("The deadline 2031 report will be published.")) == []


def test_the_hour_a_meeting_opens_on_its_first_day_told_later():
    for text in (
        EN.format(
            "The session will be held from 2 to 6 June 2031 in London. The provisional agenda "
            "is attached.\n\nThe session will open at 9.30 a.m. on the first day."
        ),
        FR.format(
            "La session se tiendra du 2 au 6 juin 2031. L'ordre du jour provisoire est joint. "
            "La séance d'ouverture aura lieu à 9 h 30 le premier jour."
        ),
        ES.format(
            "La reunión se celebrará del 2 al 6 de junio de 2031. Se adjunta el programa. La "
            "sesión inaugural comenzará a las 9:30 horas del primer día."
        ),
    ):
        assert meetings_of(text) == [("2031-06-02", "2031-06-06", "09:30", "scheduled")], text


def test_a_deadline_after_a_meetings_day_keeps_its_own_hour_and_day():
    text = EN.format(
        "Registration for the meeting (3 June 2031) will be open until 15 May 2031 at 17:00 CET."
    )
    assert meetings_of(text) == [("2031-06-03", "2031-06-03", None, "scheduled")]
    assert deadlines_of(text) == [("2031-05-15", "17:00")]
    text = FR.format(
        "En vue de la réunion du 3 juin 2031, les Parties sont invitées à soumettre leurs vues "
        "avant le 15 avril 2031."
    )
    assert [m[0] for m in meetings_of(text)] == ["2031-06-03"]
    assert deadline_days(text) == ["2031-04-15"]


def test_a_day_a_rule_applies_or_papers_are_available_from_is_no_meetings():
    for text in (
        EN.format("The rules adopted by the Conference will apply from 3 June 2031."),
        EN.format("The report of the session will be available on 3 June 2031."),
        FR.format("Le rapport de la session sera publié le 3 juin 2031."),
    ):
        assert meetings_of(text) == [], text
    text = EN.format(
        "The session will be held on 3 June 2031; the report will be available on 10 June 2031."
    )
    assert [m[0] for m in meetings_of(text)] == ["2031-06-03"]
