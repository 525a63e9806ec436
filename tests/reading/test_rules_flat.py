"""The reader's rules for letters whose heading or signature block runs together on one
line (web pages, text extraction), each on a short letter written that way."""

from plenipo.reading.addressee_lines import run_together_groups
from plenipo.reading.addressing import zone_addressees
from plenipo.reading.layout import Segment
from plenipo.reading.text import unflattened
from tests.reading.readings import reading

PARAGRAPH = (
    "I have the honour to inform you that the Committee will meet in Geneva from 10 to 12 "
    "May 2021 and to invite you to send your views before the meeting."
)


def test_a_short_flattened_heading_above_the_first_paragraph():
    found = reading(f"Our Ref: AB/2020/7 Dear Members of the Committee,\n\n{PARAGRAPH}\n")
    assert found["reference"] == "AB/2020/7"
    assert found["addressees"] == ["Members of the Committee"]


def test_a_forms_fields_under_the_first_paragraph_are_no_heading():
    text = f"Ref.: AB/2020/7\n\n{PARAGRAPH}\n\nDate: ........ TO: Secretary of the Committee\n"
    assert unflattened(text) == text


def test_a_fields_value_is_not_cut_from_its_label():
    text = f"Distribution: To all Parties to the Convention Ref.: AB/2020/7\n\n{PARAGRAPH}\n"
    assert unflattened(text).split("\n")[:2] == [
        "Distribution: To all Parties to the Convention",
        "Ref.: AB/2020/7",
    ]


def test_a_greeting_by_post_ends_a_flattened_heading():
    found = reading(
        "LE MINISTRE DES AFFAIRES ETRANGERES Paris, le 3 mai 2004 Monsieur le Secrétaire "
        "général, Je suis heureux de vous adresser mes félicitations pour la distinction "
        "qui vous a été décernée et pour votre action au service de la paix.\n"
    )
    assert found["doc_type"] == "letter"
    assert found["date"] == "2004-05-03"
    assert found["place"] == "Paris"
    assert unflattened("Texte Señor Ministro: Tengo el honor de escribirle.").split("\n") == [
        "Texte",
        "Señor Ministro: Tengo el honor de escribirle.",
    ]


def test_madam_or_sir_in_a_flattened_heading_makes_a_letter():
    found = reading(
        "Monday, 18 January 2010 Code: CL/ABC-10/1 Description Madam/Sir, Further to our "
        "circular of 18 May 2009, the web page on periodic reporting has been updated and now "
        "shows the reports of every region in the order they were received."
    )
    assert found["doc_type"] == "letter"


def test_the_addressee_after_the_signers_name_on_the_closing_line():
    found = reading(
        f"Strasbourg, 15 June 2015\n\nDear Minister,\n\n{PARAGRAPH} Yours sincerely, John Roe "
        "Mr Peter Doe Minister for Foreign Affairs of Ruritania\n"
    )
    assert found["sender"]["name"] == "John Roe"
    assert found["addressees"] == ["Mr Peter Doe Minister for Foreign Affairs of Ruritania"]


def test_the_addressee_after_the_signers_name_under_the_closing_line():
    text = (
        f"Paris, le 15 juin 2003\n\nMonsieur le Président,\n\n{PARAGRAPH}\n\n"
        "Je vous prie d'agréer, Monsieur le Président, l'expression de ma très haute "
        "considération.\nBien amicalement,\n\nJean DUPONT Monsieur Pierre MARTIN Président "
        "de la République de Ruritanie\n"
    )
    assert unflattened(text).split("\n")[-3:] == [
        "Jean DUPONT",
        "Monsieur Pierre MARTIN Président de la République de Ruritanie",
        "",
    ]
    assert reading(text)["sender"]["name"] == "Jean DUPONT"


def test_the_writers_address_run_into_the_signature():
    found = reading(
        f"Ref: AB/2025/1\n\n6 February 2025\n\nDear Sir/Madam,\n\n{PARAGRAPH} Yours sincerely,"
        "\nJane Roe Executive Secretary P.O. Box 1234 Nairobi, Kenya Telephone: +254 20 000 0000\n"
    )
    assert found["place"] == "Nairobi"
    assert found["sender"]["name"] == "Jane Roe"
    assert found["sender"]["title"] == "Executive Secretary"


