"""Wave 9's rules for the addressees, on made-up letters: general forms the reader missed."""

import pytest

from plenipo.reading.addressee_lines import heading_addressees
from tests.reading.readings import addressees

# --- a UN document's heading ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Identical letters dated 2 May 2031 from the Permanent Representative of Norland to "
            "the United Nations addressed to the Secretary-General and the President of the "
            "Security Council",
            ["Secretary-General", "President of the Security Council"],
        ),
        (
            "Cartas idénticas de fecha 2 de mayo de 2031 dirigidas al Secretario General y a la "
            "Presidenta del Consejo de Seguridad por el Representante Permanente de Norlandia",
            ["Secretario General", "Presidenta del Consejo de Seguridad"],
        ),
        (
            "Lettres identiques datées du 2 mai 2031, adressées au Secrétaire général et au "
            "Président du Conseil de sécurité par le Représentant permanent de Norland",
            ["Secrétaire général", "Président du Conseil de sécurité"],
        ),
        (
            "Lettre datée du 2 mai 2031, adressée au Secrétaire général par le Représentant "
            "permanent de Norland auprès de l'Organisation des Nations Unies",
            ["Secrétaire général"],
        ),
        (
            "Letter dated 2 May 2031 addressed to the Secretary-General by the Chargé "
            "d'affaires a.i. of the Permanent Mission of Norland",
            ["Secretary-General"],
        ),
        # one letter to one post whose name holds an "and": not two
        (
            "Letter dated 2 May 2031 from the Permanent Representative of Norland addressed to "
            "the Chair of the Committee on Trade and Development",
            ["Chair of the Committee on Trade and Development"],
        ),
    ],
)
def test_a_un_heading_names_each_post_written_to(heading, expected):
    text = f"United Nations\nDistr.: General\n3 May 2031\n\n{heading}\n\nI have the honour.\n"
    assert addressees(text) == expected


def test_a_heading_wrapped_within_the_post_goes_on_on_its_next_line():
    text = (
        "Distr. general\n3 de mayo de 2031\n"
        "Carta de fecha 2 de mayo de 2031 dirigida al Presidente\n"
        "del Comité de Relaciones con el País Anfitrión por el\n"
        "Representante Permanente de Norlandia ante las Naciones Unidas\n"
        "Tengo el honor de transmitirle la nota.\n"
    )
    found = [mention.text for mention in heading_addressees(text)]
    assert found == ["Presidente del Comité de Relaciones con el País Anfitrión"]
    # a post that ends on its line stays as it is
    ended = text.replace("\ndel Comité", "\nen el Comité")
    assert [mention.text for mention in heading_addressees(ended)] == ["Presidente"]


def test_a_note_annexed_to_a_covering_letter_is_not_the_letters_addressee():
    text = (
        "Letter dated 2 May 2031 from the Permanent Representative of Norland to the "
        "United Nations addressed to the Secretary-General\n\n"
        "I have the honour to transmit herewith a note verbale (see annex).\n\n"
        "(Signed) Jane Roe\nPermanent Representative\n\n"
        "Annex to the letter dated 2 May 2031 from the Permanent Representative of Norland\n\n"
        "The Permanent Mission of Norland presents its compliments to the Permanent Mission "
        "of Sudland and has the honour to refer to the incident.\n"
    )
    assert addressees(text) == ["Secretary-General"]
    # a note on its own keeps the addressee of its compliments
    note = text[text.index("The Permanent Mission") :]
    assert addressees(note) == ["Permanent Mission of Sudland"]


