"""Who writes and to whom, in forms found on made-up letters of wave 7 (docs/reading.md):
each rule on a short made-up letter."""

from tests.reading.readings import reading

BODY = "I have the honour to inform you that the Committee will meet on 4 June 2031.\n"


def test_a_spanish_courtesy_salutation_closes_the_block_of_address_above_it():
    for salutation in ("De mi consideración:", "De mi mayor consideración:", "Muy señor mío:"):
        text = (
            "Sr. Pablo Ibarra\nDirector Ejecutivo\nInstituto Regional de Pesca\nLima\n\n"
            f"{salutation}\n\nMe es grato dirigirme a usted para invitarle al taller.\n\n"
            "Atentamente,\n\nRosa Medina\nMinistra de la Producción\n"
        )
        assert reading(text)["addressees"] == [
            "Sr. Pablo Ibarra, Director Ejecutivo, Instituto Regional de Pesca, Lima"
        ]


def test_gentlemen_closes_the_block_of_a_firm_written_to():
    text = (
        "Messrs. Hale & Sons\n14 Water Street\nBoston\n\nGentlemen:\n\n"
        f"{BODY}\nVery truly yours,\n\nJohn Reed\nDirector\n"
    )
    assert reading(text)["addressees"] == ["Messrs. Hale & Sons, 14 Water Street, Boston"]


def test_messrs_the_members_of_a_body_over_the_dateline_are_written_to():
    text = (
        "Messrs. the Members of the Advisory Committee\n\nGeneva, 3 March 1931\n\nSir,\n\n"
        f"{BODY}\nI have the honour to be, Sir, your obedient servant,\n\nJ. Marlow\n"
    )
    assert reading(text)["addressees"] == ["Messrs. the Members of the Advisory Committee"]


def test_a_french_address_by_m_le_post_is_one_block():
    text = (
        "M. le Ministre des Affaires étrangères\nParis\n\nMonsieur le Ministre,\n\n"
        "J'ai l'honneur de vous informer que le Comité se réunira le 4 juin 2031.\n\n"
        "Veuillez agréer, Monsieur le Ministre, l'assurance de ma haute considération.\n\n"
        "Paul Girard\n"
    )
    assert reading(text)["addressees"] == ["M. le Ministre des Affaires étrangères, Paris"]


def test_a_spanish_doctora_signs_with_her_name():
    text = (
        "Estimado Sr. Vidal:\n\nLe agradezco su invitación al seminario.\n\n"
        "Atentamente,\n\nDra. Elena Ríos\nDirectora, Centro de Estudios Marinos\n"
    )
    assert reading(text)["sender"]["name"] == "Elena Ríos"


def test_a_commonwealth_minister_addressed_as_hon():
    text = (
        "12 May 2031\n\nHon. Peter Vaka\nMinister for Foreign Affairs\nNuku'alofa, Tonga\n\n"
        f"Dear Minister,\n\n{BODY}\nYours sincerely,\n\nAlice Moana\nDirector-General\n"
    )
    assert reading(text)["addressees"] == [
        "Hon. Peter Vaka, Minister for Foreign Affairs, Nuku'alofa, Tonga"
    ]


def test_signatures_side_by_side_under_long_lines_are_each_a_signatory():
    text = (
        "12 May 2031\n\nDear Secretary-General,\n\n"
        "We, the undersigned ministers, write to ask you to convene a high-level meeting on "
        "the situation in the region.\n\nYours sincerely,\n\n"
        "Anne Lefebvre                         Kwame Mensah\n"
        "Minister for Foreign Affairs          Minister for Foreign Affairs\n"
        "of Belgium                            of Ghana\n"
    )
    found = reading(text)
    assert found["sender"]["name"] == "Anne Lefebvre"
    assert [person["name"] for person in found["co_signatories"]] == ["Kwame Mensah"]


def test_au_nom_du_bureau_opens_a_sentence_not_an_address():
    text = (
        "Chers collègues,\n\nAu nom du Bureau, je vous invite à la séance d'information du "
        "7 mai 2031.\n\nBien à vous,\n\nPaul Girard\nPrésident du Comité\n"
    )
    assert reading(text)["addressees"] == []


