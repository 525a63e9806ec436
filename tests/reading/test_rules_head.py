"""The reader's rules for a letter's head and foot (its date, reference, sender and
addressees), each on a short letter written the way many are."""

from tests.reading.readings import reading


def test_those_a_notice_wishes_to_notify():
    found = reading(
        "NOTIFICATION\n21 February 2012\nI wish to notify all observer organizations admitted "
        "by the Conference of the forthcoming sessions.\n"
    )
    assert found["addressees"] == ["all observer organizations admitted by the Conference"]


def test_signed_by_and_the_excellency_written_to_under_the_signature():
    found = reading(
        "June 22, 2017\nYour Excellency,\nPlease transmit the attached letter.\n"
        "I avail myself of this opportunity to renew the assurances of my highest consideration.\n"
        "Signed by Jane Roe Director, Americas Division\n"
        "Your Excellency John Doe Permanent Representative of Ruritania\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    assert found["sender"]["title"] == "Director, Americas Division"
    assert found["addressees"] == ["Your Excellency John Doe Permanent Representative of Ruritania"]


def test_a_circular_letters_symbol_heading_the_page():
    found = reading(
        "CL 121/7\nHundred and Twenty-first Session\n1. The Council elects the members of "
        "the Committee.\n2. Nominations are due by Monday 12 November 2001.\n"
    )
    assert found["doc_type"] == "information_note"


def test_a_press_release_reporting_a_message_and_a_heading_naming_the_writer():
    found = reading(
        "Ref: 2024/PR/123\nThe Minister of Foreign Affairs of Ruritania, His Excellency John "
        "Doe has sent a message of felicitations to the Minister for Foreign Affairs of "
        "Freedonia, His Excellency Rufus Firefly, on the occasion of its National Day.\n"
        "Please accept, Excellency, the assurances of my highest consideration.\nENDS\n"
    )
    assert found["sender"]["name"] == "John Doe"
    assert found["sender"]["title"] == "Minister of Foreign Affairs of Ruritania"
    assert found["addressees"] == [
        "Minister for Foreign Affairs of Freedonia, His Excellency Rufus Firefly"
    ]
    headed = reading(
        "THE PRESIDENT\n068 CIR 20 E 6 March 2020\nMessage from the Assembly President "
        "Jane Roe\nDear colleagues,\nIn December, our Bureau met.\n"
    )
    assert headed["sender"]["name"] == "Jane Roe"


def test_a_notes_place_and_date_under_its_closing_formula_in_flat_text():
    body = "The Government has decided to present its candidature to the Council. " * 12
    found = reading(
        "No. UN/321/183/06 The Permanent Mission of Ruritania presents its compliments to the "
        f"President of the General Assembly and has the honour to inform that {body}The "
        "Mission avails itself of this opportunity to renew the assurances of its highest "
        "consideration. New York. 12 April 2006 H.E. Mr. John Doe President of the Assembly\n"
    )
    assert (found["date"], found["place"]) == ("2006-04-12", "New York")


def test_an_archive_records_number_an_attachments_name_and_a_stamps_date_are_no_reference():
    found = reading(
        "STATE DEPARTMENT CABLES\nDocument Number (FOIA) /ESDN (CREST):\nABC-RDP84-00022R0002-6\n"
        "Document Page Count:\n1\nFile:\nPDF icon ABC-RDP84-00022R0002-6.pdf89.43 KB\nBody:\n"
        "No Objection to Declassification 2010/07/08: ABC-RDP84-00022R0002-6\n"
        "It is requested that this agency be given access to the cables.\n"
    )
    assert found["reference"] is None


def test_a_spanish_salutation_to_sir_or_madam_names_no_addressee():
    found = reading(
        "Ref: SEC/2023/7\n22 de noviembre de 2023\nEstimado Señor/Distinguida Señora:\n"
        "La Secretaría se complace en adjuntar una carta.\n"
    )
    assert found["addressees"] == []


def test_a_flattened_headers_page_count_before_the_date():
    found = reading(
        "Date: Reference: Page 1 of 21 February 2012 SEC/OBS/FEB/12 2 NOTIFICATION\n"
        "I wish to notify all observers of the sessions of 14 to 25 May 2012.\n"
    )
    assert found["date"] == "2012-02-21"


def test_a_salutation_to_a_group_listed_with_commas_names_the_group():
    found = reading(
        "Consultation on the draft budget\n"
        "Dear Members, observers and other interested stakeholders,\n"
        "The Bureau invites comments on the draft budget.\n"
    )
    assert found["addressees"] == ["Members, observers and other interested stakeholders"]
    assert reading("Dear Sir, Madam,\nThe Bureau invites comments.\n")["addressees"] == []


def test_the_compliments_clause_ends_where_the_secretariat_speaks_in_another_capacity():
    found = reading(
        "The Secretariat of the Fisheries Commission presents its compliments to the "
        "Contracting Parties and Cooperating Non-Members of the Commission, and in its "
        "capacity as depositary has the honour to circulate the amended rules.\n"
    )
    assert found["addressees"] == [
        "Contracting Parties and Cooperating Non-Members of the Commission"
    ]


def test_a_signature_marked_signed_in_brackets_or_split_from_its_post_by_a_bar():
    bracketed = reading(
        "Dear Colleagues,\nPlease send your nominations.\nYours sincerely,\n"
        "[signed] Jane Roe Assistant Director-General\n"
    )
    assert (bracketed["sender"]["name"], bracketed["sender"]["title"]) == (
        "Jane Roe",
        "Assistant Director-General",
    )
    barred = reading(
        "Dear Colleagues,\nPlease send your comments.\nSincerely,\n"
        "Dr. Jane Roe | Executive Secretary\n"
    )
    assert (barred["sender"]["name"], barred["sender"]["title"]) == (
        "Jane Roe",
        "Executive Secretary",
    )


def test_a_circular_numbered_in_its_heading_is_a_circular_however_it_opens():
    for heading in (
        "Circular Letter No. 412\n",
        "Lettre circulaire de la Commission n° 87\n",
        "Circular de la OMM N 15\n",
    ):
        found = reading(heading + "Madam/Sir,\nI have the honour to inform you of the session.\n")
        assert found["doc_type"] == "information_note", heading
    answer = reading(
        "Madam/Sir,\nFurther to our Circular Letter of 18 May 2009, I have the pleasure to "
        "inform you that the page was updated.\nYours sincerely,\nJane Roe\n"
    )
    assert answer["doc_type"] == "letter"


def test_a_letter_in_the_first_person_or_saluting_without_a_comma_is_a_letter():
    assert (
        reading(
            "Call for nominations\nTo all observers\nI would like to invite you to nominate "
            "candidates for the panel.\n"
        )["doc_type"]
        == "letter"
    )
    assert (
        reading(
            "CONVOCATORIA\nEstimados colegas\nLos próximos días 2 y 3 de junio celebraremos "
            "nuestra reunión plenaria.\n"
        )["doc_type"]
        == "letter"
    )
    # a programme without any letter's formula informs its readers (docs/reading.md, kinds)
    assert reading("Programme of the session\nOpening: 10:00\nClosing: 18:00\n")["doc_type"] == (
        "information_note"
    )


def test_those_a_letter_invites_before_a_colon_listing_what_they_are_invited_to_do():
    found = reading(
        "Call for experts\nI would like to invite Governments and other relevant "
        "stakeholders:\n1. To nominate experts;\n2. To offer support.\n"
    )
    assert found["addressees"] == ["Governments and other relevant stakeholders"]


def test_a_dateline_town_of_several_words_joined_by_a_particle():
    found = reading("Ciudad de Querétaro, 3 de marzo de 2021\n\nEstimados colegas:\nLes invito.\n")
    assert (found["place"], found["date"]) == ("Ciudad de Querétaro", "2021-03-03")
    found = reading("Saint-Denis-de-la-Réunion, 4 mai 2019\n\nMadame,\nJe vous écris.\n")
    assert found["date"] == "2019-05-04"


def test_a_cables_sending_office_and_its_number_between_double_slashes():
    found = reading(
        "O 021200Z JAN 76\nFM THE OPERATIONS CENTER//ABC 12//\nTO JOHN DOE FOR THE SECRETARY\n"
        "1. THE MEETING WILL TAKE PLACE AS PLANNED ON MONDAY.\n"
    )
    assert found["sender"]["title"] == "THE OPERATIONS CENTER"
    assert found["reference"] == "ABC 12"


def test_a_telegrams_sent_by_field_and_the_name_typed_before_it():
    found = reading(
        "TELEGRAM\nTHE COUNCIL WILL MEET ON 11 JULY. PLEASE SEND THE NAMES OF YOUR "
        "REPRESENTATIVES. J. K. SMITH SENT BY : Director-General, ABC,\nTel. address : ABC\n"
    )
    assert found["sender"]["name"] == "J. K. SMITH"
    assert found["sender"]["title"] == "Director-General"


def test_a_notifications_number_heading_its_title():
    found = reading(
        "2021/004: Call for comments on the draft guidelines\n\nThe Secretariat would like to "
        "draw attention to the draft guidelines.\n"
    )
    assert found["reference"] == "2021/004"


def test_days_of_a_month_written_as_a_range_are_no_reference():
    found = reading(
        "Conference of the Parties\n12th Session\n3-14 June 2021\nMemorandum\nThe Conference "
        "will meet in Geneva.\n"
    )
    assert found["reference"] is None


def test_a_memorandums_to_and_from_run_together_without_colons():
    found = reading(
        "Body: COPY 3 June 1950 TO John K. Roe Special Assistant to the Secretary FROM Mary "
        "A. Doe, Director SUBJECT Access to cables 1. It is requested that this office be "
        "authorized to receive the cables.\n"
    )
    assert found["sender"]["name"] == "Mary A. Doe"
    assert found["addressees"] == ["John K. Roe Special Assistant to the Secretary"]
    found = reading("LETTER FROM THE PERMANENT REPRESENTATIVE OF RURITANIA\nThe meeting is off.\n")
    assert found["sender"] is None or found["sender"]["name"] is None


def test_the_block_of_address_over_the_salutation_wherever_its_zone_falls():
    found = reading(
        "SECRETARIAT OF THE RURITANIAN COMMISSION\n\n12 March 2019\n\n"
        "H.E. Mr. John Doe\nMinister of Foreign Affairs\nRepublic of Freedonia\n\n"
        "Subject: The next session\n\nExcellency,\n\n"
        "I have the honour to invite your Government to the next session of the Commission.\n\n"
        "Yours sincerely,\n\nJane Roe\nExecutive Secretary\n"
    )
    assert found["addressees"] == [
        "H.E. Mr. John Doe, Minister of Foreign Affairs, Republic of Freedonia"
    ]
    named = reading(
        "14 November 2016\n\nRichard Roe\nDirector, Institute of Coastal Studies\n"
        "12 Harbour Road\n\nDear Mr. Roe,\n\nThank you for your letter.\n\n"
        "Best regards,\n\nJane Roe\n"
    )
    assert named["addressees"] == [
        "Richard Roe, Director, Institute of Coastal Studies, 12 Harbour Road"
    ]
    spanish = reading(
        "Excelentísimo Señor\nJuan Pérez\nMinistro de Relaciones Exteriores\n\n"
        "Señor Ministro:\n\nTengo el honor de dirigirme a Vuestra Excelencia.\n"
    )
    # the courtesy title alone on its line goes with the name under it (wave 9)
    assert spanish["addressees"] == [
        "Excelentísimo Señor Juan Pérez, Ministro de Relaciones Exteriores"
    ]
    # a heading over the salutation names no one
    heading = reading("OFFICE OF THE BOARD\nMessage from the President\nDear colleagues,\nWe met.")
    assert heading["addressees"] == []


def test_the_closing_formula_that_closes_the_letter_not_a_word_of_its_body():
    found = reading(
        "Dear Colleagues,\n\nThe Board will meet on 4 May 2020. I sincerely hope that you will "
        "attend, and I take this opportunity to thank you for your support.\n\n"
        "Reciba un cordial saludo,\n\nAna Ruiz\nSecretario Ejecutivo\n"
    )
    assert (found["sender"]["name"], found["sender"]["title"]) == (
        "Ana Ruiz",
        "Secretario Ejecutivo",
    )
    french = reading(
        "Monsieur le Ministre,\n\nLe Conseil se réunira le 4 mai 2020.\n\nRecevez, Monsieur le "
        "Ministre, l'assurance de ma haute considération.\n\nClaire Martin\nDirectrice générale\n"
    )
    assert (french["sender"]["name"], french["sender"]["title"]) == (
        "Claire Martin",
        "Directrice générale",
    )


def test_signatures_printed_side_by_side():
    found = reading(
        "Excellency,\n\nWe have the honour to convene the negotiations on 14 October 2019.\n\n"
        "Please accept, Excellency, the assurances of our highest consideration.\n\n"
        "Jane Roe                    John Doe\n"
        "Permanent Representative of Ruritania     Permanent Representative of Freedonia\n"
    )
    assert (found["sender"]["name"], found["sender"]["title"]) == (
        "Jane Roe",
        "Permanent Representative of Ruritania",
    )
    assert [(p["name"], p["title"]) for p in found["co_signatories"]] == [
        ("John Doe", "Permanent Representative of Freedonia")
    ]


def test_a_notes_place_and_the_address_under_its_date_are_no_signatory():
    found = reading(
        "The Embassy of Ruritania presents its compliments to the Ministry of Foreign Affairs "
        "of Freedonia and has the honour to announce the visit of its delegation.\n\n"
        "The Embassy avails itself of this opportunity to renew to the Ministry the assurances "
        "of its highest consideration.\n\nNew York\n5 May 2016\n\nMinistry of Foreign Affairs\n"
        "Fredville\n"
    )
    assert found["sender"]["name"] is None
    assert found["addressees"] == ["Ministry of Foreign Affairs of Freedonia"]


def test_a_signatory_under_an_honorific_in_capitals_or_a_post():
    found = reading(
        "Dear Colleague,\n\nThe Board will meet on 4 May 2020.\n\nYours sincerely,\n\n"
        "DR. JANE Q. ROE\nExecutive Director\n"
    )
    assert found["sender"]["name"] == "JANE Q. ROE"
    spanish = reading(
        "Señor Secretario General:\n\nTengo el honor de dirigirme a usted.\n\n"
        "Hago propicia la oportunidad para reiterarle las seguridades de mi más alta "
        "consideración.\n\nEmbajador Juan Pérez Gómez\nRepresentante Permanente\n\n"
        "Al Excelentísimo Señor\nSecretario General de las Naciones Unidas\nNueva York\n"
    )
    assert spanish["sender"]["name"] == "Juan Pérez Gómez"
    assert spanish["addressees"] == [
        "Al Excelentísimo Señor, Secretario General de las Naciones Unidas, Nueva York"
    ]


def test_a_post_ending_with_its_head_word_is_the_signatorys_post_not_a_second_signatory():
    found = reading(
        "From: Anna Berg <anna.berg@example.org>\nTo: Focal points of the Network\n"
        "Date: 3 April 2024\nSubject: Second meeting\n\nDear colleagues,\n\nThe second meeting "
        "will be held in Vienna on 20 May 2024.\n\nBest regards,\nAnna Berg\nProgramme Officer\n"
    )
    assert found["sender"] == {"name": "Anna Berg", "title": "Programme Officer"} | {
        "organization": None
    }
    assert found["co_signatories"] == []


def test_the_addressee_under_the_signature_follows_the_office_signed_for_with_its_post():
    found = reading(
        "12 March 2019\n\nExcellency,\n\nI have the honour to invite your Government to the "
        "conference.\n\nAccept, Excellency, the assurances of my highest consideration.\n\n"
        "For the Secretary-General:\n\nMaria Lopez\nDirector, Treaty Section\n"
        "Office of Legal Affairs\n\nH.E. Mr. Paul Martin\nPermanent Representative of Norland\n"
        "to the United Nations\nNew York\n"
    )
    assert found["sender"]["name"] == "Maria Lopez"
    assert found["addressees"] == [
        "H.E. Mr. Paul Martin, Permanent Representative of Norland to the United Nations, New York"
    ]


def test_a_block_of_address_over_the_dateline_is_the_addressee():
    found = reading(
        "The Honourable Sarah Jones\nMinister for Foreign Affairs\nParliament House\n\n"
        "14 February 2022\n\nDear Minister,\n\nI am writing to you about the review.\n\n"
        "Yours sincerely,\n\nDr. Karl Weiss\nChairperson\n"
    )
    assert found["addressees"] == [
        "The Honourable Sarah Jones, Minister for Foreign Affairs, Parliament House"
    ]


def test_signatories_side_by_side_each_have_the_post_under_them():
    found = reading(
        "Geneva, 1 July 2015\n\nDear Colleagues,\n\nWe write to invite you to the seminar.\n\n"
        "Sincerely yours,\n\nAlice Moreau                          Bruno Keller\n"
        "Co-Chair                              Co-Chair\n"
    )
    assert (found["sender"]["name"], found["sender"]["title"]) == ("Alice Moreau", "Co-Chair")
    assert [(p["name"], p["title"]) for p in found["co_signatories"]] == [
        ("Bruno Keller", "Co-Chair")
    ]


KIND_BODY = "The Committee will consider the report of the working group and its budget. " * 3


def test_the_kind_of_document_by_its_strongest_cues():
    # a notification's heading outweighs a salutation and the third person's honour
    assert reading(
        "NOTIFICATION TO PARTIES\n12 March 2031\nDear Sir/Madam,\nThe secretariat has the "
        f"honour to inform Parties of the session.\n{KIND_BODY}"
    )["doc_type"] == ("information_note")
    assert reading(f"Notificación a las Partes\n{KIND_BODY}")["doc_type"] == "information_note"
    assert reading(f"MEMORANDUM\nA. Date and place of the session\n{KIND_BODY}")["doc_type"] == (
        "information_note"
    )
    # the third person's honour without a notice's heading is a note's
    assert reading(
        f"The Ministry of Foreign Affairs of Ruritania has the honour to inform the Embassy "
        f"that {KIND_BODY}"
    )["doc_type"] == ("note_verbale")
    # a note cut before its compliments still closes in the third person
    assert reading(
        f"{KIND_BODY}\nLa Embajada hace propicia la ocasión para reiterar las seguridades de su "
        "más alta consideración.\n"
    )["doc_type"] == ("note_verbale")
    # a cable's heading
    assert reading(f"TELEGRAM\nFOR THE MINISTER. {KIND_BODY.upper()}")["doc_type"] == "other"


def test_a_letter_in_the_first_person_to_the_second_without_salutation_or_closing():
    assert reading(
        "The Head of the Delegation (Doe) to the Chairman of the Council (Roe)\nI ask you to "
        f"take steps in order to postpone the meeting. {KIND_BODY}"
    )["doc_type"] == ("letter")
    for opening in ("Tenemos el honor de transmitirle", "Nous avons l'honneur de vous transmettre"):
        found = reading(f"{opening} le rapport. {KIND_BODY}")
        assert found["doc_type"] == "letter", opening


def test_a_dateline_town_not_in_the_list_of_cities():
    closing = "\nYours sincerely,\nJane Roe\n"
    for text, place in (
        (f"Ouagadougou, le 3 mai 2031\nMonsieur le Ministre,\n{KIND_BODY}", "Ouagadougou"),
        (f"Ref.: AB/12/2031          Port Moresby, 3 May 2031\nDear Sir,\n{KIND_BODY}", None),
        (f"Dear Sir,\n{KIND_BODY}\nFait à Yamoussoukro, le 3 mai 2031\nJane Roe\n", None),
        (f"Señor Ministro:\n{KIND_BODY}\nEn Madrid, a 12 de marzo de 2031\n", "Madrid"),
        (f"Dear Sir,\n{KIND_BODY}\nDone at Geneva, 3 May 2031\nJane Roe\n", "Geneva"),
    ):
        expected = place or ("Port Moresby" if "Moresby" in text else "Yamoussoukro")
        assert reading(text + closing)["place"] == expected, text[:40]
    # a salutation run into a flattened heading's date is no town; a place after a
    # preposition is where something else was done
    assert reading(f"Excellency, 8 June 2031\n{KIND_BODY}{closing}")["place"] is None
    revised = reading(
        f"Dear Sir,\nThe Convention, revised at Geneva on 3 May 2031, applies.{closing}"
    )
    assert revised["place"] is None


def test_salutations_to_several_and_a_notes_or_a_depositarys_own_heading():
    for salutation in ("Excellencies,", "Mesdames et Messieurs,", "Distinguished Delegates,"):
        found = reading(f"Mission of Ruritania\n\n{salutation}\n\n{KIND_BODY}\n")
        assert found["doc_type"] == "letter", salutation
    assert reading(f"NOTE VERBALE\nNo. 12/2031\n{KIND_BODY}")["doc_type"] == "note_verbale"
    assert reading(f"Nota verbal No. 12/2031\n{KIND_BODY}")["doc_type"] == "note_verbale"
    assert reading(f"C.N.12.2031.TREATIES (Depositary Notification)\n{KIND_BODY}")["doc_type"] == (
        "information_note"
    )


def test_a_letter_that_refers_to_a_notification_is_no_notification():
    found = reading(
        "Dear Sir/Madam,\nFurther to Notification to the Parties No. 2031/012, I have the "
        f"pleasure to inform you that {KIND_BODY}\nYours sincerely,\nJane Roe\n"
    )
    assert found["doc_type"] == "letter"
    assert reading(f"CITES Notification to the Parties\n{KIND_BODY}")["doc_type"] == (
        "information_note"
    )


def test_a_spanish_letters_closing_is_no_notes_greeting():
    body = "El Comité examinará el informe del grupo de trabajo y su presupuesto. " * 3
    found = reading(f"Señor Embajador:\n{body}\nLe saluda atentamente,\nJuan Pérez\n")
    assert found["doc_type"] == "letter"
    assert reading(f"{body}\nReciba un cordial saludo.\nJuan Pérez\n")["doc_type"] == "letter"
    found = reading(
        f"La Misión Permanente de Ruritania saluda atentamente a la Secretaría y {body}"
    )
    assert found["doc_type"] == "note_verbale"
    found = reading(
        f"The Embassy of Ruritania presents its best compliments to the Ministry. {body}"
    )
    assert found["doc_type"] == "note_verbale"


def test_a_letter_quoting_a_note_verbale_after_its_salutation_is_a_letter():
    found = reading(
        "Excellency,\nI have the honour to transmit herewith a note verbale of the Permanent "
        'Mission of Ruritania, which reads as follows:\n"The Permanent Mission of Ruritania '
        f'presents its compliments to the President of the General Assembly. {KIND_BODY}"\n'
        "Please accept, Excellency, the assurances of my highest consideration.\nJane Roe\n"
    )
    assert found["doc_type"] == "letter"


def test_the_letterheads_city_is_not_a_fields_nor_a_meetings():
    closing = "\nYours sincerely,\nJane Roe\n"
    for heading in (
        "Subject: Regional workshop, Nairobi, Kenya, 14-16 March 2031",
        "Invitation to the Regional Workshop\nNairobi, Kenya (14-16 March 2031)",
        "To: Permanent Missions in Geneva, Switzerland",
    ):
        found = reading(f"3 March 2031\n{heading}\nDear Sir/Madam,\n{KIND_BODY}{closing}")
        assert found["place"] is None, heading
    found = reading(
        f"Secretariat\n11 Main Street\n1211 Geneva 10, Switzerland\n3 March 2031\n"
        f"Dear Sir/Madam,\n{KIND_BODY}{closing}"
    )
    assert found["place"] == "Geneva"
