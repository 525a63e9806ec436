"""The reader's rules for a letter's own reference and place of writing, on made-up letters
of kinds it had not seen (wave 7): registries' file numbers, a file number set beside the
dateline, circular notes, a protocol service's letterhead, towns outside the list of
capitals, a treaty's record above the letter a page reproduces."""

import pytest

from tests.reading.readings import reading


def test_a_file_number_with_a_classification_keeps_its_office_initials():
    found = reading(
        "WORLD WEATHER ORGANIZATION\n\nOur ref.: 41.231/PRA/WDS\n\nGeneva, 3 March 2031\n\n"
        "Madam, Sir,\n\nI have the honour to inform you of the session.\n\nYours faithfully,\n"
    )
    assert found["reference"] == "41.231/PRA/WDS"


def test_a_file_number_whose_office_initials_are_joined_by_a_hyphen():
    found = reading(
        "MINISTERE DES AFFAIRES ETRANGERES\n\nN° 00421/MAECI-SG\n\nBamako, le 8 mai 2031\n\n"
        "Monsieur le Secrétaire général,\n\nJ'ai l'honneur de vous informer.\n"
    )
    assert found["reference"] == "00421/MAECI-SG"


def test_a_symbol_beside_the_dateline_after_a_column_gap_is_the_letters():
    found = reading(
        "COUNCIL OF NATIONS\nDirectorate of Democracy\n\n"
        "DGII/JR/mn/2031-117                           Strasbourg, 19 October 2031\n\n"
        "Dear Minister,\n\nI would like to thank you for your letter.\n\nYours sincerely,\n"
    )
    assert (found["reference"], found["place"]) == ("DGII/JR/mn/2031-117", "Strasbourg")
    spanish = reading(
        "SECRETARÍA GENERAL\n\nSG/E/1234/2031                    Lima, 2 de junio de 2031\n\n"
        "Señor Ministro:\n\nTengo el agrado de dirigirme a usted.\n\nAtentamente,\n"
    )
    assert spanish["reference"] == "SG/E/1234/2031"


def test_a_symbol_in_a_sentence_beside_a_date_is_no_reference():
    found = reading(
        "Dear colleagues,\n\nThe document ODA/2031-14 was published on 3 May 2031 as "
        "planned.\n\nBest regards,\n"
    )
    assert found["reference"] is None


def test_a_circular_note_keeps_its_kind_before_its_number():
    english = reading(
        "Circular Note No. XDC-5120\n\nThe Office of Protocol presents its compliments to the "
        "Heads of Diplomatic Missions and has the honour to inform them of new rules.\n"
    )
    french = reading(
        "Note circulaire NO XDC-0410-2 du 3 mars 2031\n\nLe Bureau du Protocole présente ses "
        "compliments aux Chefs de mission diplomatique et a l'honneur de les informer.\n"
    )
    circulaire = reading(
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES\n\nCIRCULAIRE N° 2031-003\n\nAux Chefs de mission"
        "\n\nLe Service informe les missions que de nouvelles règles s'appliquent.\n"
    )
    assert english["reference"] == "Circular Note No. XDC-5120"
    assert french["reference"] == "Note circulaire NO XDC-0410-2"
    assert circulaire["reference"] == "CIRCULAIRE N° 2031-003"


def test_a_disease_named_like_a_symbol_is_no_reference():
    found = reading(
        "Distinguished Representatives,\n\nCOVID-19 Responses - Webinar\n\nThe agencies are "
        "pleased to invite you to a webinar on 19 June 2031.\n\nBest regards,\n"
    )
    assert found["reference"] is None


def test_a_protocol_service_over_the_dateline_names_no_treaty():
    found = reading(
        "MINISTÈRE DES AFFAIRES ÉTRANGÈRES\nDirection du Protocole\n\nParis, le 4 janvier 2031"
        "\n\nAux Chefs de mission diplomatique\n\nLe Service du Protocole informe les missions "
        "que de nouvelles règles s'appliquent.\n"
    )
    assert (found["place"], found["date"]) == ("Paris", "2031-01-04")


def test_a_town_outside_the_capitals_written_from():
    dateline = reading(
        "OCEAN ALLIANCE\n\nCape Town, 4 May 2031\n\nDear Director,\n\nWe write to express our "
        "concern.\n\nSincerely,\nJane Roe\n"
    )
    footer = reading(
        "Dear Executive Director,\n\nWe write to express our concern.\n\nSincerely,\n\n"
        "Jane Roe, Chair\nOcean Alliance\n15 Harbour Street, Cape Town 8001, South Africa\n"
        "Tel: +27 21 555 0101\n"
    )
    assert dateline["place"] == "Cape Town"
    assert footer["place"] == "Cape Town"


