"""Bilateral instruments named by their parties, as embassies and ministries cite them:
"the Agreement between the Government of … and the Government of … on …", in English,
French and Spanish, with or without a purpose (made-up texts)."""

from plenipo.reading.instruments import canonical
from tests.reading.readings import cited


def test_a_long_list_of_parties_and_a_title_case_purpose():
    text = (
        "The Embassy refers to the Agreement between the Government of the Republic of "
        "Utopia and the Government of the Kingdom of Arcadia on the Avoidance of Double "
        "Taxation, signed at Arcadia City on 3 May 2001.\n"
    )
    assert cited(text) == [
        "agreement between the government of the republic of utopia and the government of "
        "the kingdom of arcadia on the avoidance of double taxation"
    ]


def test_a_purpose_in_lower_case_ends_at_the_clause():
    text = (
        "I refer to the Memorandum of Understanding between the United Nations and the "
        "Government of Arcadia concerning the privileges of the regional office, which was "
        "signed last year.\n"
    )
    assert cited(text) == [
        "memorandum of understanding between the united nations and the government of "
        "arcadia concerning the privileges of the regional office"
    ]


def test_a_title_without_purpose_ends_at_its_last_party():
    text = (
        "Under the Headquarters Agreement between the Organization and the Republic of "
        "Arcadia, the host country issues visas. Please reply soon.\n"
    )
    assert cited(text) == [
        "headquarters agreement between the organization and the republic of arcadia"
    ]


def test_the_date_it_was_concluded_stays_in_the_title():
    text = (
        "Under the Memorandum of Understanding concluded on 2 June 1990 between the "
        "Secretariat and the Government of Arcadia, the Office was opened.\n"
    )
    assert cited(text) == [
        "memorandum of understanding concluded on 2 june 1990 between the secretariat and "
        "the government of arcadia"
    ]


def test_french_and_spanish_bilateral_titles():
    french = (
        "J'ai l'honneur de me référer à l'Accord entre le Gouvernement de la République "
        "arcadienne et le Gouvernement du Royaume d'Utopie relatif aux transports aériens.\n"
    )
    assert cited(french) == [
        "accord entre le gouvernement de la république arcadienne et le gouvernement du "
        "royaume d'utopie relatif aux transports aériens"
    ]
    spanish = (
        "Me refiero al Convenio de Cooperación Técnica entre la República de Arcadia y la "
        "República de Utopía.\nLe ruego confirmar la fecha.\n"
    )
    assert cited(spanish) == [
        "convenio de cooperación técnica entre la república de arcadia y la república de utopía"
    ]


def test_european_union_acts_by_their_number():
    text = (
        "Under Regulation (EU) 2031/1020 and Council Directive 2030/16/EU, and the Règlement "
        "(UE) n° 1215/2029, the Commission asks for data.\n"
    )
    assert cited(text) == [
        "regulation 2031/1020",
        "directive 2030/16/EU",
        "regulation 1215/2029",
    ]
    assert canonical("Directiva 2030/16/UE") == canonical("Directive 2030/16/EU")


def test_a_recommendation_numbered_by_its_meeting():
    assert cited("In line with Recommendation 6.2 of the Conference, Parties report.\n") == [
        "recommendation 6.2"
    ]


def test_a_place_with_a_hyphen_names_an_old_treaty():
    text = "The Government recalls the Treaty of Brest-Litovsk and its reservations.\n"
    assert cited(text) == ["treaty of brest-litovsk"]


def test_a_provision_of_a_statute_by_its_alinea():
    text = "Conformément à l'article 12, alinéa 2, du Statut de la Cour, le Greffier écrit.\n"
    assert cited(text) == ["rule 12 of the statut"]


def test_a_resolution_by_its_number_is_one_text_in_any_language():
    assert canonical("Résolution XII.3") == canonical("Resolution XII.3") == "resolution xii.3"
    assert canonical("Recommandation 4.7") == canonical("Recommendation 4.7")


def test_core_human_rights_conventions_are_known_in_capitals():
    text = (
        "THE MINISTRY HAS THE HONOUR TO ENCLOSE THE INSTRUMENT OF RATIFICATION OF THE "
        "CONVENTION ON THE RIGHTS OF PERSONS WITH DISABILITIES AND RECALLS THE CONVENTION "
        "AGAINST TORTURE.\n"
    )
    assert cited(text) == [
        "Convention on the Rights of Persons with Disabilities",
        "Convention against Torture",
    ]


def test_a_lower_case_purpose_stops_at_the_verb_of_the_sentence():
    text = (
        "The Memorandum of Understanding between the Agency and the Government of Arcadia on "
        "the regional office expires next year.\n"
    )
    assert cited(text) == [
        "memorandum of understanding between the agency and the government of arcadia on the "
        "regional office"
    ]


def test_a_place_whose_name_holds_small_words():
    assert cited("The Treaty of Saint-Jean-de-Luz was recalled.\n") == [
        "treaty of saint-jean-de-luz"
    ]
