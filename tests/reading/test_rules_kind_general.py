"""The kind of document where no heading names it: the convention of docs/reading.md ("The
corpus", kinds of document) on short made-up texts of each kind."""

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
