"""The reader's rules for a document's kind and its own reference, on made-up texts written
the ways registries receive them: cited documents, OCR-damaged formulas, notices, dates."""

from tests.reading.readings import reading


def test_a_circular_cited_in_a_letters_body_does_not_make_it_a_circular():
    found = reading(
        "THE DIRECTOR-GENERAL\nReference: EC/2031/455\n\nDear Minister,\n\nFurther to Circular "
        "Letter No. 12 of 3 February 2031, I write to remind you of the deadline.\n\n"
        "Yours sincerely,\n"
    )
    assert found["doc_type"] == "letter"


def test_a_circular_numbered_in_its_heading_is_still_a_circular():
    found = reading(
        "TSB Circular 312\n\nTo: Administrations\n\nDear Sir/Madam,\n\nI am pleased to inform "
        "you that a workshop will be held.\n\nYours faithfully,\n"
    )
    assert found["doc_type"] == "information_note"


def test_compliments_in_capitals_read_with_an_ocr_l_for_its_i():
    found = reading(
        "THE MINISTRY OF FOREIGN AFFAIRS PRESENTS lTS COMPLIMENTS TO THE EMBASSY AND HAS THE "
        "HONOUR TO lNFORM IT OF THE VISIT.\n\nVIENNA, 3 MAY 1958\n"
    )
    assert found["doc_type"] == "note_verbale"


def test_a_depositary_speaking_in_its_capacity_issues_a_notification():
    found = reading(
        "The Secretary-General of the United Nations, acting in his capacity as depositary, "
        "communicates the following: the action was effected on 5 May 2031.\n\n5 May 2031\n"
    )
    assert found["doc_type"] == "information_note"


def test_a_convocation_of_the_members_of_a_body_is_a_notice():
    found = reading(
        "Convocation\n\nRéunion du Bureau élargi\nDate : 14 mars 2031, 10 heures\n\n"
        "Les membres du Bureau sont invités à confirmer leur participation.\n"
    )
    assert found["doc_type"] == "information_note"


def test_hosts_inviting_delegations_to_a_side_event_is_a_notice():
    found = reading(
        "INVITATION\n\nThe Permanent Mission of Zelandia has the pleasure to invite delegations "
        "to a side event on 4 April 2031 in Conference Room 7.\n"
    )
    assert found["doc_type"] == "information_note"


def test_the_number_of_the_letter_a_reply_thanks_for_is_not_its_own():
    found = reading(
        "Dear Mr President,\n\nThank you for your letter of 3 May 2031, reference No. 45/2031, "
        "in which you asked about our plans.\n\nKind regards,\nSarah Miles\n"
    )
    assert found["reference"] is None


def test_the_number_of_the_note_a_letter_refers_to_is_not_its_own():
    found = reading(
        "Excellency,\nI have the honour to refer to Note Verbale No. 2031/44 dated 3 February "
        "2031 from the Permanent Mission.\nPlease accept, Excellency, the assurances of my "
        "highest consideration.\n"
    )
    assert found["reference"] is None


def test_a_note_number_in_a_flattened_web_copy_is_its_own():
    found = reading(
        "Home > Documents Permanent Mission of Ruritania to the United Nations Note No. 2031/117 "
        "The Permanent Mission presents its compliments to the Secretary-General and has the "
        "honour to inform him of the ratification. New York, 4 May 2031\n"
    )
    assert found["reference"] == "2031/117"


def test_the_secretariats_note_file_symbol_alone_on_its_line():
    found = reading(
        "The Secretariat of the United Nations presents its compliments to the Permanent "
        "Missions and has the honour to draw their attention to the following.\n\n"
        "G/SO 214 (56-23)\n\n1 March 2031\n"
    )
    assert found["reference"] == "G/SO 214 (56-23)"


def test_a_symbol_with_the_kind_it_numbers_in_brackets():
    found = reading(
        "UNITED NATIONS\nC.N.445.2031.TREATIES-XXVII.7 (Depositary Notification)\n\nDear Sir,\n\n"
        "I write on behalf of the Secretary-General.\n\nYours faithfully,\n"
    )
    assert found["reference"] == "C.N.445.2031.TREATIES-XXVII.7"


