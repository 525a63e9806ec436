"""What a letter sends with it and the instruments it cites, in general forms letters of
any sender write (made-up texts): an item followed by a clause saying it is enclosed, the
foot's counted and abbreviated enclosure lines, bare attachment marks, and more."""

from plenipo.reading import read_text
from tests.reading.readings import enclosed


def cited(text):
    return read_text(text).to_json()["instruments_cited"]


def letter(body, salutation="Dear Sir,", closing="Yours sincerely,"):
    return f"{salutation}\n\n{body}\n\n{closing}\nA. Writer\n"


def test_an_item_before_a_copy_of_which_is_attached_is_the_item():
    for body in (
        "I refer to the report of the Audit Board, a copy of which is attached, and to "
        "the decision of the Council.",
        "I refer to the report of the Audit Board, a copy of which I attach, and to the "
        "decision of the Council.",
        "Further to the report of the Audit Board, copies of which are enclosed, the "
        "Council will decide.",
    ):
        assert enclosed(letter(body)) == ["the report of the Audit Board"], body
    body = "The note of the Minister, which is annexed to the present letter, sets out our view."
    assert enclosed(letter(body)) == ["The note of the Minister"]
    body = (
        "I have the honour to transmit to you the text of the communiqué adopted by the "
        "Summit, which is annexed to the present letter."
    )
    assert enclosed(letter(body)) == ["the text of the communiqué adopted by the Summit"]


def test_an_item_before_dont_copie_or_cuya_copia_is_the_item():
    body = "Je me réfère au rapport du Comité, dont copie est jointe, et à la décision du Conseil."
    assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == ["rapport du Comité"]
    body = "Je me réfère à la lettre du Ministre, dont vous trouverez copie ci-jointe."
    assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == ["la lettre du Ministre"]
    body = "Me refiero al informe del Comité, cuya copia se adjunta, y a la decisión del Consejo."
    assert enclosed(letter(body, "Señor:", "Atentamente,")) == ["informe del Comité"]


def test_a_past_transmission_in_which_is_no_enclosure():
    body = (
        "I refer to my letter of 2 May, in which I transmitted the interim report of the "
        "Panel. The Panel has since met twice."
    )
    assert enclosed(letter(body)) == []


def test_an_enclosed_item_is_read_from_its_own_clause():
    body = "The meeting will be held on 5 May, and a copy of the draft agenda is attached."
    assert enclosed(letter(body)) == ["a copy of the draft agenda"]
    body = "• A copy of the provisional agenda is enclosed."
    assert enclosed(letter(body)) == ["A copy of the provisional agenda"]
    # two items the sentence joins stay two
    body = "The provisional agenda and the registration form are enclosed."
    assert enclosed(letter(body)) == ["The provisional agenda", "the registration form"]


def test_enclosed_then_a_first_person_verb_sends_the_item():
    body = "Enclosed, I am providing the final report of the Panel."
    assert enclosed(letter(body)) == ["the final report of the Panel"]
    body = "Attached, we are sending you the revised programme."
    assert enclosed(letter(body)) == ["the revised programme"]


def test_an_item_found_in_the_annex_or_attached_to_this_letter():
    body = "The agenda of the meeting can be found in the annex to this letter."
    assert enclosed(letter(body)) == ["The agenda of the meeting"]
    body = "Please note that the registration form attached to this letter must be returned."
    assert enclosed(letter(body)) == ["registration form"]
    # another's annex is not this letter's
    body = "The list of Parties can be found in the annex to decision 3/2."
    assert enclosed(letter(body)) == []


