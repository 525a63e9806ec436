"""The place of writing as datelines write it: towns with their article, an elided initial
or in capitals, a region or a district after the town, at the head or at the foot."""

from plenipo.reading import read_text

BODY = "The Government wishes to inform you of its position on the draft programme of work.\n"
CLOSING = "Yours sincerely,\nJane Roe\n"


def place(text):
    return read_text(text).to_json()["place"]


def test_a_towns_article_and_elided_initial_are_the_towns():
    for dateline, expected in (
        ("La Ciudadela, 24 de octubre de 2031", "La Ciudadela"),
        ("Le Bourg-Neuf, le 5 mai 2031", "Le Bourg-Neuf"),
        ("El Cairo, 8 de abril de 2031", "El Cairo"),
        ("N'Kolbisson, le 22 février 2031", "N'Kolbisson"),
    ):
        assert place(f"{dateline}\nDear Sir,\n{BODY}{CLOSING}") == expected, dateline
    # an article that opens a sentence's subject is no town
    assert place(f"Le Secrétariat, 3 mai 2031\nDear Sir,\n{BODY}{CLOSING}") is None


def test_a_town_in_capitals_at_the_foot_of_a_note():
    note = (
        "The Ministry presents its compliments to the Embassies and has the honour to inform "
        "them of its new address.\nThe Ministry avails itself of this opportunity to renew "
        "the assurances of its highest consideration.\n\n"
    )
    assert place(note + "FORTVILLE, LE 4 Mars 2031\n") == "FORTVILLE"
    assert place(note + "PUERTO NUEVO, 3 de mayo de 2031\n") == "PUERTO NUEVO"


def test_a_region_after_the_town_is_not_the_place_a_district_is():
    for dateline, expected in (
        ("Fortville, Ruritania, 3 May 2031", "Fortville"),
        ("Springfield, Upper Province, June 3, 2031", "Springfield"),
        ("Mexico, D.F., 3 de mayo de 2031", "Mexico, D.F."),
        ("Washington DC, 14 April 2031", "Washington DC"),
    ):
        assert place(f"{dateline}\nDear Sir,\n{BODY}{CLOSING}") == expected, dateline


def test_the_addressees_address_is_not_the_writers_at_the_foot():
    addressee = (
        "Ref.: AB/2031/12\n\nMr. John Roe\nDirector\nMinistry of Environment\n"
        "P.O. Box 30126\nNairobi, Kenya\n\n3 May 2031\n\n"
    )
    assert place(f"{addressee}Dear Mr. Roe,\n{BODY}{CLOSING}") is None
    writer = "P.O. Box 30552\nNairobi, Kenya\nTelephone: +254 20 762 1234\n"
    assert place(f"3 May 2031\n\nDear Mr. Roe,\n{BODY}{CLOSING}\n{writer}") == "Nairobi"


def test_a_place_and_day_in_a_sentences_brackets_are_a_meetings():
    found = read_text(
        "Dear Colleagues,\nI invite you to the Regional Seminar (Fortville, 3 May 2031).\n"
        + CLOSING
    ).to_json()
    assert found["place"] is None
    assert found["date"] is None
    assert place(f"Fortville, 3 May 2031\nDear Colleagues,\n{BODY}{CLOSING}") == "Fortville"


def test_a_capitals_letterhead_address_gives_the_place():
    for address, expected in (
        ("03 B.P. 7038 Ouagadougou 03, Burkina Faso", "Ouagadougou"),
        ("Private Bag 11\nLilongwe 3, Malawi", "Lilongwe"),
    ):
        text = f"MINISTRY OF FOREIGN AFFAIRS\n{address}\n\n3 May 2031\n\nDear Sir,\n{BODY}{CLOSING}"
        assert place(text) == expected, address
    # a capital's name in the body is no letterhead
    assert place(f"3 May 2031\n\nDear Sir,\n{BODY}We met in Lilongwe.\n{CLOSING}") is None


def test_a_dash_for_the_comma_and_a_spanish_en_la():
    for dateline, expected in (
        ("FORTVILLE - 3 May 2031", "FORTVILLE"),
        ("Geneva – 3 May 2031", "Geneva"),
        ("Fortville, Ruritania - 3 May 2031", "Fortville"),
        ("En la Ciudad de Fortaleza, a 3 de mayo de 2031", "Ciudad de Fortaleza"),
    ):
        assert place(f"{dateline}\nDear Sir,\n{BODY}{CLOSING}") == expected, dateline


def test_a_letterheads_city_with_a_country_of_several_words():
    for line, expected in (
        ("Saint John's, Antigua and Barbuda", "Saint John's"),
        ("St. George's, Grenada", "St. George's"),
        ("Port of Spain, Trinidad and Tobago", "Port of Spain"),
    ):
        letter = f"Ministry of Foreign Affairs\n{line}\n10 February 2031\n\nDear Sir,\n{BODY}"
        assert place(letter) == expected, line


def test_an_unknown_town_alone_above_the_date_at_the_top():
    head = "Ministry of Foreign Affairs\n{}\n9 July 2031\n\nDear Sir,\n" + BODY + CLOSING
    assert place(head.format("Vallendorf")) == "Vallendorf"
    assert place(head.format("Vallendorf, Ruritania")) == "Vallendorf"
    # a post, a body or a person's name is no town
    for line in ("Director", "Permanent Mission", "Jane Roe"):
        assert place(head.format(line)) is None, line
