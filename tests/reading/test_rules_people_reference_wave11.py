"""Wave 11 (people, reference, kind): general forms of news articles retelling letters and
notes, checked on made-up texts."""

import pytest

from tests.reading.readings import addressees, kind

NOTE_RETOLD = [
    "Dans une note verbale publiée le 3 mai, le ministère des affaires étrangères de Valdora "
    "signifie à l'ambassade de Norland son refus du projet.\n\nLes autorités menacent de "
    "répondre.",
    "In a note verbale to the Embassy of Norland, the Ministry of Foreign Affairs of Valdora "
    "rejected the proposal.\n\nOfficials said more steps would follow.",
    "La Cancillería de Valdora rechazó el proyecto en una nota verbal entregada ayer a la "
    "Embajada de Norland.\n\nLas autoridades anunciaron medidas.",
    "Valdora demande le départ du chargé d'affaires de Norland.\n\nLe ministère a présenté ses "
    "compliments à l'ambassade de Norland et a renouvelé ses assurances.",
]


@pytest.mark.parametrize("text", NOTE_RETOLD)
def test_a_news_item_retelling_a_note_verbale_is_a_note(text):
    assert kind(text) == "note_verbale"


def test_a_news_item_naming_a_note_only_in_passing_is_not_a_note():
    text = (
        "Valdora hosts the regional fair.\n\nThe fair opens on Monday; a note verbale from "
        "the organisers listed the stands.\n\nVisitors are expected from ten countries."
    )
    assert kind(text) == "information_note"


LETTER_RETOLD = [
    (
        "Dans une correspondance adressée au Président du Comité de Normalisation, la "
        "fédération, par la voix de son Secrétaire Général, rappelle ses statuts.",
        "Président du Comité de Normalisation",
    ),
    (
        "In a letter addressed to the Chair of the Board, the federation recalled its rules.",
        "Chair of the Board",
    ),
    (
        "Dans un courrier envoyé au Premier ministre, le maire de Valdora, M. Jean Roe, "
        "réclame des moyens.",
        "Premier ministre",
    ),
]


@pytest.mark.parametrize(("text", "to"), LETTER_RETOLD)
def test_a_news_item_retelling_a_letter_is_a_letter_to_whom_it_names(text, to):
    assert kind(text) == "letter"
    assert any(to in name for name in addressees(text))


def test_a_letter_of_apology_addressed_to_someone_is_retold_as_a_letter():
    text = (
        "El canciller de Valdora se disculpó con Norland.\n\nEl ministro entregó la carta "
        "de disculpas dirigida a la canciller de ese país."
    )
    assert kind(text) == "letter"


def test_a_notice_naming_no_letter_stays_a_notice():
    text = "The fair opens on Monday.\n\nStands are addressed to exhibitors from ten countries."
    assert kind(text) == "information_note"