def test_a_time_zones_city_beside_the_date_is_no_place_of_writing():
    found = reading(
        "May 12, 2031 all-day America/Los Angeles Timezone\n\nDear NGO Representatives:\n\n"
        "We are pleased to inform you of the session.\n"
    )
    assert found["place"] is None


def test_a_treatys_record_above_the_letter_is_not_the_letters_date_and_place():
    found = reading(
        "THE COMPENDIUM OF WHALING TEXTS\n\n__________\n\nAmendments to the Schedule to the "
        "International Convention for the Regulation of Whaling, Cape Town, 2031\n\n"
        "__________\n\nDone at Cape Town 27 July 2031\n\nEntered into force 18 November 2031\n"
        "\n__________\n\nWHALING COMMISSION, 12 QUEEN'S ROAD, LONDON, S.W.1. 19TH NOVEMBER, "
        "2031.\n\nSir,\n\nI beg to refer to my circular on the above subject and to remind you "
        "that the period for objections to the amendments has ended.\n\nI am, Sir,\n"
        "Your obedient servant,\n"
    )
    assert (found["date"], found["place"]) == ("2031-11-19", "LONDON")


def test_a_london_postal_district_between_the_city_and_the_date():
    found = reading(
        "FOREIGN OFFICE\n\nLondon, S.W.1, 4 May 2031\n\nSir,\n\nI have the honour to inform "
        "you.\n\nI am, Sir,\nYour obedient servant,\n"
    )
    assert (found["place"], found["date"]) == ("London", "2031-05-04")


def test_a_note_numbered_with_the_numero_sign_and_its_kind_in_lower_case():
    numero = reading(
        "EMBASSY OF NORDIA\n\n№ 1234/n\n\nThe Embassy of Nordia presents its compliments to the "
        "Ministry of Foreign Affairs and has the honour to request a meeting.\n\nOslo, 5 March "
        "2031\n"
    )
    numbered = reading(
        "EMBASSY OF NORDIA\n\nNo. 456/n\n\nThe Embassy of Nordia presents its compliments to the "
        "Ministry and has the honour to request a meeting.\n\nCanberra, 2 May 2031\n"
    )
    assert (numero["reference"], numbered["reference"]) == ("1234/n", "456/n")


def test_a_file_number_with_an_office_initial_of_one_letter():
    found = reading(
        "Le Ministère des Affaires étrangères présente ses compliments à l'Ambassade et a "
        "l'honneur de lui faire savoir que le Ministre se rendra à Paris.\n\nNiamey, le 4 mars "
        "2031\n\nN° 0345/MAE/C/DAJ\n"
    )
    assert found["reference"] == "0345/MAE/C/DAJ"


def test_an_abbreviated_circular_keeps_its_issuer_and_kind():
    found = reading(
        "MARINE RESOURCES COMMISSION\n\nCOMM CIRC 31/45                    12 April 2031\n\n"
        "To: All Members of the Commission\n\nThe Executive Secretary informs Members that "
        "the group will meet online.\n"
    )
    assert (found["reference"], found["doc_type"]) == ("COMM CIRC 31/45", "information_note")


LETTER = (
    "WORLD ORGANIZATION\nGeneva\n\n{head}\n\n3 May 2031\n\nDear Sir/Madam,\n\nI have the "
    "pleasure to invite you to the meeting.\n\nYours sincerely,\nJane Roe\n"
)


@pytest.mark.parametrize(
    "label",
    [
        "Our ref./Notre réf.:",
        "Ref./Réf.:",
        "Reference Number:",
        "Ref#:",
        "N° de référence :",
    ],
)
def test_a_reference_under_a_label_in_two_languages_or_with_its_number_word(label):
    found = reading(LETTER.format(head=f"{label} WO/LEG/2031/12"))
    assert found["reference"] == "WO/LEG/2031/12"


@pytest.mark.parametrize(
    "heading", ["Preparations for IPBES-11", "Second meeting of COP-17 Bureau", "SBSTTA-26"]
)
def test_a_sessions_name_in_a_heading_is_no_reference(heading):
    assert reading(LETTER.format(head=heading))["reference"] is None


def test_a_dateline_dated_at_a_place_this_day():
    found = reading(LETTER.format(head="Dated at Ottawa this 4th day of May, 2031"))
    assert (found["place"], found["date"]) == ("Ottawa", "2031-05-04")


def test_a_decimal_files_number_keeps_its_letters():
    found = reading(
        "DEPARTMENT OF STATE\nWASHINGTON\n\nFile No. 711.C22/45\n\nJune 4, 1931.\n\nSir:\n\n"
        "I have the honor to acknowledge the receipt of your note.\n"
    )
    assert found["reference"] == "File No. 711.C22/45"


