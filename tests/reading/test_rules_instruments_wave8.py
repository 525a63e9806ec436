"""Instruments cited the ways real letters still wrote them past the reader: an OCR'd list of
the General Assembly's older resolutions each with its date, a title opening on a place of
two words, titles with commas inside, words OCR split (made-up texts)."""

from plenipo.reading import read_text
from plenipo.reading.instruments import canonical


def cited(text):
    return [canonical(x) for x in read_text(text).to_json()["instruments_cited"]]


def test_a_list_of_older_resolutions_each_dated_goes_on_past_a_garbled_number():
    text = (
        "Monsieur le Ministre,\n\nLes dépenses autorisées par lesrésolutions de l'Assemblée\n"
        "générale 1702 (XV) et 1703 (XV) du 4 mai 1960, 17.04(XV) du 9 juin 1961, 1711 (XVI) du\n"
        "2 octobre 1961 et 1712 (ES-1) du 3 novembre 19j6 sont examinées, ainsi que celles des\n"
        "résolutionsde l'Assembléegénérale: 1801 (XI) du 8 mai 1957, lOgo (XI), 1802 (XII).\n\n"
        "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.\n"
    )
    found = cited(text)
    for number in ("1702 (XV)", "1703 (XV)", "1711 (XVI)", "1712 (ES-1)", "1801 (XI)"):
        assert f"A/RES/{number}" in found
    assert "A/RES/1802 (XII)" in found
    # the garbled number is no citation, nor a piece of it
    assert not any(code.startswith("A/RES/04") or "logo" in code.lower() for code in found)


def test_a_title_opens_on_its_place_of_two_words():
    text = (
        "Dear Colleague,\n\nWe welcome your support for the San Marcos Declaration on Coastal "
        "Fisheries and for the New York Declaration for Refugees and Migrants.\n\n"
        "Sincerely,\nThe Director\n"
    )
    found = cited(text)
    assert "san marcos declaration on coastal fisheries" in found
    assert "marcos declaration on coastal fisheries" not in found
    assert not any(code.startswith("york declaration") for code in found)