def test_counted_and_abbreviated_enclosure_lines_at_the_foot():
    head = letter(
        "The meeting will take place in Geneva on 5 May 2025. Delegations are invited to "
        "register early, since the room holds few seats, and to bring their own papers."
    )
    assert enclosed(head + "\nEnclosures (2):\n1. Provisional agenda\n2. Registration form\n") == [
        "Provisional agenda",
        "Registration form",
    ]
    assert enclosed(head + "\nEnclosures (2)\n1. Provisional agenda\n2. Registration form\n") == [
        "Provisional agenda",
        "Registration form",
    ]
    assert enclosed(head + "\nEnc. Registration form\n") == ["Registration form"]
    assert enclosed(head + "\nEncl. Provisional agenda\n") == ["Provisional agenda"]
    french = letter("La réunion aura lieu le 5 mai 2025.", "Monsieur,", "Veuillez agréer …")
    assert enclosed(french + "\nAnnexe(s) : Ordre du jour provisoire\n") == [
        "Ordre du jour provisoire"
    ]
    spanish = letter("La reunión tendrá lugar el 5 de mayo de 2025.", "Señor:", "Atentamente,")
    assert enclosed(spanish + "\nAnexo(s): Programa provisional\n") == ["Programa provisional"]
    # a sentence opening on a capital after "Encl." in the body is no enclosure line
    assert enclosed(letter("Encl. The form was sent last year.")) != ["The form was sent last year"]


def test_a_run_of_bare_attachment_marks_at_the_foot():
    head = letter("Please send your nominations by 16 October.")
    assert enclosed(head + "\nAttachment 1\n\nAttachment 2\n\nAttachment 3\n") == [
        "Attachment 1",
        "Attachment 2",
        "Attachment 3",
    ]
    # one mark alone heads its annex's text: no item of its own
    assert enclosed(head + "\nAnnex I\n\nThe text of the annex follows here.\n") == []


def test_spanish_anexo_a_la_presente_and_encontrara():
    for body in (
        "Anexo a la presente le remito el programa de la reunión.",
        "Adjunto a la presente encontrará el programa de la reunión.",
    ):
        assert enclosed(letter(body, "Señor:", "Atentamente,")) == ["el programa de la reunión"], (
            body
        )


def test_more_english_ways_of_sending_an_item():
    for body in (
        "Herewith I send you the programme of the seminar.",
        "Also attached is the programme of the seminar.",
        "You will find attached the programme of the seminar.",
        "Find attached the programme of the seminar.",
        "I am sending you herewith the programme of the seminar.",
        "I have pleasure in enclosing the programme of the seminar.",
        "Accompanying this letter is the programme of the seminar.",
        "I also attach the programme of the seminar.",
        "We have attached the programme of the seminar.",
        "The Centre is pleased to share herewith the programme of the seminar.",
    ):
        assert enclosed(letter(body)) == ["the programme of the seminar"], body
    assert enclosed(letter("I have pleasure in informing you of the new dates.")) == []


def test_more_french_ways_of_sending_an_item():
    for body in (
        "Vous trouverez, ci-joint, le programme du séminaire.",
        "Je vous prie de bien vouloir trouver en pièce jointe le programme du séminaire.",
        "Vous voudrez bien trouver ci-annexé le programme du séminaire.",
        "Je joins à la présente le programme du séminaire.",
        "J'ai l'honneur de vous faire tenir sous ce pli le programme du séminaire.",
    ):
        assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == [
            "le programme du séminaire"
        ], body
    body = "Le programme du séminaire se trouve en annexe."
    assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == ["programme du séminaire"]
    body = "Je vous prie de trouver une solution rapide à ce problème."
    assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == []


def test_more_spanish_ways_of_sending_an_item():
    for body in (
        "Acompaño a la presente el programa del seminario.",
        "Remito anexo el programa del seminario.",
        "Por medio de la presente le hago llegar el programa del seminario.",
        "Sírvase encontrar anexo el programa del seminario.",
        "Anexo encontrará el programa del seminario.",
        "Adjunto sírvase encontrar el programa del seminario.",
        "La Misión tiene el honor de remitir adjunto el programa del seminario.",
    ):
        assert enclosed(letter(body, "Señor:", "Atentamente,")) == ["el programa del seminario"], (
            body
        )
    body = "El programa del seminario se adjunta a la presente nota."
    assert enclosed(letter(body, "Señor:", "Atentamente,")) == ["El programa del seminario"]
    body = "Le hago llegar mi más sincero agradecimiento por su apoyo."
    assert enclosed(letter(body, "Señor:", "Atentamente,")) == []