# --- headings of letters and messages ------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Message from the Secretary General of the Federation to the National Societies",
            "National Societies",
        ),
        ("EE.UU. Carta abierta a George W. Bush", "George W. Bush"),
        ("Norland: Open letter to John Q. Public", "John Q. Public"),
        ("Following is the text of President’s letter to Jane Roe", "Jane Roe"),
        ("Norland Foreign Minister Sends Letter to UN Secretary-General", "UN Secretary-General"),
        ("Norland FM writes letter to President UNSC on the border", "President UNSC"),
        (
            "Letter dated 16 September 2031 from the representative of Norland to the "
            "president of the Security Council",
            "president of the Security Council",
        ),
        ("Letter to the Minister of Environment of Sudland - 3 May 2031", None),
    ],
)
def test_a_heading_names_whom_the_letter_or_message_goes_to(heading, expected):
    text = f"{heading}\n\nThe meeting will be held on 5 June 2031 in Geneva.\n"
    found = addressees(text)
    if expected is None:  # a page title's date after a dash is no part of the post
        assert found == ["Minister of Environment of Sudland"]
    else:
        assert found == [expected]


def test_a_headline_sentence_or_a_body_message_names_no_addressee():
    assert addressees("The Minister sends greetings to all.\n\nWe met in Geneva.\n") == []
    body = "Dear Sir,\n\nThe message to mark World Day is attached.\n\nYours sincerely,\nJane Roe\n"
    assert addressees(body) == []


@pytest.mark.parametrize(
    ("title", "expected"),
    [("NOTIFICATION AUX PARTIES", "PARTIES"), ("NOTIFICACIÓN A LAS PARTES", "PARTES")],
)
def test_a_notification_to_the_parties_in_french_and_spanish(title, expected):
    text = f"{title}\n\nNo. 2031/012\n\nObjet : Réunion du Comité\n\n1. La réunion aura lieu.\n"
    assert addressees(text) == [expected]
    assert addressees(text.replace(title, "NOTIFICATION")) == []


# --- a note verbale's closing formula ------------------------------------------------------


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        (
            "The Embassy of Norland avails itself of this opportunity to renew to the Ministry "
            "of Foreign Affairs of Sudland the assurances of its highest consideration.",
            "Ministry of Foreign Affairs of Sudland",
        ),
        (
            "The Embassy availed itself of the opportunity to renew to the Ministry of Trade, "
            "Industry and Commerce of Sudland, the assurances of its highest consideration.",
            "Ministry of Trade, Industry and Commerce of Sudland",
        ),
        (
            "Le Ministère saisit cette occasion pour renouveler à l'Ambassade du Royaume de "
            "Sudland les assurances de sa haute considération.",
            "Ambassade du Royaume de Sudland",
        ),
        (
            "El Ministerio aprovecha la oportunidad para reiterar a la Embajada del Reino de "
            "Sudlandia las seguridades de su más alta y distinguida consideración.",
            "Embajada del Reino de Sudlandia",
        ),
        # a letter's formula to the person written to names no one
        (
            "I avail myself of this opportunity to renew to you the assurances of my highest "
            "consideration.",
            None,
        ),
        (
            "Je saisis cette occasion pour renouveler à Votre Excellence les assurances de ma "
            "très haute considération.",
            None,
        ),
    ],
)
def test_a_note_cut_before_its_compliments_is_addressed_by_its_closing(closing, expected):
    text = f"No. 123/2031\n\n[...] the meeting will be held on 5 June 2031.\n\n{closing}\n"
    assert addressees(text) == ([expected] if expected else [])


def test_the_compliments_go_first_when_the_note_has_them():
    text = (
        "The Permanent Mission of Norland presents its compliments to the Secretariat of the "
        "Convention and has the honour to transmit the report.\n\n"
        "The Permanent Mission of Norland avails itself of this opportunity to renew to the "
        "Secretariat of the Convention the assurances of its highest consideration.\n"
    )
    assert addressees(text) == ["Secretariat of the Convention"]


