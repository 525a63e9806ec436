"""Instruments cited the ways registries meet them: resolutions of bodies other than the
General Assembly, treaties named in French and Spanish, titles in Title Case named after
their place (made-up texts)."""

from plenipo.reading.instruments import canonical
from tests.reading.readings import cited


def test_human_rights_council_and_ecosoc_resolutions_are_their_own_bodies():
    text = (
        "Dear Colleague,\n\nPursuant to Human Rights Council resolution 51/9, to Economic and "
        "Social Council resolution 2031/7 and to General Assembly resolution 85/101, the Office "
        "prepares its report.\n\nSincerely,\nThe Director\n"
    )
    assert cited(text) == ["A/HRC/RES/51/9", "E/RES/2031/7", "A/RES/85/101"]
    assert canonical("A/HRC/RES/51/9") == canonical(
        "résolution 51/9 du Conseil des droits de l'homme"
    )
    assert canonical("ECOSOC resolution 2031/7") == "E/RES/2031/7"


def test_african_union_decisions_keep_their_symbol():
    text = "In line with decision Assembly/AU/Dec. 901 (XL), the Commission reports.\n"
    assert cited(text) == ["Assembly/AU/Dec.901(XL)"]


def test_treaties_named_in_spanish_and_french_are_the_known_instruments():
    text = (
        "De conformidad con la Convención de Viena sobre Relaciones Consulares, con el Protocolo "
        "de Palermo y con el Pacto Internacional de Derechos Civiles y Políticos, y vu la "
        "Convention-cadre des Nations Unies sur les changements climatiques, la Embajada "
        "informa.\n"
    )
    assert cited(text) == [
        "Vienna Convention on Consular Relations",
        "TIP-PROTOCOL",
        "International Covenant on Civil and Political Rights",
        "United Nations Framework Convention on Climate Change",
    ]


def test_a_title_case_title_named_after_its_place_keeps_its_place():
    text = (
        "The Director General has the honor to notify the accession of Ruritania to the Lisbon "
        "Agreement Concerning the Protection of Appellations of Origin and to the Protocol "
        "Relating to the Lisbon Agreement.\n"
    )
    assert cited(text) == [
        "lisbon agreement concerning the protection of appellations of origin",
        "protocol relating to the lisbon agreement",
    ]


def test_the_council_named_before_in_its_resolution():
    text = "The Human Rights Council, in its resolution 52/3, asked for a study.\n"
    assert cited(text) == ["A/HRC/RES/52/3"]


def test_a_number_sign_between_the_kind_and_the_numbers():
    text = "Recordando las resoluciones Nº 2201 (XXV), 45/12 y 47/3 de la Asamblea General.\n"
    assert cited(text) == ["A/RES/2201 (XXV)", "A/RES/45/12", "A/RES/47/3"]
    assert cited("In resolution No. 61/5 the Assembly decided.\n") == ["A/RES/61/5"]


def test_a_provision_of_a_named_text_cites_the_text_too():
    text = "In accordance with Article 40 of the OAS Charter, Ruritania requests a meeting.\n"
    assert cited(text) == ["rule 40 of the charter", "OAS Charter"]
    assert cited("Under Article 7 of the Convention, Parties report.\n") == [
        "rule 7 of the convention"
    ]


def test_the_council_of_europe_series_and_title_in_french_and_spanish():
    text = (
        "Madame la Directrice,\n\nLe Ministère se réfère à la Convention du Conseil de l'Europe "
        "sur la lutte contre la traite des êtres humains (STCE n° 197), à la Convention "
        "européenne d'extradition (STE nº 24) et al Convenio del Consejo de Europa sobre la "
        "lucha contra la trata de seres humanos.\n"
    )
    assert set(cited(text)) == {"CETS-197", "CETS-24"}


def test_a_suite_in_an_address_is_not_a_treaty_of_the_series():
    text = "Dear Sir,\n\nPlease write to us at 12 Park Avenue, Ste 300, and at STE 40.\n"
    assert cited(text) == []
