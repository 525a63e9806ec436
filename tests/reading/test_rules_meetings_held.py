"""Meetings as letters of every kind write them, each rule on a short made-up text: bodies
whose sitting is held, audiences, the same day, times written before the day."""

from plenipo.reading import read_text
from plenipo.reading.dates import find_time
from tests.reading.readings import meetings_of


def test_a_body_whose_sitting_is_held_is_a_meeting_in_three_languages():
    texts = {
        "Accra, 2 March 2031\n\nThe Council of Ministers will be held on Thursday, 6 March 2031 "
        "at 10 a.m. at the Jubilee House.\n": ("2031-03-06", "10:00"),
        "Dakar, le 5 mai 2031\n\nL'Assemblée générale de l'Association se tiendra le samedi 21 "
        "juin 2031 à 9 heures.\n": ("2031-06-21", "09:00"),
        "Lima, 5 de mayo de 2031\n\nLa Asamblea General ordinaria se celebrará el 20 de junio de "
        "2031 a las 10:00 horas.\n": ("2031-06-20", "10:00"),
    }
    for text, (day, time) in texts.items():
        assert meetings_of(text) == [(day, time, "scheduled")], text


def test_a_body_named_in_a_resolution_or_as_the_object_of_elections_holds_nothing():
    resolution = (
        "New York, 5 May 2031\n\nThe Secretariat draws attention to General Assembly "
        "resolution 85/123 of 14 December 2030 and requests comments by 30 June 2031.\n"
    )
    elections = (
        "New York, 5 May 2031\n\nWe recall that the elections to the Council will be held on "
        "9 June 2031.\n"
    )
    assert meetings_of(resolution) == []
    assert meetings_of(elections) == []


def test_an_audience_granted_is_a_meeting():
    english = (
        "Rome, 1 June 2031\n\nExcellency,\nHis Holiness will receive you in private audience on "
        "Friday, 13 June 2031 at 11 a.m.\n"
    )
    french = (
        "Rabat, le 1er juin 2031\n\nSa Majesté vous recevra en audience le mardi 10 juin 2031 "
        "à 16 heures.\n"
    )
    assert meetings_of(english) == [("2031-06-13", "11:00", "scheduled")]
    assert meetings_of(french) == [("2031-06-10", "16:00", "scheduled")]
    assert meetings_of("Geneva, 1 June 2031\n\nThe target audience of the guide is wide.\n") == []


def test_a_meeting_held_the_same_day_is_another_at_its_own_time():
    english = (
        "New York, 2 May 2031\n\nThe Committee will meet on Tuesday, 13 May 2031 at 10 a.m. in "
        "Conference Room 3. A reception will be held the same day at 6 p.m.\n"
    )
    french = (
        "Genève, le 4 mars 2031\n\nLa réunion du Bureau se tiendra le jeudi 20 mars 2031 à 10 "
        "heures, salle XVII. Une réception aura lieu le même jour à 18 heures.\n"
    )
    spanish = (
        "Lima, 4 de marzo de 2031\n\nLa reunión se celebrará el jueves 20 de marzo de 2031 a las "
        "9:00 horas. Ese mismo día se ofrecerá una recepción a las 19:00 horas.\n"
    )
    assert meetings_of(english) == [
        ("2031-05-13", "10:00", "scheduled"),
        ("2031-05-13", "18:00", "scheduled"),
    ]
    assert meetings_of(french) == [
        ("2031-03-20", "10:00", "scheduled"),
        ("2031-03-20", "18:00", "scheduled"),
    ]
    assert meetings_of(spanish) == [
        ("2031-03-20", "09:00", "scheduled"),
        ("2031-03-20", "19:00", "scheduled"),
    ]


def test_a_time_at_noon_before_the_day_and_an_hour_written_out():
    noon = (
        "Geneva, 1 March 2031\n\nA briefing for delegations will take place at noon on "
        "Wednesday, 12 March 2031, in Room XXI.\n"
    )
    spelled = (
        "Washington, May 3, 1921\n\nSir: I have the honor to inform you that the Conference will "
        "convene at Washington on November 11, 1921, at eleven o'clock in the morning.\n"
    )
    french = "Paris, le 3 mai 2031\n\nLa séance s'ouvrira le 12 mai 2031 à dix heures.\n"
    assert meetings_of(noon) == [("2031-03-12", "12:00", "scheduled")]
    assert meetings_of(spelled) == [("1921-11-11", "11:00", "scheduled")]
    assert meetings_of(french) == [("2031-05-12", "10:00", "scheduled")]


def test_an_hour_written_out_without_at_is_a_length_of_time():
    assert find_time("la réunion durera deux heures") == (None, None)
    assert find_time("la sesión durará dos horas") == (None, None)
    assert find_time("à onze heures") == ("11:00", None)
    assert find_time("a las diez horas") == ("10:00", None)


