"""Instruments cited the ways real letters still wrote them past the reader: an OCR'd list of
the General Assembly's older resolutions each with its date, a title opening on a place of
two words, titles with commas inside, words OCR split (made-up texts)."""

from plenipo.reading.instruments import canonical
from tests.reading.readings import cited


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


def test_titles_whose_commas_are_their_own_are_read_whole():
    english = (
        "Dear Minister,\n\nThe Parties to the United Nations Convention to Combat Desertification "
        "in Those Countries Experiencing Serious Drought and/or Desertification, Particularly in "
        "Africa will meet in the autumn.\n\nYours sincerely,\nThe Executive Secretary\n"
    )
    french = (
        "Madame la Ministre,\n\nLes États parties à la Convention concernant la protection du "
        "patrimoine mondial, culturel et naturel sont invités à présenter leurs rapports.\n\n"
        "Veuillez agréer, Madame la Ministre, l'assurance de ma haute considération.\n"
    )
    spanish = (
        "Señora Ministra:\n\nLa Convención sobre la Protección del Patrimonio Mundial, Cultural y "
        "Natural fue ratificada por su país.\n\nAtentamente,\nLa Directora\n"
    )
    assert cited(english) == ["United Nations Convention to Combat Desertification"]
    heritage = "Convention Concerning the Protection of the World Cultural and Natural Heritage"
    assert cited(french) == [heritage]
    assert cited(spanish) == [heritage]


def test_a_word_of_a_title_ocr_split_by_a_space_is_read_whole():
    text = (
        "Sir,\n\nUnder Article 102 of the Charter of the United Nati ons the agreement will be "
        "registered.\n\nI have the honour to be, Sir, your obedient servant,\nThe Legal Adviser\n"
    )
    assert "Charter of the United Nations" in cited(text)


def test_the_additional_protocols_are_cited_by_their_number_not_the_conventions_they_name():
    text = (
        "Monsieur le Ministre,\n\nNous saluons la ratification du Protocole additionnel I aux "
        "Conventions de Genève et du Protocole additionnel II par votre pays.\n\n"
        "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.\n"
    )
    assert cited(text) == [
        "Protocol Additional to the Geneva Conventions (Protocol I)",
        "Protocol Additional to the Geneva Conventions (Protocol II)",
    ]
    assert canonical("Additional Protocol I to the Geneva Conventions") == (
        "Protocol Additional to the Geneva Conventions (Protocol I)"
    )


def test_gatt_named_with_its_year_is_cited_and_its_article_with_it():
    text = (
        "Dear Chairperson,\n\nThe customs union is notified under Article XXIV of GATT 1994.\n\n"
        "Yours sincerely,\nThe Ambassador\n"
    )
    assert cited(text) == [canonical("Article XXIV of GATT 1994")]
    letterhead = "GATT\nGeneral Agreement on Tariffs and Trade\n\nDear Sir,\n\nThe Council meets.\n"
    assert canonical("GATT 1994") not in cited(letterhead)


def test_a_spanish_title_stops_before_the_verb_of_its_sentence():
    text = (
        "Señor Embajador:\n\nEl Tratado sobre cooperación fluvial ha sido ratificado y el Acuerdo "
        "sobre pesca artesanal entró en vigor.\n\nAtentamente,\nEl Director\n"
    )
    assert cited(text) == ["tratado sobre cooperación fluvial", "acuerdo sobre pesca artesanal"]


def test_a_headquarters_agreement_in_french_or_spanish_is_cited():
    alone = (
        "Monsieur le Représentant permanent,\n\nConformément à l'Accord de siège conclu avec le "
        "pays hôte, ces privilèges sont accordés.\n\nVeuillez agréer l'assurance de ma haute "
        "considération.\n"
    )
    named = "Monsieur,\n\nL'Accord de siège de l'OMPA prévoit ces exemptions.\n\nVeuillez agréer\n"
    spanish = (
        "Señor Embajador:\n\nEl Acuerdo de Sede entre la Organización y el Gobierno de Panamá "
        "prevé estas exenciones.\n\nAtentamente,\nLa Directora\n"
    )
    assert cited(alone) == ["accord de siège"]
    assert cited(named) == ["accord de siège de l'ompa"]
    assert cited(spanish) == ["acuerdo de sede entre la organización y el gobierno de panamá"]


def test_an_article_of_a_text_after_de_l_is_its_provision():
    text = (
        "Monsieur,\n\nAux termes de l'article 3 de l'Accord, les Parties se consultent.\n\n"
        "Veuillez agréer\n"
    )
    assert cited(text) == ["rule 3 of the accord"]


def test_an_article_with_its_heading_or_of_a_title_with_its_year_is_its_provision():
    text = (
        "Excellency,\n\nArticle IV (Scope) of the Agreement shall be amended, and the period "
        "set by Article 7 of the International Kite Convention of 1952 has expired.\n\n"
        "Accept, Excellency, the renewed assurances of my highest consideration.\n"
    )
    assert cited(text) == ["rule iv of the agreement", "rule 7 of the convention"]


def test_a_treaty_yet_to_be_made_is_not_cited():
    text = (
        "Monsieur le Ministre,\n\nJusqu'à la conclusion d'un Traité de Commerce et de "
        "Navigation entre nos deux pays, le tarif minimum sera appliqué, pending a Treaty of "
        "Friendship between them.\n\nVeuillez agréer, Monsieur le Ministre, l'assurance de ma "
        "haute considération.\n"
    )
    assert cited(text) == []


