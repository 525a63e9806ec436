"""A note's reference on its dateline, a page's print stamp, a typist's dash after the signed
name, and the language of a short Spanish letter or of one paragraph of a bilingual one.
Made-up letters."""

import pytest

from plenipo.reading import read_text
from tests.reading.readings import reading


@pytest.mark.parametrize(
    ("dateline", "reference"),
    [
        ("EU-2231 March 3, 1999.", "EU-2231"),
        ("MFA 123/45-6789 21st June, 1975", "MFA 123/45-6789"),
        ("DM-05/1171 3 de mayo de 2019", "DM-05/1171"),
        ("CM(2000)72 4 May 2000", "CM(2000)72"),
    ],
)
def test_a_notes_number_before_its_date_on_the_dateline_is_its_reference(dateline, reference):
    text = f"Embassy of Utopia\n{dateline}\nThe Embassy presents its compliments to the Ministry."
    assert reading(text)["reference"] == reference


def test_a_printed_pages_date_and_time_stamp_is_no_reference():
    text = (
        "Printed: 113/11/25 09:28\n\nExchange of notes\n\n"
        "The Embassy presents its compliments to the Ministry and has the honour to propose.\n"
    )
    assert reading(text)["reference"] is None
    stamped = text.replace("113/11/25 09:28", "2024/11/25")
    assert reading(stamped)["reference"] is None  # a date alone, as before


@pytest.mark.parametrize("signed", ["JUAN PÉREZ GÓMEZ.-", "Juan Pérez Gómez.-"])
def test_a_dash_the_typist_put_after_the_signed_name_is_not_part_of_it(signed):
    text = (
        "Señor Presidente:\n\nTengo el honor de dirigirme a usted para felicitarlo.\n\n"
        f"Atentamente,\n\n{signed}\n"
    )
    assert reading(text)["sender"]["name"].upper() == "JUAN PÉREZ GÓMEZ"


def test_a_short_spanish_letter_is_spanish_though_it_shares_small_words_with_french():
    found = reading(
        "Señor Presidente:\n\nTengo el honor de dirigirme a usted. Le ruego visitar México "
        "antes de la reunión de APEC, que se celebrará en noviembre.\n\n"
        "Atentamente,\n\nJuan Pérez\n"
    )
    assert (found["language"], found["requested_actions"]) == ("es", ["visit México"])


def test_the_french_paragraph_of_an_english_circular_is_glossed_from_french():
    found = reading(
        "CIRCULAR\n\n1. The Committee will meet on 3 May 2031 in Geneva. Delegations are "
        "invited to attend.\n\n2. Les gouvernements qui désirent être représentés à cette "
        "réunion sont priés de confirmer leur participation dès que possible.\n"
    )
    assert found["language"] == "en"
    assert "confirm participation" in found["requested_actions"]


def test_diplomats_asked_to_leave_the_territory_in_french_and_spanish():
    french = reading(
        "Le Ministère des Affaires étrangères présente ses compliments à l'Ambassade.\n"
        "Les agents concernés sont priés de quitter le territoire national.\n"
        "Le Ministère saisit cette occasion pour renouveler les assurances de sa haute "
        "considération.\n"
    )
    assert french["requested_actions"] == ["leave the national territory"]


def test_a_web_copys_inline_markup_is_read_through_its_offsets_kept():
    text = (
        "<p><strong>Ministerio de Relaciones Exteriores</strong></p>\n"
        "<p>Lima, 3 de <strong>mayo</strong> de 2031</p>\n"
        "<p>Señor Embajador:</p>\n<p>Tengo el honor de dirigirme a usted.</p>\n"
    )
    found = read_text(text)
    assert (str(found.date.bounds), found.date.place) == ("2031-05-03", "Lima")
    assert text[found.date.evidence.start : found.date.evidence.end].startswith("3 de")


@pytest.mark.parametrize("district", ["S.W.1.", "W.C.2", "SW1A 2AH"])
def test_a_postal_district_in_the_letterheads_address_is_no_reference(district):
    text = (
        f"WHALING BOARD, 9 KING'S ROAD, LONDON, {district} 19th November, 2031.\n\n"
        "Sir,\n\nI beg to remind you that the period for objections has ended.\n"
    )
    assert reading(text)["reference"] is None