# --- a circular's groups alone on their lines ----------------------------------------------


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ("All Member States", ["All Member States"]),
        (
            "All Contracting Parties\nAll National Focal Points",
            ["All Contracting Parties", "All National Focal Points"],
        ),
        ("Tous les États membres", ["Tous les États membres"]),
        ("A todos los Estados Miembros", ["A todos los Estados Miembros"]),
        # not a sentence, nor a page's chrome
        ("All Member States are invited to attend.", []),
        ("All Rights Reserved", []),
    ],
)
def test_a_circulars_groups_alone_on_their_lines(lines, expected):
    text = (
        f"Ref.: CL.12/2031\n\n3 May 2031\n\n{lines}\n\nDear Sir/Madam,\n\n"
        "I have the honour to invite your Government to the Conference.\n\n"
        "Yours faithfully,\n\nJane Roe\nDirector-General\n"
    )
    assert addressees(text) == expected


# --- blocks of address ---------------------------------------------------------------------


def test_a_spanish_address_abbreviated_excmo_at_the_head_and_at_the_foot():
    head = (
        "Madrid, 3 de mayo de 2031\n\nExcmo. Sr. Pedro Ruiz.\n\n"
        "Secretario Ejecutivo de la Comisión para Europa de las Naciones Unidas.\n\nGinebra.\n\n"
        "Ginebra, 5 de mayo de 2031\n\nExcmo. Sr.:\n\nMe complace referirme a su carta.\n"
    )
    assert addressees(head) == [
        "Excmo. Sr. Pedro Ruiz, Secretario Ejecutivo de la Comisión para Europa de las "
        "Naciones Unidas, Ginebra"
    ]
    foot = (
        "Madrid, 3 de mayo de 2031\n\nSeñora Ministra:\n\nMe complace informarle.\n\n"
        "Le saluda atentamente,\n\nAna Pérez\nDirectora\n\n"
        "EXCMA. SRA. MINISTRA DE ASUNTOS EXTERIORES\n"
    )
    assert addressees(foot) == ["EXCMA. SRA. MINISTRA DE ASUNTOS EXTERIORES"]
    # the salutation by post names no one
    salutation = "Madrid, 3 de mayo de 2031\n\nExcmo. Sr. Secretario General:\n\nMe complace.\n"
    assert addressees(salutation) == []


def test_a_block_under_a_courtesy_title_alone_opens_with_the_name_whatever_its_comma():
    text = (
        "Rio de Janeiro, le 15 mars 2031.\n\nMonsieur le Ministre,\n\nJ'ai l'honneur de vous "
        "proposer ce qui suit.\n\nA Son Excellence\nMonsieur le Docteur Jean Roe,\n"
        "Envoyé Extraordinaire et Ministre Plénipotentiaire de Sa Majesté la Reine de Norland.\n"
    )
    assert addressees(text) == [
        "Son Excellence Monsieur le Docteur Jean Roe, Envoyé Extraordinaire et Ministre "
        "Plénipotentiaire de Sa Majesté la Reine de Norland"
    ]


def test_a_block_with_su_excelencia_abbreviated_and_its_salutation():
    text = (
        "Lima, 3 de mayo de 2031\n\nA S.E. el Señor Pedro Ruiz\nMinistro de Relaciones "
        "Exteriores\nQuito\n\nSeñor Ministro:\n\nTengo el honor de dirigirme a usted.\n"
    )
    assert addressees(text) == [
        "S.E. el Señor Pedro Ruiz, Ministro de Relaciones Exteriores, Quito"
    ]
    courtesy = text.replace("Señor Ministro:", "Su excelencia,")
    assert addressees(courtesy) == addressees(text)


def test_a_to_field_over_one_persons_address_is_not_part_of_the_name():
    text = (
        "12 March 2031\n\nTo: Ms. Jane Roe\nDirector, Division of Treaties\nNew York\n\n"
        "Dear Ms. Roe,\n\nI have the honour to inform you.\n\nYours sincerely,\n\nJohn Smith\n"
    )
    assert addressees(text) == ["Ms. Jane Roe, Director, Division of Treaties, New York"]


