"""Wave 15: a reply's citation of the letter it answers, in a sentence, as another
reference; duties in Spanish and French read as requests; the lexicon's small words looked
up as they are stored. Made-up letters, each with a close variant that must not be read."""

import pytest

from plenipo.reading import read_text
from plenipo.reading.gloss import _tables, fold
from plenipo.reading.lexicon import FUNCTION_WORDS


def test_every_word_of_the_lexicons_tables_is_stored_as_it_is_looked_up():
    # a text's words are folded before lookup ("auprès" is looked up as "aupres")
    for language in ("fr", "es"):
        for table in _tables(language)[:2]:
            for key in table:
                assert all(fold(word) == word for word in key), key


def test_a_small_word_with_an_accent_is_found_without_it():
    words = _tables("fr")[1]
    assert words[("aupres",)] == (FUNCTION_WORDS["auprès"], "function")
    assert ("auprès",) not in words


HEAD = "Permanent Mission of Norland\nGeneva, 19 March 2030\n\n"


def _references(body):
    reading = read_text(HEAD + body)
    own = reading.reference.text if reading.reference else None
    return own, [mention.text for mention in reading.other_references]


@pytest.mark.parametrize(
    "body",
    [
        "Your ref.: CU 2030/1 (A)\n\nExcellency,\n\nNorland will take part in the meeting.\n",
        "Votre réf. : CU 2030/1 (A)\n\nMonsieur,\n\nLa Norlande participera à la réunion.\n",
        "Su ref.: CU 2030/1 (A)\n\nSeñor:\n\nNorlandia participará en la reunión.\n",
        "Excellency,\n\nWith reference to the note verbale CU 2030/1 (A) of 3 May 2030, "
        "Norland will take part in the meeting.\n",
        "Excellency,\n\nIn reply to your letter CU 2030/1 (A) of 3 May 2030, I wish to inform "
        "you that Norland will take part.\n",
        "Monsieur,\n\nEn référence à la note verbale n° CU 2030/1 (A) du 3 mai 2030, la "
        "Norlande participera à la réunion.\n",
        "Señor:\n\nCon referencia a la nota No. CU 2030/1 (A) del 3 de mayo de 2030, "
        "Norlandia participará en la reunión.\n",
        "Señor:\n\nRef. su nota CU 2030/1 (A) del 3 de mayo de 2030, Norlandia participará.\n",
    ],
)
def test_a_reply_cites_the_letter_it_answers_as_another_reference(body):
    own, others = _references(body)
    assert others == ["CU 2030/1 (A)"]
    assert own is None


def test_the_reply_keeps_its_own_reference_beside_the_one_it_answers():
    own, others = _references(
        "Ref.: NOR/2030/55\n\nExcellency,\n\nWith reference to your note verbale "
        "CU 2030/1 (A) of 3 May 2030, Norland will take part in the meeting.\n"
    )
    assert own == "NOR/2030/55"
    assert others == ["CU 2030/1 (A)"]


@pytest.mark.parametrize(
    "body",
    [
        # an instrument or a document cited, not a letter
        "Excellency,\n\nWith reference to resolution 71/287, Norland will take part.\n",
        "Excellency,\n\nWith reference to document A/78/123, Norland will take part.\n",
        "Monsieur,\n\nEn référence à la résolution 71/287, la Norlande participera.\n",
        "Señor:\n\nCon referencia a la resolución 71/287, Norlandia participará.\n",
        # a letter named by its date only
        "Excellency,\n\nIn reply to your letter of 3 May 2030, Norland will take part.\n",
    ],
)
def test_a_sentence_citing_no_letters_number_gives_no_other_reference(body):
    assert _references(body) == (None, [])


SPANISH = (
    "Ginebra, 3 de mayo de 2031\n\nSeñor Ministro:\n\nTengo el honor de informarle que la "
    "reunión se celebrará en Ginebra del 12 al 14 de junio de 2031.\n\n{}\n\nAtentamente,\n\n"
    "Juan Pérez\nDirector\n"
)
FRENCH = (
    "Genève, le 3 mai 2031\n\nMonsieur le Ministre,\n\nJ'ai l'honneur de vous informer que la "
    "réunion se tiendra à Genève du 12 au 14 juin 2031.\n\n{}\n\nVeuillez agréer l'assurance "
    "de ma haute considération.\n\nJean Dupont\nDirecteur\n"
)


def _asked(letter, sentence):
    return [action.text for action in read_text(letter.format(sentence)).actions]


@pytest.mark.parametrize(
    ("letter", "sentence", "asked"),
    [
        (
            SPANISH,
            "Las solicitudes de inscripción deberán dirigirse a la Secretaría.",
            "send the requests of registration to the Secretariat",
        ),
        (
            SPANISH,
            "Se ruega enviar la lista de delegados a la Secretaría.",
            "send the list of delegates to the Secretariat",
        ),
        (
            SPANISH,
            "Se solicita a los Estados miembros que designen un punto focal.",
            "designate a focal point",
        ),
        (
            SPANISH,
            "Les agradeceríamos que confirmaran su participación antes del 1 de junio de 2031.",
            "confirm participation",
        ),
        (
            FRENCH,
            "Les États membres sont priés de communiquer la composition de leur délégation.",
            "communicate the composition of delegation",
        ),
        (
            FRENCH,
            "Les demandes d'inscription doivent être adressées au Secrétariat.",
            "send the requests of registration to the Secretariat",
        ),
    ],
)
def test_a_duty_in_spanish_or_french_is_read_as_a_request(letter, sentence, asked):
    assert _asked(letter, sentence) == [asked]


@pytest.mark.parametrize(
    ("letter", "sentence"),
    [
        (SPANISH, "La Conferencia decidió que los Estados deberán presentar informes anuales."),
        (SPANISH, "Los Estados deberán presentar informes anuales, según decidió la Conferencia."),
        (SPANISH, "Las solicitudes deberán dirigirse a la Secretaría, según acordó el Comité."),
        (FRENCH, "Le Comité a décidé que les Parties doivent soumettre un rapport annuel."),
        (FRENCH, "Les participants étaient priés de s'inscrire, selon le rapport de la session."),
    ],
)
def test_a_duty_a_body_decided_is_reported_not_asked(letter, sentence):
    assert _asked(letter, sentence) == []