def test_an_agreement_in_lower_case_with_its_day_and_parties_is_cited_article_aside():
    text = (
        "Monsieur le Ministre,\n\nLe présent arrangement remplace l'accord conclu le 3 mars 1929 "
        "entre la Norvège et le Pérou, et prend effet ce jour.\n\nVeuillez agréer, Monsieur le "
        "Ministre, l'assurance de ma haute considération.\n"
    )
    assert cited(text) == [canonical("l'accord conclu le 3 mars 1929 entre la Norvège et le Pérou")]


def test_a_tribunal_or_commission_named_after_a_treaty_cites_nothing():
    text = (
        "L'Ambassade a l'honneur de faire savoir que le président du tribunal d'arbitrage de "
        "l'Accord sur les pêcheries lacustres et la Joint Commission of the Treaty on Border "
        "Rivers siègent à Berne.\n"
    )
    assert cited(text) == []


def test_a_states_office_of_protocol_is_no_protocol():
    text = (
        "The Ministry (Office of Protocol) presents its compliments and refers the Missions to "
        "the Offices of Protocol of Ruritania's regions and the Chief of Protocol of Ruritania. "
        "The Protocol of Ostend remains in force.\n"
    )
    assert cited(text) == ["protocol of ostend"]


def test_an_exchange_of_letters_keeps_its_days_before_its_parties():
    text = (
        "The Ministry, with reference to the Exchange of Notes of 3 April 1971 and 9/10 June 1988 "
        "between the Government of Ruritania and the Institute, as well as later talks, has the "
        "honour to propose the following.\n"
    )
    assert cited(text) == [
        "exchange of notes of 3 april 1971 and 9/10 june 1988 between the government of "
        "ruritania and the institute"
    ]


def test_the_democratic_charter_by_its_short_name():
    text = (
        "Monsieur le Secrétaire général,\n\nLe Conseil a approuvé la résolution sur la Charte "
        "démocratique.\n\nVeuillez agréer, Monsieur le Secrétaire général, l'assurance de ma "
        "haute considération.\n"
    )
    assert cited(text) == ["Inter-American Democratic Charter"]
    assert canonical("Charte démocratique") == "Inter-American Democratic Charter"


def test_the_african_unions_agenda_2063():
    text = (
        "MEDIA ADVISORY\n\nThe meeting will review progress on AU Agenda 2063 and on the 2030 "
        "Agenda for Sustainable Development.\n"
    )
    assert cited(text) == [
        "Agenda 2063: The Africa We Want",
        "2030 Agenda for Sustainable Development",
    ]


def test_a_code_told_by_its_initials_is_read_over_a_page_break():
    text = (
        "Sir,\n\nThe Committee will consider amendments to:\n.1 the International Code of Safety "
        "for Kites using Hydrogen or other\n\n\nLight Gases (IKH Code), circulated earlier;\n\n"
        "Yours faithfully,\nThe Secretary-General\n"
    )
    assert cited(text) == [
        "international code of safety for kites using hydrogen or other light gases (ikh code)"
    ]


def test_a_rule_of_the_general_rules_by_their_initials():
    text = (
        "Sir,\n\nMembers are elected for two years at the session after the Conference (Rule "
        "XXII-4 GRO).\n\nYours faithfully,\nThe Director-General\n"
    )
    assert cited(text) == ["rule xxii of the general rules of the organization"]
    assert canonical("Rule XXII-4 GRO") == canonical(
        "Rule XXII of the General Rules of the Organization"
    )


def test_a_treaty_in_lower_case_told_by_where_and_when_it_was_signed():
    text = (
        "Monsieur le Ministre,\n\nEn application de la convention relative au régime des eaux "
        "du lac, signée à Lausanne le 4 juin 1921, la commission se réunira.\n\nVeuillez agréer, "
        "Monsieur le Ministre, l'assurance de ma haute considération.\n"
    )
    assert cited(text) == [
        "convention relative au régime des eaux du lac, signée à lausanne le 4 juin 1921"
    ]


def test_the_chemical_weapons_convention_by_its_full_title_in_french_and_spanish():
    french = (
        "Monsieur le Ministre,\n\nLa Convention sur l'interdiction de la mise au point, de la "
        "fabrication, du stockage et de l'emploi des armes chimiques et sur leur destruction "
        "lie votre pays.\n\nVeuillez agréer\n"
    )
    spanish = (
        "Señor Ministro:\n\nLa Convención sobre la prohibición del desarrollo, la producción, el "
        "almacenamiento y el empleo de armas químicas y sobre su destrucción obliga a su país.\n\n"
        "Atentamente\n"
    )
    assert cited(french) == ["Chemical Weapons Convention"]
    assert cited(spanish) == ["Chemical Weapons Convention"]


def test_a_protocol_named_after_its_place_to_a_treaty_cites_the_protocol_alone():
    text = (
        "Monsieur le Ministre,\n\nLe Protocole de Kyoto à la Convention-cadre des Nations Unies "
        "sur les changements climatiques engage votre pays.\n\nVeuillez agréer\n"
    )
    assert cited(text) == ["Kyoto Protocol"]


def test_the_aarhus_convention_by_its_full_title_in_french():
    text = (
        "Madame,\n\nLes Parties à la Convention sur l'accès à l'information, la participation du "
        "public au processus décisionnel et l'accès à la justice en matière d'environnement se "
        "réuniront.\n\nVeuillez agréer\n"
    )
    assert cited(text) == ["Aarhus Convention"]
