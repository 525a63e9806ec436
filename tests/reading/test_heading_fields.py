"""A memorandum's or an e-mail's heading: the addressee is the "TO:" field's value, and the
fields under it ("FROM:", "DATE:", "Objet :", "Asunto:") are never addressees. Made-up
letters."""

import pytest

from plenipo.reading import read_text


@pytest.mark.parametrize(
    ("to", "field"),
    [
        ("TO: All Staff Members", "FROM: Jane Roe, Director-General"),
        ("TO: All Staff Members", "DATE: 3 May 2031"),
        ("Aux : Ministres des Affaires étrangères", "De : Jean Dupont, Secrétaire général"),
        ("Para: Ministros de Relaciones Exteriores", "De: Ana López, Secretaria General"),
    ],
)
def test_the_field_under_the_addressee_is_no_addressee(to, field):
    text = f"MEMORANDUM\n\n{to}\n{field}\nSUBJECT: Meeting\n\n1. The Committee meets on 12 June.\n"
    addressees = read_text(text).to_json()["addressees"]
    assert addressees == [to.split(":", 1)[1].strip()]


def test_an_address_block_of_several_lines_stays_whole():
    # must not: the lines of one address without a field's label stay together
    text = (
        "3 May 2031\n\nMr. John Doe\nDirector, Legal Department\nMinistry of Foreign Affairs\n"
        "Norcity, Norland\n\nDear Mr. Doe,\n\nI have the honour to invite you to the meeting.\n\n"
        "Yours sincerely,\n\nJane Roe\nExecutive Secretary\n"
    )
    assert read_text(text).to_json()["addressees"] == [
        "Mr. John Doe, Director, Legal Department, Ministry of Foreign Affairs, Norcity, Norland"
    ]


@pytest.mark.parametrize(
    ("line", "who"),
    [
        (
            "A la atención de: Sr. Pedro Gómez, Director de Tratados",
            "Sr. Pedro Gómez, Director de Tratados",
        ),
        ("À l'attention de : M. Paul Martin, Directeur", "M. Paul Martin, Directeur"),
        # must not: "des" stays the article of the group, not a label's colon
        ("À l'attention des délégations permanentes", "délégations permanentes"),
    ],
)
def test_an_attention_lines_label_with_its_colon(line, who):
    text = (
        f"Lima, 3 de mayo de 2031\n\n{line}\n\nEstimado Señor:\n\nTengo el honor de invitarle.\n\n"
        "Atentamente,\n\nAna López\n"
    )
    assert read_text(text).to_json()["addressees"] == [who]
