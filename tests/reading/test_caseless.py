import re

import pytest

from plenipo.reading.caseless import caseless, found_in, needs_of

SAMPLES = [
    "Dear Sir, I have the honour to TRANSMIT herewith the Agenda of 5 May 2017.",
    "İSTANBUL, le 3 MARS 2016 — Objet : Réunion du Conseil",
    "Meſſage concerning the Convention on Biological Diversity",
    "KELVIN \u212a and ÀÉÎÕÜ × ÷ ÿ Ÿ ß",
]


@pytest.mark.parametrize(
    "pattern",
    [
        re.compile(r"\b(?P<word>dear|honou?r|transmit)\b", re.I),
        re.compile(r"(?P<month>mars|may)\s+(?P<year>\d{4})", re.I),
        re.compile(r"[A-ZÀ-Ý]{3,}", re.I),
        re.compile(r"[à-ÿ]+", re.I),
        re.compile(r"\bR[ée]union\s+du\s+(?:Conseil|Council)", re.I),
        re.compile(r"Convention\s+on\s+\w+", re.I),
        re.compile(r"me(?-i:ss)age", re.I),
        re.compile(r"\u00c0\w+", re.I),
        re.compile(r"k", re.I),
        re.compile(r"[^\W\d_]+\s+\S+", re.I),
    ],
)
def test_a_caseless_pattern_finds_what_the_case_insensitive_one_finds(pattern):
    for text in SAMPLES:
        expected = [(m.span(), m.group(0), m.groupdict()) for m in pattern.finditer(text)]
        found = [(m.span(), m.group(0), m.groupdict()) for m in caseless(pattern).finditer(text)]
        assert found == expected
        first = pattern.search(text, 2, 40)
        again = caseless(pattern).search(text, 2, 40)
        assert (first and (first.span(), first.group(0))) == (again and (again.span(), again[0]))


def test_groups_are_read_from_the_text_as_written():
    match = caseless(re.compile(r"dear\s+(sir|madam)", re.I)).search("Dear SIR,")
    assert match.group(0) == "Dear SIR"
    assert match[1] == "SIR"
    assert match.groups() == ("SIR",)


def test_patterns_that_lower_casing_could_change_are_kept_as_they_are():
    for source in (r"me(?-i:ss)age", r"\u00c0\w+", r"[\x41-\x5a]"):
        assert caseless(re.compile(source, re.I)).fast is None
    assert caseless(re.compile(r"dear", re.I)).fast is not None


def test_a_pattern_is_not_run_over_a_text_that_lacks_what_every_match_holds():
    assert needs_of(re.compile(r"\br[ée]solution\s+(\d+)")) == ("resolution", "résolution")
    assert needs_of(re.compile(r"(?:Annex|Schedule)\s+\d")) == ("Annex", "Schedule")
    assert needs_of(re.compile(r"(?:the\s+)?\d+")) is None  # nothing every match holds
    symbol = caseless(re.compile(r"\bRESOLUTION\s+(\d+)", re.I))
    assert symbol.fast_needs == ("resolution",)
    assert list(symbol.finditer("A decision 12 of the Council")) == []
    assert symbol.search("see Resolution 12").group(1) == "12"


def test_the_patterns_found_in_a_line_are_named():
    scans = {
        "closing": caseless(re.compile(r"yours\s+(?:sincerely|faithfully)", re.I)),
        "name": caseless(re.compile(r"^[A-Z][a-z]+\s+[A-Z][a-z]+$")),
        "date": caseless(re.compile(r"\d{4}", re.I)),
    }
    assert found_in(scans, "YOURS SINCERELY") == {"closing"}
    assert found_in(scans, "Jane Doe") == {"name"}
    assert found_in(scans, "İstanbul 2017, yours faithfully") == {"closing", "date"}
