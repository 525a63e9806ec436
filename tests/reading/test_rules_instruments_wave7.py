"""Instruments cited the ways letters of other organizations write them: a title named after
its organization or place first, the common instruments of regional organizations and of
the United Nations in English, French and Spanish (made-up texts)."""

from plenipo.reading import read_text
from plenipo.reading.instruments import canonical
from tests.reading.readings import cited


def test_a_title_keeps_the_organization_or_place_that_opens_it():
    text = (
        "Dear Minister,\n\nI encourage your Government to ratify the Council of Europe Convention "
        "on the Protection of Old Maps (CETS No. 240), the WHO Framework Convention on Salt "
        "Control, the ASEAN Agreement on Haze Pollution, the African Charter on the Rights of "
        "Rivers and the Beijing Treaty on Audiovisual Performances.\n\nYours sincerely,\nThe "
        "Director\n"
    )
    assert cited(text) == [
        "CETS-240",
        "who framework convention on salt control",
        "asean agreement on haze pollution",
        "african charter on the rights of rivers",
        "beijing treaty on audiovisual performances",
    ]


def test_a_heading_word_before_a_title_is_not_part_of_it():
    text = (
        "Subject: Schedule International Convention for the Regulation of Kites\n\n"
        "Under Convention on Kites, Parties report.\n"
    )
    assert "schedule international convention for the regulation of kites" not in cited(text)
    assert "international convention for the regulation of kites" in cited(text)


def test_a_long_title_with_a_comma_and_or_is_read_whole_but_not_the_clause_after_it():
    text = (
        "Reports on the Programme of Action to Prevent, Combat and Eradicate the Illicit Trade "
        "in Small Arms and Light Weapons in All Its Aspects are due. Under the Treaty on the "
        "Functioning of the European Union, the Commission reviews the Marrakesh Treaty to "
        "Facilitate Access to Published Works for Persons Who Are Blind, Visually Impaired or "
        "Otherwise Print Disabled.\n"
    )
    assert cited(text) == [
        "programme of action to prevent, combat and eradicate the illicit trade in small arms "
        "and light weapons in all its aspects",
        "treaty on the functioning of the european union",
        "marrakesh treaty to facilitate access to published works for persons who are blind, "
        "visually impaired or otherwise print disabled",
    ]


def test_the_secretariat_of_an_organizations_convention_cites_nothing():
    text = (
        "The Permanent Mission presents its compliments to the Secretariat of the United Nations "
        "Convention to Combat Hail and informs it of its new address.\n"
    )
    assert cited(text) == []


def test_regional_charters_and_acts_in_three_languages_are_one_instrument_each():
    text = (
        "La Secretaría se refiere a la Carta de la Organización de los Estados Americanos y a la "
        "Carta Democrática Interamericana. La Commission rappelle l'Acte constitutif de l'Union "
        "africaine et la Charte africaine des droits de l'homme et des peuples.\n"
    )
    assert cited(text) == [
        "OAS Charter",
        "Inter-American Democratic Charter",
        "Constitutive Act of the African Union",
        "African Charter on Human and Peoples' Rights",
    ]
    assert canonical("Projet de Charte démocratique interaméricaine") == canonical(
        "Inter-American Democratic Charter"
    )


def test_united_nations_conventions_and_programmes_of_action_by_their_common_names():
    text = (
        "Pursuant to the United Nations Convention against Corruption, the Convention des "
        "Nations Unies contre la corruption being the same, and to the International Health "
        "Regulations (2005), the Joint Comprehensive Plan of Action, the Addis Ababa Action "
        "Agenda, the Beijing Declaration and Platform for Action, the 1951 Refugee Convention "
        "and its 1967 Protocol, the Kigali Amendment and the Convention internationale sur "
        "l'élimination de toutes les formes de discrimination raciale, the Office reports.\n"
    )
    assert cited(text) == [
        "United Nations Convention against Corruption",
        "International Health Regulations (2005)",
        "Joint Comprehensive Plan of Action",
        "Addis Ababa Action Agenda",
        "Beijing Declaration and Platform for Action",
        "Convention relating to the Status of Refugees",
        "Protocol relating to the Status of Refugees",
        "Kigali Amendment to the Montreal Protocol",
        "International Convention on the Elimination of All Forms of Racial Discrimination",
    ]


