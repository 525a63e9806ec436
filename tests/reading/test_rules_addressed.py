"""The reader's rules for those a letter is written to where no honorific opens the address:
a post under the signature ("The Agent of …", "M. le Ministre …", "Al Señor / Embajador …"),
a post with its article over the salutation, and the guests an invitation card names in
the third person. Each on a short made-up letter."""

from tests.reading.readings import reading


def test_a_post_after_a_blank_line_under_the_signature_is_written_to():
    english = reading(
        "The Hague, 4 March 2020\n\nSir,\n\nI have the honour to transmit the Order.\n\n"
        "Accept, Sir, the assurances of my highest consideration.\n\nJane Roe\nRegistrar\n\n"
        "The Agent of the Government of Norland\n"
    )
    assert english["sender"]["name"] == "Jane Roe"
    assert english["addressees"] == ["The Agent of the Government of Norland"]
    french = reading(
        "Genève, le 4 mai 1931\n\nMonsieur le Ministre,\n\nJ'ai l'honneur de vous transmettre "
        "le rapport.\n\nVeuillez agréer, Monsieur le Ministre, les assurances de ma haute "
        "considération.\n\nLe Secrétaire général :\nJean Roe\n\n"
        "M. le Ministre des Affaires étrangères,\nParis.\n"
    )
    assert french["sender"]["name"] == "Jean Roe"
    assert french["addressees"] == ["M. le Ministre des Affaires étrangères, Paris"]


def test_a_courtesy_title_opened_by_al_under_the_signature_goes_on_with_the_post():
    spanish = reading(
        "Quito, 8 de julio de 2019\n\nSeñor Embajador:\n\nTengo el honor de acusar recibo de "
        "su nota.\n\nHago propicia la ocasión para reiterarle las seguridades de mi más alta "
        "consideración.\n\nJuan Roe\nMinistro de Relaciones Exteriores\n\nAl Señor\n"
        "Embajador de Norlandia\nCiudad\n"
    )
    assert spanish["sender"]["name"] == "Juan Roe"
    assert spanish["addressees"] == ["Al Señor Embajador de Norlandia, Ciudad"]


def test_a_post_broken_after_of_under_the_signature_goes_on_on_the_next_line():
    text = reading(
        "Excellency,\n\nI have the honour to refer to your letter.\n\nAccept, Excellency, the "
        "assurances of my highest consideration.\n\nJane Roe\n\nHis Excellency\nMr. John Doe\n"
        "Permanent Representative of\nNorland to the United Nations\nNew York\n"
    )
    assert text["addressees"] == [
        "His Excellency Mr. John Doe, Permanent Representative of Norland to the United Nations, "
        "New York"
    ]


def test_a_post_with_its_article_over_the_salutation_is_written_to_not_the_letterhead():
    depositary = reading(
        "Ottawa, 12 December 2019\n\nThe Secretary-General\nUnited Nations\nNew York\n\n"
        "Sir,\n\nI have the honour to notify you of the withdrawal.\n\nAccept, Sir, the "
        "assurances of my highest consideration.\n\nJane Roe\nMinister of Foreign Affairs\n"
    )
    assert depositary["addressees"] == ["The Secretary-General, United Nations, New York"]
    letterhead = reading(
        "NORLAND COURT OF ARBITRATION\nThe Registrar\n\nThe Hague, 10 January 2020\n\nSir,\n\n"
        "I have the honour to transmit the award.\n\nJane Roe\nRegistrar\n"
    )
    assert letterhead["addressees"] == []


def test_an_invitation_card_names_its_host_and_its_guests():
    english = reading(
        "The Director-General of the Norland Agency\nrequests the pleasure of the company of\n"
        "the Permanent Representatives of Member States\nat a reception on Friday, "
        "24 October 2014, at 6 p.m.\n"
    )
    assert english["sender"]["title"] == "Director-General of the Norland Agency"
    assert english["addressees"] == ["the Permanent Representatives of Member States"]
    french = reading(
        "Le Directeur général de l'Agence\nprie Son Excellence l'Ambassadeur de Norlande\n"
        "de lui faire l'honneur d'assister à la réception du 12 novembre 2015\n"
    )
    assert french["sender"]["title"] == "Directeur général de l'Agence"
    assert french["addressees"] == ["Son Excellence l'Ambassadeur de Norlande"]
    spanish = reading(
        "El Secretario General de la Organización\ntiene el agrado de invitar a los "
        "Representantes Permanentes\na la ceremonia del 4 de junio de 2018\n"
    )
    assert spanish["sender"]["title"] == "Secretario General de la Organización"
    assert spanish["addressees"] == ["los Representantes Permanentes"]


def test_a_sentence_of_the_body_ending_to_the_meeting_names_no_addressee():
    text = reading(
        "5 May 2015\n\nH.E. Ms. Jane Roe\nMinister for Foreign Affairs\nNorland\n\nExcellency,"
        "\n\nOn behalf of the Secretariat I have the honour to invite you to the Ministerial "
        "Meeting.\n\nAccept, Excellency, the assurances of my highest consideration.\n\n"
        "John Doe\nSecretary-General\n"
    )
    assert text["addressees"] == ["H.E. Ms. Jane Roe, Minister for Foreign Affairs, Norland"]


