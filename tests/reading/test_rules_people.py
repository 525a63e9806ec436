"""The reader's rules for who writes and to whom in layouts few letters of the corpus have: a
news article introducing the letter it reproduces, joint letters signed by organisations or
by signatories with their country, names with their post after a comma, "Signed:" fields, a
courtesy title alone over the name written to. Each on a short made-up letter."""

from tests.reading.readings import reading


def test_a_news_article_introducing_the_letter_names_its_writer_and_addressee():
    english = reading(
        "Minister writes to UN chief\n\nIn a letter dated 3 May, Foreign Minister Jane Roe "
        "wrote to the Secretary-General of the United Nations, urging a special session. The "
        "text of the letter reads:\n\nDear Secretary-General,\n\nI urge you to act.\n"
    )
    assert english["sender"]["name"] == "Jane Roe"
    assert english["sender"]["title"] == "Foreign Minister"
    assert english["addressees"] == ["Secretary-General of the United Nations"]
    french = reading(
        "Le Président de la République, M. Jean Dupont, a adressé une lettre au Secrétaire "
        "général des Nations Unies, M. Paul Martin. Voici le texte de la lettre :\n\n"
        "Monsieur le Secrétaire général,\n\nJe voudrais attirer votre attention sur la "
        "situation.\n"
    )
    assert french["sender"]["name"] == "Jean Dupont"
    assert french["sender"]["title"] == "Président de la République"
    assert french["addressees"] == ["Secrétaire général des Nations Unies, M. Paul Martin"]
    spanish = reading(
        "NOTICIAS, 4 de junio - La Canciller de la República, Sra. Ana Roe, envió una carta "
        'al Secretario General de la Organización. La carta dice:\n\n"Señor Secretario '
        "General:\n\nMe dirijo a usted para solicitar la convocatoria del Consejo.\n"
    )
    assert spanish["sender"]["name"] == "Ana Roe"
    assert spanish["addressees"] == ["Secretario General de la Organización"]


