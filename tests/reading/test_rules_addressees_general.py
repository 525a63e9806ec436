"""Addressees as the conventions write them (docs/reading.md): who a letter is written to,
not whom it greets; each rule on a short made-up letter."""

from plenipo.reading import read_text
from tests.reading.readings import addressees

BODY = "I have the honour to inform you that the Committee will meet on 4 June 2031.\n"


def test_a_salutation_to_one_post_names_no_addressee():
    for salutation in ("Dear Director-General,", "Dear Secretary-General Wilson,"):
        text = f"3 May 2031\n\n{salutation}\n\n{BODY}\nYours sincerely,\n\nRuth Adams\n"
        assert addressees(text) == []


def test_a_salutation_of_courtesy_names_no_addressee():
    for salutation in ("Distinguished Representatives,", "Dear Delegates,"):
        text = f"5 June 2031\n\n{salutation}\n\n{BODY}\nYours sincerely,\n\nJuan Pérez\nChair\n"
        assert addressees(text) == []


def test_a_salutation_to_a_group_that_says_who_names_it():
    text = f"3 May 2031\n\nDear Members of the Bureau,\n\n{BODY}\nBest regards,\n\nAhmed Khan\n"
    assert addressees(text) == ["Members of the Bureau"]


def test_a_spanish_note_greets_its_addressee_with_al():
    text = (
        "La Embajada de la República de Norlandia saluda atentamente al Ministerio de "
        "Relaciones Exteriores de Sudlandia y tiene el honor de solicitar una reunión.\n"
    )
    assert addressees(text) == ["Ministerio de Relaciones Exteriores de Sudlandia"]


def test_a_note_that_refers_its_addressee_to_a_text():
    text = (
        "The U.S. Department of State refers the Embassy of the Republic of Norland to the "
        "Agreement on Visas of 2011 and proposes that it be amended.\n"
    )
    assert addressees(text) == ["Embassy of the Republic of Norland"]


def test_a_flattened_french_copy_keeps_its_block_of_address():
    text = (
        "Paris, le 3 mai 2031 Monsieur Antonio Guterres Secrétaire général de "
        "l'Organisation des Nations Unies New York Monsieur le Secrétaire général, J'ai "
        "l'honneur de vous transmettre la position de la France. Je vous prie d'agréer, "
        "Monsieur le Secrétaire général, l'expression de ma très haute considération. Jean Dupont"
    )
    (found,) = addressees(text)
    assert found.startswith("Monsieur Antonio Guterres")


def test_a_flattened_spanish_copy_ends_its_block_at_the_salutation():
    text = (
        "Caracas, 3 de mayo de 2031 Excelentísimo señor Antonio Guterres Secretario General "
        "de las Naciones Unidas Nueva York Excelencia: Tengo el honor de dirigirme a usted. "
        "Aprovecho la ocasión para reiterarle las seguridades de mi más alta consideración. "
        "Miguel Rojas"
    )
    (found,) = addressees(text)
    assert found.endswith("Nueva York")


def test_a_heading_addressed_to_a_person_by_name():
    text = (
        "Lettre conjointe adressée à Anna Schmidt, nommée Haut-Commissaire aux réfugiés - "
        "4 mai 2031\n\nMadame la Haut-Commissaire,\n\nNous vous félicitons.\n"
    )
    assert addressees(text) == ["Anna Schmidt, nommée Haut-Commissaire aux réfugiés"]


def test_a_letter_to_two_persons_has_a_block_for_each():
    text = (
        "3 March 2031\n\nMs. Jane Roe\nChair, Committee on Fisheries\n\nMr. John Smith\n"
        "Vice-Chair, Committee on Fisheries\n\nDear Ms. Roe and Mr. Smith,\n\n"
        f"{BODY}\nYours sincerely,\n\nHelen Park\nExecutive Director\n"
    )
    assert addressees(text) == [
        "Ms. Jane Roe, Chair, Committee on Fisheries",
        "Mr. John Smith, Vice-Chair, Committee on Fisheries",
    ]


