"""A treaty named inside the name of its writer or of a body is not cited; one the letter
speaks of (its parties, its articles, its meetings' decisions) is. Made-up letters."""

from plenipo.reading import read_text
from plenipo.reading.instruments import canonical_instruments


def cited(text):
    return [mention.text for mention in canonical_instruments(text)]


def test_the_writers_own_treaty_in_its_name_is_not_cited():
    text = (
        "Notification 2031/4\n\nThe Secretariat of the Convention on Migratory Freshwater "
        "Fishes presents its compliments to the Permanent Missions and has the honour to "
        "inform them that the ninth meeting of the Standing Committee will be held in Bonn "
        "on 4 May 2031.\n"
    )
    assert read_text(text).to_json()["instruments_cited"] == []


def test_a_bodys_name_before_or_after_the_treaty_cites_nothing():
    assert cited("The Minamata Convention Standing Committee met in March.") == []
    assert cited("Please write to the Basel Convention Secretariat by 1 June.") == []
    assert cited("The Compliance Committee of the Rotterdam Convention will meet online.") == []


def test_the_treatys_parties_articles_and_meetings_cite_it():
    recalled = "The Secretariat of the Basel Convention recalls Article 11 of the Basel Convention."
    # an article of the Convention refers to the Convention (docs/reading.md: "its text or
    # articles"): both are cited, the Secretariat's name is not
    assert cited(recalled) == ["rule 11 of the convention", "Basel Convention"]
    assert cited(
        "The Secretariat of the Minamata Convention announces the fifth meeting of the "
        "Conference of the Parties to the Minamata Convention."
    ) == ["Minamata Convention"]
    parties = "111 States are Parties to the Convention on Cluster Munitions."
    assert cited(parties) == ["Convention on Cluster Munitions"]


def test_in_french_and_spanish_a_secretariat_or_a_committee_is_no_citation():
    assert (
        cited(
            "Le Secrétariat de la Convention sur la protection des lacs alpins a l'honneur "
            "d'informer les Parties que la réunion aura lieu à Genève."
        )
        == []
    )
    assert (
        cited(
            "La Secretaría del Convenio de Rotterdam saluda atentamente a las Misiones "
            "Permanentes y les informa que el Comité Permanente de la Convención sobre los "
            "Humedales se reunirá en Gland."
        )
        == []
    )


def test_the_parties_to_the_writers_treaty_in_french_cite_it():
    found = cited(
        "Aux Parties contractantes à la Convention sur la protection des lacs alpins.\n\n"
        "Le Secrétariat de la Convention sur la protection des lacs alpins publie l'état des "
        "contributions."
    )
    assert found == ["Convention sur la protection des lacs alpins"]


def test_the_convention_named_again_after_the_writers_name_is_cited_there():
    text = (
        "The Secretariat of the Convention on Wetlands presents its compliments. Annual "
        "contributions are adjusted to the 172 Contracting Parties to the Convention."
    )
    [mention] = canonical_instruments(text)
    assert mention.text == "Convention on Wetlands (Ramsar, Iran, 1971)"
    assert text[mention.evidence.start : mention.evidence.end] == "Convention"
    assert text.rindex("Convention") == mention.evidence.start


def test_the_convention_is_not_resolved_when_two_conventions_could_be_meant():
    text = (
        "The Secretariat of the Convention on Wetlands and the Bureau of the Convention on "
        "Migratory Freshwater Fishes invite all Parties to the Convention to a joint meeting."
    )
    assert cited(text) == []


def test_the_convention_is_not_resolved_from_a_bodys_name_without_the_word():
    # initials alone do not say that "the Convention" is theirs
    assert cited("Sessions under the Convention are organized by the UNFCCC secretariat.") == []


def test_a_treaty_in_a_web_or_mail_address_is_not_cited():
    assert cited("Documents are posted at www.unfccc.int and questions go to untoc@un.org.") == []


def test_resolutions_and_decisions_numbered_by_their_bodys_own_symbol():
    text = (
        "Recalling resolution WHA91.4 and decision EB188(3), and resolution MSC.612(120), "
        "and Recommendation CM/Rec(2031)7 of the Committee of Ministers, we write."
    )
    assert cited(text) == [
        "resolution WHA91.4",
        "decision EB188(3)",
        "resolution MSC.612(120)",
        "recommendation CM/Rec(2031)7",
    ]


def test_a_title_with_its_year_and_number_holds_its_small_words():
    text = (
        "Governments are asked to report on the Safety and Health in Orchards Convention, "
        "2031 (No. 212) and on the Night Work Convention, 1990 (No. 171)."
    )
    assert cited(text) == [
        "Safety and Health in Orchards Convention, 2031 (No. 212)",
        "Night Work Convention, 1990 (No. 171)",
    ]