def test_the_european_convention_and_the_sendai_framework_in_french_and_spanish():
    text = (
        "Selon la Convention européenne des droits de l'homme; el Marco de Sendai "
        "para la Reducción del Riesgo de Desastres 2015-2030.\n"
    )
    assert "European Convention on Human Rights" in cited(text)
    assert "Sendai Framework for Disaster Risk Reduction" in cited(text)


def test_regional_organizations_symbols_and_numbered_decisions_and_conventions():
    text = (
        "Recalling resolution AG/RES. 3001 (LX-O/30), decisions C-40/DEC.7 and PC.DEC/1500, "
        "MC.DEC/4/29 and CBD/COP/DEC/17/2, Supplementary Act A/SA.4/07/30, Ministerial Council "
        "Decision No. 5/29, Permanent Council Decision No. 1501 and ILO Convention No. 201, "
        "the Office reports.\n"
    )
    assert cited(text) == [
        "AG/RES. 3001 (LX-O/30)",
        "C-40/DEC.7",
        "PC.DEC/1500",
        "MC.DEC/4/29",
        "CBD/COP/DEC/17/2",
        "A/SA.4/07/30",
        "decision 5/29",
        "decision no. 1501",
        "convention no. 201",
    ]
    assert canonical("Convenio núm. 201 de la OIT") == "convention no. 201"


def test_a_protocol_to_a_treaty_cites_the_protocol_not_the_treaty_in_its_title():
    text = (
        "We urge ratification of the Optional Protocol to the Convention on the Rights of the "
        "Child on a communications procedure, which entered into force, and of the Protocole "
        "n° 16 à la Convention européenne des droits de l'homme.\n"
    )
    assert cited(text) == [
        "optional protocol to the convention on the rights of the child on a communications "
        "procedure",
        "protocol no. 16",
    ]
    assert canonical("Protocole n° 16 à la Convention européenne des droits de l'homme") == (
        "protocol no. 16"
    )


def test_a_title_named_of_a_place_or_body_goes_on_in_title_case():
    text = (
        "Accessions to the Treaty of Amity and Cooperation in Southeast Asia, the Charter of "
        "Fundamental Rights of the European Union and the Revised Treaty of ECOWAS are noted; "
        "so are reports on the European Social Charter (revised). Article X of the Marrakesh "
        "Agreement Establishing the World Trade Organization governs amendments.\n"
    )
    assert cited(text) == [
        "treaty of amity and cooperation in southeast asia",
        "charter of fundamental rights of the european union",
        "revised treaty of ecowas",
        "european social charter (revised)",
        "marrakesh agreement establishing the world trade organization",
    ]


def test_a_french_title_with_its_adjective_or_year_in_lower_case():
    text = (
        "Conformément au Traité révisé de la CEDEAO et à la Convention de 1970 concernant les "
        "mesures à prendre pour interdire l'importation illicite, la Commission informe.\n"
    )
    assert cited(text) == [
        "traité révisé de la cedeao",
        "convention de 1970 concernant les mesures à prendre pour interdire l'importation illicite",
    ]


def test_titles_of_the_united_nations_in_french_and_spanish_and_the_ilos_numbers():
    text = (
        "La Mission se réfère à la Déclaration des Nations Unies sur les droits des peuples "
        "autochtones, à la Convención de las Naciones Unidas contra la Piratería y de la "
        "Convención Interamericana contra la Piratería, et au Convenio 169 de la OIT.\n"
    )
    assert cited(text) == [
        "déclaration des nations unies sur les droits des peuples autochtones",
        "convención de las naciones unidas contra la piratería",
        "convención interamericana contra la piratería",
        "convention no. 169",
    ]


def test_resolution_symbols_of_assemblies_and_the_security_councils_initials():
    text = "Recalling UNEP/EA.9/Res.3, GC(70)/RES/11 and UNSCR 1325 (2000), the Office writes.\n"
    assert cited(text) == ["UNEP/EA.9/Res.3", "GC(70)/RES/11", "S/RES/1325 (2000)"]


