"""Who writes a letter, to whom, and its own reference and place (wave 13): each form on
short made-up texts, with a close variant it must not read."""

import pytest

from plenipo.reading.invited_lists import invited_list
from tests.reading.readings import addressees, reading

BODY_EN = (
    "I am writing to you about the budget of the coming year, which the Committee will "
    "examine at its next session. We count on your support.\n"
)


def sender(text):
    return reading(text)["sender"] or {}


# A heading naming the letter by a word of its kind or its writer, then whom it goes to.
@pytest.mark.parametrize(
    ("heading", "who"),
    [
        ("Official letter to UN on the rapporteur of the Committee", "UN"),
        ("Committee letter to Government Departments and Agencies", "Government Departments"),
        ("Lettre officielle au Président du Conseil de sécurité", "Président du Conseil"),
        ("Lettre intersyndicale à notre Ministre suite à l’annonce des suppressions", "Ministre"),
        ("Carta oficial a los Estados miembros sobre el presupuesto", "Estados miembros"),
    ],
)
def test_a_heading_naming_the_letter_by_its_kind_gives_whom_it_is_written_to(heading, who):
    found = addressees(f"{heading}\n\n12 March 2031\n\n{BODY_EN}")
    assert len(found) == 1
    assert who in found[0]
    assert "suite" not in found[0]
    assert "sobre" not in found[0]


@pytest.mark.parametrize(
    "heading",
    [
        "Your letter to the Minister of Finance",  # the addressee's own letter, cited
        "Thank you for the letter to the Committee",
        "Lettre de la Commission au sujet du budget",  # no one written to
    ],
)
def test_a_heading_citing_another_letter_names_no_addressee(heading):
    assert addressees(f"{heading}\n\n12 March 2031\n\n{BODY_EN}") == []


def test_a_heading_from_one_president_to_another_gives_both_their_parts():
    text = (
        "Letter from President Jane Roe to President Tom Hill\n\n12 March 2031\n\n"
        f"Dear President,\n\n{BODY_EN}\nSincerely,\n"
    )
    assert sender(text)["name"] == "Jane Roe"
    assert sender(text)["title"] == "President"
    assert addressees(text) == ["President Tom Hill"]


def test_a_heading_from_a_post_and_name_alone_still_gives_the_writer():
    text = f"Message from Executive Secretary Jane Roe\n\n12 March 2031\n\nDear all,\n\n{BODY_EN}"
    assert sender(text)["name"] == "Jane Roe"


# The Spanish block of address closed by "Presente", the body right under it.
SPANISH_BODY = "Tengo el agrado de dirigirme a usted para solicitarle una audiencia.\n"


def test_a_block_closed_by_presente_is_whom_the_letter_is_written_to():
    text = f"Señor Presidente de la República\nDon Luis Ortega\nPresente\n\n{SPANISH_BODY}"
    assert addressees(text) == ["Señor Presidente de la República, Don Luis Ortega"]
    assert reading(text)["sender"] is None  # the name of the block is not the writer's


def test_a_block_without_presente_or_salutation_is_no_address_read_by_that_rule():
    text = f"Informe anual de la Secretaría\nPresente edición\n\n{SPANISH_BODY}"
    assert addressees(text) == []


# Groups only the salutation, or a heading over a salutation of courtesy, names.
@pytest.mark.parametrize(
    ("salutation", "who"),
    [
        ("Dear Colleagues from National Statistical Offices,", "Colleagues from National"),
        ("Chers collègues des instituts nationaux de statistique,", "collègues des instituts"),
        ("Estimados colegas de las Oficinas Nacionales de Estadística:", "colegas de las"),
    ],
)
def test_colleagues_a_salutation_says_whence_are_the_addressees(salutation, who):
    found = addressees(f"{salutation}\n\n{BODY_EN}\nBest regards,\n\nAna Silva\nDirector\n")
    assert len(found) == 1
    assert found[0].startswith(who)


@pytest.mark.parametrize("salutation", ["Dear Colleagues,", "Dear Colleague from Brussels,"])
def test_colleagues_unnamed_or_one_colleague_are_no_addressee(salutation):
    assert addressees(f"{salutation}\n\n{BODY_EN}\nBest regards,\n\nAna Silva\nDirector\n") == []