def test_a_refer_line_naming_the_addressees_fax_is_not_a_reference():
    found = reading(
        "Genève, le 13 janvier 2031\nMonsieur le Ministre,\nRefer: Votre fax 263 du 9 décembre "
        "2030.\nJ'ai l'honneur de vous informer de la visite.\n"
    )
    assert found["reference"] is None


def test_registry_labels_of_the_writers_own_reference():
    for label, ref in (
        ("Nos réf. :", "2031/DAJ/77"),
        ("Nuestra referencia:", "C.2031/45"),
        ("In reply please quote:", "JUR/2031/34"),
        ("Expediente:", "SRF/2031/55"),
    ):
        found = reading(
            f"{label} {ref}\nVos réf. : 12/2031\n\nParis, le 3 mars 2031\n\nMadame,\n\n"
            "J'ai l'honneur d'accuser réception de votre lettre.\n"
        )
        assert found["reference"] == ref, label


def test_a_date_standing_alone_at_the_head_is_not_a_reference():
    for date in ("20/03/2031", "12-Oct-2031"):
        found = reading(
            f"News Service, {date}\n\n{date}\n\nTO ALL MEMBERS OF THE COMMISSION\n\n"
            "Members are invited to attend the meeting.\n"
        )
        assert found["reference"] is None, date


def test_a_note_without_compliments_speaks_of_its_honour_in_the_third_person():
    for opening in (
        "The Permanent Mission of Ostria has the honour to forward herewith the instrument.",
        "La Mission permanente de Gallie a l'honneur de transmettre ci-joint le rapport.",
        "La Embajada de Andinia tiene el honor de informar que el Ministro visitará el país.",
    ):
        found = reading(f"{opening}\n\nNew York, 5 May 2031\n")
        assert found["doc_type"] == "note_verbale", opening


def test_a_letter_quoting_a_notes_third_person_stays_a_letter():
    found = reading(
        'Excellency,\nI have the honour to refer to your note, which states: "The Mission has '
        'the honour to request a meeting."\nI am pleased to confirm the meeting.\nPlease accept, '
        "Excellency, the assurances of my highest consideration.\n"
    )
    assert found["doc_type"] == "letter"


def test_notices_to_focal_points_and_to_permanent_missions():
    for heading in ("NOTIFICATION TO NATIONAL FOCAL POINTS", "NOTE TO PERMANENT MISSIONS"):
        found = reading(
            f"{heading}\n\nSubject: Passes\n\nPasses will be issued from 1 September 2031.\n"
        )
        assert found["doc_type"] == "information_note", heading


def test_a_notification_numbered_and_titled_on_its_heading_line_however_it_opens():
    found = reading(
        "Notification 2031/04 – Consultation on draft guidelines\n\nDear Madam/Sir,\n\nComments "
        "are invited by 1 July 2031.\n\nYours sincerely,\n"
    )
    assert found["doc_type"] == "information_note"


def test_a_notification_number_after_a_colon():
    found = reading(
        "Notification No: 2031/05\n\nTo: National Focal Points\n\nThe Secretariat wishes to "
        "invite Parties to submit views.\n"
    )
    assert found["doc_type"] == "information_note"


def test_the_number_of_a_notification_sent_with_a_letter_is_not_its_own():
    found = reading(
        "ES/2031/15\n\nDear Colleague,\n\nPlease find attached Notification 2031/15 concerning "
        "the meeting.\n\nBest regards,\n"
    )
    assert found["reference"] == "ES/2031/15"


def test_a_circulars_kind_and_number_across_two_lines():
    found = reading(
        "Circular\nNo. 2031-012\n\nTo all Member States\n\nThe Secretariat has the pleasure to "
        "invite Member States to the Assembly.\n"
    )
    assert found["reference"] == "Circular No. 2031-012"


WEB_FURNITURE = (
    "Skip to main content\nHome\nAbout us\nNews and media\nDocuments\nMeetings\nParties\n"
    "Country profiles\nSearch this site\nEnglish | Français | Español\nYou are here: Home > "
    "Documents > Circulars\nShare: Facebook Twitter LinkedIn E-mail\nPrint this page\n"
    "Last updated: 5 May 2031\nRelated documents\nAnnex 1 (PDF, 245 KB)\nAnnex 2 (Word, 56 KB)\n"
    "Contact the secretariat\n"
)