def test_a_circulars_kind_and_number_inside_a_flattened_heading():
    found = reading(
        "MINISTERIO DE RELACIONES EXTERIORES DIRECCIÓN GENERAL DE PROTOCOLO Circular N° 12/2031 "
        "Quito, 15 de enero de 2031 La Dirección saluda atentamente a las Misiones Diplomáticas y "
        "tiene el honor de informarles sobre el procedimiento de acreditación."
    )
    assert found["reference"] == "Circular N° 12/2031"


@pytest.mark.parametrize(
    "line",
    [
        "Room S-3250, United Nations Plaza",
        "Bureau E-1052",
        "Ext. 4-5678",
        "Postal code 2031-05",
        "Post-2015 Agenda",
        "Form A-1",
        "Distr.: General 12-34567 (E)",
    ],
)
def test_a_room_an_extension_or_a_job_number_in_the_letterhead_is_no_reference(line):
    found = reading(
        f"REGIONAL ORGANIZATION\n{line}\n\n3 May 2031\n\nDear Colleague,\n\nI have the pleasure "
        "to invite you to the meeting.\n\nYours sincerely,\nJane Roe\n"
    )
    assert (found["reference"], found["other_references"]) == (None, [])


def test_a_block_of_address_under_the_date_is_the_addressees_not_the_letterhead():
    found = reading(
        "MINISTRY OF FOREIGN AFFAIRS\n\n12 March 2031\n\nThe Executive Secretary\nRegional "
        "Secretariat\nGaborone\n\nDear Executive Secretary,\n\nI write to you.\n\nYours "
        "sincerely,\nJohn Roe\n"
    )
    assert found["place"] is None
    letterhead = reading(
        "EMBASSY OF NORLAND\nBERLIN\n\n12 March 2031\n\nThe Director\nDepartment of Protocol\n"
        "\nDear Director,\n\nI write to you.\n\nYours sincerely,\nJohn Roe\n"
    )
    assert letterhead["place"] == "BERLIN"


def test_a_reference_in_the_column_beside_the_subject():
    found = reading(
        "ORGANIZATION\nSubject: Meeting of experts      Ref.: WO/LEG/2031/12\n\nDear Sir,\n\n"
        "I invite you to the meeting.\n"
    )
    assert found["reference"] == "WO/LEG/2031/12"


def test_a_series_numbered_in_roman_figures_under_a_label():
    found = reading(
        "WHALING COMMISSION\n\n19 Nov. 2031\n\nOur Ref. CS.XII\n\nCircular letter to all "
        "Contracting Governments\n\nSir,\n\nI beg to refer to my circular on the above subject."
        "\n\nI am, Sir,\nYour obedient servant,\n"
    )
    assert found["reference"] == "CS.XII"


def test_a_symbol_closing_the_datelines_line_of_a_flattened_copy():
    found = reading(
        "SECRETARIA GENERAL DE LA COMUNIDAD Quito, 3 de marzo de 2031 SG/C.2/118/2031 Señor "
        "Ministro: Tengo el agrado de dirigirme a usted con el fin de convocar a la Reunión. "
        "Atentamente, Juan Roe"
    )
    assert (found["reference"], found["place"]) == ("SG/C.2/118/2031", "Quito")


def test_a_media_advisorys_where_names_no_place_of_writing():
    found = reading(
        "MEDIA ADVISORY\n\nLaunch of the Regional Report\n\nWhen: 12 June 2031, 10:00\nWhere: "
        "Bangkok, UN Conference Centre\n\nMedia representatives are invited to attend.\n"
    )
    assert found["place"] is None


def test_a_hyphenated_town_of_a_letter_in_capitals():
    found = reading(
        "REPUBLIQUE DE NORDLANDE\nMINISTERE DES AFFAIRES ETRANGERES\n\nPORT-AU-NORD, LE 4 AVRIL "
        "2031\n\nMONSIEUR LE SECRETAIRE GENERAL,\n\nJ'AI L'HONNEUR DE PORTER A VOTRE CONNAISSANCE "
        "LA DECISION DE MON GOUVERNEMENT.\n\nVEUILLEZ AGREER, MONSIEUR LE SECRETAIRE GENERAL, LES "
        "ASSURANCES DE MA TRES HAUTE CONSIDERATION.\n"
    )
    assert found["place"] == "PORT-AU-NORD"


def test_a_city_whose_last_word_is_a_weekday():
    found = reading(
        "MINISTERIO DE RELACIONES EXTERIORES\n\nSanto Domingo, 4 de mayo de 2031\n\nSeñora "
        "Directora:\n\nMe es grato dirigirme a usted.\n"
    )
    assert (found["place"], found["date"]) == ("Santo Domingo", "2031-05-04")