def test_an_abbreviated_honourable_under_the_signature_is_the_one_written_to():
    text = (
        "Dear Mr Minister,\n\nI write about the meeting.\n\nYours sincerely,\n\nJane Roe\n\n"
        "The Hon. John Smith MP\nMinister for Foreign Affairs\nParliament House\n"
    )
    assert addressees(text) == ["The Hon. John Smith MP, Minister for Foreign Affairs"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Monsieur le Ministre des Affaires étrangères et de la Coopération",
            ["Monsieur le Ministre des Affaires étrangères et de la Coopération"],
        ),
        ("Señor Ministro de Relaciones Exteriores", ["Señor Ministro de Relaciones Exteriores"]),
        # the writer's letterhead over the subject is no address
        ("MISSION PERMANENTE DE NORLAND", []),
    ],
)
def test_an_address_right_over_the_subject_of_a_letter_without_salutation(line, expected):
    text = (
        f"Genève, le 13 janvier 2031\n{line}\nObjet: Demande de visite du Rapporteur spécial.\n"
        "Comme suite à votre fax, j’ai l’honneur de vous informer de la demande.\n"
        "Très haute considération\nL’Ambassadeur\nJean Roe\n"
    )
    assert addressees(text) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Ardenne, 1 February (NNA) -- Ri Yong Ho, minister of Foreign Affairs of Norland, on "
            "Wednesday sent a letter to Jane Q. Roe, secretary general of the United Nations.",
            ["Jane Q. Roe"],
        ),
        (
            "Roe au Conseil de sécurité L'ambassadeur, Représentant permanent de Norland auprès "
            "de l'ONU, Jean Roe, a adressé, le 17 novembre courant, une lettre aux Président et "
            "membres du Conseil de sécurité, dans laquelle il dénonce l'incident.",
            ["Président et membres du Conseil de sécurité"],
        ),
        (
            "El ministro de Norlandia ha enviado un mensaje de felicitación a la Secretaria de "
            "Relaciones Exteriores, Ana Roe, con motivo del Día Nacional.",
            ["Secretaria de Relaciones Exteriores, Ana Roe"],
        ),
        (
            "The Foreign Minister has sent a letter to the President of the Security Council "
            "Mr. John Doe and the Secretary-General Jane Roe, urging action.",
            ["President of the Security Council Mr. John Doe", "Secretary-General Jane Roe"],
        ),
        (
            "In a letter to the UN Secretary-General, Foreign Minister Jane Roe called for action.",
            ["UN Secretary-General"],
        ),
        (
            "Dans une lettre adressée au Président du Conseil de sécurité, le ministre dénonce "
            "l'incident.",
            ["Président du Conseil de sécurité"],
        ),
        (
            "ARDENNE, 3 May (NNA) In a letter dated 2 May to the President of the General "
            "Assembly, the Minister asked for a meeting.",
            ["President of the General Assembly"],
        ),
        # a letter the writer tells of is not this one
        ("As you know, I have sent a letter to the Minister of Trade about it.", []),
        ("In my letter to you of 3 May, I explained the matter.", []),
    ],
)
def test_a_news_article_says_whom_its_letter_was_sent_to(sentence, expected):
    text = f"NEWS\n\n{sentence}\n\n“The situation is grave,” the letter said.\n"
    assert addressees(text) == expected


