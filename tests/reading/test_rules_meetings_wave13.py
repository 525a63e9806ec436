"""Meeting times: a length of time is no hour, and registration's hour is not the meeting's
when it is the only one given (made-up texts)."""

from plenipo.reading.times import find_time
from tests.reading.readings import reading


def _times(text):
    return [(m["start_time"], m["end_time"]) for m in reading(text)["meetings"]]


def test_a_length_of_hours_is_no_clock_time():
    assert find_time("la consulta durará de 2 a 3 horas") == (None, None)
    assert find_time("the session will last 2 to 3 hours") == (None, None)
    assert find_time("l'atelier durera 2 heures") == (None, None)
    assert find_time("for about 3 hours") == (None, None)


def test_hours_after_no_verb_of_lasting_are_still_a_time():
    assert find_time("la consulta será de 2 a 3 horas") == ("02:00", "03:00")
    assert find_time("from 2 to 3 p.m.") == ("14:00", "15:00")
    assert find_time("durante la sesión, a las 10:30") == ("10:30", None)


def test_a_meeting_that_lasts_hours_has_no_time():
    texts = [
        "Lima, 3 de marzo de 2031\n\nLa consulta se celebrará el 28 de abril de 2031 en Lima "
        "y durará de 2 a 3 horas.\n",
        "Genève, le 3 mars 2031\n\nL'atelier aura lieu le 28 avril 2031 à Genève et durera "
        "2 heures.\n",
        "Geneva, 3 March 2031\n\nThe workshop will be held on 28 April 2031 in Geneva and will "
        "last 2 to 3 hours.\n",
    ]
    for text in texts:
        assert _times(text) == [(None, None)], text


def test_registration_hour_alone_is_not_the_meetings():
    english = (
        "Geneva, 3 March 2031\n\nThe workshop will be held on 28 April 2031 in Geneva. "
        "Registration will open at 8.30 a.m.\n"
    )
    french = (
        "Genève, le 3 mars 2031\n\nL'atelier aura lieu le 28 avril 2031 à Genève, "
        "l'accueil des participants à 8 h 30.\n"
    )
    assert _times(english) == [(None, None)]
    assert _times(french) == [(None, None)]


def test_the_meetings_own_hour_after_registration_is_kept():
    text = (
        "Geneva, 3 March 2031\n\nThe workshop will be held on 28 April 2031 in Geneva. "
        "Registration will open at 8.30 a.m. and the workshop will start at 9.30 a.m.\n"
    )
    assert _times(text) == [("09:30", None)]


def _listed(text):
    return [(m["title"], m["start_date"]) for m in reading(text)["meetings"]]


def test_a_list_announced_by_its_month_gives_its_rows_not_the_month():
    english = (
        "Geneva, 3 March 2031\n\nDear Colleague,\n\nThe following meetings will be held in "
        "April:\n- the Working Group on Lighthouses, on 3 April 2031;\n- the Working Group on "
        "Buoys, on 10 April 2031.\n\nSincerely,\nThe Director\n"
    )
    french = (
        "Genève, le 3 mars 2031\n\nCher collègue,\n\nLes réunions suivantes se tiendront en "
        "avril 2031 :\n- Groupe de travail sur les phares, le 3 avril 2031 ;\n- Groupe de "
        "travail sur les bouées, le 10 avril 2031.\n"
    )
    spanish = (
        "Lima, 3 de marzo de 2031\n\nEstimado colega:\n\nLas siguientes reuniones se "
        "celebrarán en abril:\n1. Grupo de Trabajo sobre Faros, el 3 de abril de 2031;\n"
        "2. Grupo de Trabajo sobre Boyas, el 10 de abril de 2031.\n"
    )
    assert _listed(english) == [
        ("Working Group on Lighthouses", "2031-04-03"),
        ("Working Group on Buoys", "2031-04-10"),
    ]
    assert _listed(french) == [
        ("Groupe de travail sur les phares", "2031-04-03"),
        ("Groupe de travail sur les bouées", "2031-04-10"),
    ]
    assert _listed(spanish) == [
        ("Grupo de Trabajo sobre Faros", "2031-04-03"),
        ("Grupo de Trabajo sobre Boyas", "2031-04-10"),
    ]


def test_a_month_announced_with_no_rows_after_it_stays_a_meeting():
    text = (
        "Geneva, 3 March 2031\n\nDear Colleague,\n\nThe following meetings will be held in "
        "April:\n\nSincerely,\nThe Director\n"
    )
    assert [m["start"] for m in reading(text)["meetings"]] == ["2031-04"]


def test_the_hour_the_next_sentence_says_is_scheduled_is_the_meetings():
    texts = [
        "Geneva, 3 March 2031\n\nThe workshop will be held on 28 April 2031 in Geneva. The "
        "opening ceremony is scheduled at 9 a.m.\n",
        "Genève, le 3 mars 2031\n\nL'atelier aura lieu le 28 avril 2031 à Genève. "
        "L'ouverture est prévue à 9 heures.\n",
        "Lima, 3 de marzo de 2031\n\nEl taller se celebrará el 28 de abril de 2031 en Lima. "
        "La apertura está prevista para las 9:00 horas.\n",
    ]
    for text in texts:
        assert _times(text) == [("09:00", None)], text


def test_registration_scheduled_at_an_hour_gives_the_meeting_none():
    text = (
        "Geneva, 3 March 2031\n\nThe workshop will be held on 28 April 2031 in Geneva. "
        "Registration is scheduled at 8 a.m.\n"
    )
    assert _times(text) == [(None, None)]