def test_an_attention_line_names_the_one_written_to():
    french = reading(
        "Paris, le 15 mars 2019\n\nÀ l'attention de Madame la Directrice des affaires "
        "juridiques\nMinistère des Affaires étrangères de Norlande\n\nObjet : Rapport\n\n"
        "Madame la Directrice,\n\nJ'ai l'honneur de vous informer que le rapport est "
        "disponible.\n\nJean Roe\nDirecteur\n"
    )
    assert len(french["addressees"]) == 1
    assert french["addressees"][0].startswith("Madame la Directrice des affaires juridiques")
    english = reading(
        "12 May 2021\n\nFor the attention of: Legal Counsel, Norland Agency\n\nDear Sir,\n\n"
        "Please find the report.\n\nYours faithfully,\nJane Roe\n"
    )
    assert english["addressees"] == ["Legal Counsel, Norland Agency"]
    body = reading("Attention is drawn to the report.\n\nJane Roe\nDirector\n")
    assert body["addressees"] == []


def test_an_e_mail_to_line_with_semicolons_names_each_addressee():
    text = reading(
        "From: Secretariat <secretariat@norland.org>\nTo: Heads of Delegation; Members of the "
        "Scientific Committee\nSubject: Documents\n\nDear colleagues,\n\nThe documents are "
        "online.\n\nNorland Secretariat\n"
    )
    assert text["addressees"] == ["Heads of Delegation", "Members of the Scientific Committee"]
    noise = reading("TO JANE ROE FOR THE;, SECRETARY\nFROM THE SITUATION ROOM\n\nText.\n")
    assert len(noise["addressees"]) <= 1


def test_with_my_highest_regards_closes_a_letter_over_its_signature():
    text = reading(
        "Dear Prime Minister,\n\nThank you for your message.\n\nWith my highest regards,\n\n"
        "Jean Roe\nPresident of Norland\n\nHis Excellency John Doe\nPrime Minister of Southland"
        "\nPort City\n"
    )
    assert text["sender"]["name"] == "Jean Roe"
    assert text["addressees"] == ["His Excellency John Doe, Prime Minister of Southland, Port City"]


LONG_BODY = "The Embassy has the honour to refer to the negotiations on the agreement. " * 30


def test_the_address_at_the_foot_of_a_long_note_under_its_place_and_date():
    english = reading(
        "No. 45/2017\n\nThe Embassy of Norland presents its compliments and has the honour to "
        f"transmit the instrument.\n\n{LONG_BODY}\n\nThe Embassy avails itself of this "
        "opportunity to renew the assurances of its highest consideration.\n\n"
        "Canberra, 2 February 2017\n\nTo the Department of Foreign Affairs\nCanberra\n"
    )
    assert english["addressees"] == ["To the Department of Foreign Affairs, Canberra"]
    french = reading(
        "N° 45/2017\n\nL'Ambassade de Norlande présente ses compliments et a l'honneur de "
        f"transmettre l'instrument.\n\n{LONG_BODY}\n\nL'Ambassade saisit cette occasion pour "
        "renouveler les assurances de sa haute considération.\n\nParis, le 2 février 2017\n\n"
        "Ministère des Affaires étrangères\nParis\n"
    )
    assert french["addressees"] == ["Ministère des Affaires étrangères, Paris"]
    spanish = reading(
        "Nota No. 45\n\nLa Embajada de Norlandia saluda atentamente y tiene el honor de remitir "
        f"el instrumento.\n\n{LONG_BODY}\n\nLa Embajada hace propicia la oportunidad para "
        "reiterar las seguridades de su más alta consideración.\n\nMadrid, 2 de febrero de "
        "2017\n\nAl Ministerio de Asuntos Exteriores\nMadrid\n"
    )
    assert spanish["addressees"] == ["Al Ministerio de Asuntos Exteriores, Madrid"]


def test_a_recipients_or_distribution_field_names_the_addressees_not_a_distr_general():
    recipients = reading(
        "INFORMATION CIRCULAR\n\nRecipients: National Focal Points\nDate: 4 March 2020\n\n"
        "The Secretariat informs National Focal Points that the portal is open.\n"
    )
    assert recipients["addressees"] == ["National Focal Points"]
    distribution = reading(
        "Distribution: Member States and Associate Members\n\nDear Sir or Madam,\n\nI have "
        "the honour to inform you of the amendment.\n\nYours faithfully,\nJane Roe\nDirector\n"
    )
    assert distribution["addressees"] == ["Member States and Associate Members"]
    document = reading("Distribution: General\n\nReport of the Norland Committee.\n")
    assert document["addressees"] == []


def test_a_heading_letter_from_its_writer_to_a_group_names_the_group():
    text = reading(
        "Letter from the Chair of the Committee to all delegations\n\nGeneva, 3 March 2022\n\n"
        "Dear colleagues,\n\nI write to share the programme of work.\n\nYours sincerely,\n"
        "Jane Roe\nChair\n"
    )
    assert text["addressees"] == ["all delegations"]
    assert text["sender"]["name"] == "Jane Roe"


def test_a_note_s_kind_or_an_office_on_its_last_lines_is_no_name():
    note = reading(
        "NOTA VERBAL\n\nEl Ministerio de Relaciones Exteriores de Norlandia saluda muy "
        "atentamente a las Misiones Diplomáticas y tiene el honor de comunicarles el horario.\n"
    )
    assert note["sender"]["name"] is None
    office = reading(
        "Information note for Member States\n\nThe Secretariat wishes to inform Member States "
        "that the building will be closed on 1 May.\n\nFacilities Management Service\n"
    )
    assert (office["sender"] or {}).get("name") is None


def test_her_majesty_s_minister_under_the_signature_is_no_signer():
    text = reading(
        "Foreign Office, June 4, 1879.\n\nSir,\n\nI have received your despatch.\n\nI am, Sir, "
        "your most obedient, humble Servant,\n\nJOHN ROE.\n\nHer Majesty's Minister at "
        "Port City.\n"
    )
    assert (text["sender"] or {}).get("name") != "Her Majesty's"
