"""Instruments cited where a title ends before the sentence goes on, and instruments known by
their short names or initials in English, French and Spanish (made-up texts)."""

from tests.reading.readings import cited


def test_a_title_ends_before_a_comma_that_goes_on_with_the_sentence():
    text = (
        "Excellency,\n\nIn accordance with the Protocol on Fisheries Cooperation, and with the "
        "Statute of the Regional Commission, the Parties meet each year. Under the Treaty on "
        "Coastal Navigation, States shall notify the depositary.\n\nAccept, Excellency, the "
        "assurances of my highest consideration.\n"
    )
    assert cited(text) == [
        "protocol on fisheries cooperation",
        "statute of the regional commission",
        "treaty on coastal navigation",
    ]


def test_a_title_that_enumerates_its_subjects_keeps_its_commas():
    text = (
        "Dear Colleague,\n\nThe Convention on Fisheries, Shipping and Coastal Trade was signed "
        "last year.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == ["convention on fisheries, shipping and coastal trade"]


def test_the_tobacco_convention_and_the_biodiversity_framework_by_short_names():
    text = (
        "Dear Colleague,\n\nThe Conference of the Parties to the WHO FCTC will review how the "
        "Global Biodiversity Framework and el Convenio Marco de la OMS para el Control del "
        "Tabaco are implemented.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == [
        "WHO Framework Convention on Tobacco Control",
        "Kunming-Montreal Global Biodiversity Framework",
    ]


def test_a_framework_in_lower_case_or_a_body_of_the_convention_is_not_cited():
    text = (
        "Dear Colleague,\n\nWe are drafting a global biodiversity framework for our programme. "
        "The Convention Secretariat of the WHO FCTC presents its compliments.\n\nSincerely,\n"
        "The Director\n"
    )
    assert cited(text) == []


def test_a_declaration_named_after_its_city_or_its_principles_in_english():
    text = (
        "Dear Colleague,\n\nRecalling the Declaration of Montevideo on Rural Water Supply and the "
        "Declaration of Principles on Coastal Fisheries, and the Treaty of Asunción, the "
        "ministers met.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == [
        "declaration of montevideo on rural water supply",
        "declaration of principles on coastal fisheries",
        "treaty of asunción",
    ]


def test_a_declaration_of_a_word_that_is_no_city_is_a_form():
    text = (
        "Dear Colleague,\n\nPlease return the Declaration of Interest and the Declaration of "
        "Expenses to the secretariat.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == []


def test_a_french_title_relatif_a_its_purpose():
    text = (
        "Monsieur le Ministre,\n\nJ'ai l'honneur de me référer à l'Accord relatif à la mise en "
        "œuvre du programme de pêche côtière, signé l'an dernier.\n\nVeuillez agréer, Monsieur "
        "le Ministre, l'assurance de ma haute considération.\n"
    )
    assert cited(text) == ["accord relatif à la mise en œuvre du programme de pêche côtière"]
    variant = text.replace("l'Accord relatif à", "l'accord relatif à")
    assert cited(variant) == []


def test_arrangements_and_pacts_are_instruments():
    text = (
        "Dear Colleague,\n\nThe Tallinn Arrangement, the Arrangement on Coastal Fishing Gear and "
        "the Pact for Coastal Communities were adopted.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == [
        "tallinn arrangement",
        "arrangement on coastal fishing gear",
        "pact for coastal communities",
    ]


def test_the_arrangements_for_a_meeting_are_its_logistics():
    text = (
        "Dear Colleague,\n\nThe Arrangement for the Conference and the Arrangements for the "
        "Workshop are attached.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == []


def test_a_regional_organizations_founding_treaty_and_a_statute_by_initials():
    text = (
        "Dear Colleague,\n\nUnder the Treaty of the Coastal States Economic Community and the "
        "Charter of the Association of Island Nations, and the Statute of the NFO, the Parties "
        "meet.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == [
        "treaty of the coastal states economic community",
        "charter of the association of island nations",
        "statute of the nfo",
    ]


def test_a_body_named_after_a_treaty_of_initials_is_no_founding_text():
    text = (
        "Dear Colleague,\n\nThe treaty of the community and the Statute of NFO staff are "
        "discussed.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == []


def test_a_treaty_named_in_its_secretariats_name_is_cited_by_what_is_done_under_it():
    head = "Secretariat of the Convention on Coastal Dunes\n\nDear Madam/Sir,\n\n"
    sentences = [
        "I wish to invite Parties to the Convention to submit their views.",
        "The workshop is organized in accordance with the Convention.",
    ]
    for sentence in sentences:
        assert cited(head + sentence + "\n\nSincerely,\n") == ["convention on coastal dunes"]
    spanish = (
        "Secretaría del Convenio sobre las Dunas Costeras\n\nEstimado Señor:\n\nDe conformidad "
        "con el Convenio, la Secretaría informa.\n"
    )
    assert cited(spanish) == ["convenio sobre las dunas costeras"]


def test_a_treaty_named_only_in_its_secretariats_name_is_not_cited():
    text = (
        "Secretariat of the Convention on Coastal Dunes\n\nDear Madam/Sir,\n\nI wish to invite "
        "Parties to the Convention to Combat Sand Erosion to submit views, and the staff of the "
        "Secretariat to attend.\n\nSincerely,\n"
    )
    assert "convention on coastal dunes" not in cited(text)


def test_a_known_treaty_written_with_its_accents_is_known():
    text = "Estimado Señor:\n\nEl Convenio sobre la Diversidad Biológica entró en vigor.\n"
    assert cited(text) == ["Convention on Biological Diversity"]


def test_a_protocol_to_a_treaty_cites_the_protocol_not_the_treaty_too():
    text = (
        "Dear Colleague,\n\nProtocol No. 4 to the Convention on Coastal Dunes, Protocol 5 to the "
        "Convention on Beaches and Protocol II to the Treaty on Sand Banks are open for "
        "signature.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == [
        "protocol no. 4",
        "protocol no. 5",
        "protocol ii to the treaty on sand banks",
    ]


def test_the_treaty_itself_is_cited_where_no_protocol_names_it():
    text = (
        "Dear Colleague,\n\nThe Convention on Coastal Dunes has 5 Parties and the amendments to "
        "the Treaty on Sand Banks are in force.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == ["convention on coastal dunes", "treaty on sand banks"]
