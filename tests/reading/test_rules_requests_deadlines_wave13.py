"""A French or Spanish letter's requests and deadlines said in English alone (made-up
texts)."""

from tests.reading.readings import actions_of, reading


def _deadlines(text):
    return [(d["date"], d["what"]) for d in reading(text)["deadlines"]]


FRENCH = (
    "Genève, le 3 mars 2031\n\nMonsieur,\n\nJe vous prie de bien vouloir nous faire parvenir "
    "vos observations éventuelles sur les termes de référence avant le 15 avril 2031.\n\n"
    "Veuillez agréer, Monsieur, l'assurance de ma haute considération.\n"
)
SPANISH = (
    "Lima, 3 de marzo de 2031\n\nSeñor:\n\nLe ruego enviar sus comentarios a más tardar el 15 "
    "de abril de 2031.\n\nEl proceso de registro estará abierto hasta el 30 de abril de "
    "2031.\n\nAtentamente,\nEl Director\n"
)


def test_a_french_request_glosses_its_qualifier_and_terms():
    assert actions_of(FRENCH) == ["send possible observations on the terms of reference"]


def test_french_and_spanish_deadlines_are_said_in_english():
    assert _deadlines(FRENCH) == [
        ("2031-04-15", "send possible observations on the terms of reference")
    ]
    assert _deadlines(SPANISH)[0] == ("2031-04-15", "send comments")


def test_a_deadline_with_no_verb_the_lexicon_knows_keeps_the_letters_words():
    assert _deadlines(SPANISH)[1] == ("2031-04-30", "El proceso de registro estará abierto")


def test_an_english_deadline_is_left_as_written():
    text = (
        "Geneva, 3 March 2031\n\nDear Colleague,\n\nPlease send your comments by 15 April "
        "2031.\n\nSincerely,\nThe Director\n"
    )
    assert [d["what"] for d in reading(text)["deadlines"]] == ["Please send your comments"]