def test_a_security_council_resolution_by_its_number_alone():
    body = "These claims are contradicted by resolution 2602, adopted on 29 October 2021."
    assert cited(letter(body)) == ["S/RES/2602"]
    body = "Ces allégations sont démenties par la résolution 2602, adoptée le 29 octobre 2021."
    assert cited(letter(body, "Monsieur,", "Veuillez agréer …")) == ["S/RES/2602"]
    assert cited(letter("Further to UNSCR 2250, youth participation matters.")) == ["S/RES/2250"]
    # with its year it is read as before; a number past the Council's is no resolution of it
    assert cited(letter("Recalling resolution 1325 (2000), we act.")) == ["S/RES/1325 (2000)"]
    assert cited(letter("In accordance with Resolution 6811 entitled Review, we act.")) == []
    # another body's, by its initials
    assert cited(letter("ITU Resolution 130 applies.")) == ["ITU resolution 130"]


def test_resolutions_of_special_sessions_lettered_parts_and_years():
    assert cited(letter("The Assembly adopted resolution ES-11/1 on 2 March 2022.")) == [
        "A/RES/ES-11/1"
    ]
    body = (
        "The Universal Declaration of Human Rights, General Assembly resolution 217 A (III), "
        "guides us."
    )
    assert cited(letter(body)) == ["Universal Declaration of Human Rights", "A/RES/217 A (III)"]
    body = "The Commission on Human Rights, in its resolution 2005/69, created the mandate."
    assert cited(letter(body)) == ["E/CN.4/RES/2005/69"]
    body = "In accordance with IHO Resolution 2/2007, the proposal is circulated."
    assert cited(letter(body)) == ["IHO resolution 2/2007"]


def test_a_programme_or_plan_of_action_named_after_its_place():
    body = (
        "The Johannesburg Plan of Implementation, the Istanbul Programme of Action and the "
        "Bali Action Plan guide our work."
    )
    assert cited(letter(body)) == [
        "Johannesburg Plan of Implementation",
        "Istanbul Programme of Action",
        "Bali Action Plan",
    ]
    body = "The Durban Declaration and Programme of Action was adopted in 2001."
    assert cited(letter(body)) == ["Durban Declaration and Programme of Action"]
    body = "Le Programme d'action de Vienne et le Plan d'action de Johannesburg sont cités."
    assert cited(letter(body, "Monsieur,", "Veuillez agréer …")) == [
        "Programme d'action de Vienne",
        "Plan d'action de Johannesburg",
    ]
    body = "El Programa de Acción de Estambul y el Plan de Acción de Lima son pertinentes."
    assert cited(letter(body, "Señor:", "Atentamente,")) == [
        "Programa de Acción de Estambul",
        "Plan de Acción de Lima",
    ]
    # a state's or a region's own plan is none
    for body in (
        "The National Action Plan was adopted by the Government.",
        "The Regional Programme of Action will be discussed.",
        "Our Strategic Plan of Action is ready.",
    ):
        assert cited(letter(body)) == [], body


def test_french_and_spanish_optional_protocols_and_titles_going_on():
    french = ("Monsieur,", "Veuillez agréer …")
    body = "Le Protocole facultatif se rapportant à la Convention contre la torture est cité."
    assert cited(letter(body, *french)) == [
        "Protocole facultatif se rapportant à la Convention contre la torture"
    ]
    body = "Le Traité sur le fonctionnement de l'Union européenne est cité."
    assert cited(letter(body, *french)) == ["Traité sur le fonctionnement de l'Union européenne"]
    spanish = ("Señor:", "Atentamente,")
    body = "El Protocolo Facultativo de la Convención contra la Tortura es pertinente."
    assert cited(letter(body, *spanish)) == [
        "Protocolo Facultativo de la Convención contra la Tortura"
    ]
    body = (
        "El Acuerdo de Marrakech por el que se establece la Organización Mundial del Comercio "
        "es pertinente."
    )
    assert cited(letter(body, *spanish)) == [
        "Acuerdo de Marrakech por el que se establece la Organización Mundial del Comercio"
    ]
    # the treaty alone is still the treaty, and "et l'…" starts another
    body = "La Convention contre la torture et l'Accord de Paris sont cités."
    assert cited(letter(body, *french)) == ["Convention against Torture", "Paris Agreement"]