def test_an_e_mails_to_line_gives_the_group_without_its_address():
    text = (
        "From: Jane Roe <jane.roe@example.org>\nSent: 3 May 2031 10:00\n"
        "To: Heads of Delegation <hod@example.org>\nSubject: Meeting\n\n"
        "Dear colleagues,\n\nPlease find attached the agenda.\n\nBest regards,\nJane\n"
    )
    assert addressees(text) == ["Heads of Delegation"]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Circular letter addressed to all Members of the Organization", ["all Members"]),
        ("Lettre circulaire adressée à tous les États membres", ["tous les États membres"]),
        # addressed to something that is no group, post or person
        ("Circular letter addressed to conference services", []),
    ],
)
def test_a_heading_addressed_to_all_of_a_group(heading, expected):
    text = f"CIRCULAR LETTER No. 4012\n\n{heading}\n\nThe meeting will be held in June.\n"
    found = addressees(text)
    assert len(found) == len(expected)
    assert all(name in who for name, who in zip(expected, found, strict=True))


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "A Monsieur le Ministre de l'Économie et des Finances\nAbidjan",
            "Monsieur le Ministre de l'Économie et des Finances, Abidjan",
        ),
        (
            "Señor\nJuan Pérez Gómez\nAlcalde de la Municipalidad de Lima\nPresente.-",
            "Señor Juan Pérez Gómez, Alcalde de la Municipalidad de Lima",
        ),
    ],
)
def test_the_envelopes_words_are_no_part_of_the_block(block, expected):
    text = (
        f"Lima, 3 de mayo de 2031\n\n{block}\n\nMonsieur le Ministre,\n\n"
        "J'ai l'honneur de vous écrire.\n\nJean Roe\n"
    )
    assert addressees(text) == [expected]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "The Ministry of Foreign Affairs presents its compliments to the Embassy of Sudland "
            "and begs to inform the Embassy of the holiday.",
            "Embassy of Sudland",
        ),
        (
            "The Embassy of Norland presents its compliments to the Ministry of Foreign Affairs "
            "and acknowledges receipt of the Ministry's Note No. 12.",
            "Ministry of Foreign Affairs",
        ),
        (
            "The Embassy of Norland presents its compliments to the Embassy of Trinidad and "
            "Tobago and refers to the Embassy's Note No. 12.",
            "Embassy of Trinidad and Tobago",
        ),
        (
            "Le Ministère des Affaires étrangères présente ses compliments à l'Ambassade de "
            "Sudland et se réfère à la note de l'Ambassade n° 12.",
            "Ambassade de Sudland",
        ),
        (
            "La Embajada de Norlandia saluda atentamente al Ministerio de Relaciones Exteriores "
            "y acusa recibo de su nota No. 12.",
            "Ministerio de Relaciones Exteriores",
        ),
        (
            "El Ministerio de Relaciones Exteriores saluda muy atentamente a la Embajada de "
            "Sudlandia y se complace en informarle del día feriado.",
            "Embajada de Sudlandia",
        ),
        (
            "La Embajada de Norlandia saluda atentamente a las Misiones Permanentes de los "
            "Estados Miembros y les informa que la reunión se celebrará en junio.",
            "Misiones Permanentes de los Estados Miembros",
        ),
        (
            "Le Ministère présente ses compliments aux Missions diplomatiques accréditées à "
            "Ardenne et les informe que la réunion aura lieu en juin.",
            "Missions diplomatiques accréditées à Ardenne",
        ),
    ],
)
def test_a_notes_compliments_go_on_with_whatever_verb_it_uses(note, expected):
    assert addressees(f"NOTE VERBALE\n\n{note}\n") == [expected]


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        (
            "The Embassy of Norland has the honour to present its compliments to the Ministry "
            "of Foreign Affairs of Sudland and to inform the Ministry of the visit.",
            "Ministry of Foreign Affairs of Sudland",
        ),
        (
            "The Embassy of Norland presents its compliments to the Ministry of Foreign Affairs "
            "of Sudland. The Embassy has the honour to inform the Ministry.",
            "Ministry of Foreign Affairs of Sudland",
        ),
        # an abbreviation's full stop does not end the sentence
        (
            "The Embassy of Norland presents its compliments to the U.S. Department of State "
            "and has the honour to inform.",
            "U.S. Department of State",
        ),
    ],
)
def test_a_notes_compliments_end_at_an_infinitive_or_their_sentences_end(note, expected):
    assert addressees(f"NOTE VERBALE\n\n{note}\n") == [expected]


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            "À : Monsieur Jean Dupont, Directeur général\nDe : Marie Roe\nObjet : Réunion",
            "Monsieur Jean Dupont, Directeur général",
        ),
        (
            "A: Sr. Juan Pérez, Director General\nDe: Ana Roe\nAsunto: Reunión",
            "Sr. Juan Pérez, Director General",
        ),
        (
            "From: Jane Roe, Director\nTo: Mr. John Smith, Head of Unit\nSubject: Leave",
            "Mr. John Smith, Head of Unit",
        ),
    ],
)
def test_a_memorandums_from_field_is_no_part_of_the_address(head, expected):
    text = f"Genève, le 3 mai 2031\n\n{head}\n\nMonsieur le Directeur général,\n\nJe vous écris.\n"
    assert addressees(text) == [expected]