def test_a_flattened_salutation_of_courtesy_names_no_group():
    text = (
        "Dear Sir or Madam, The Secretariat has the pleasure to invite your Government to the "
        "meeting of the Contracting Parties. Yours sincerely, Jane A. Roe Executive Secretary\n"
    )
    assert reading(text)["addressees"] == []


def test_a_mission_letterhead_going_on_to_the_united_nations_names_no_addressee():
    text = (
        "PERMANENT MISSION OF THE REPUBLIC OF NORLAND\nTO THE UNITED NATIONS\n\n"
        "NEW YORK, 4 MARCH 2031\n\nEXCELLENCY,\n\nI HAVE THE HONOUR TO REQUEST THAT THE "
        "ATTACHED STATEMENT BE CIRCULATED.\n\nACCEPT, EXCELLENCY, THE ASSURANCES OF MY "
        "HIGHEST CONSIDERATION.\n\nERIK HALVORSEN\nPERMANENT REPRESENTATIVE\n\n"
        "H.E. MR. JUAN PEREZ\nPRESIDENT OF THE SECURITY COUNCIL\n"
    )
    found = [who.upper() for who in reading(text)["addressees"]]
    assert found == ["H.E. MR. JUAN PEREZ, PRESIDENT OF THE SECURITY COUNCIL"]


def test_a_salutation_without_punctuation_closes_the_block_of_address():
    text = (
        "8 March 2031\n\nDr Samira Haddad\nChief Executive Officer\nRegional Fisheries Agency\n"
        "Honiara\n\nDear Dr Haddad\n\nThank you for your letter of 20 February.\n\n"
        "Yours sincerely\n\nPenny Walsh\nFirst Assistant Secretary\n"
    )
    assert reading(text)["addressees"] == [
        "Dr Samira Haddad, Chief Executive Officer, Regional Fisheries Agency, Honiara"
    ]


def test_senores_opens_a_block_closed_by_de_nuestra_consideracion():
    text = (
        "Señores\nMinisterio de Relaciones Exteriores\nDirección de Organismos Internacionales\n"
        "Presente.-\n\nDe nuestra consideración:\n\nLes informamos que la reunión se realizará "
        "el 4 de julio de 2031.\n\nSaludos cordiales,\n\nPatricia Gómez Luna\nCoordinadora\n"
    )
    [who] = reading(text)["addressees"]
    assert who.startswith("Señores, Ministerio de Relaciones Exteriores")


def test_the_writers_post_over_the_date_is_no_addressee():
    text = (
        "Le Directeur général\n\nParis, le 4 avril 2031\n\nMadame la Présidente,\n\n"
        "J'ai l'honneur de vous transmettre ci-joint le rapport du Comité.\n\n"
        "Je vous prie d'agréer, Madame la Présidente, l'assurance de ma haute considération.\n\n"
        "Jean-Pierre Kahn\n\nMadame Sofia Rossi\nPrésidente du Conseil exécutif\n"
    )
    assert reading(text)["addressees"] == ["Madame Sofia Rossi, Présidente du Conseil exécutif"]


def test_a_notes_place_over_its_date_is_no_signatory():
    text = (
        "The Department of Foreign Affairs presents its compliments to the Heads of Diplomatic "
        "Missions in Canberra and has the honour to advise of the reception.\n\n"
        "The Department of Foreign Affairs avails itself of this opportunity to renew to the "
        "Heads of Diplomatic Missions the assurances of its highest consideration.\n\n"
        "CANBERRA ACT\n3 March 2031\n"
    )
    assert reading(text)["sender"]["name"] is None


def test_a_body_signing_in_spanish_is_no_person():
    text = (
        "Muy Señores nuestros:\n\nNos complace informarles que el plazo se ha extendido hasta "
        "el 15 de julio de 2031.\n\nAtentamente,\n\nComité Organizador\n"
        "Congreso Latinoamericano de Derecho Internacional\n"
    )
    assert (reading(text)["sender"] or {}).get("name") is None


def test_an_old_letter_signed_with_an_abbreviated_given_name():
    text = (
        "New York May 12. 1786\n\nDear Sir\n\nSince my last nothing of importance has taken "
        "place here.\n\nI am dear Sir your affectionate friend & servant,\n\nJas. Monroe\n"
    )
    assert reading(text)["sender"]["name"] == "Jas. Monroe"