def test_a_programme_line_opening_with_the_hour_gives_its_day_its_time():
    english = (
        "Geneva, 3 March 2031\n\nProgramme of the workshop\n\nTuesday, 8 April 2031\n"
        "09:30 Registration\n10:00 Opening session\n"
    )
    french = (
        "Genève, le 3 mars 2031\n\nProgramme du séminaire\n\nMardi 8 avril 2031\n"
        "9 h 30 Accueil des participants\n10 h 00 Ouverture\n"
    )
    assert meetings_of(english) == [("2031-04-08", "09:30", "scheduled")]
    assert meetings_of(french) == [("2031-04-08", "09:30", "scheduled")]


def deadline_days(text):
    return [d["date"] for d in read_text(text).to_json()["deadlines"]]


def test_a_time_said_to_be_in_the_morning_is_before_noon():
    assert find_time("a las 10 de la mañana") == ("10:00", None)
    assert find_time("à 9 heures du matin") == ("09:00", None)
    assert find_time("a las 5 de la tarde") == ("17:00", None)
    spanish = (
        "Quito, 3 de febrero de 2031\n\nLa reunión se realizará el lunes 10 de febrero de 2031 "
        "a las 10 de la mañana.\n"
    )
    assert meetings_of(spanish) == [("2031-02-10", "10:00", "scheduled")]


def test_the_day_a_meeting_was_originally_scheduled_for_is_postponed():
    text = (
        "Geneva, 3 February 2031\n\nThe meeting of the Bureau, originally scheduled for 10 "
        "February 2031, will now be held on 17 February 2031 at 3 p.m.\n"
    )
    french = (
        "Genève, le 3 février 2031\n\nLa réunion, initialement prévue le 10 février 2031, est "
        "reportée au 17 février 2031.\n"
    )
    expected = [("2031-02-10", None, "postponed"), ("2031-02-17", "15:00", "scheduled")]
    assert meetings_of(text) == expected
    assert meetings_of(french) == [expected[0], ("2031-02-17", None, "scheduled")]


def test_prior_to_a_day_is_a_deadline_prior_to_a_meeting_is_not():
    text = (
        "Geneva, 3 February 2031\n\nDelegations are kindly requested to register prior to 1 "
        "March 2031.\n"
    )
    symposium = (
        "Geneva, 3 February 2031\n\nA symposium will take place immediately prior to the "
        "Conference, on 14 September 2031.\n"
    )
    assert deadline_days(text) == ["2031-03-01"]
    assert deadline_days(symposium) == []


def rooms_and_venues(text):
    return [(m["room"], m["venue"]) for m in read_text(text).to_json()["meetings"]]


def test_a_meetings_room_and_the_building_it_is_in():
    geneva = (
        "Geneva, 1 October 2031\n\nThe informal consultations will take place on Monday, 13 "
        "October 2031, from 3 to 6 p.m. in Room XXIV, Palais des Nations.\n"
    )
    madrid = (
        "Madrid, 1 de octubre de 2031\n\nLa reunión tendrá lugar el miércoles 15 de octubre de "
        "2031 a las 11.00 horas en la Sala Europa del Ministerio.\n"
    )
    london = (
        "London, 1 October 2031\n\nThe Sub-Committee will meet on 20 October 2031 at IMO "
        "Headquarters.\n"
    )
    online = "Bonn, 1 October 2031\n\nThe workshop will be held online on 20 October 2031.\n"
    assert rooms_and_venues(geneva) == [("Room XXIV", "Palais des Nations")]
    assert rooms_and_venues(madrid) == [("Sala Europa", None)]
    assert rooms_and_venues(london) == [(None, "IMO Headquarters")]
    assert rooms_and_venues(online) == [(None, "online")]


def test_a_forms_venue_line_is_the_meetings_venue():
    text = (
        "London, 1 October 2031\n\nInformal meeting of the Working Group\nDate: 20 October 2031\n"
        "Time: 10:00 - 13:00\nVenue: Hotel Bristol, 12 Harbour Street\n"
    )
    assert rooms_and_venues(text) == [(None, "Hotel Bristol, 12 Harbour Street")]


def test_a_meal_a_host_offers_is_a_meeting():
    english = (
        "London, 4 September 2031\n\nThe Minister will host a dinner on 25 September 2031 at "
        "8 p.m. at Lancaster House.\n"
    )
    spanish = (
        "Lima, 4 de septiembre de 2031\n\nEl Canciller ofrecerá un almuerzo el 12 de septiembre "
        "de 2031 a las 13:00 horas.\n"
    )
    assert meetings_of(english) == [("2031-09-25", "20:00", "scheduled")]
    assert meetings_of(spanish) == [("2031-09-12", "13:00", "scheduled")]