@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        ("Mesdames et Messieurs les Ministres,", ["Ministres"]),
        ("Messieurs les Représentants permanents,", ["Représentants permanents"]),
        ("Señoras y Señores Representantes Permanentes:", ["Representantes Permanentes"]),
        ("Distinguidos Miembros del Consejo:", ["Miembros del Consejo"]),
        # courtesies that name no group
        ("Mesdames, Messieurs,", []),
        ("Señores:", []),
        ("Distinguidos Representantes:", []),
        ("Señores Delegados:", []),
    ],
)
def test_a_salutation_honouring_a_group_by_its_courtesy_titles(salutation, expected):
    text = f"3 mai 2031\n\n{salutation}\n\nJ'ai l'honneur de vous écrire.\n\nJean Roe\n"
    assert addressees(text) == expected


def test_a_short_block_run_together_after_the_date_of_a_flattened_letter():
    text = (
        "Approved For Release 2031/06/26 : ARCHIVE-123 Approved For Release 2031/06/26 : "
        "ARCHIVE-123 17 September 2031 The Honorable John Doe The Director Bureau of the Budget "
        "Washington 25, D. C. Dear Mr. Doe, As a result of the curtailment in its resources, "
        "the Department has felt itself obliged to reorganize its operations in such a way as "
        "to eliminate the following posts. Sincerely, Jane Roe Director\n"
    )
    assert addressees(text) == [
        "The Honorable John Doe The Director Bureau of the Budget Washington 25, D. C."
    ]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        (
            "Lettre du Président de la Commission aux Chefs d'État et de Gouvernement",
            ["Chefs d'État et de Gouvernement"],
        ),
        (
            "Carta del Secretario General a los Ministros de Relaciones Exteriores",
            ["Ministros de Relaciones Exteriores"],
        ),
        ("Message du Directeur général aux États membres", ["États membres"]),
        ("Lettre de Jean Roe au Président de la République", ["Président de la République"]),
        # what the letter is for, or a subject that speaks of a letter
        ("Lettre de la Commission à l'occasion de la Journée", []),
        ("Objet: Lettre de demande de visite au Pays par le Rapporteur", []),
    ],
)
def test_a_french_or_spanish_heading_names_writer_and_addressee(heading, expected):
    text = f"{heading}\n\nLa réunion aura lieu le 5 juin 2031 à Genève.\n"
    assert addressees(text) == expected