def test_a_title_in_capitals_heading_a_notification_and_a_bodys_founding_text():
    text = (
        "C.N.77.2031.TREATIES-XXVII.4 (Depositary Notification)\n\n"
        "CONVENTION ON THE PROTECTION OF ALPINE MEADOWS\n\nACCESSION: ARCADIA\n\n"
        "It also deposited its instrument under the Statute of the International Meadow Agency."
    )
    assert cited(text) == [
        "CONVENTION ON THE PROTECTION OF ALPINE MEADOWS",
        "Statute of the International Meadow Agency",
    ]


def test_a_word_broken_at_a_lines_end_and_romance_titles_of_several_capitals():
    assert cited("under the Agreement on the Conservation of Arctic-\nAlpine Moths.") == [
        "Agreement on the Conservation of Arctic-Alpine Moths"
    ]
    text = (
        "En virtud de la Convención Interamericana sobre Abejas Nativas y del Protocolo de "
        "San Lorenzo, y de la Charte de la Lusophonie, se ruega responder."
    )
    assert cited(text) == [
        "Convención Interamericana sobre Abejas Nativas",
        "Protocolo de San Lorenzo",
        "Charte de la Lusophonie",
    ]


def test_the_general_assemblys_resolutions_numbered_with_their_session_in_roman_numerals():
    text = (
        "La resolución 2085 (XX) de la Asamblea General y las resoluciones 3170 (XXVIII), "
        "33/61 y 38/12 invitaron a las partes a negociar; voir aussi les résolutions de "
        "l'Assemblée générale 1512 (XV) et 1613 (XV) du 3 avril 1961, 997 (ES-I)."
    )
    assert cited(text) == [
        "A/RES/2085 (XX)",
        "A/RES/3170 (XXVIII)",
        "A/RES/33/61",
        "A/RES/38/12",
        "A/RES/1512 (XV)",
        "A/RES/1613 (XV)",
        "A/RES/997 (ES-I)",
    ]


def test_an_article_of_a_titled_treaty_cites_the_treaty_by_its_title():
    text = (
        "Under Article 22 of the Vienna Convention on Diplomatic Relations and artículo 7 de "
        "la Carta de las Naciones Unidas, as Article 4 of the Convention provides."
    )
    assert cited(text) == [
        "Vienna Convention on Diplomatic Relations",
        "Charter of the United Nations",
        "rule 4 of the convention",
    ]


def test_a_bilateral_title_names_its_parties_before_its_purpose():
    text = "I refer to the Agreement between our two Governments on Air Services signed in 1990."
    assert cited(text) == ["Agreement between our two Governments on Air Services"]
    text = (
        "the Agreement between Norland and the Republic of Estania for Cooperation in the "
        "Peaceful Uses of Outer Space, signed at Valdor"
    )
    assert cited(text) == [
        "Agreement between Norland and the Republic of Estania for Cooperation in the "
        "Peaceful Uses of Outer Space"
    ]


def test_a_treaty_named_after_its_place_keeps_its_year():
    assert cited("the Treaty of Valdor of 1871 and the Treaty of Amity") == [
        "Treaty of Valdor of 1871",
        "Treaty of Amity",
    ]
    assert cited("conforme al Tratado de Valdor de 1954 y al") == ["Tratado de Valdor de 1954"]
    assert cited("la Convención de Valdor sobre Relaciones Consulares de 1963.") == [
        "Convención de Valdor sobre Relaciones Consulares de 1963"
    ]


def test_a_titles_small_words_and_a_memorandum_of_understanding():
    assert cited("the Convention on the Rights of Persons with Disabilities, adopted") == [
        "Convention on the Rights of Persons with Disabilities"
    ]
    assert cited("Signatories to the Memorandum of Understanding on Migratory Sharks met.") == [
        "Memorandum of Understanding on Migratory Sharks"
    ]


def test_a_title_heading_the_page_stops_at_the_blank_line():
    text = (
        "DEPOSITARY NOTIFICATION\n\nInternational Treaty on Seed Banks\n\n"
        "ACCESSION BY THE REPUBLIC OF NORLAND\n"
    )
    assert cited(text) == ["International Treaty on Seed Banks"]


def test_an_assemblys_resolution_numbered_after_one_letter():
    assert cited("pursuant to resolution A.1201(34) of the Assembly") == ["resolution A.1201(34)"]


def test_an_older_letter_names_a_convention_by_its_date_and_purpose():
    text = (
        "the Powers parties to the convention of March 3, 1881, for the protection of "
        "lighthouses on distant coasts, to send delegates"
    )
    assert cited(text) == [
        "convention of March 3, 1881, for the protection of lighthouses on distant coasts"
    ]
    assert cited("the Convention of November 8, 1927, and the conditions") == []
    assert cited("to adhere to the Universal Postal Convention of Valdor, and") == [
        "Universal Postal Convention of Valdor"
    ]
