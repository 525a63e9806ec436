"""Who writes a letter and to whom, in general forms letters write (docs/reading.md): each
rule on short made-up texts, with a close variant it must not read."""

import pytest

from tests.reading.readings import addressees, reading

BODY_EN = (
    "I am writing to you regarding the recent events on the border between our two "
    "countries. My Government calls upon the international community to act.\n"
)
BODY_FR = "Je vous écris au sujet des récents événements à la frontière entre nos deux pays.\n"
BODY_ES = "Me dirijo a usted con motivo de los recientes acontecimientos en la frontera.\n"


def sender(text):
    return reading(text)["sender"] or {}


@pytest.mark.parametrize(
    ("heading", "name", "post"),
    [
        (
            "Letter from the Minister for Foreign Affairs of Norland, Jane Roe, to the "
            "Secretary-General",
            "Jane Roe",
            "Minister for Foreign Affairs of Norland",
        ),
        (
            "Letter from Foreign Minister Jane Roe to the President of the Security Council",
            "Jane Roe",
            "Foreign Minister",
        ),
        (
            "Message from Jane Roe, President of the Assembly, to the members of the Council",
            "Jane Roe",
            "President of the Assembly",
        ),
        (
            "Lettre du Président Jean Dupont au Secrétaire général des Nations Unies",
            "Jean Dupont",
            "Président",
        ),
        (
            "Carta del canciller Juan Pérez a su homólogo de Sureña",
            "Juan Pérez",
            "canciller",
        ),
    ],
)
def test_a_heading_letter_from_a_writer_to_someone_names_the_writer(heading, name, post):
    body = BODY_FR if heading.startswith("Lettre") else BODY_EN
    body = BODY_ES if heading.startswith("Carta") else body
    found = sender(f"{heading}\n\n{body}")
    assert (found.get("name"), found.get("title")) == (name, post)


@pytest.mark.parametrize(
    "heading",
    [
        # a post alone, or a body, names no one
        "Letter from the Minister for Foreign Affairs of Norland to the Secretary-General",
        "Letter from Human Rights Watch to the President of the Security Council",
        "Letter from South Africa to the Secretary-General",
    ],
)
def test_a_heading_letter_from_a_post_or_a_body_names_no_person(heading):
    assert sender(f"{heading}\n\n{BODY_EN}").get("name") is None


def test_a_heading_from_writer_to_addressee_keeps_its_addressee():
    heading = "Letter from Foreign Minister Jane Roe to the President of the Security Council"
    text = f"{heading}\n\n{BODY_EN}"
    assert addressees(text) == ["President of the Security Council"]


@pytest.mark.parametrize(
    ("text", "opening"),
    [
        # a flattened copy: the envelope's "à" before the courtesy title
        (
            "Paris, le 4 avril 2031 à Son Excellence Monsieur Jean Roe Ministre des Affaires "
            "étrangères de la République de Norlande Monsieur le Ministre, J'ai l'honneur de "
            "vous informer que la prochaine réunion du Comité se tiendra à Genève. Veuillez "
            "agréer, Monsieur le Ministre, l'assurance de ma très haute considération. Paul "
            "Durand Secrétaire général",
            "Son Excellence Monsieur Jean Roe",
        ),
        # a flattened copy: the Spanish greeting of courtesy ends the block of address
        (
            "Lima, 5 de mayo de 2031 Señor Juan Roe García Ministro de Relaciones Exteriores "
            "de la República de Sureña Presente.- De mi mayor consideración: Tengo el agrado "
            "de dirigirme a usted con el fin de invitarle a la reunión regional. Atentamente, "
            "Ana Durán Ministra de Relaciones Exteriores",
            "Señor Juan Roe García",
        ),
    ],
)
def test_a_flattened_block_of_address_before_its_greeting_is_the_addressee(text, opening):
    found = addressees(text)
    assert len(found) == 1
    assert found[0].startswith(opening)


@pytest.mark.parametrize(
    "text",
    [
        # within a sentence, the courtesy title is no block of address
        "Paris, le 4 avril 2031 La lettre transmise à Son Excellence Monsieur Jean Roe a été "
        "reçue. Nous vous informons que la réunion se tiendra à Genève.",
        # "consideración" within a sentence is no greeting
        "Lima, 5 de mayo de 2031 El asunto de mi mayor consideración: la reunión regional se "
        "celebrará en Lima.",
    ],
)
def test_a_courtesy_title_or_consideration_within_a_sentence_names_no_addressee(text):
    assert addressees(text) == []


LONG_BODY = (
    "We are writing to you ahead of the Council meeting to express our deep concern about the "
    "proposed changes to the rules on the protection of migrants at sea, which in our view "
    "would weaken the existing guarantees.\n\nWe urge you to reconsider the proposal and to "
    "consult civil society organisations before the next meeting of the Council.\n\n"
    "Sincerely,\nAnna Roe\nDirector\n"
)


@pytest.mark.parametrize(
    "head",
    [
        "To: H.E. Ms. Jane Roe, President of the Commission\n"
        "H.E. Mr. John Doe, President of the Council\n"
        "H.E. Ms. Mary Poe, President of the Parliament\n",
        "To:\nMs. Jane Roe, President of the Commission\nMr. John Doe, President of the Council\n"
        "Ms. Mary Poe, President of the Parliament\n",
    ],
)
def test_a_to_field_listing_persons_one_a_line_gives_each(head):
    found = addressees(f"{head}\nDear Presidents,\n\n{LONG_BODY}")
    assert [who.split(",")[0].split()[-1] for who in found] == ["Roe", "Doe", "Poe"]


def test_a_to_field_with_one_persons_address_stays_one_block():
    head = (
        "To: H.E. Mr. John Doe, Minister of Foreign Affairs\nMinistry of Foreign Affairs\nArdenne\n"
    )
    assert addressees(f"{head}\nDear Minister,\n\n{LONG_BODY}") == [
        "H.E. Mr. John Doe, Minister of Foreign Affairs, Ministry of Foreign Affairs, Ardenne"
    ]