def test_a_circulars_number_run_into_its_letterhead():
    found = reading(
        "4 ALBERT STREET LONDON Telephone: +44 20 0000 0000 Fax: +44 20 0000 0001 Circular "
        "Letter No.4001 20 December 2018 To: All Members Subject: Session of the Committee "
        f"(5 to 14 June 2019)\n\n{PARAGRAPH}\n"
    )
    assert found["doc_type"] == "information_note"
    assert found["reference"] == "Circular Letter No.4001"
    found = reading(f"CL 45/2 Forty-fifth Session\n\n{PARAGRAPH}\n")
    assert found["doc_type"] == "information_note"


def test_a_file_number_keeps_its_label_in_a_flattened_heading():
    found = reading(
        "File No. 123/45. The Ruritanian Minister to the Secretary of State. Washington, May "
        f"1, 1909. Mr. Secretary of State: {PARAGRAPH}\n"
    )
    assert found["reference"] == "File No. 123/45"


def test_a_french_addressee_field_in_a_flattened_heading():
    text = f"Notification Date: 05.12.2023 Aux : Correspondants nationaux\n\n{PARAGRAPH}\n"
    assert unflattened(text).split("\n")[:3] == [
        "Notification",
        "Date: 05.12.2023",
        "Aux : Correspondants nationaux",
    ]


def test_a_block_of_address_run_together_in_a_flattened_heading():
    found = reading(
        "Mission of Ruritania MR-0090 Washington, D.C., 30 de julio de 2018 Excelentísima Señora "
        "Embajadora Ana Roe Representante Permanente de Freedonia Organización de los Estados "
        f"Americanos Su despacho.\nEstimada Embajadora Roe\n\n{PARAGRAPH}\n"
    )
    assert found["addressees"] == [
        "Excelentísima Señora Embajadora Ana Roe Representante Permanente de Freedonia "
        "Organización de los Estados Americanos Su despacho."
    ]
    # a sentence naming an excellency is no block of address
    prose = (
        f"Carta de fecha 8 de octubre de 1979 {PARAGRAPH} Discurso del Excelentísimo Sr. "
        "Presidente de Ruritania, en la Sede de las Naciones Unidas; saludamos a su esposa."
    )
    assert unflattened(prose) == prose
    assert reading(prose)["addressees"] == []


def test_no_heading_after_a_closing_formula():
    text = (
        "May 23, 1941 I avail myself of the opportunity to renew to Your Excellency the "
        "assurances of my highest and most distinguished consideration. JOHN ROE His Excellency "
        "Richard Doe, Secretary of State, June 3, 1941 EXCELLENCY: I have the honor to reply."
    )
    assert unflattened(text) == text


def test_an_enclosed_letters_heading_names_no_addressee():
    lines = [
        ("Secretary of State", "addressee"),
        ("I have the honor to transmit a communication.", "body"),
        ("[Enclosure]", "enclosure"),
        ("The Deputy Secretary General of the League of Nations", "addressee"),
    ]
    labelled, position = [], 0
    for line, zone in lines:
        labelled.append((Segment(position, position + len(line), line), zone))
        position += len(line) + 1
    assert [m.text for m in zone_addressees(labelled)] == ["Secretary of State"]


def test_madame_or_monsieur_ends_a_flattened_heading():
    found = reading(
        "Genève, le 3 août 2015 Objet : Deuxième demande d'informations Madame/Monsieur, Comme "
        "il est indiqué dans une première lettre en date du 25 juin 2015, les décisions "
        "adoptées par la Conférence des Parties figurent à l'annexe I du rapport.\n"
    )
    assert found["doc_type"] == "letter"


def test_the_writers_address_run_into_the_last_line_without_a_closing_formula():
    found = reading(
        f"Ref: AB/2023/1\n\n22 November 2023\n\nDear Sir/Madam,\n\n{PARAGRAPH}\n\nPlease note "
        "that the English version was sent on 16 October 2023. Ozone Secretariat UN Environment "
        "Programme P.O. Box 1234 (00100) Nairobi, Kenya Telephone: +254 20 000 0000\n"
    )
    assert found["place"] == "Nairobi"


def test_a_circulars_groups_run_together_on_its_to_line():
    found = reading(
        "Circular Letter No.1234 WMO/AB/cd (Available in English only) Geneva, 3 May 2021 "
        "To : WMO Member States Permanent Missions to the United Nations of WMO Member States "
        "cc. : Regional Associations Chair and Vice-Chairs Subject: Call for experts "
        f"Dear Sir/Madam, {PARAGRAPH}\n"
    )
    assert found["addressees"] == [
        "WMO Member States",
        "Permanent Missions to the United Nations of WMO Member States",
    ]


