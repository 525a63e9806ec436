"""A block of address joined on one line: a courtesy title alone on its line goes with the
name under it, a line going on in lower case with the line above, the envelope's "à" and
"To" are dropped, and a heading ends the block. Made-up letters."""

import pytest

from plenipo.reading import read_text
from plenipo.reading.addressing import joined_address


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (
            ["His Excellency", "Mr. Pedro Ruiz", "Minister for Foreign Affairs", "Lima"],
            "His Excellency Mr. Pedro Ruiz, Minister for Foreign Affairs, Lima",
        ),
        (
            ["Son Excellence", "Madame Awa Diop", "Ministre des Affaires étrangères"],
            "Son Excellence Madame Awa Diop, Ministre des Affaires étrangères",
        ),
        (
            ["Président de la Commission de l'Organisation", "des États d'Afrique", "à", "Dakar"],
            "Président de la Commission de l'Organisation des États d'Afrique, Dakar",
        ),
        (["Presidente de la República", "(Asunción)."], "Presidente de la República, (Asunción)"),
        (["Embassy of Norland", "Washington, D.C."], "Embassy of Norland, Washington, D.C."),
    ],
)
def test_the_lines_of_an_address_joined(lines, joined):
    assert joined_address(lines) == joined


def test_a_letters_address_to_his_excellency_stops_at_the_heading_under_it():
    text = (
        "Malabo, 2 de septiembre de 2031\n\n"
        "A su excelencia Pedro Ruiz Gómez\n\nPresidente de la República de Norlandia\n\n"
        "(Ciudad del Norte).\n\nMENSAJE DE FELICITACIÓN:\n\n"
        "Me es grato dirigirme a Su Excelencia para felicitarle.\n"
    )
    assert read_text(text).to_json()["addressees"] == [
        "su excelencia Pedro Ruiz Gómez, Presidente de la República de Norlandia, "
        "(Ciudad del Norte)"
    ]


def test_the_person_a_to_line_names_is_the_addressee_not_the_signatory():
    found = read_text(
        "To:\nMs Ana Lobo\nDirector-General\nAgency of Norland\n\nMadam,\nI write to you.\n"
    ).to_json()
    assert found["addressees"] == ["Ms Ana Lobo, Director-General, Agency of Norland"]
    assert found["sender"] is None


@pytest.mark.parametrize(
    ("note", "addressee"),
    [
        (
            "Le Ministère présente ses compliments à l'Ambassade de Norlandie à Lomé et "
            "voudrait porter à sa connaissance ce qui suit.",
            "Ambassade de Norlandie à Lomé",
        ),
        (
            "El Ministerio saluda atentamente a la Embajada de Norlandia y quisiera informarle "
            "lo siguiente.",
            "Embajada de Norlandia",
        ),
    ],
)
def test_a_notes_addressee_before_what_the_note_would_say(note, addressee):
    assert read_text(note).to_json()["addressees"] == [addressee]
