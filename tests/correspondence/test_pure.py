import pytest

from plenipo.correspondence.formulas import (
    LANGUAGES,
    FormulaError,
    Genre,
    closing,
    continued,
    form_of_address,
    opening,
)
from plenipo.correspondence.names import formal_name, with_article
from plenipo.correspondence.placeholders import PlaceholderError, check_placeholders
from plenipo.correspondence.references import (
    ReferencePatternError,
    check_pattern,
    format_reference,
)
from plenipo.correspondence.titles import in_sentence


def test_note_verbale_formulas():
    sender, recipient = (
        "The Secretary-General of the United Nations",
        "the Permanent Representative of Austria",
    )
    assert opening(Genre.NOTE_VERBALE, "en", sender=sender, recipient=recipient) == (
        "The Secretary-General of the United Nations presents his compliments to the Permanent "
        "Representative of Austria and has the honour to"
    )
    assert closing(Genre.NOTE_VERBALE, "en", sender=sender, recipient=recipient).endswith(
        "the assurances of his highest consideration."
    )


@pytest.mark.parametrize(
    ("language", "first", "expected"),
    [
        ("fr", "inviter le Gouvernement", "a l'honneur d'inviter le Gouvernement"),
        ("fr", "héberger la réunion", "a l'honneur d'héberger la réunion"),
        ("fr", "porter à sa connaissance", "a l'honneur de porter à sa connaissance"),
        ("es", "invitar al Gobierno", "tiene el honor de invitar al Gobierno"),
        ("en", "invite the Government", "has the honour to invite the Government"),
    ],
)
def test_the_opening_runs_on_into_the_first_paragraph(language, first, expected):
    formula = opening(Genre.NOTE_VERBALE, language, sender="S", recipient="R")
    assert continued(formula, first, language).endswith(expected)


def test_formal_and_personal_letter_formulas():
    assert opening(Genre.FORMAL_LETTER, "en") == "Excellency,"
    assert closing(Genre.FORMAL_LETTER, "en") == (
        "Please accept, Excellency, the assurances of my highest consideration."
    )
    assert opening(Genre.PERSONAL_LETTER, "en") == "Dear Minister,"
    assert closing(Genre.PERSONAL_LETTER, "en") == "Yours sincerely,"
    assert opening(Genre.PERSONAL_LETTER, "fr", gender="f") == "Madame la Ministre,"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_genre_has_its_formulas_in_the_six_languages(language):
    for genre in Genre:
        assert opening(genre, language, sender="S", recipient="R")
        assert closing(genre, language, sender="S", recipient="R")


def test_unknown_language_is_named():
    with pytest.raises(FormulaError, match="no formulas for language 'de'"):
        opening(Genre.FORMAL_LETTER, "de")


def test_forms_of_address():
    assert (
        form_of_address("Alya Ahmed Saif Al-Thani", gender="f", language="en", excellency=True)
        == "H.E. Ms Alya Ahmed Saif Al-Thani"
    )
    assert form_of_address("Sergey Lavrov", gender="m", language="fr") == "M. Sergey Lavrov"


def test_state_names_in_running_text():
    assert with_article(formal_name("RUS")) == "the Russian Federation"
    assert with_article(formal_name("CZE")) == "the Czech Republic"
    assert with_article(formal_name("MCO")) == "Monaco"


def test_unknown_placeholders_are_named():
    assert check_placeholders("{{ recipient.name }}{% if status.parties %}x{% endif %}") == {
        "recipient.name",
        "status.parties",
    }
    with pytest.raises(
        PlaceholderError, match=r"unknown placeholder\(s\) \{\{ recipient.shoe_size \}\}"
    ):
        check_placeholders("Dear {{ recipient.shoe_size }}")


def test_loop_variables_are_not_placeholders():
    assert check_placeholders("{% for p in related.programmes %}{{ p }}{% endfor %}") == {
        "related.programmes"
    }


def test_reference_patterns():
    assert format_reference("CU {year}/{seq} ({suffix})", year=2009, seq=33, suffix="A") == (
        "CU 2009/33 (A)"
    )
    with pytest.raises(ReferencePatternError, match=r"no \{seq\}"):
        check_pattern("CU {year}")
    with pytest.raises(ReferencePatternError, match="unknown field"):
        check_pattern("CU {year}/{number}")


@pytest.mark.parametrize(
    ("title", "in_a_sentence"),
    [
        ("Sixteenth meeting of the Working Group", "sixteenth meeting of the Working Group"),
        ("Working Group on Trafficking in Persons, sixteenth meeting",
         "Working Group on Trafficking in Persons, sixteenth meeting"),
        ("UNTOC review mechanism briefing", "UNTOC review mechanism briefing"),
        ("Informal consultations", "informal consultations"),
        ("Plenary", "plenary"),
    ],
)  # fmt: skip
def test_a_title_in_a_sentence_keeps_the_capitals_of_a_name(title, in_a_sentence):
    assert in_sentence(title) == in_a_sentence


def test_a_decisions_requirements_each_take_should_as_the_decision_words_them():
    from plenipo.correspondence.facts import _each_should  # noqa: PLC0415

    assert _each_should([]) is None
    assert _each_should(["meet once"]) == "meet once"
    assert _each_should(["meet once", "report"]) == "meet once and should report"
    assert _each_should(["a", "b", "c"]) == "a, should b and should c"