def test_the_post_a_news_article_gives_the_one_who_signs():
    found = reading(
        "Prime Minister Jane Roe has written to the leaders of the region ahead of the "
        "summit. The full text follows:\n\nDear colleagues,\n\nThe summit is our chance.\n\n"
        "Yours sincerely,\n\nJane Roe\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    assert found["sender"]["title"] == "Prime Minister"


def test_a_salutation_naming_a_post_is_not_the_signatory():
    found = reading(
        '"Señor Secretario General:\n\nMe dirijo a usted para solicitar la convocatoria.\n'
    )
    assert (found["sender"] or {}).get("title") != '"Señor Secretario General:'


def test_a_letter_signed_by_organisations_has_no_person_as_sender_and_names_its_addressees():
    found = reading(
        "Open letter to the Members of the Governing Council\n\nExcellencies,\n\nWe call on "
        "your delegations to renew the mandate.\n\nSincerely,\n\nNetwork for Civic Rights\n"
        "Centre for Legal Aid\nCoastal Peoples Forum\n"
    )
    assert found["sender"] is None or found["sender"]["name"] is None
    assert found["addressees"] == ["Members of the Governing Council"]
    french = reading(
        "Lettre ouverte aux membres du Conseil d'administration\n\nMadame, Monsieur,\n\n"
        "Nos organisations vous demandent de soutenir la résolution.\n"
    )
    assert french["addressees"] == ["membres du Conseil d'administration"]


def test_a_name_with_its_post_after_a_comma_or_its_country_in_brackets():
    found = reading(
        "Dear Mr. Secretary-General,\n\nWe thank you for your visit.\n\nYours sincerely,\n\n"
        "JOHN Q. DOE-ROE, Prime Minister\n"
    )
    assert found["sender"]["name"] == "JOHN Q. DOE-ROE"
    assert found["sender"]["title"] == "Prime Minister"
    joint = reading(
        "Dear High Representative,\n\nWe write to express our concern.\n\nYours sincerely,\n\n"
        "Jane Roe (Norland)\nJohn Doe (Sudria)\n"
    )
    assert joint["sender"]["name"] == "Jane Roe"
    assert [p["name"] for p in joint["co_signatories"]] == ["John Doe"]
    chair = reading(
        "Dear Ambassador,\n\nThe Bureau has approved your request.\n\nYours sincerely,\n\n"
        "Jane Roe Chairman of the Bureau\n"
    )
    assert chair["sender"]["name"] == "Jane Roe"
    assert chair["sender"]["title"] == "Chairman of the Bureau"


def test_a_signed_field_before_the_name():
    found = reading(
        "Dear Heads of Delegation,\n\nI am pleased to share the programme.\n\nKind regards,\n\n"
        "Signed: Jane Roe\nExecutive Secretary\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    spanish = reading(
        "Señor Presidente:\n\nMe dirijo a usted para expresarle el apoyo de mi país.\n\n"
        "Saludo a usted atentamente.\n\nFirmado: Juana Roe\nEmbajadora\n"
    )
    assert spanish["sender"]["name"] == "Juana Roe"


def test_a_courtesy_title_alone_over_the_name_written_to_under_the_signature():
    found = reading(
        "Sir:\n\nI have the honor to acknowledge the receipt of your note.\n\nAccept, Sir, the "
        "renewed assurances of my highest consideration.\n\nJOHN DOE\n\nThe Honorable\n"
        "Señor Don Pedro Roe,\nMinister of Norland.\n"
    )
    assert found["sender"]["name"] == "JOHN DOE"
    assert found["addressees"] == ["The Honorable Señor Don Pedro Roe, Minister of Norland."]
    excellency = reading(
        "Excellency:\n\nI have the honor to inform you that my Government accepts.\n\nAccept, "
        "Excellency, the renewed assurances of my highest consideration.\n\nFor the Secretary "
        "of State:\nJOHN DOE\n\nHis Excellency\nSeñor Don Pedro Roe,\nAmbassador of Norland.\n"
    )
    assert len(excellency["addressees"]) == 1
    assert "Pedro Roe" in excellency["addressees"][0]


def test_a_reported_message_with_the_day_between_verb_and_object_and_a_passive_heading():
    found = reading(
        "Son Excellence le Président de la République, Monsieur Ahmed Ould Sidi El Amine, a "
        "adressé, mardi, un message de félicitations à Sa Majesté le Roi de Norland, à "
        "l'occasion de la fête nationale.\nLe message est ainsi libellé :\n\"Majesté,\nJe vous "
        'adresse mes félicitations.\nAhmed OULD SIDI EL AMINE".\n'
    )
    assert found["sender"]["name"] == "Ahmed Ould Sidi El Amine"
    assert found["sender"]["title"] == "Président de la République"
    passive = reading(
        "La cuestión de límites\n\n(Nota dirigida por el Ministro de Relaciones Exteriores don "
        "Jaime Roe Pérez, al Embajador de Norlandia en Sudria.)\n\nSantiago, 14 de diciembre de "
        "1918.\n\nLa Fundación consideró conveniente organizar una misión.\n"
    )
    assert passive["sender"]["name"] == "Jaime Roe Pérez"
    assert passive["sender"]["title"] == "Ministro de Relaciones Exteriores"
    assert passive["addressees"] == ["Embajador de Norlandia en Sudria"]


def test_a_block_of_address_for_each_person_written_to():
    found = reading(
        "Ms. Jane Roe\nHigh Commissioner for Human Rights\n\nMr. John Doe\nSpecial Rapporteur "
        "on torture\n\nGeneva, 5 March 2010\n\nDear High Commissioner, Dear Special Rapporteur,"
        "\n\nWe write to you concerning the detainees.\n\nRespectfully yours,\n\nPeter Poe\n"
    )
    assert found["addressees"] == [
        "Ms. Jane Roe, High Commissioner for Human Rights",
        "Mr. John Doe, Special Rapporteur on torture",
    ]


def test_a_signed_name_with_its_post_after_a_comma_and_a_page_titled_letter_to():
    found = reading(
        "Letter to the Governing Council on the drought - Permanent Mission of Norland\n\n"
        "14 March 2022\n\nDear Mr. President,\n\nI have the honour to draw the attention of the "
        "Council to the drought.\n\n(Signed) Jane Roe, Ambassador and Permanent Representative\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    assert found["sender"]["title"] == "Ambassador and Permanent Representative"
    assert found["addressees"] == ["Governing Council"]


def test_a_slashed_s_mark_and_a_post_with_its_article_over_the_name():
    found = reading(
        "Dear Mr. Chairman:\n\nThe Department supports the amendment.\n\nSincerely yours,\n\n"
        "/s/ John Q. Doe\nAssistant Secretary\n"
    )
    assert found["sender"]["name"] == "John Q. Doe"
    assert found["sender"]["title"] == "Assistant Secretary"
    french = reading(
        "Monsieur le Directeur général,\n\nJ'ai l'honneur de vous informer de notre décision.\n"
        "\nVeuillez agréer, Monsieur le Directeur général, l'assurance de ma haute "
        "considération.\n\nLe Ministre,\n\nJean-Paul de La Tour\n"
    )
    assert french["sender"]["name"] == "Jean-Paul de La Tour"
    assert french["sender"]["title"] == "Ministre"
    spanish = reading(
        "Señor Director:\n\nTengo el agrado de remitirle la información solicitada.\n\nSin otro "
        "particular, saludo a usted muy atentamente.\n\nEl Viceministro de Relaciones "
        "Exteriores,\n\nJuan Roe Pérez\n"
    )
    assert spanish["sender"]["title"] == "Viceministro de Relaciones Exteriores"


def test_a_post_over_the_name_in_a_letter_without_a_closing_formula():
    found = reading(
        "Geneva, 14 November 2017\n\nDear Colleagues,\n\nOn behalf of the Bureau, I am pleased "
        "to invite you to the informal consultations on the draft text, to be held on 20 "
        "November 2017.\n\nThe Chair of the Working Group\nAmbassador Jane Roe\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    assert found["sender"]["title"] == "Chair of the Working Group"


def test_a_person_under_the_signature_of_one_who_signs_alone_is_the_one_written_to():
    found = reading(
        "Excellency:\n\nThe Government requests the convocation of the Council.\n\nAccept, "
        "Excellency, the renewed assurances of my highest consideration.\n\nAlternate "
        "Representative\nJohn Doe\nChargé d'Affaires ad interim\n\nAmbassador Jane Roe\nChair "
        "of the Permanent Council\n"
    )
    assert found["sender"]["name"] == "John Doe"
    assert found["co_signatories"] == []
    assert found["addressees"] == ["Ambassador Jane Roe, Chair of the Permanent Council"]
    joint = reading(
        "Excellency,\n\nWe write to you jointly.\n\nPlease accept, Excellency, the assurances "
        "of our highest consideration.\n\nH.E. Mr. John Doe\nMinister of Foreign Affairs of "
        "Norland\n\nH.E. Ms. Jane Roe\nMinister of Foreign Affairs of Sudria\n"
    )
    assert [p["name"] for p in joint["co_signatories"]] == ["Jane Roe"]


def test_an_address_opening_with_al_under_the_signature_is_no_signatory():
    found = reading(
        "Señor Presidente:\n\nMe dirijo a usted para expresarle el apoyo de mi país.\n\nSaludo "
        "a usted atentamente.\n\nJuan Roe\nEmbajador, Representante Permanente\n\nAl Señor "
        "Presidente del Consejo Permanente\nEmbajador Pedro Doe\nWashington, D.C.\n"
    )
    assert found["sender"]["name"] == "Juan Roe"
    assert found["co_signatories"] == []


def test_the_compliments_to_an_addressee_before_a_clause_set_off_by_commas():
    found = reading(
        "The Director of the Bureau presents his compliments to the Minister for Foreign "
        "Affairs and, in accordance with the provisions of the Convention, has the honor to "
        "notify him of a ratification.\n"
    )
    assert found["addressees"] == ["Minister for Foreign Affairs"]


def test_a_letter_the_body_tells_of_names_no_addressee_of_this_one():
    found = reading(
        "3 May 2016\n\nExcellency,\n\nOn 2 April, the Minister of Justice, Mr. John Doe, wrote "
        "to the Special Rapporteur, asking for a visit. I have the honour to transmit the reply "
        "of my Government.\n\nPlease accept, Excellency, the assurances of my highest "
        "consideration.\n\nJane Roe\nAmbassador, Permanent Representative\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    assert found["addressees"] == []


def test_the_writer_a_news_article_names_signs_in_capitals():
    found = reading(
        "Le Premier ministre, M. Jean Roe, a écrit au Président de la Commission. Voici le "
        "texte de la lettre :\n\nMonsieur le Président,\n\nJe souhaite vous faire part de notre "
        "disponibilité.\n\nVeuillez agréer, Monsieur le Président, l'expression de ma haute "
        "considération.\n\nJean ROE\n"
    )
    assert found["sender"]["name"] == "Jean ROE"
    assert found["sender"]["title"] == "Premier ministre"
    assert found["addressees"] == ["Président de la Commission"]


def test_joint_signatories_with_ambassador_before_the_name_and_the_post_after_a_comma():
    found = reading(
        "Dear Secretary-General,\n\nWe write jointly as Chairs of our groups.\n\nYours "
        "sincerely,\n\nAmbassador John Doe, Chair of the Northern Group\nAmbassador Jane Roe, "
        "Chair of the Southern Group\n"
    )
    assert found["sender"]["name"] == "John Doe"
    assert found["sender"]["title"] == "Chair of the Northern Group"
    assert [p["name"] for p in found["co_signatories"]] == ["Jane Roe"]


def test_an_email_signed_with_the_first_name_its_from_line_gives_in_full():
    found = reading(
        "-----Original Message-----\nFrom: Jane Roe [mailto:j.roe@example.org]\nSent: 12 "
        "February 2015 14:03\nTo: Bureau members\nSubject: Draft agenda\n\nDear Bureau members,"
        "\n\nPlease find attached the draft agenda for your comments by Friday.\n\nBest regards,"
        "\nJane\n"
    )
    assert found["sender"]["name"] == "Jane Roe"
    assert found["addressees"] == ["Bureau members"]


def test_the_old_style_close_your_obedient_servant_marks_the_signature():
    text = (
        "Sir:\nI have the honor to acknowledge the receipt of your note informing me that your"
        " Government has appointed delegates to the Conference on Fisheries.\n"
        "I have the honor to be, sir, your obedient servant,\nJOHN ROE.\n"
        "Mr. Paul Doe,\nChargé d'Affaires of Valdor.\n"
    )
    result = reading(text)
    assert result["sender"]["name"] == "JOHN ROE"
    assert any("Paul Doe" in who for who in result["addressees"])
    text = (
        "Department of State,\nWashington, March 3, 1905.\nSir: I have the honor to inform you"
        " that the President has approved the convention.\nI am, sir, your obedient servant,\n"
        "Francis B. Roe,\nActing Secretary.\n"
    )
    sender = reading(text)["sender"]
    assert sender["name"] == "Francis B. Roe"
    assert sender["title"].startswith("Acting Secretary")


def test_a_press_release_heading_in_capitals_is_no_signatory():
    text = (
        "PRESS RELEASE\nThe Minister of Foreign Affairs of Norland, His Excellency Jorge Roe, has"
        " sent a letter of congratulations to the Prime Minister of Valdor, Her Excellency Ana"
        " Doe, on the occasion of her election.\n"
    )
    assert reading(text)["sender"]["name"] == "Jorge Roe"


def test_an_accented_group_and_a_group_opening_with_all_are_read_whole():
    text = (
        "Lettre circulaire n° 2022/07\nAux : États membres de l'Organisation\n"
        "Objet : Contributions au budget ordinaire\nLe Directeur général a l'honneur de rappeler"
        " aux États membres que les contributions pour 2022 étaient dues le 1er janvier 2022.\n"
    )
    assert reading(text)["addressees"] == ["États membres de l'Organisation"]
    text = (
        "2 March 2015\nExcellency,\nI have the honour to transmit herewith a letter from the"
        " President of the Council.\nPlease accept, Excellency, the assurances of my highest"
        " consideration.\nJane Roe\nTo all Permanent Representatives and Permanent Observers to"
        " the United Nations\nNew York\n"
    )
    addressees = reading(text)["addressees"]
    assert len(addressees) == 1
    assert "Permanent Observers" in addressees[0]