FOOT = letter(
    "The meeting will take place in Geneva on 5 May 2025. Delegations are invited to "
    "register early, since the room holds few seats, and to bring their own papers."
)


def test_short_enclosure_labels_and_lists_of_annexes_at_the_foot():
    for line in (
        "Encl: Provisional agenda",
        "Encls: Provisional agenda",
        "Attach.: Provisional agenda",
        "Incl.: Provisional agenda",
    ):
        assert enclosed(FOOT + "\n" + line + "\n") == ["Provisional agenda"], line
    assert enclosed(FOOT + "\nPJ : Ordre du jour provisoire\n") == ["Ordre du jour provisoire"]
    assert enclosed(FOOT + "\nAdj.: Programa provisional\n") == ["Programa provisional"]
    for head in ("List of annexes:", "Liste des annexes :", "Lista de anexos:"):
        assert enclosed(FOOT + f"\n{head}\n1. Agenda\n2. Registration form\n") == [
            "Agenda",
            "Registration form",
        ], head
    # an attention line is no enclosure
    assert enclosed(FOOT + "\nAtt.: Mr John Roe\n") == []


def test_an_item_the_body_names_and_the_foot_names_in_more_words_is_the_foots():
    body = (
        "Parties are kindly requested to settle their contributions. The 2025 invoice is "
        "attached for your reference, and payments are due by 31 January 2025."
    )
    text = letter(body) + "\nEncl: Annual contribution invoice 2025\n"
    assert enclosed(text) == ["Annual contribution invoice 2025"]


def test_an_inline_list_of_the_items_sent():
    body = (
        "I have the honour to transmit herewith the following documents: (a) the report of "
        "the Board on its tenth session; (b) the statement of Mr. Roe, Chair of the Board. "
        "I should be grateful if they were circulated."
    )
    assert enclosed(letter(body)) == [
        "the report of the Board on its tenth session",
        "the statement of Mr. Roe, Chair of the Board",
    ]
    body = (
        "J'ai l'honneur de vous transmettre les documents suivants : 1) le rapport du Comité ; "
        "2) la liste des participants."
    )
    assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == [
        "le rapport du Comité",
        "la liste des participants",
    ]
    # a list of what the addressees should do sends nothing
    body = "Parties should do the following: a) review the draft; b) send comments by 5 May."
    assert enclosed(letter(body)) == []


def dated(text):
    return [(e["description"], e["date"]) for e in read_text(text).to_json()["enclosures"]]


def test_an_enclosed_letter_is_dated_where_the_text_reproduces_it():
    text = (
        "Excellency,\n\nI have the honour to transmit herewith a letter from the Chair of the "
        "Working Group on the revision of the rules.\n\nPlease accept, Excellency, the "
        "assurances of my highest consideration.\n\nA. Writer\n\n\n"
        "3 March 2024\n\nExcellency,\n\nAs Chair of the Working Group, I write to share our "
        "proposals for the revision of the rules.\n"
    )
    assert dated(text) == [
        (
            "a letter from the Chair of the Working Group on the revision of the rules",
            "2024-03-03",
        )
    ]
    text = (
        "Sir,\n\nI have the honour to enclose the communiqué issued by my Government on the "
        "situation in the region.\n\n(Signed) A. Writer\n\n"
        "Communiqué issued on 2 April 2024 by the Government\n\n1. The Government stresses …\n"
    )
    assert dated(text) == [
        ("the communiqué issued by my Government on the situation in the region", "2024-04-02")
    ]
    # the covering letter's own date under its signature dates nothing enclosed
    text = (
        "Dear Colleague,\n\nI enclose a letter from the Chair of the Board.\n\n"
        "Yours sincerely,\nA. Writer\nGeneva, 5 May 2024\n"
    )
    assert dated(text) == [("a letter from the Chair of the Board", None)]