def test_groups_run_together_split_in_spanish_and_french():
    found = reading(
        "Circular de la OMM N 77 (Disponible en español) Ginebra, 3 de mayo de 2021 "
        "A : Puntos Focales Nacionales del Sistema de Alerta (NFP) Contactos Técnicos del "
        "Sistema de Alerta Presidente y Vicepresidentes del Grupo de Trabajo cc : Delegados "
        "permanentes Asunto: Invitación a la reunión Estimados colegas: Me complace invitarles "
        "a la reunión que se celebrará en Ginebra del 2 al 4 de junio de 2021.\n"
    )
    assert found["addressees"] == [
        "Puntos Focales Nacionales del Sistema de Alerta (NFP)",
        "Contactos Técnicos del Sistema de Alerta",
        "Presidente y Vicepresidentes del Grupo de Trabajo",
    ]
    assert found["reference"] == "Circular de la OMM N 77"
    found = reading(
        "Lettre circulaire de l'OMM n 88 (disponible en français) 6 juin 2021 Aux : Points "
        "focaux nationaux pour les alertes (NFP) du groupe ABC-DEF Président et vice-présidents "
        "du groupe ABC-DEF cc : Délégués permanents Objet : Réunion du groupe Madame, Monsieur, "
        "Nous avons l'honneur de vous inviter à la réunion du groupe qui se tiendra à Genève.\n"
    )
    assert found["addressees"] == [
        "Points focaux nationaux pour les alertes (NFP) du groupe ABC-DEF",
        "Président et vice-présidents du groupe ABC-DEF",
    ]
    assert found["reference"] == "Lettre circulaire de l'OMM n 88"


def test_a_to_line_and_a_subject_line_whose_values_come_after_both_labels():
    found = reading(
        "Circular Letter No.4321\n3 May 2021\nTo: Subject: All WMO Members Intergovernmental "
        "organizations Non-governmental organizations in liaison status Expert meeting on "
        f"drought: call for nominations 1 {PARAGRAPH}\n"
    )
    assert found["addressees"] == [
        "All WMO Members",
        "Intergovernmental organizations",
        "Non-governmental organizations in liaison status",
    ]


def test_one_addressee_on_a_to_line_is_not_split():
    found = reading(
        "Circular Letter No.4321\n3 May 2021\nTo : Permanent Representatives of Member States "
        "accredited to the Organization in Geneva and Vienna\nSubject: Expert meeting\n"
        f"Dear Sir/Madam, {PARAGRAPH}\n"
    )
    assert found["addressees"] == [
        "Permanent Representatives of Member States accredited to the Organization in Geneva "
        "and Vienna"
    ]


def test_the_post_signed_for_and_a_hyphenated_closing_formula_on_one_line():
    found = reading(
        "Excellency:\nI have the honor to acknowledge the receipt of your note of today. "
        "Accept, Excellency, the renewed assurances of my highest consider- ation. For the "
        "Secretary of State: JOHN H. DOE His Excellency Señor Don Pedro Roe, Ambassador of "
        "Ruritania.\n"
    )
    assert found["sender"]["name"] == "JOHN H. DOE"
    assert found["sender"]["title"] == "For the Secretary of State"
    assert found["addressees"] == ["His Excellency Señor Don Pedro Roe, Ambassador of Ruritania."]


def test_a_sentence_on_a_to_line_is_not_cut_into_groups():
    sentence = (
        "Suite des Entretiens que nous Avons eus et la Consultation de nos Collègues, je "
        "Propose de Tenir cette Réunion à Fin Février."
    )
    assert run_together_groups(sentence, 0, len(sentence)) == []
    groups = "All Member States Intergovernmental organizations Non-governmental organizations"
    assert [m.text for m in run_together_groups(groups, 0, len(groups))] == [
        "All Member States",
        "Intergovernmental organizations",
        "Non-governmental organizations",
    ]


def test_a_long_to_line_run_on_to_its_copies():
    found = reading(
        "Circular Letter No. 55\nParis, 3 May 2021\nTo: Official National Coordinating Body "
        "for liaison with the Commission in Member States of the Western Region cc.: Officers "
        "of the Commission National Commissions of Member States Permanent Delegations of "
        "Member States Chairs and Vice-Chairs of the Regional Subsidiary Bodies\n"
        f"Subject: Regional session\nDear Sir/Madam, {PARAGRAPH}\n"
    )
    assert found["addressees"] == [
        "Official National Coordinating Body for liaison with the Commission in Member States "
        "of the Western Region"
    ]