def test_a_block_of_address_opening_with_a_son_excellence():
    text = (
        "Bujumbura, le 12 mars 2031\n\nA son Excellence Monsieur Pierre Roe\n\n"
        "Président de la Commission\n\nMonsieur le Président,\n\nNous accusons réception.\n"
    )
    (found,) = addressees(text)
    assert "Pierre Roe" in found
    assert "Président de la Commission" in found


def sender(text):
    return (read_text(text).to_json()["sender"] or {}).get("name")


def test_an_office_signing_an_email_is_no_name():
    text = (
        "From: Registry <registry@court.example.org>\nTo: Agent of Norland\n"
        "Subject: Order\n\nDear Sir,\n\nPlease find attached the Order.\n\nKind regards,\n\n"
        "Registry\n"
    )
    assert sender(text) is None


def test_a_peer_signs_with_his_title_in_capitals_after_a_cut_formula():
    text = (
        "Foreign Office, March 3, 1890.\n\nSir,\n\nI have received your despatch of the 1st "
        "instant.\n\nI am, &c.\n\nSALISBURY.\n"
    )
    assert sender(text) == "SALISBURY"


def test_a_press_release_end_mark_in_capitals_is_no_name():
    text = (
        "Dear Minister,\n\nI congratulate you.\n\nPlease accept, Excellency, the assurances "
        "of my highest consideration.\n\nENDS\n"
    )
    assert sender(text) is None


def test_a_heading_letter_to_a_post_from_its_writer():
    for heading in (
        "GS(NP) 95: Letter to the Chairman of the Committee from the Secretary of State",
        "Letter to Parliamentary Clerk, Home Office from the Committee Specialist",
    ):
        text = f"{heading}\n\nI am writing to keep you informed of our work.\n"
        (found,) = addressees(text)
        assert "from" not in found


def test_a_convocation_names_those_it_convenes_by_their_courtesy_titles():
    text = (
        "Le Secrétaire général du Gouvernement informe M. le ministre d'État, Mesdames et "
        "Messieurs les ministres, qu'un Conseil des ministres se tiendra le 5 mai 2031.\n"
    )
    assert addressees(text) == ["M. le ministre d'État", "Mesdames et Messieurs les ministres"]


def test_a_secretariat_inviting_the_parties_is_no_convocation():
    text = "Le Secrétariat invite les Parties à soumettre leurs vues avant le 3 mai 2031.\n"
    assert addressees(text) == []


def test_a_spanish_salutation_names_its_group_in_lower_case():
    text = f"3 de mayo de 2031\n\nEstimados miembros del Consejo Directivo:\n\n{BODY}\nRosa Díaz\n"
    assert addressees(text) == ["miembros del Consejo Directivo"]
    courtesy = f"3 de mayo de 2031\n\nEstimados compañeros (as)\n\n{BODY}\nRosa Díaz\n"
    assert addressees(courtesy) == []


def test_a_spanish_note_greets_and_then_informs():
    text = (
        "La Misión Permanente de Chile tiene el honor de saludar a la Secretaría General de "
        "la Organización y de informarle que Chile presentará su candidatura.\n"
    )
    assert addressees(text) == ["Secretaría General de la Organización"]


def test_a_notice_title_names_its_readers():
    cases = {
        "NOTE TO PERMANENT MISSIONS": "PERMANENT MISSIONS",
        "Note d'information à l'intention des participants": "participants",
        "MEMORANDUM FOR THE ASSISTANT SECRETARY": "ASSISTANT SECRETARY",
    }
    for title, readers in cases.items():
        text = f"{title}\n\nThe building will be closed on 3 May 2031.\n"
        assert addressees(text) == [readers]


def test_a_notice_title_on_two_lines_under_a_pages_menu():
    text = (
        "Information note for NGOs\n\nInformation note for participants in the tenth session\n"
        "of the Committee on Trade\n\nThe tenth session will open on 3 May 2031 in Geneva.\n"
    )
    assert addressees(text) == ["participants in the tenth session of the Committee on Trade"]


def test_a_note_for_the_file_names_no_reader():
    for title in ("Note for the file", "NOTES TO EDITORS"):
        assert addressees(f"{title}\n\nThe meeting took place on 3 May 2031.\n") == []
