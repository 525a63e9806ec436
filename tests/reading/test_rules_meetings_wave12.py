"""Meetings in forms the development letters' newest rounds wrote, each rule on a short
made-up text and a close variant it must not read: a convocation in the present, what a host
holds, signings and cocktails held as events, a meeting held in the past at a place and its
country, and a news item's dateline."""

from tests.reading.readings import meeting_days, meetings_of, reading


def test_a_body_convened_in_the_present_is_a_meeting():
    texts = {
        "Lyon, le 4 mars 2031\n\nL'Assemblée générale ordinaire est convoquée le samedi 12 avril "
        "2031 à 14 h 30 au siège de l'association.\n": ("2031-04-12", "14:30"),
        "Lyon, le 4 mars 2031\n\nLes membres sont convoqués en Assemblée générale le samedi 12 "
        "avril 2031 à 9 heures.\n": ("2031-04-12", "09:00"),
        "Quito, 4 de marzo de 2031\n\nLa Asamblea General Ordinaria queda convocada para el 12 de "
        "abril de 2031 a las 10:00 horas.\n": ("2031-04-12", "10:00"),
    }
    for text, (day, time) in texts.items():
        assert meetings_of(text) == [(day, time, "scheduled")], text
    # the body named alone, convened by no one
    approved = (
        "Lyon, le 4 mars 2031\n\nL'Assemblée générale a approuvé le 12 avril 2031 les comptes.\n"
    )
    assert meetings_of(approved) == []


def test_what_a_host_holds_or_gives_is_a_meeting():
    panel = (
        "Geneva, 3 March 2031\n\nOn 20 May 2031, the Council will hold a high-level panel on "
        "water.\n"
    )
    lecture = (
        "Geneva, 3 March 2031\n\nThe Minister will deliver a lecture on 3 June 2031 at 5 p.m.\n"
    )
    assert meetings_of(panel) == [("2031-05-20", None, "scheduled")]
    assert meetings_of(lecture) == [("2031-06-03", "17:00", "scheduled")]
    # a panel of experts appointed is no gathering
    assert (
        meetings_of("Geneva, 3 March 2031\n\nThe panel of experts was appointed on 20 May 2031.\n")
        == []
    )


def test_a_signing_held_as_an_event_is_a_meeting_in_three_languages():
    texts = {
        "Rome, 3 March 2031\n\nThe signing of the agreement will take place on 3 June 2031 at "
        "the Ministry.\n": "2031-06-03",
        "Paris, le 3 mars 2031\n\nLa signature de l'accord aura lieu le 21 juin 2031.\n": (
            "2031-06-21"
        ),
        "Lima, 3 de marzo de 2031\n\nLa firma del acuerdo se realizará el 21 de junio de 2031.\n": (
            "2031-06-21"
        ),
    }
    for text, day in texts.items():
        assert meetings_of(text) == [(day, None, "scheduled")], text
    # a text open for signature from a day is no event
    assert (
        meetings_of(
            "Rome, 3 March 2031\n\nThe agreement will be open for signature from 3 June 2031.\n"
        )
        == []
    )


def test_a_cocktail_offered_is_a_meeting():
    french = "Paris, le 3 mars 2031\n\nUn cocktail sera offert le 21 juin 2031 à 19 heures.\n"
    spanish = "Lima, 3 de marzo de 2031\n\nSe ofrecerá un cóctel el 21 de junio de 2031.\n"
    assert meetings_of(french) == [("2031-06-21", "19:00", "scheduled")]
    assert meetings_of(spanish) == [("2031-06-21", None, "scheduled")]


def test_a_meeting_held_at_a_place_and_its_country_is_background():
    texts = [
        "Geneva, 3 March 2031\n\nThe meeting held in Nairobi, Kenya, on 3 May adopted the "
        "report.\n",
        "Genève, le 3 mars 2031\n\nLes réunions tenues à Abidjan, Côte d'Ivoire, les 27 et 28 mai "
        "ont adopté le rapport.\n",
        "Ginebra, 3 de marzo de 2031\n\nLa reunión celebrada en Lima, Perú, el 3 de mayo aprobó el "
        "informe.\n",
    ]
    for text in texts:
        assert meetings_of(text) == [], text
    # one still to be held there is announced
    assert meetings_of(
        "Geneva, 3 March 2031\n\nThe meeting to be held in Nairobi, Kenya, on 3 May 2031 will "
        "adopt the report.\n"
    ) == [("2031-05-03", None, "scheduled")]