def test_each_aligned_line_of_a_to_list_is_an_addressee_however_long():
    text = (
        "CIRCULAR LETTER No. 4410\n\nTo: All IMO Members\n"
        "    Contracting Governments to the International Convention for the Safety of Life "
        "at Sea\n    Intergovernmental organizations in consultative status\n\n"
        "Subject: Entry into force of amendments\n\nThe Secretary-General has the honour to "
        "inform Member Governments that the amendments will enter into force on 1 January "
        "2032, as the Maritime Safety Committee decided at its last session in London.\n"
    )
    assert reading(text)["addressees"] == [
        "All IMO Members",
        "Contracting Governments to the International Convention for the Safety of Life at Sea",
        "Intergovernmental organizations in consultative status",
    ]


def test_the_signers_post_right_under_the_name_is_no_addressee():
    text = (
        "Dear Ambassadors and Permanent Representatives,\n\n"
        "I write to update you on the preparations for the Forum.\n\nSincerely,\n\n"
        "Li Junhua\nUnder-Secretary-General for Economic and Social Affairs\n"
    )
    assert reading(text)["addressees"] == ["Ambassadors and Permanent Representatives"]


def test_a_paper_heading_names_the_writers_post_after_from_not_the_one_written_to():
    body = "I write to keep you informed of the negotiations on the fisheries agreement.\n"
    for heading, post in (
        (
            "FA(31) 12: Letter to the Chair of the Committee from the Minister for Trade",
            "Minister for Trade",
        ),
        (
            "Letter from the Minister for Oceans, Department of Fisheries\n\nto the Chair",
            "Minister for Oceans",
        ),
    ):
        found = reading(f"{heading}\n\n{body}\n4 May 2031\n")
        assert found["sender"]["title"] == post


def test_a_circular_headed_with_those_it_goes_to_names_them():
    text = (
        "FISHERIES COMMISSION\n\n3 May 2031\n\n"
        "Circular Communication to all Contracting Parties\n\n"
        "The Secretary refers to his letter of 2 April 2031 about the amendment of the "
        "Schedule, which became binding on 1 May 2031.\n"
    )
    assert reading(text)["addressees"] == ["all Contracting Parties"]


def test_a_circular_in_the_third_person_is_from_the_post_that_refers_or_wishes():
    for opening, post in (
        ("The Secretary refers to his letter of 2 April 2031 about the Schedule.", "Secretary"),
        (
            "The Executive Secretary wishes to inform Parties that the meeting is postponed.",
            "Executive Secretary",
        ),
    ):
        text = f"FISHERIES COMMISSION\n\n3 May 2031\n\n{opening}\n"
        assert reading(text)["sender"]["title"] == post


def test_a_heading_from_the_writer_is_no_addressee():
    text = (
        "From the Chair of the Preparatory Committee\n\n12 June 2031\n\nExcellency,\n\n"
        "I have the honour to transmit herewith the revised draft of the outcome document.\n\n"
        "Please accept, Excellency, the assurances of my highest consideration.\n\n"
        "Maria Lopez\n\nTo all Permanent Representatives to the United Nations\n"
    )
    [who] = reading(text)["addressees"]
    assert "From" not in who


def test_a_web_copys_name_glued_to_its_post_and_thanks_joined_to_the_formula():
    text = (
        "Dear Partners,\n\nWe invite you to register for the briefing of 4 June 2031.\n\n"
        "Thank you in advance for your interest and best regards,\n\n"
        "Amalia Rosario CortesProgramme Officer\nCivil Society Unit\n"
    )
    sender = reading(text)["sender"]
    assert (sender["name"], sender["title"]) == ("Amalia Rosario Cortes", "Programme Officer")


def test_the_writers_post_in_capitals_over_an_open_salutation_is_no_address():
    text = (
        "THE SECRETARY-GENERAL\nOF THE INTERNATIONAL FISHERIES ORGANIZATION\n\n"
        "Dear Mr. Lindqvist\n\nThank you for your letter of 2 March 2031.\n\n"
        "Yours sincerely\n\nArsenio Dominguez\n"
    )
    assert reading(text)["addressees"] == []