def test_a_group_heading_over_a_salutation_of_courtesy_is_the_addressee():
    text = f"Members of the Standing Committee\n\nDear Members,\n\n{BODY_EN}\nAna Silva\nChair\n"
    assert addressees(text) == ["Members of the Standing Committee"]


def test_a_subject_heading_over_a_salutation_of_courtesy_is_no_addressee():
    text = f"Annual meeting of the Standing Committee\n\nDear Members,\n\n{BODY_EN}\nAna Silva\n"
    assert addressees(text) == []


# A note's invitation naming the group it invites.
@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "Le Secrétariat a l'honneur d'inviter les États membres de l'Organisation à "
            "désigner leurs représentants.",
            "États membres de l'Organisation",
        ),
        (
            "La Secretaría tiene el honor de invitar a los Estados Miembros a designar a sus "
            "representantes.",
            "Estados Miembros",
        ),
    ],
)
def test_an_invitation_naming_the_group_gives_it_as_addressee(sentence, who):
    assert addressees(sentence + "\n") == [who]


def test_an_invitation_to_them_names_no_one():
    text = "Le Secrétariat a l'honneur de les inviter à désigner leurs représentants.\n"
    assert addressees(text) == []


# The writer's post in the first person.
def test_the_post_a_writer_speaks_in_is_the_senders():
    text = (
        "Caracas, 3 de mayo de 2031\nSeñor Secretario General,\nEn mi condición de Jefe de "
        "Estado de la República de Utopía, me dirijo a usted para notificarle nuestra decisión.\n"
    )
    assert sender(text)["title"].startswith("Jefe de Estado")


def test_a_condition_that_is_no_post_gives_no_sender():
    text = (
        "Caracas, 3 de mayo de 2031\nSeñor Secretario General,\nEn mi condición de ciudadano, "
        "me dirijo a usted para notificarle nuestra decisión.\n"
    )
    assert reading(text)["sender"] is None


# The letterhead naming the writer by post, then by name.
LETTERHEAD = "OFFICE OF THE REGIONAL OMBUDSMAN\n12 HIGH STREET, NORTOWN\n"


def test_from_the_post_over_a_name_gives_the_writer():
    text = (
        f"{LETTERHEAD}From the Commissioner\nJane Roe\nOur ref: C.12/31\nMr A B Smith\n\n"
        f"March 2031\n\n{BODY_EN}"
    )
    assert sender(text)["name"] == "Jane Roe"
    assert sender(text)["title"] == "Commissioner"


def test_from_the_archives_over_a_name_gives_no_post():
    text = f"{LETTERHEAD}From the Archives\nJane Roe\n\nMarch 2031\n\n{BODY_EN}"
    assert sender(text).get("title") is None


# The writer's own reference on the dateline, after the date.
def test_our_reference_after_the_date_is_the_letters_own():
    text = f"Norland\n\n23 February 2031 Our ref. 4471/jk\n\nDear Ms Roe,\n\n{BODY_EN}"
    assert reading(text)["reference"] == "4471/jk"


def test_your_reference_after_the_date_is_not_the_letters_own():
    text = f"Norland\n\n23 February 2031 Your ref. 4471/jk\n\nDear Ms Roe,\n\n{BODY_EN}"
    assert reading(text)["reference"] is None


# A block of address above the date and an unlabelled subject.
def test_the_block_above_the_date_and_an_unlabelled_subject_is_the_address():
    text = (
        "Mr John Roe\nPresident of the Regional Commission\n1000 Nortown\n\n"
        "Sudtown, 15 April 2031\n\nInquiry 4/2031 concerning late payments\n\n"
        f"Dear Mr President,\n\n{BODY_EN}"
    )
    assert addressees(text) == ["Mr John Roe, President of the Regional Commission, 1000 Nortown"]


def test_two_subject_lines_leave_the_block_above_unread_by_that_rule():
    text = (
        "Annual report\n\nSudtown, 15 April 2031\n\nInquiry 4/2031 concerning late payments\n\n"
        f"Dear Mr President,\n\n{BODY_EN}"
    )
    assert addressees(text) == []