def test_a_news_items_dateline_dates_no_meeting():
    english = (
        "Caracas, November 26 - The Secretary announced that the annual meeting of the Council "
        "will be held from 27 to 29 November 2031 in Caracas.\n"
    )
    french = (
        "Mardi 16 juin 2031 — La 70e réunion de l'Autorité se tiendra par visioconférence le 18 "
        "juin 2031.\n"
    )
    assert meetings_of(english) == [("2031-11-27", None, "scheduled")]
    assert meetings_of(french) == [("2031-06-18", None, "scheduled")]
    # a programme's row opening with its day is that day's meeting
    programme = (
        "Geneva, 3 March 2031\n\nProgramme of the Conference:\n14 June 2031 – Opening session "
        "of the Conference at 10:00\n"
    )
    assert meetings_of(programme) == [("2031-06-14", "10:00", "scheduled")]


def test_registrations_days_are_no_meetings():
    texts = [
        "Geneva, 3 March 2031\n\nOn-site registration for participants will be opened from 10 "
        "a.m. to 5 p.m. on Sunday, 4 May 2031, and during the remaining days of the meeting.\n",
        "Genève, le 3 mars 2031\n\nL'inscription des participants se fera le lundi 12 mai 2031 à "
        "partir de 8 heures, avant l'ouverture de la réunion.\n",
        "Lima, 3 de marzo de 2031\n\nEl registro de participantes se realizará el 12 de mayo de "
        "2031 a partir de las 8:00 horas, antes del inicio de la reunión.\n",
    ]
    for text in texts:
        assert meetings_of(text) == [], text
    # the meeting itself said to start after registration's day is read
    starts = (
        "Geneva, 3 March 2031\n\nRegistration will open on 12 May 2031 and the meeting will "
        "start at 10 a.m.\n"
    )
    assert meetings_of(starts) == [("2031-05-12", "10:00", "scheduled")]
    # registration's hour before the day is not the meeting's
    hours = (
        "Geneva, 3 March 2031\n\nRegistration will open at 8 a.m. on 12 May 2031 and the "
        "meeting will start at 10 a.m.\n"
    )
    assert meetings_of(hours) == [("2031-05-12", "10:00", "scheduled")]
    # the meeting's own hour before the day stays its own
    opens = (
        "Geneva, 3 March 2031\n\nThe meeting will open at 9 a.m. on 12 May 2031, after "
        "registration.\n"
    )
    assert meetings_of(opens) == [("2031-05-12", "09:00", "scheduled")]


def test_a_members_meeting_by_its_initials_is_a_meeting():
    agm = (
        "3 March 2031\n\nDear members,\n\nThis year the AGM takes place on 16 April 2031, "
        "starting at 6.30pm, at the Civic Centre.\n"
    )
    assert meetings_of(agm) == [("2031-04-16", "18:30", "scheduled")]
    # initials inside a longer word name nothing
    assert meetings_of("3 March 2031\n\nThe AGMA report is due on 16 April 2031.\n") == []


def test_a_headings_line_of_days_and_place_dates_the_name_above():
    english = (
        "3 March 2031\n\nDear Partners,\n\nSAVE THE DATE\nGlobal Conference on Water\n"
        "16-18 April 2031 | Lisbon, Portugal\n\nMore information will follow.\n"
    )
    french = (
        "3 mars 2031\n\nChers partenaires,\n\nTroisième Forum régional de l'eau\n"
        "4-6 juin 2031, Dakar\n\nLe programme suivra.\n"
    )
    assert meeting_days(english) == [("2031-04-16", "2031-04-18")]
    assert meeting_days(french) == [("2031-06-04", "2031-06-06")]
    # a line of days and place under a sentence that names no meeting
    assert (
        meeting_days(
            "3 March 2031\n\nDear Partners,\n\nOur offices will be closed.\n"
            "16-18 April 2031 | Lisbon, Portugal\n"
        )
        == []
    )