def test_each_aligned_line_of_a_french_aux_list_is_an_addressee():
    text = (
        "Lettre circulaire n° 3012\n\nAux : Commissions nationales pour l'UNESCO\n"
        "      Délégations permanentes auprès de l'UNESCO\n\nObjet : Journée mondiale\n\n"
        "Madame, Monsieur,\n\nJ'ai le plaisir de vous informer des activités prévues.\n"
    )
    assert reading(text)["addressees"] == [
        "Commissions nationales pour l'UNESCO",
        "Délégations permanentes auprès de l'UNESCO",
    ]


def test_a_courtesy_title_before_the_group_it_honours_is_one_group():
    text = (
        "A Sus Excelencias los Señores Ministros de Relaciones Exteriores de los Estados "
        "Miembros\n\nExcelencias:\n\nTengo el honor de convocar a la Asamblea General.\n\n"
        "Atentamente,\n\nAna Ruiz\nSecretaria General\n"
    )
    assert reading(text)["addressees"] == [
        "Sus Excelencias los Señores Ministros de Relaciones Exteriores de los Estados Miembros"
    ]


def test_a_flattened_salutation_to_a_group_ends_at_its_comma():
    text = (
        "Dear Members of the Executive Board, I am pleased to share with you the provisional "
        "agenda of the session. With best regards, Rebeca Lowe Secretary of the Board\n"
    )
    assert reading(text)["addressees"] == ["Members of the Executive Board"]


def test_a_flattened_signature_parts_the_name_from_a_french_or_spanish_post():
    for closing, signature, name in (
        (
            "Atentamente,",
            "Jaime Morales Ortiz Secretario de Asuntos Jurídicos",
            "Jaime Morales Ortiz",
        ),
        ("Cordialement,", "Claire Dubois Secrétaire exécutive", "Claire Dubois"),
        ("Yours sincerely,", "Dr. James Mwangi PRINCIPAL SECRETARY", "James Mwangi"),
    ):
        text = (
            f"Dear Colleagues, We confirm the arrangements for the meeting. {closing} {signature}\n"
        )
        assert reading(text)["sender"]["name"] == name


def test_a_formula_opening_its_sentence_in_a_flattened_copy_closes_the_letter():
    from plenipo.reading.signoff import closing_formula  # noqa: PLC0415

    text = (
        "Señor Embajador: Tengo el agrado de invitarle a la sesión del 12 de mayo de 2031. "
        "Le saluda atentamente,\nCarmen Villalobos Secretaria del Consejo Permanente\n"
    )
    found = closing_formula(text)
    assert found is not None
    assert text[found.end() :].strip().startswith("Carmen")
    assert closing_formula("We met in May. I sincerely hope that the talks go on.\n") is None


def test_a_name_before_a_post_that_opens_with_no_post_word():
    text = (
        "Dear colleagues,\n\nPlease find attached the information note.\n\nBest regards,\n\n"
        "Priya Raman Conference Services Officer\n"
    )
    sender = reading(text)["sender"]
    assert (sender["name"], sender["title"]) == ("Priya Raman", "Conference Services Officer")


def test_a_block_of_address_over_a_salutation_run_into_its_sentence():
    text = (
        "Ref.: CPS/SG/31-044\nGuayaquil, 12 de mayo de 2031\n"
        "Señora María Espinosa Ministra de Ambiente Quito\n"
        "Estimada Señora Ministra: Me dirijo a usted para invitarla a la reunión. "
        "Atentamente,\nGonzalo Pereira Secretario General\n"
    )
    assert reading(text)["addressees"] == ["Señora María Espinosa Ministra de Ambiente Quito"]


def test_a_flattened_block_of_address_after_the_dateline_over_the_salutation():
    text = (
        "TUNA COMMISSION 14 October 2031 Dr. Maria Santos Chair, Scientific Advisory Committee "
        "Instituto Nacional de Pesca Guayaquil, Ecuador Dear Dr. Santos: Thank you for "
        "agreeing to chair the meeting. Sincerely, Arturo Lindgren Director\n"
    )
    [who] = reading(text)["addressees"]
    assert who.startswith("Dr. Maria Santos Chair, Scientific Advisory Committee")


def test_a_news_line_opening_with_an_honorific_is_no_block_of_address():
    text = (
        "News\nDr. Jane Roe reaches the end of her term as Secretary General of the Union and "
        "thanks all Members\nDear Members, I thank you for your support. Sincerely, Jane Roe\n"
    )
    assert all("reaches" not in who for who in reading(text)["addressees"])