def test_a_sending_verb_with_its_mark_set_off_by_commas():
    french = ("Monsieur,", "Veuillez agréer …")
    for body in (
        "J'ai l'honneur de vous faire parvenir, en annexe, le rapport du Comité.",
        "Je vous adresse, en pièce jointe, le rapport du Comité.",
        "Vous trouverez joint à ce courrier le rapport du Comité.",
        "Je joins à ce courrier le rapport du Comité.",
    ):
        assert enclosed(letter(body, *french)) == ["le rapport du Comité"], body
    body = "J'ai l'honneur de vous transmettre, sous ce pli, copie de la lettre du Ministre."
    assert enclosed(letter(body, *french)) == ["copie de la lettre du Ministre"]
    body = "Le rapport du Comité est annexé à la présente lettre."
    assert enclosed(letter(body, *french)) == ["Le rapport du Comité"]
    # annexed to another document, not to this letter
    body = "Le rapport du Comité est annexé au document A/70/1."
    assert enclosed(letter(body, *french)) == []
    spanish = ("Señor:", "Atentamente,")
    for body in (
        "Tengo el honor de hacerle llegar, adjunto, el informe del Comité.",
        "Me es grato remitir a usted, anexo, el informe del Comité.",
        "Encontrará anexo a esta comunicación el informe del Comité.",
    ):
        assert enclosed(letter(body, *spanish)) == ["el informe del Comité"], body
    body = "Adjunto remito a usted copia del informe del Comité."
    assert enclosed(letter(body, *spanish)) == ["copia del informe del Comité"]
    for body in (
        "Please find, attached, the report of the Committee.",
        "We are forwarding the report of the Committee for your information.",
    ):
        assert enclosed(letter(body)) == ["the report of the Committee"], body


def test_an_amendment_named_after_its_place_cites_the_amendment():
    body = "The Doha Amendment to the Kyoto Protocol entered into force on 31 December 2020."
    assert cited(letter(body)) == ["Doha Amendment to the Kyoto Protocol"]
    body = "The Ban Amendment to the Basel Convention and the Beijing Amendment are relevant."
    assert cited(letter(body)) == ["Ban Amendment to the Basel Convention", "Beijing Amendment"]
    assert cited(letter("The First Amendment protects free speech.")) == []
    assert cited(letter("Parties to the Kyoto Protocol will meet in Bonn.")) == ["Kyoto Protocol"]


def test_a_list_of_the_items_sent_under_the_sending_sentence():
    body = "I enclose the following documents:\n\n1. Provisional agenda\n\n2. Registration form"
    assert enclosed(letter(body)) == ["Provisional agenda", "Registration form"]
    body = "The following documents are attached:\n- Provisional agenda\n- Registration form"
    assert enclosed(letter(body)) == ["Provisional agenda", "Registration form"]
    body = "Je vous transmets les pièces suivantes :\n1) Ordre du jour\n2) Formulaire"
    assert enclosed(letter(body, "Monsieur,", "Veuillez agréer …")) == [
        "Ordre du jour",
        "Formulaire",
    ]
    # what the addressees are asked to send is no enclosure
    body = (
        "Candidates should submit to the secretariat the following documents:\n\n"
        "(i) Completed nomination form.\n(ii) A letter of support."
    )
    assert enclosed(letter(body)) == []


def test_files_listed_on_an_attachments_line_are_items_each():
    text = FOOT + "\nAttachments: agenda.pdf, registration-form.docx\n"
    assert enclosed(text) == ["agenda.pdf", "registration-form.docx"]
    # a dated item's comma stays within it
    assert dated(FOOT + "\nEncl.: Letter of 5 May, 2024; Report of the Board\n") == [
        ("Letter of 5 May, 2024", "2024-05-05"),
        ("Report of the Board", None),
    ]


def test_a_list_of_security_council_resolutions_by_their_numbers_alone():
    body = "Recalling Security Council resolutions 1325 and 1820, we act."
    assert cited(letter(body)) == ["S/RES/1325", "S/RES/1820"]
    body = "Les résolutions 2250, 2419 et 2535 du Conseil sont pertinentes."
    assert cited(letter(body, "Monsieur,", "Veuillez agréer …")) == [
        "S/RES/2250",
        "S/RES/2419",
        "S/RES/2535",
    ]
    # the Assembly's are not the Council's
    assert cited(letter("General Assembly resolutions 1514 and 1541 apply.")) == []
