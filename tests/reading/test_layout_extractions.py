"""Letters as a PDF's layout extraction gives them: a letterhead and a dateline side by side,
every line indented by the page's margin, paragraphs wrapped at the page's width."""

from plenipo.reading.files import paragraphs_rejoined

from .readings import addressees, cited, reading

NOTE = """11/27/26, 8:13 AM


   MINISTRY OF FOREIGN AFFAIRS
                                                                           Ref.: MFA/TRE/2026/114
   OF THE REPUBLIC OF ELDORIA
   12 Harbour Street, Port Elda
                                                                        Port Elda, 14 October 2026
   Tel: +99 12 345 678

  The Ministry of Foreign Affairs of the Republic of Eldoria presents its compliments to the
  Secretariat of the Council of Europe Convention on Action against Trafficking in Human Beings
  and has the honour to inform it that the national focal point will attend the 40th meeting of
  the Committee of the Parties, to be held in Strasbourg on 3 and 4 December 2026, starting at
  10 a.m. in Room 1 of the Agora building.

  The Ministry would be grateful if the Secretariat could confirm the accreditation of the
  delegation by 20 November 2026. A list of the delegation is enclosed.

  The Ministry of Foreign Affairs of the Republic of Eldoria avails itself of this opportunity
  to renew to the Secretariat the assurances of its highest consideration.

  Enclosure: list of the delegation (1 page)
"""


def test_a_value_over_a_line_end_keeps_one_space_between_its_words():
    assert addressees(NOTE) == [
        "Secretariat of the Council of Europe Convention on Action against Trafficking in "
        "Human Beings"
    ]
    found = reading(NOTE)
    assert found["deadlines"][0]["what"].endswith("confirm the accreditation of the delegation")
    assert "  " not in found["deadlines"][0]["what"]


def test_a_treaty_known_to_the_registry_named_only_in_a_bodys_name_is_read_without_error():
    found = reading(NOTE)
    assert (found["date"], found["place"], found["reference"]) == (
        "2026-10-14",
        "Port Elda",
        "MFA/TRE/2026/114",
    )
    # named only as the secretariat's name, and never spoken of again: not cited
    assert cited(NOTE) == []
    # spoken of again as "the Convention": cited, where the letter does
    again = NOTE.replace(
        "A list of the delegation is enclosed.",
        "A list of the delegation is enclosed. Eldoria is a Party to the Convention.",
    )
    assert cited(again) == ["CETS-197"]


def test_a_blank_line_ocr_puts_inside_a_paragraph_is_taken_out():
    scanned = (
        "PERMANENT MISSION OF ELDORIA TO THE UNITED NATIONS\n\nRef. 1234/2031\n\n"
        "The Permanent Mission of Eldoria presents its compliments to the Secretariat and "
        "has\nthe honour to request the list of the Parties to the United Nations Convention "
        "against\n\nOrganized Crime by 20 November 2031.\n\nGeneva, 2 November 2031\n"
    )
    rejoined = paragraphs_rejoined(scanned)
    assert "Convention against\nOrganized Crime by 20 November 2031." in rejoined
    # a heading in capitals, a short line, a sentence's end keep their blank line
    assert "THE UNITED NATIONS\n\nRef. 1234/2031\n\n" in rejoined
    assert "2031.\n\nGeneva" in rejoined
    deadline = reading(rejoined)["deadlines"][0]
    assert deadline["date"] == "2031-11-20"
    assert deadline["what"].endswith("United Nations Convention against Organized Crime")