def test_a_circulars_heading_under_a_web_pages_furniture():
    found = reading(
        f"{WEB_FURNITURE}Circular letter No. C.L.2031/12\nTo: Members\nSubject: Nominations\n"
        "Dear Sir/Madam,\nI have the honour to invite nominations.\nYours faithfully,\n"
    )
    assert found["doc_type"] == "information_note"


def test_a_notifications_number_before_its_title_under_a_web_pages_furniture():
    found = reading(
        f"{WEB_FURNITURE}2031/12: Call for views on the draft work programme\nThe Secretariat "
        "invites Parties to submit views by 1 June 2031.\n"
    )
    assert (found["doc_type"], found["reference"]) == ("information_note", "2031/12")


def test_a_headings_word_above_a_labelled_reference_line():
    found = reading(
        "NOTIFICATION\nRef.: CME/2031/4\n5 March 2031\nDear Madam/Sir,\nI am pleased to inform "
        "you of the meeting.\nYours sincerely,\n"
    )
    assert found["reference"] == "CME/2031/4"


LONG_LETTERHEAD = (
    "UNITED NATIONS ENVIRONMENT AGENCY\nSECRETARIAT OF THE CONVENTION ON MOUNTAIN ECOSYSTEMS\n"
    "International Environment House, 11-13 chemin des Anémones, CH-1219 Châtelaine, Geneva\n"
    "Tel.: +41 22 000 00 00 · Fax: +41 22 000 00 01 · E-mail: secretariat@example.int\n"
    "ORGANISATION DES NATIONS UNIES POUR L'ENVIRONNEMENT\nSECRÉTARIAT DE LA CONVENTION SUR "
    "LES ÉCOSYSTÈMES DE MONTAGNE\nORGANIZACIÓN DE LAS NACIONES UNIDAS PARA EL MEDIO AMBIENTE\n"
    "SECRETARÍA DEL CONVENIO SOBRE LOS ECOSISTEMAS DE MONTAÑA\n"
)


def test_practical_information_under_a_long_trilingual_letterhead():
    found = reading(
        f"{LONG_LETTERHEAD}\nPRACTICAL INFORMATION\n\nThird Meeting of the Parties\n\n"
        "Registration will open at 8 a.m. on 10 May 2031 at the conference centre, and the "
        "badges will be issued there.\n"
    )
    assert found["doc_type"] == "information_note"


def test_references_under_a_long_trilingual_letterhead():
    body = "\n\nDear Madam/Sir,\n\nI am writing to invite you.\n\nYours sincerely,\n"
    for head, ref in (
        ("Circular Letter No. 2031/7\n\nTo: Parties", "Circular Letter No. 2031/7"),
        ("SCME/2031/88      5 March 2031", "SCME/2031/88"),
    ):
        found = reading(f"{LONG_LETTERHEAD}\n{head}{body}")
        assert found["reference"] == ref, head


def test_an_e_mail_opening_with_a_greeting_is_a_letter():
    for greeting in ("Hi all,", "Hello Maria,", "Bonjour,", "Hola a todos:"):
        found = reading(
            f"{greeting}\n\nPlease find below the link to register for the webinar on 5 May "
            "2031.\n\nThanks,\nMaria\n"
        )
        assert found["doc_type"] == "letter", greeting


def test_a_telegrams_ref_line_cites_the_earlier_telegrams():
    found = reading(
        "UNCLAS SECTION 01 OF 02 GENEVA 004512\n\nSIPDIS\n\nE.O. 12958: N/A\nTAGS: PREL UNGA\n"
        "SUBJECT: CONSULTATIONS ON THE DRAFT RESOLUTION\n\nREF: GENEVA 4410 and previous\n\n"
        "1. Summary. Delegations met on 3 May to discuss the draft.\n"
    )
    assert found["reference"] is None


def test_pages_cited_are_no_reference():
    for pages in ("(see pp. 3-4.2)", "See p. 12-3.4"):
        found = reading(
            "CORRESPONDENCE\n\n1. THE SECRETARY-GENERAL TO THE PRESIDENT OF THE COURT\n"
            f"21 December 2031.\n\n{pages}\n\n2. THE REGISTRAR TO THE MINISTER\n"
        )
        assert found["reference"] is None, pages
