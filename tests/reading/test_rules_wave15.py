"""Wave 15: a reply's citation of the letter it answers, in a sentence, as another
reference; duties in Spanish and French read as requests; the lexicon's small words looked
up as they are stored. Made-up letters, each with a close variant that must not be read."""

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
