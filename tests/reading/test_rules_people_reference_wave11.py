"""Wave 11 (people, reference, kind): general forms of news articles retelling letters and
notes, checked on made-up texts."""

import pytest

from tests.reading.readings import addressees, kind, reading, sender_name

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


NEWS_CUT_SHORT = [
    "See Full Page",
    "Read Full Story",
    "Lire la suite",
    "Ver Nota Completa",
]


@pytest.mark.parametrize("link", NEWS_CUT_SHORT)
def test_a_web_pages_link_under_a_cut_letter_is_no_signer(link):
    text = (
        "El presidente de Valdora, Juan Roe, dirigió una carta al secretario general de la "
        "Organización, Ana Gómez, en la que denunció la actitud de Norland.\n\n"
        "“Solicito que Usted asuma la defensa de sus principios, instando al Gobierno de\n\n"
        f"{link}\n"
    )
    assert sender_name(text) == "Juan Roe"


def test_a_signers_name_on_the_last_line_is_still_read():
    text = "Dear Colleague,\n\nI write to thank you for your help.\n\nJane Roe\n"
    assert sender_name(text) == "Jane Roe"


HEADING_NAME_POST_ADDRESSED = [
    "Message de félicitations de Son Excellence Monsieur Jean ROE, Ministre des Affaires "
    "Etrangères de Valdora, adressé à Son Excellence Monsieur Paul DOE, Ministre des Affaires "
    "Etrangères de Norland\n\nMonsieur le Ministre,\n\nC'est avec plaisir que je vous "
    "adresse mes félicitations.",
    "Message of congratulations from His Excellency Mr. Jean Roe, Minister of Foreign Affairs "
    "of Valdora, addressed to His Excellency Mr. Paul Doe\n\nDear Minister,\n\nIt is with "
    "pleasure that I send you my congratulations.",
    "Carta del Excmo. Sr. Jean Roe, Ministro de Relaciones Exteriores de Valdora, dirigida al "
    "Ministro de Norland\n\nSeñor Ministro:\n\nEs un placer felicitarle.",
]


@pytest.mark.parametrize("text", HEADING_NAME_POST_ADDRESSED)
def test_a_heading_naming_the_writer_and_post_before_whom_it_is_addressed_to(text):
    assert sender_name(text) in ("Jean ROE", "Jean Roe")


def test_a_heading_naming_a_body_before_whom_it_is_addressed_to_names_no_writer():
    text = (
        "Message from the Ministry of Foreign Affairs, Protocol Department, addressed to all "
        "Embassies\n\nThe Ministry informs the Embassies that the offices close on Friday."
    )
    assert sender_name(text) is None


BODY_THROUGH_ITS_POST = [
    "Dans une correspondance adressée au Président de la Ligue, la Fédération, par la voix de "
    "son Secrétaire Général, rappelle ses statuts.",
    "In a letter sent to the Chair of the League, the Federation, through its Secretary "
    "General, recalls its statutes.",
    "En una carta dirigida al Presidente de la Liga, la Federación, por medio de su Secretario "
    "General, recuerda sus estatutos.",
]


@pytest.mark.parametrize("text", BODY_THROUGH_ITS_POST)
def test_a_body_writing_through_its_officer_is_known_by_the_post(text):
    sender = reading(text)["sender"] or {}
    assert sender.get("name") is None
    assert "Secr" in (sender.get("title") or "")


def test_a_body_through_its_members_is_no_post():
    text = (
        "In a letter sent to the Chair of the League, the Federation, through its members, "
        "recalls its statutes."
    )
    assert not (reading(text)["sender"] or {}).get("title")


LETTER_HANDED_OVER = [
    (
        "El canciller de Valdora se disculpó con Norland.\n"
        "Roe entregó a la embajadora una carta dirigida a la canciller de ese país, Ana Gómez, "
        'en la que asegura: "Mis palabras no buscaban ofender".',
        "canciller de ese país, Ana Gómez",
    ),
    (
        "Valdora apologised to Norland.\n"
        "The envoy delivered a letter addressed to the Foreign Minister of Norland, Ana Gomez, "
        "in which the minister regrets his words.",
        "Foreign Minister of Norland, Ana Gomez",
    ),
    (
        "Valdora s'excuse auprès de Norland.\n"
        "L'envoyé a remis une lettre adressée au Ministre des Affaires étrangères de Norland, "
        "dans laquelle il regrette ses propos.",
        "Ministre des Affaires étrangères de Norland",
    ),
]


@pytest.mark.parametrize(("text", "to"), LETTER_HANDED_OVER)
def test_a_letter_named_by_whom_it_is_addressed_to_names_its_addressee(text, to):
    assert any(to in found for found in addressees(text))


def test_a_letter_addressed_to_no_post_or_body_names_no_addressee():
    text = (
        "Valdora answered the complaints.\n"
        "The office delivered a letter addressed to whoever had asked, in which it regrets "
        "the delay."
    )
    assert addressees(text) == []


PAPER_NUMBERS = [
    (
        "FA(NP) 12: Letter to the Chair of the Committee from the Minister\n\nI write to",
        "FA(NP) 12",
    ),
    ("ITC 7: Letter from the Minister for Trade\n\nto the Chair\n\nI write to", "ITC 7"),
    (
        "UNEP/EA.6/INF/2: Note by the Secretariat\n\nThe Secretariat has the honour to",
        "UNEP/EA.6/INF/2",
    ),
]


@pytest.mark.parametrize(("text", "number"), PAPER_NUMBERS)
def test_a_papers_number_before_the_letters_heading_is_its_reference(text, number):
    assert reading(text)["reference"] == number


@pytest.mark.parametrize(
    "text",
    [
        "Geneva 2019: Letter to all Members\n\nDear Members,\n\nI write to",
        "May 4: Letter to all Members\n\nDear Members,\n\nI write to",
    ],
)
def test_a_place_or_a_day_before_the_heading_is_no_reference(text):
    assert reading(text)["reference"] is None
