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


def tied_of(text):
    return [(d["date"], d.get("meeting"), d.get("kind")) for d in reading(text)["deadlines"]]


@pytest.mark.parametrize(
    ("language", "body"),
    [
        (
            "fr",
            "Le Secrétariat a l'honneur d'informer les États parties que la deuxième réunion "
            "du Groupe de travail se tiendra à Paris du 14 au 16 avril 2027. Les États parties "
            "sont priés de communiquer la composition de leur délégation au plus tard le 15 "
            "mars 2027.",
        ),
        (
            "en",
            "The Secretariat has the honour to inform the States Parties that the second "
            "meeting of the Working Group will be held in Paris from 14 to 16 April 2027. "
            "States Parties are requested to send the names of their participants no later "
            "than 15 March 2027.",
        ),
        (
            "es",
            "La Secretaría tiene el honor de informar que la segunda reunión del Grupo de "
            "Trabajo se celebrará en París del 14 al 16 de abril de 2027. Se ruega a los "
            "Estados Partes que comuniquen la composición de su delegación a más tardar el 15 "
            "de marzo de 2027.",
        ),
    ],
)
def test_a_deadline_to_send_the_delegation_is_the_meetings_registration(language, body):
    text = body + FOOT[language].format(place="Geneva")
    assert tied_of(text) == [("2027-03-15", 0, "registration")]


@pytest.mark.parametrize(
    "body",
    [
        # a deadline for something else than taking part stays on its own
        "The second meeting of the Working Group will be held in Paris from 14 to 16 April "
        "2027. States Parties are requested to send their comments on the draft report no "
        "later than 15 March 2027.",
        # nominations to a panel's seats are not registration for its meeting
        "The first meeting of the Panel will be held in Paris from 14 to 16 April 2027. "
        "Nominations for the membership of the Panel should reach the Secretariat no later "
        "than 15 March 2027.",
        # registering for nothing the letter announces after the deadline
        "The second meeting of the Working Group was held in Paris from 14 to 16 April 2026. "
        "States Parties are requested to register for the online course no later than 15 "
        "March 2027.",
    ],
)
def test_other_deadlines_are_not_tied_to_the_meeting(body):
    text = body + FOOT["en"].format(place="Geneva")
    assert [(date, meeting) for date, meeting, _ in tied_of(text)] == [("2027-03-15", None)]


def test_a_tied_deadline_is_kept_through_its_stored_form():
    from plenipo.reading import read_text  # noqa: PLC0415
    from plenipo.reading.model import Reading  # noqa: PLC0415

    read = read_text(
        "The second meeting of the Working Group will be held in Paris from 14 to 16 April "
        "2027. Please register no later than 15 March 2027." + FOOT["en"].format(place="Rome")
    )
    [deadline] = Reading.from_json(read.to_json()).deadlines
    assert (deadline.meeting, deadline.kind) == (0, "registration")