# A British postcode typed with its district's letter apart tells the letterhead's city.
@pytest.mark.parametrize(("line", "place"), [("LONDON SW1 P 4QP", "LONDON"), ("LONDON", None)])
def test_a_postcode_typed_apart_tells_the_letterheads_city(line, place):
    text = (
        f"REGIONAL OMBUDSMAN\nMILLBANK TOWER, MILLBANK, {line}.\n\nMr A B Smith\n\n"
        f"March 2031\n\n{BODY_EN}"
    )
    assert reading(text)["place"] == place


# A news article's introduction telling to whom several writers sent the letter it quotes.
def test_writers_who_jointly_sent_a_letter_to_a_body_give_it_as_addressee():
    text = (
        "Les ministres des trois pays ont conjointement adressé une lettre au Conseil de "
        "sécurité des Nations Unies, dénonçant la situation.\n\nVoici le texte.\n\n"
        "« Monsieur le Président,\n\nNous avons l'honneur de vous écrire.\n"
    )
    assert addressees(text) == ["Conseil de sécurité des Nations Unies"]


def test_writers_who_received_a_letter_give_no_addressee():
    text = (
        "Les ministres des trois pays ont conjointement reçu une lettre du Conseil de "
        "sécurité des Nations Unies.\n\n« Monsieur le Président,\n\nNous avons l'honneur.\n"
    )
    assert addressees(text) == []


# Those a convocation invites, listed under the sentence that invites them.
def test_those_listed_under_an_inviting_sentence_are_each_an_addressee():
    text = (
        "Le Président de Norland effectuera une visite à Sudville le vendredi 3 mai 2031.\n\n"
        "Sont conviées à prendre part à la cérémonie d'accueil, les personnalités ci-après :\n\n"
        "•    Monsieur le Président de l'Assemblée nationale ;\n"
        "•    Monsieur le Président du Conseil économique et social ;\n"
        "•    Mesdames et Messieurs les Membres du Gouvernement ;\n\n"
        "La cérémonie aura lieu à l'aéroport.\n"
    )
    assert addressees(text) == [
        "Monsieur le Président de l'Assemblée nationale",
        "Monsieur le Président du Conseil économique et social",
        "Mesdames et Messieurs les Membres du Gouvernement",
    ]


def test_a_list_under_a_sentence_that_invites_no_one_names_no_addressee():
    text = (
        "Le Président de Norland effectuera une visite à Sudville le vendredi 3 mai 2031.\n\n"
        "Le programme de la visite comprend les étapes ci-après :\n\n"
        "•    Accueil à l'aéroport ;\n•    Entretien avec le Président ;\n"
        "•    Dîner officiel ;\n\nLa cérémonie aura lieu à l'aéroport.\n"
    )
    assert invited_list(text) == []


# A block of address opening with the post before the name, a postcode in it.
ADDRESSED_BY_POST = (
    "Prime Minister Jane Roe\nOffice of the Prime Minister\n10 High Street\nNortown NT1 2AB\n\n"
    f"3 May 2031\n\nDear Prime Minister,\n\n{BODY_EN}\nYours sincerely,\n\nAna Silva\nChair\n"
)


def test_a_block_opening_with_the_post_before_the_name_is_the_address():
    assert addressees(ADDRESSED_BY_POST) == [
        "Prime Minister Jane Roe, Office of the Prime Minister, 10 High Street, Nortown NT1 2AB"
    ]


def test_the_city_of_the_block_of_address_is_not_where_the_letter_is_written():
    assert reading(ADDRESSED_BY_POST)["place"] is None


def test_the_postcode_over_the_date_is_no_range_of_days():
    assert reading(ADDRESSED_BY_POST)["date"] == "2031-05-03"


def test_a_heading_naming_a_post_and_a_writer_in_a_sentence_is_no_address():
    text = (
        "Message from NATO PA President Jane Roe\nBrussels\n\n3 May 2031\n\n"
        f"Dear Members,\n\n{BODY_EN}"
    )
    assert not any("Message" in who for who in addressees(text))


@pytest.mark.parametrize(("post", "title"), [("Secretaria General", "Secretaria General")])
def test_a_womans_post_in_spanish_is_the_signers_title(post, title):
    text = (
        "Lima, 3 de mayo de 2031\n\nSeñora Ana Silva\nDirectora General\nGinebra\n\n"
        "De mi consideración:\n\nTengo el agrado de dirigirme a usted en relación con el "
        f"presupuesto.\n\nAtentamente,\n\nAna Ruiz\n{post}\n"
    )
    assert sender(text)["title"] == title


