"""The number of the letter a reply answers or cites as a letter ("I refer to your letter No.
…", "Further to your letter ref. …", "Suite à votre lettre n° …", "En respuesta a su nota
No. …") is one of the reply's other references, never its own reference; a resolution or a
document a sentence refers to is no letter answered. Made-up letters."""

import pytest

from plenipo.reading import read_text


def read(text):
    found = read_text(text).to_json()
    return found["reference"], found["other_references"]


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        ("I refer to your letter No. 45/2031 of 12 April 2031 concerning the meeting.", "45/2031"),
        (
            "I refer to your note No. GVA/231/2031 of 12 April 2031 and have the honour to reply.",
            "GVA/231/2031",
        ),
        (
            "Further to your letter ref. SG/2031/77 dated 1 April, I am pleased to confirm.",
            "SG/2031/77",
        ),
        (
            "Suite à votre lettre n° 118/2031 du 2 avril 2031, j'ai l'honneur de vous informer.",
            "118/2031",
        ),
        (
            "En respuesta a su nota No. 231/2031 de fecha 2 de abril, tengo el honor de informar.",
            "231/2031",
        ),
    ],
)
def test_the_letter_a_reply_cites_is_another_reference(sentence, cited):
    text = f"Geneva, 3 May 2031\n\nExcellency,\n\n{sentence}\n\nYours sincerely,\nJohn Smith\n"
    assert read(text) == (None, [cited])


def test_a_citation_on_the_first_line_is_not_the_letters_number():
    text = (
        "I refer to your note No. 231/2031 of 2 April.\n\nThe Ministry confirms the dates.\n\n"
        "John Smith\nDirector\n"
    )
    assert read(text) == (None, ["231/2031"])


def test_a_flattened_reply_keeps_its_citation_in_the_sentence():
    text = (
        "Geneva, 3 May 2031 Dear Ms. Roe, Further to your letter ref. SG/2031/77 of 12 April "
        "2031, I have the honour to confirm that the delegation will attend the meeting of the "
        "Committee to be held in Vienna. Yours sincerely, John Smith Director"
    )
    assert read(text) == (None, ["SG/2031/77"])


def test_the_replys_own_reference_stays_its_own():
    # must not: a labelled own reference beside a citation stays the reference
    text = (
        "Our ref.: MFA/2031/14\n\nGeneva, 3 May 2031\n\nDear Ms. Roe,\n\nFurther to your letter "
        "ref. SG/2031/77, I am pleased to confirm.\n\nYours sincerely,\nJohn Smith\n"
    )
    assert read(text) == ("MFA/2031/14", ["SG/2031/77"])


def test_a_flattened_heading_keeps_its_reference_field():
    # must not: "Ref.:" opening a field of a flattened heading is the letter's own
    text = (
        "Geneva, 3 May 2031 Ref.: SG/2031/77 Subject: Meeting of the Committee Dear Ms. Roe, "
        "I am pleased to confirm that the delegation will attend the meeting of the Committee "
        "to be held in Vienna next month. Yours sincerely, John Smith Director"
    )
    assert read(text) == ("SG/2031/77", [])


def test_a_resolution_referred_to_is_no_letter_answered():
    # must not: "I refer to resolution …" cites an instrument, not a letter
    text = (
        "Geneva, 3 May 2031\n\nDear Ms. Roe,\n\nI refer to resolution 71/287 of the General "
        "Assembly and to document A/72/L.1.\n\nYours sincerely,\nJohn Smith\n"
    )
    assert read(text) == (None, [])


def test_the_addressees_reference_under_its_whole_label_word():
    text = (
        "Nuestra referencia: DGPE/231/2031\nSu referencia: MRE-44\nLima, 3 de mayo de 2031\n\n"
        "Señor Ministro:\n\nTengo el honor de invitarle a la reunión.\n\nAtentamente,\n\n"
        "Ana López\nSecretaria General\n"
    )
    assert read(text) == ("DGPE/231/2031", ["MRE-44"])


def test_the_writers_own_referencia_is_no_reply():
    # must not: "Nuestra referencia" is the letter's own
    text = (
        "Nuestra referencia: DGPE/231/2031\nLima, 3 de mayo de 2031\n\nSeñor Ministro:\n\n"
        "Tengo el honor de invitarle a la reunión.\n\nAtentamente,\n\nAna López\n"
    )
    assert read(text) == ("DGPE/231/2031", [])


@pytest.mark.parametrize(
    ("sentence", "cited"),
    [
        (
            "The Permanent Mission of Norland presents its compliments to the Secretary-General "
            "and, with reference to his note CU 2031/4 (A) of 2 April 2031, has the honour to "
            "inform him that Norland will attend.",
            "CU 2031/4 (A)",
        ),
        (
            "La Mission permanente de Norlande présente ses compliments au Secrétaire général "
            "et, en référence à sa note CU 2031/4 (A) du 2 avril 2031, a l'honneur de "
            "l'informer que la Norlande participera.",
            "CU 2031/4 (A)",
        ),
    ],
)
def test_a_note_verbale_cites_the_addressees_note_in_the_third_person(sentence, cited):
    text = f"No. NOR/2031/114\n\n{sentence}\n\nVienna, 10 April 2031\n"
    assert read(text) == ("NOR/2031/114", [cited])


def test_his_statement_is_no_letter_answered():
    # must not: "with reference to his statement" names no letter
    text = (
        "No. NOR/2031/114\n\nThe Permanent Mission of Norland presents its compliments to the "
        "Secretary-General and, with reference to his statement CU 2031/4 (A), has the honour "
        "to inform him that Norland will attend.\n\nVienna, 10 April 2031\n"
    )
    assert read(text) == ("NOR/2031/114", [])