def test_a_treaty_named_by_its_place_and_day_or_its_day_and_purpose():
    text = (
        "The Special Commission on the Hague Convention of 25 October 1980 on the Civil "
        "Aspects of International Child Abduction and of the Convention of 19 October 1996 "
        "meets; the Convention of 8 May 1930, named above, is not read again.\n"
    )
    assert cited(text) == [
        "hague convention of 25 october 1980 on the civil aspects of international child abduction"
    ]


def test_a_treatys_committee_or_the_secretariat_of_a_list_of_treaties_cites_nothing():
    text = (
        "The Kite Convention Committee met. The Secretariat of the Basel, Rotterdam and "
        "Stockholm Conventions shares its programme.\n"
    )
    assert cited(text) == []


def test_symbols_of_the_iaea_eu_and_icao_and_the_ilos_number_in_brackets():
    text = (
        "Recalling resolution GC(75)/RES/9, Council Decision (CFSP) 2032/7, Assembly Resolution "
        "A42-3 and the Convention (n° 201) sur le travail, the Office writes.\n"
    )
    assert cited(text) == [
        "GC(75)/RES/9",
        "decision 2032/7",
        "resolution A42-3",
        "convention no. 201",
    ]


def test_a_title_ends_before_the_clause_after_it_and_keeps_a_bare_year_at_its_end():
    text = (
        "La Misión depositó el instrumento de la Convención Americana sobre Derechos Humanos "
        "conforme a la Carta. Parties notified it under the General Agreement on Tariffs and "
        "Trade 1994. The Treaty on Extradition between the Republic of Chile and the Kingdom "
        "of Spain applies, as do the Global Compact on Refugees and the Global Compact for "
        "Safe, Orderly and Regular Migration.\n"
    )
    assert cited(text) == [
        "convención americana sobre derechos humanos",
        "General Agreement on Tariffs and Trade 1994",
        "treaty on extradition between the republic of chile and the kingdom of spain",
        "global compact on refugees",
        "global compact for safe, orderly and regular migration",
    ]


def test_a_short_name_keeps_its_year_after_a_comma():
    text = "Members that ratified the Maritime Kite Convention, 2031 report on it.\n"
    assert cited(text) == ["maritime kite convention, 2031"]


def test_a_programme_or_plan_is_cited_as_one_of_action_and_a_code_as_one_of_conduct():
    text = (
        "The Programme for International Kite Assessment and the Programme on Capacity-building "
        "follow the Plan of Action on Sustainable Kites and the Code of Conduct for Responsible "
        "Kiting.\n"
    )
    assert cited(text) == [
        "plan of action on sustainable kites",
        "code of conduct for responsible kiting",
    ]


def test_a_treatys_initials_alone_in_the_letterhead_are_the_writers_logo():
    text = (
        "UNFCCC\nUnited Nations Climate Change\nSecretariat\n\nDear Madam/Sir,\n\nParties are "
        "invited to submit views by 31 March 2031.\n"
    )
    assert cited(text) == []


def test_a_title_in_a_letter_typed_in_capitals_ends_at_the_sentences_verb():
    text = (
        "DEPARTMENT OF STATE\nWASHINGTON\n\nMARCH 4, 1950\n\nSIR:\n\nI HAVE THE HONOR TO INFORM "
        "YOU THAT THE GOVERNMENT HAS DEPOSITED ITS INSTRUMENT OF RATIFICATION OF THE CONVENTION "
        "ON INTERNATIONAL KITE FLYING SIGNED AT OSLO. THE TREATY OF FRIENDSHIP WITH RURITANIA "
        "WILL BE SIGNED ON MAY 8.\n\nACCEPT, SIR, THE RENEWED ASSURANCES OF MY HIGHEST "
        "CONSIDERATION.\n"
    )
    reading = read_text(text).to_json()
    assert reading["instruments_cited"] == [
        "CONVENTION ON INTERNATIONAL KITE FLYING",
        "TREATY OF FRIENDSHIP WITH RURITANIA",
    ]


