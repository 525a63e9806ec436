"""The city a meeting is held in (wave 15): the one the letter says the meeting is held in
("will be held in", "se tiendra à", "se celebrará en", "in X from … to …", "Venue:"), not
the mission's city its sentence names first nor the place the letter was written, on short
made-up texts with a close variant it must not read."""

import pytest

from tests.reading.readings import reading

FOOT = {
    "en": "\n\nThe Permanent Mission avails itself of this opportunity to renew its highest "
    "consideration.\n\n{place}, 20 November 2026\n",
    "fr": "\n\nLa Mission permanente saisit cette occasion pour renouveler les assurances de sa "
    "très haute considération.\n\n{place}, le 20 novembre 2026\n",
    "es": "\n\nLa Misión Permanente aprovecha la oportunidad para reiterar las seguridades de su "
    "más alta consideración.\n\n{place}, 20 de noviembre de 2026\n",
}


def cities_of(text):
    return [m["city"] for m in reading(text)["meetings"]]


@pytest.mark.parametrize(
    ("language", "place", "body", "city"),
    [
        (
            "fr",
            "Vienne",
            "La Mission permanente de la République du Nordland auprès de l'Office des "
            "Nations Unies à Vienne a l'honneur d'informer le Secrétariat que la deuxième "
            "réunion du Groupe de travail se tiendra à Paris du 14 au 16 avril 2027.",
            "Paris",
        ),
        (
            "en",
            "Vienna",
            "The Permanent Mission of Nordland to the United Nations in Vienna has the honour "
            "to inform the Secretariat that the second meeting of the Working Group will be "
            "held in Paris from 14 to 16 April 2027.",
            "Paris",
        ),
        (
            "es",
            "Viena",
            "La Misión Permanente de Nordlandia ante las Naciones Unidas en Viena tiene el "
            "honor de informar que la segunda reunión del Grupo de Trabajo se celebrará en "
            "Ginebra del 14 al 16 de abril de 2027.",
            "Ginebra",
        ),
        (
            "en",
            "Vienna",
            "The Permanent Mission of Nordland in Vienna has the honour to announce that the "
            "second meeting of the Working Group takes place in Paris from 14 to 16 April 2027.",
            "Paris",
        ),
    ],
)
def test_the_meeting_is_where_the_letter_says_it_is_held(language, place, body, city):
    text = body + FOOT[language].format(place=place)
    assert cities_of(text) == [city]


def test_a_later_sentence_saying_where_it_is_held_outweighs_the_missions_city():
    text = (
        "La Mission permanente auprès de l'Office des Nations Unies à Vienne informe le "
        "Secrétariat que la deuxième réunion du Groupe de travail aura lieu du 14 au 16 avril "
        "2027. La réunion se tiendra à Paris, au siège de l'UNESCO."
        + FOOT["fr"].format(place="Vienne")
    )
    assert cities_of(text) == ["Paris"]


@pytest.mark.parametrize(
    ("body", "city"),
    [
        # a city named for something done there before is not the meeting's
        (
            "The second meeting of the Working Group will be held from 14 to 16 April 2027 "
            "to review the report adopted in Paris in 2019.",
            None,
        ),
        (
            "La deuxième réunion du Groupe de travail se tiendra du 14 au 16 avril 2027 pour "
            "examiner le rapport adopté à Paris le 3 mai 2019.",
            None,
        ),
        # a letter written in Geneva about a meeting in Geneva stays Geneva
        (
            "The second meeting of the Working Group will be held in Geneva from 14 to 16 "
            "April 2027.",
            "Geneva",
        ),
        (
            "La segunda reunión del Grupo de Trabajo tendrá lugar en Ginebra del 14 al 16 de "
            "abril de 2027.",
            "Ginebra",
        ),
    ],
)
def test_a_city_not_said_of_the_meeting_is_not_its_place(body, city):
    text = body + FOOT["en"].format(place="Geneva")
    assert cities_of(text) == [city]


def test_two_places_said_of_meetings_are_each_their_own():
    text = (
        "The first meeting of the Working Group will be held in Paris from 14 to 16 April "
        "2027. The second meeting of the Working Group will be held in Rome from 8 to 10 "
        "September 2027." + FOOT["en"].format(place="Vienna")
    )
    assert cities_of(text) == ["Paris", "Rome"]


def test_a_venue_line_gives_the_meetings_city_over_the_missions():
    text = (
        "The Permanent Mission in Vienna announces the second meeting of the Working Group, "
        "to be held from 14 to 16 April 2027.\n\nVenue: UNESCO Headquarters, Paris\n"
        + FOOT["en"].format(place="Vienna")
    )
    assert cities_of(text) == ["Paris"]