def test_a_secretariat_under_the_name_is_no_post():
    text = (
        "Lima, 3 de mayo de 2031\n\nSeñora Ana Silva\nDirectora General\nGinebra\n\n"
        "De mi consideración:\n\nTengo el agrado de dirigirme a usted en relación con el "
        "presupuesto.\n\nAtentamente,\n\nAna Ruiz\nSecretariat Services\n"
    )
    assert sender(text).get("title") != "Secretariat Services"


# A notice's heading to a whole group in lower case, and a salutation honouring a group.
NOTICE_BODY = "Subject: Office closure\n\nPlease note that the office will close on 5 May 2031.\n"


@pytest.mark.parametrize(
    ("line", "who"),
    [
        ("To all staff members", "all staff members"),
        ("À tous les membres du personnel", "tous les membres du personnel"),
    ],
)
def test_a_heading_to_all_of_a_group_is_the_addressee(line, who):
    assert addressees(f"{line}\n\n{NOTICE_BODY}\nJane Roe\nDirector\n") == [who]


def test_to_all_who_are_no_group_is_no_addressee():
    assert addressees(f"To all those who wrote to us\n\n{NOTICE_BODY}") == []


def test_to_all_members_going_on_a_to_line_is_no_addressee_of_its_own():
    text = f"TO SECRETARIES OF DELEGATION FOR DISTRIBUTION\nTO ALL MEMBERS\n\n{NOTICE_BODY}"
    assert "ALL MEMBERS" not in addressees(text)


def test_distinguished_members_of_a_body_are_the_addressees():
    text = f"Distinguished Members of the Executive Board,\n\n{BODY_EN}\nJane Roe\nDirector\n"
    assert addressees(text) == ["Members of the Executive Board"]


def test_distinguished_delegates_are_a_courtesy_only():
    assert addressees(f"Distinguished Delegates,\n\n{BODY_EN}\nJane Roe\nDirector\n") == []


def test_to_the_post_over_the_name_is_one_block_of_address():
    text = (
        "To the Chairperson of the Committee on Budget\nMr. Tom Hill\n\n3 May 2031\n\n"
        f"Dear Mr. Chairperson,\n\n{BODY_EN}\nYours sincerely,\n\nJane Roe\n"
    )
    assert addressees(text) == ["the Chairperson of the Committee on Budget, Mr. Tom Hill"]


def test_to_the_unnamed_over_a_name_is_no_block_of_address_by_that_rule():
    text = (
        "To the attention of all\nMr. Tom Hill\n\n3 May 2031\n\n"
        f"Dear Mr. Hill,\n\n{BODY_EN}\nYours sincerely,\n\nJane Roe\n"
    )
    assert not any(who.startswith("the attention") for who in addressees(text))


@pytest.mark.parametrize("body", ["Regional Fisheries Agency", "Regional Development Fund"])
def test_an_agency_under_the_signers_post_is_no_co_signatory(body):
    text = (
        f"Geneva, 3 May 2031\n\nDear Ms Silva,\n\n{BODY_EN}\nYours sincerely,\n\n"
        f"Jane Roe\nExecutive Director\n{body}\n"
    )
    assert reading(text)["co_signatories"] == []


def test_a_second_signer_beside_the_first_is_a_co_signatory():
    text = (
        f"Geneva, 3 May 2031\n\nDear Ms Silva,\n\n{BODY_EN}\nYours sincerely,\n\n"
        "Jane Roe                                  Tom Hill\n"
        "Chair                                     Vice-Chair\n"
    )
    assert [c["name"] for c in reading(text)["co_signatories"]] == ["Tom Hill"]


# An oficio's number after its kind, no sign of number between.
OFICIO_BODY = "\n\nSeñora\nAna Silva\n\nEstimada señora:\n\nLe escribo sobre el presupuesto.\n"


def test_an_oficio_numbered_on_its_own_line_is_the_reference():
    text = f"San José, 3 de mayo de 2031\nOficio DM-123-2031{OFICIO_BODY}"
    assert reading(text)["reference"] == "Oficio DM-123-2031"


def test_an_oficio_named_by_its_office_has_no_reference():
    text = f"San José, 3 de mayo de 2031\nOficio de la Secretaría General{OFICIO_BODY}"
    assert reading(text)["reference"] is None