def test_a_word_broken_at_a_printed_lines_end_is_read_whole():
    text = (
        "The Mission, recalling General Assembly reso-\nlution 85/3 and the Con- vention on "
        "Biological Diversity, writes on low- and middle-income States and the Convention on "
        "Long-term Kite Service.\n"
    )
    assert cited(text) == [
        "A/RES/85/3",
        "Convention on Biological Diversity",
        "convention on long-term kite service",
    ]


def test_the_geneva_conventions_and_the_biological_weapons_convention_by_name():
    text = (
        "La Suisse, dépositaire des Conventions de Genève du 12 août 1949, and States Parties "
        "to the Biological Weapons Convention and High Contracting Parties to the Convention "
        "on Certain Conventional Kites to the Meeting of Experts are invited.\n"
    )
    assert cited(text) == [
        "Geneva Conventions of 12 August 1949",
        "Biological Weapons Convention",
        "convention on certain conventional kites",
    ]


def test_spanish_titles_with_their_adjective_enumeration_and_a_protocol_additional_to_a_treaty():
    text = (
        "De conformidad con el Convenio Constitutivo del Fondo Monetario Regional y con el "
        "Protocolo Adicional a la Convención Americana sobre Derechos Humanos en materia de "
        "Derechos Económicos, Sociales y Culturales, la Misión informa.\n"
    )
    assert cited(text) == [
        "convenio constitutivo del fondo monetario regional",
        "protocolo adicional a la convención americana sobre derechos humanos en materia de "
        "derechos económicos, sociales y culturales",
    ]


def test_a_courts_or_organizations_founding_text_in_three_languages():
    text = (
        "Conformément au Statut de la Cour internationale de Justice et à la Constitution de "
        "l'Organisation internationale du Travail; según la Constitución de la Organización "
        "Mundial de la Salud; under the Statute of the International Court of Justice.\n"
    )
    assert cited(text) == [
        "statut de la cour internationale de justice",
        "constitution de l'organisation internationale du travail",
        "constitución de la organización mundial de la salud",
        "statute of the international court of justice",
    ]


def test_a_founding_text_named_by_one_of_its_articles_is_cited_by_the_article():
    text = (
        "En conformité de l'article 66, paragraphe I, du Statut de la Cour, le Greffier informe.\n"
    )
    assert cited(text) == ["rule 66 of the statut"]


def test_a_heading_word_a_post_or_a_room_is_not_part_of_a_title():
    text = (
        "ANNEX Convention on Migratory Kites\n\nExcellency,\n\nThe Foreign Minister Declaration "
        "on the Future was read. The Kenya Treaty Room is booked.\n"
    )
    found = cited(text)
    assert "convention on migratory kites" in found
    assert not any(name.startswith(("annex", "minister", "kenya")) for name in found)


def test_disarmament_and_other_common_treaties_by_their_french_and_spanish_names():
    text = (
        "Los Estados Partes en la Convención sobre la Prohibición del Empleo, Almacenamiento, "
        "Producción y Transferencia de Minas Antipersonal y sobre su Destrucción, en la "
        "Convención sobre Municiones en Racimo y en el Tratado sobre la No Proliferación de las "
        "Armas Nucleares; les États parties à la Convention sur l'élimination de toutes les "
        "formes de discrimination à l'égard des femmes.\n"
    )
    assert cited(text) == [
        "Anti-Personnel Mine Ban Convention",
        "Convention on Cluster Munitions",
        "Treaty on the Non-Proliferation of Nuclear Weapons",
        "Convention on the Elimination of All Forms of Discrimination against Women",
    ]


def test_a_resolutions_or_decisions_symbol_is_an_instrument_not_a_document():
    text = (
        "Dear Colleague,\n\nRecalling AG/RES. 3001 (LX-O/30), PC.DEC/1500, CBD/COP/DEC/17/2, "
        "UNEP/EA.9/Res.3 and A/SA.4/07/30, please see document UNEP/EA.9/INF/4.\n\nSincerely,\n"
        "The Director\n"
    )
    reading = read_text(text).to_json()
    assert reading["documents_cited"] == ["UNEP/EA.9/INF/4"]
    assert len(reading["instruments_cited"]) == 5
