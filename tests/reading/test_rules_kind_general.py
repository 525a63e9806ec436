"""The kind of document where no heading names it: the convention of docs/reading.md ("The
corpus", kinds of document) on short made-up texts of each kind."""

from plenipo.reading.text import unwrapped
from tests.reading.readings import kind


def test_a_text_without_any_letters_or_notes_formula_informs_its_readers():
    assert (
        kind(
            "PRESS RELEASE\nGeneva, 3 June 2031\n\nThe Organization announced today that its "
            "Assembly will meet on 20 June 2031. Media representatives should register by 15 "
            "June.\n"
        )
        == "information_note"
    )
    assert (
        kind(
            "MEDIA ADVISORY\n\nWHAT: Signing ceremony of the Fisheries Agreement\nWHEN: 14 May "
            "2031, 10:00\nWHERE: Conference Room 3, Nairobi\n\nJournalists are welcome.\n"
        )
        == "information_note"
    )
    assert (
        kind(
            "COMMUNIQUÉ\n\nLe Ministère informe le public que les bureaux seront fermés le "
            "lundi 14 juillet 2031.\n"
        )
        == "information_note"
    )


def test_a_text_in_capitals_without_a_letters_formula_is_a_wire():
    assert (
        kind(
            "ZX/AIR/4412 3 MAY 1971\n\nSUBJECT: COUNCIL MEETING\n\n1. THE COUNCIL WILL MEET ON "
            "THURSDAY, 20 MAY 1971 AT 10 A.M. IN GENEVA.\n\n2. GOVERNMENTS WISHING TO BE "
            "REPRESENTED SHOULD INFORM THE SECRETARIAT.\n"
        )
        == "other"
    )


def test_a_heading_naming_a_letter_by_its_writer_or_addressee():
    assert (
        kind(
            "Letter to the Clerk of the Committee from the Minister of State\n\nThe Government "
            "intends to lay the legislation before Parliament in the autumn. It will report to "
            "the Committee on the progress made.\n"
        )
        == "letter"
    )
    assert (
        kind(
            "Lettre adressée à M. Jean Roe, Président du Conseil\n\nLe Gouvernement entend "
            "soumettre le projet au Parlement en automne.\n"
        )
        == "letter"
    )


def test_an_authority_referring_another_to_a_text_writes_a_note():
    assert (
        kind(
            "DEPARTMENT OF FOREIGN AFFAIRS\n\nOttawa, 4 May 2031\n\nThe Department of Foreign "
            "Affairs refers the Embassy of Norland to the Agreement on Air Services signed at "
            "Ottawa on 3 June 1999 and proposes that its Annex be amended as follows.\n"
        )
        == "note_verbale"
    )


def test_the_first_person_inside_a_spanish_sentence_and_an_invitation_cards_host():
    assert (
        kind(
            "Tegucigalpa, 3 de mayo de 2031\n\nLos países de la región han avanzado en su "
            "integración. A fin de dialogar sobre estos temas, me permito invitarlo a una "
            "reunión en esta ciudad.\n"
        )
        == "letter"
    )
    assert (
        kind(
            "The Secretary-General of the Organization\nrequests the pleasure of the company of\n"
            "the Ambassador of Norland\nat a reception on Thursday, 12 June 2031, at 6 p.m.\n"
        )
        == "letter"
    )


def test_a_heading_that_names_a_letter_by_whom_it_goes_to_or_who_writes_it():
    body = (
        "\nNous avons appris avec inquiétude les annonces faites la semaine dernière. Les "
        "organisations signataires demandent une rencontre dans les meilleurs délais, afin "
        "que les moyens nécessaires soient examinés ensemble avant la rentrée scolaire.\n"
    )
    for heading in (
        "Lettre intersyndicale à notre Ministre suite aux annonces de suppressions de postes",
        "Carta al Presidente del Comité de Derechos Humanos",
        "Carta del Secretario General de la Asociación",
        "Lettre du Président de la Fédération",
    ):
        assert kind(heading + body) == "letter", heading
    # a charter, a newsletter, a sentence about a letter: no letter's heading
    for heading in (
        "Carta de la Organización de los Estados Americanos",
        "Lettre d'information de la Fédération n° 12",
        "La lettre au ministre a été publiée hier.",
    ):
        assert kind(heading + body) == "information_note", heading


def test_a_salutation_under_a_long_heading_is_a_line_of_its_own():
    # set in short lines, as a PDF's extraction gives it: wrapped lines are joined
    text = (
        "Lettre des organisations syndicales à notre Ministre après la réunion du\n"
        "Madame la ministre,\n"
        "À plusieurs reprises, vous avez fait savoir votre souhait d'un dialogue\n"
        "constant avec les organisations syndicales, et nous souhaitons revenir sur\n"
        "la réunion de mercredi dernier avec votre cabinet et sur ses conséquences.\n"
        "Nous ne pourrons accepter que les organisations représentatives soient\n"
        "ainsi tenues à l'écart des décisions qui concernent tous les personnels.\n"
    )
    lines = unwrapped(text).split("\n")
    assert lines[1] == "Madame la ministre,"
    assert lines[2].startswith("À plusieurs reprises")
    assert lines[2].endswith("conséquences.")
    assert kind(text) == "letter"
    # a line that only opens with "Madame" and goes on as prose goes on the line above
    prose = text.replace("Madame la ministre,", "Madame la ministre nous a reçus et")
    assert "la réunion du Madame la ministre nous a reçus et" in unwrapped(prose)