def test_hours_written_hs_and_a_time_the_meeting_is_called_for():
    hours = "Buenos Aires, 3 de marzo de 2031\n\nLa reunión será el día 8 de abril de 10 a 12 hs.\n"
    called_for = (
        "Lima, 3 de marzo de 2031\n\nLa reunión está convocada para las 17:00 horas del 8 de "
        "abril.\n"
    )
    assert [(m["start_time"], m["end_time"]) for m in reading(hours)["meetings"]] == [
        ("10:00", "12:00")
    ]
    assert meetings_of(called_for) == [("2031-04-08", "17:00", "scheduled")]
    # numbers without the unit are no hours
    counted = (
        "Lima, 3 de marzo de 2031\n\nLa reunión del 8 de abril de 2031 reunirá de 10 a 12 "
        "delegaciones.\n"
    )
    assert meetings_of(counted) == [("2031-04-08", None, "scheduled")]


def test_an_invitation_to_attend_a_meeting_without_its_day_is_an_undated_meeting():
    texts = [
        "Mexico, 3 March 2031\n\nDear Mr President,\n\nThank you for your kind invitation to "
        "attend the Summit of Heads of State.\n",
        "Paris, le 3 mars 2031\n\nMonsieur le Ministre,\n\nNous vous remercions de votre "
        "invitation à participer à la Conférence régionale.\n",
        "Lima, 3 de marzo de 2031\n\nSeñor Ministro:\n\nLe agradezco su invitación para asistir "
        "a la reunión de Cancilleres.\n",
    ]
    for text in texts:
        assert meetings_of(text) == [(None, None, "scheduled")], text
    # an invitation told in the past names no meeting to come
    past = (
        "Lima, 3 March 2031\n\nDear Colleague,\n\nI was invited to attend the Conference last "
        "year in Lima.\n"
    )
    assert meetings_of(past) == []


def test_the_hour_a_meeting_ends_after_its_day():
    texts = [
        "Geneva, 3 March 2031\n\nThe consultations will start at 10 a.m. on Monday, 28 April "
        "2031 and end at 1 p.m.\n",
        "Genève, le 3 mars 2031\n\nLa réunion commencera à 10 heures le 28 avril 2031 et se "
        "terminera à 13 heures.\n",
        "Lima, 3 de marzo de 2031\n\nLa reunión iniciará a las 10:00 horas del 28 de abril de "
        "2031 y concluirá a las 13:00 horas.\n",
    ]
    for text in texts:
        assert [(m["start_time"], m["end_time"]) for m in reading(text)["meetings"]] == [
            ("10:00", "13:00")
        ], text
    # the hour registration closes at is not the meeting's end
    registration = (
        "Geneva, 3 March 2031\n\nThe meeting will be held on 28 April 2031 at 10 a.m. "
        "Registration closes at 9 a.m.\n"
    )
    assert [(m["start_time"], m["end_time"]) for m in reading(registration)["meetings"]] == [
        ("10:00", None)
    ]


def test_a_meeting_told_in_the_present_by_an_undated_item_is_announced():
    texts = [
        "WATER FORUM\n\nThe Forum takes place from 3 to 5 May 2031 in Dakar.\n",
        "FORUM DE L'EAU\n\nLe Forum se tient du 3 au 5 mai 2031 à Dakar.\n",
        "CUMBRE DEL AGUA\n\nLa Cumbre se celebra del 3 al 5 de mayo de 2031 en Lima.\n",
    ]
    for text in texts:
        assert meeting_days(text) == [("2031-05-03", "2031-05-05")], text
    # told in the past it is background
    past = "WATER FORUM\n\nThe Forum took place from 3 to 5 May 2031 in Dakar.\n"
    assert meeting_days(past) == []