# The block of address above the date is the addressee's: neither its city nor its post is
# the writer's.
TO_THE_SECRETARY_GENERAL = "The Secretary-General\nUnited Nations\n{city}\n\n{dateline}\n\n"
SIGNED = "Sir,\n\nI have the honour to write to you about the budget.\n\nJane Roe\n"


def test_the_city_ending_the_block_above_the_date_is_not_the_place_of_writing():
    text = TO_THE_SECRETARY_GENERAL.format(city="New York", dateline="3 May 2031") + SIGNED
    assert reading(text)["place"] is None
    assert sender(text)["title"] is None


def test_the_city_the_dateline_gives_is_the_place_of_writing_whatever_the_block():
    text = TO_THE_SECRETARY_GENERAL.format(city="Geneva", dateline="Geneva, 3 May 2031") + SIGNED
    assert reading(text)["place"] == "Geneva"


def test_the_writers_post_printed_at_the_head_is_still_theirs():
    text = f"THE SECRETARY-GENERAL\n\n3 May 2031\n\nDear Minister,\n\n{BODY_EN}\nJane Roe\n"
    assert sender(text)["title"] == "Secretary-General"


# The block of address under the signature, opening with the courtesy alone on its line.
UNDER_SIGNATURE = (
    "Señor Ministro:\n\nTengo el honor de dirigirme a Vuestra Excelencia en relación con el "
    "presupuesto.\n\nJuan Pérez\nEmbajador\n\n{courtesy}\nTom Hill\nMinistro de Relaciones "
    "Exteriores\nCiudad\n"
)


def test_the_block_under_his_excellency_is_the_addressee_not_the_writer():
    text = UNDER_SIGNATURE.format(courtesy="A Su Excelencia el Señor")
    assert addressees(text) == [
        "Su Excelencia el Señor, Tom Hill, Ministro de Relaciones Exteriores, Ciudad"
    ]
    assert sender(text)["name"] == "Juan Pérez"
    assert sender(text)["title"] == "Embajador"


def test_a_courtesy_on_a_sentence_line_leaves_the_writer_it_names():
    text = (
        "Son Excellence le Président de la République, Monsieur Jean Roe, a adressé un "
        "message au Président de Norland.\nLe message est ainsi libellé :\n« Monsieur le "
        "Président,\nJe vous adresse mes félicitations.\nJean ROE »\n"
    )
    assert sender(text).get("name") is not None


# A news article's sentence telling when the letter was sent, after whom it was sent to.
@pytest.mark.parametrize(
    ("sentence", "who"),
    [
        (
            "The Minister of Foreign Affairs, Jane Roe, sent a letter to the Secretary-General "
            "of the United Nations on Monday, urging action.",
            "Secretary-General of the United Nations",
        ),
        (
            "Ministers of ten countries wrote to the European Commission on Monday to ask for "
            "a delay.",
            "European Commission",
        ),
        (
            "El canciller Juan Pérez envió una carta al Secretario General de la OEA el lunes, "
            "denunciando la situación.",
            "Secretario General de la OEA",
        ),
    ],
)
def test_when_a_letter_was_sent_is_no_part_of_whom_it_was_sent_to(sentence, who):
    text = f'{sentence}\n\nThe text reads:\n\n"Excellency,\n\nWe write to you.\n\nJane Roe"\n'
    assert addressees(text) == [who]


def test_a_body_named_with_on_is_kept_whole():
    text = (
        "Ministers of ten countries wrote to the Committee on Fisheries to ask for a delay.\n\n"
        'The text reads:\n\n"Excellency,\n\nWe write to you.\n\nJane Roe"\n'
    )
    assert addressees(text) == ["Committee on Fisheries"]


def test_to_the_members_of_a_body_is_the_addressee():
    text = (
        "To the members of the Board of Trustees\n\n3 May 2031\n\nDear Members,\n\n"
        f"{BODY_EN}\nJane Roe\nChair\n"
    )
    assert addressees(text) == ["the members of the Board of Trustees"]


def test_to_the_best_of_a_knowledge_is_no_addressee():
    text = f"To the best of our knowledge\n\n3 May 2031\n\nDear Members,\n\n{BODY_EN}\nJane Roe\n"
    assert addressees(text) == []