@pytest.mark.parametrize("courtesy", ["The Rt Hon", "The Rt. Hon.", "The Right Honourable"])
def test_a_right_honourable_opens_a_block_at_the_head_and_under_the_signature(courtesy):
    head = (
        f"3 May 2031\n\n{courtesy} Jane Roe MP\nSecretary of State for Foreign Affairs\n"
        "London\n\nDear Secretary of State,\n\nI write about the meeting.\n\n"
        "Yours sincerely,\n\nJohn Smith\n"
    )
    assert addressees(head) == [
        f"{courtesy} Jane Roe MP, Secretary of State for Foreign Affairs, London"
    ]
    foot = (
        "Dear Jane,\n\nI write about the meeting.\n\nYours sincerely,\n\nJohn Smith\n\n"
        f"{courtesy} Jane Roe MP\nSecretary of State for Foreign Affairs\n"
    )
    assert addressees(foot) == [f"{courtesy} Jane Roe MP, Secretary of State for Foreign Affairs"]


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Circular to all National Olympic Committees", ["all National Olympic Committees"]),
        ("Lettre circulaire aux États membres du Conseil", ["États membres du Conseil"]),
        ("Carta circular a los Estados Miembros", ["Estados Miembros"]),
        ("Circular No. 5/2031 to all Members", ["all Members"]),
        ("Lettre circulaire n° 2268 aux États membres", ["États membres"]),
        ("Circular Letter No. 3919", []),
    ],
)
def test_a_circulars_heading_names_those_it_goes_to(heading, expected):
    text = f"{heading}\n\nThe meeting will be held on 5 June 2031 in Geneva.\n"
    assert addressees(text) == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        (
            "Ministry of Foreign Affairs\nTreaty Division\nArdenne, Sudland",
            ["Ministry of Foreign Affairs, Treaty Division, Ardenne, Sudland"],
        ),
        (
            "Ministère des Affaires étrangères\nDirection des Nations Unies\nArdenne",
            ["Ministère des Affaires étrangères, Direction des Nations Unies, Ardenne"],
        ),
        (
            "Embajada de la República de Sudlandia\nCalle Mayor 12\nArdenia",
            ["Embajada de la República de Sudlandia, Calle Mayor 12, Ardenia"],
        ),
    ],
)
def test_an_office_addressed_under_the_date_over_the_salutation(block, expected):
    text = (
        f"Ref.: SCBD/2031/12\n\n3 May 2031\n\n{block}\n\nDear Sir/Madam,\n\n"
        "I write about the meeting.\n\nYours faithfully,\n\nJane Roe\nExecutive Secretary\n"
    )
    assert addressees(text) == expected
    # the same office opening the page is the writer's letterhead
    letterhead = f"{block}\n\nDear Sir/Madam,\n\nI write about the meeting.\n\nJane Roe\n"
    assert addressees(letterhead) == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "To: Member States, Observers and Intergovernmental organizations",
            ["Member States", "Observers", "Intergovernmental organizations"],
        ),
        (
            "À : États membres, États observateurs et organisations intergouvernementales",
            ["États membres", "États observateurs", "organisations intergouvernementales"],
        ),
        (
            "Para: Estados Miembros, Observadores, Organismos internacionales",
            ["Estados Miembros", "Observadores", "Organismos internacionales"],
        ),
        # one address, not groups
        (
            "To: Ms. Jane Roe, Director, Division of Treaties",
            ["Ms. Jane Roe, Director, Division of Treaties"],
        ),
        (
            "To: Ministry of Foreign Affairs, Treaty Division",
            ["Ministry of Foreign Affairs, Treaty Division"],
        ),
    ],
)
def test_a_to_line_listing_groups_with_commas_names_each(line, expected):
    text = f"CIRCULAR No. 5/2031\n\n{line}\nSubject: Annual meeting\n\nThe meeting will be held.\n"
    assert addressees(text) == expected


@pytest.mark.parametrize(
    "copies",
    [
        "Copy to: All Member States",
        "cc:\nAll National Focal Points\nAll Observers",
        "Copie à : Monsieur le Ministre des Finances",
    ],
)
def test_the_copies_under_the_signature_are_no_addressees(copies):
    text = (
        "3 May 2031\n\nH.E. Mr. John Smith\nMinister of Environment\nRepublic of Sudland\n\n"
        "Excellency,\n\nI write about the meeting.\n\nYours sincerely,\n\nJane Roe\n"
        f"Executive Secretary\n\n{copies}\n"
    )
    assert addressees(text) == ["H.E. Mr. John Smith, Minister of Environment, Republic of Sudland"]


def test_a_spanish_courtesy_title_alone_on_its_line_goes_with_the_name():
    text = (
        "Asunción, 3 de mayo de 2031\n\nExcelentísimo Señor\nJuan Pérez\n"
        "Ministro de Relaciones Exteriores\nPresente.-\n\nSeñor Ministro:\n\n"
        "Tengo el honor de dirigirme a usted.\n\nAtentamente,\nAna Roe\n"
    )
    assert addressees(text) == ["Excelentísimo Señor Juan Pérez, Ministro de Relaciones Exteriores"]
