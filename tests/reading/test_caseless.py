import re

import pytest

from plenipo.reading.caseless import alternatives_apart, caseless, found_in, needs_of
from plenipo.reading.first_characters import dispatched, first_character_guard, guarded

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


def test_a_pattern_with_case_sensitive_parts_is_not_run_where_the_lowered_text_lacks_its_needs():
    letter = re.compile(r"\b(?:letter|lettre)\s+(?:from|de)\s+(?-i:[A-Z]\w+)", re.I)
    scan = caseless(letter)
    assert scan.fast is None  # run as written, for its capitals
    assert scan.needs is None
    assert scan.lowered_needs == ("lett",)
    filler = " and so on" * 30  # a text long enough to be tested
    assert scan.search("the note from Jane Roe" + filler) is None
    for text in ("the LETTER from Jane Roe" + filler, "la Lettre de Jean Roe" + filler):
        assert scan.search(text).span() == letter.search(text).span()
    assert scan.search("the letter from jane roe" + filler) is None  # its name in capitals


def test_the_patterns_found_in_a_line_are_named():
    scans = {
        "closing": caseless(re.compile(r"yours\s+(?:sincerely|faithfully)", re.I)),
        "name": caseless(re.compile(r"^[A-Z][a-z]+\s+[A-Z][a-z]+$")),
        "date": caseless(re.compile(r"\d{4}", re.I)),
    }
    assert found_in(scans, "YOURS SINCERELY") == {"closing"}
    assert found_in(scans, "Jane Doe") == {"name"}
    assert found_in(scans, "İstanbul 2017, yours faithfully") == {"closing", "date"}


def test_a_pattern_case_sensitive_in_part_is_found_in_a_line_by_either_of_its_parts():
    address = re.compile(
        r"\b\d{4,5}\b|(?-i:\b[A-Z]{2}\d\s\d[A-Z]{2}\b)|\b(?:Geneva|Suisse)\b", re.I
    )
    parts = alternatives_apart(address)
    assert [part.pattern for part in parts] == [
        r"\b\d{4,5}\b|\b(?:Geneva|Suisse)\b",
        r"(?-i:\b[A-Z]{2}\d\s\d[A-Z]{2}\b)",
    ]
    assert caseless(parts[0]).fast is not None  # run over the lower-cased line
    scans = [("address", caseless(part)) for part in parts]
    for line in ("1211 GENEVA 10", "London SW1 2AB", "london sw1 2ab", "Rue de GENEVE", "İzmir 35"):
        expected = {"address"} if address.search(line) else set()
        assert found_in(scans, line) == expected, line
    assert alternatives_apart(re.compile(r"\bgeneva\b|\d{4}", re.I)) == [
        re.compile(r"\bgeneva\b|\d{4}", re.I)
    ]


GUARDED_SAMPLES = [
    *SAMPLES,
    "from 14 to 15 April 2009; le 3.4.2016, 12.03.2015 or 1.2.3.2015 (no), 2015-06-15",
    "Mon 3 Tuesday, 4 May: one meeting, then informals at 10.30",
]


@pytest.mark.parametrize(
    "source",
    [
        r"\b(?:(?:from|du)\s+)?(?:(?P<weekday>monday|tuesday),?\s+)?(?P<day>[0-3]?\d)\s+may",
        r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?![\d.])",
        r"(?:then\s+)?informals?|meeting",
        r"\b(?:(?:is|are)\s+)?(?:to|at)\b",
        r"\b(?:[A-Z][a-z]+,?\s+){1,2}\d",
        r"(?:\b|(?<=[a-z])(?=\d))(?:le\s+)?(?P<day>[0-3]?\d)\s+may",
    ],
)
def test_a_guarded_pattern_finds_what_the_pattern_finds(source):
    pattern = re.compile(source)
    assert first_character_guard(pattern) is not None
    for text in GUARDED_SAMPLES:
        expected = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in guarded(pattern).finditer(text)] == expected
        for start in range(0, len(text), 7):
            first, again = pattern.search(text, start), guarded(pattern).search(text, start)
            assert (first and first.span()) == (again and again.span())


def test_the_guard_holds_every_first_character_a_match_may_take():
    days = re.compile(r"\b(?:(?:from|du)\s+)?(?:mon|tue)day|(?<!\.)[0-3]?\d")
    assert first_character_guard(days) == r"(?=[0-3\ddfmt])"
    # a word's start or a digit run into the word before it, then a day
    run_into = re.compile(r"(?:\b|(?<=[a-z])(?=\d))(?:le\s+)?[0-3]?\d\s+may")
    assert first_character_guard(run_into) == r"(?=[0-3\dl])"
    assert first_character_guard(re.compile(r"\b(?:monday|tuesday)")) == "(?=[mt])"
    assert first_character_guard(re.compile(r"(?:\s+see)?\s+annex|\bappendix")) == r"(?=[\sa])"


def test_no_guard_where_it_would_not_help_or_cannot_be_told():
    for source in (
        r"monday|tuesday",  # the engine finds the first letters by itself
        r"[mt]\w+day",
        r"\bmonday",  # the word boundary is followed by a single letter to test anyway
        r"^\s*(?:dear|sir)",  # the engine tries the text's start only
        r"^(?:the\s+)?[A-Z]\w+",
        r"\b(?:mon|tue)?",  # a match may be empty
        r"\b(?:\w+ly|now)\s",  # any letter may start a match
        r"\b(?:.|x)day",
        r"(?<!x)(?:[^x]y|z)",
    ):
        assert first_character_guard(re.compile(source)) is None, source
    case_insensitive = re.compile(r"\b(?:monday|tuesday)", re.I)
    assert first_character_guard(case_insensitive) is None
    assert guarded(case_insensitive) is case_insensitive
    assert caseless(case_insensitive).fast.pattern.startswith("(?=[mt])")


# Patterns of many alternatives, as the reader's cues are written (in lower case, run over
# the lower-cased text), and texts that hold matches of several of them, near misses and
# characters past the Latin letters.
MANY_ALTERNATIVES = [
    r"\b(?:(?:is|are)\s+(?:kindly\s+)?requested\s+to|\b(?:i|we)\s+(?:would\s+)?urge\s+you"
    r"|please\s+(?!find\b)[a-z]{3}|kindly\s+send|\bse\s+ruega|(?<=\bvous\s)demandons"
    r"|[ée]tats\s+membres|\bsolicito\b|(?:photo\s+|art\s+)?exhibition|would\s+be\s+grateful"
    r"|\d+\s+days?|r[ée]union|\bsirvase)",
    r"\b(?:meeting|session|sitting|consultations?|conference|workshop|seminar|r[ée]union"
    r"|(?:training|regional)\s+course|s[ée]ance|(?:working\s+)?(?:dinner|lunch)|forum)s?\b",
    r"(?:yours\s+)?sincerely|(?:highest|high)\s+consideration|(?:haute|tr[èe]s\s+haute)\s+"
    r"consid[ée]ration|(?:best|kind|warm)\s+regards|(?:with\s+)?thanks|(?:muy\s+)?atentamente"
    r"|(?:bien\s+)?cordialement|(?:en\s+)?attendant|\s+regards",
    # a group after the alternatives keeps its number
    r"\b(?:please\s+find|kindly\s+see|to\s+enclose|we\s+transmit|i\s+attach|ci-joint"
    r"|(?:vous\s+)?trouverez|\badjuntamos|(?:se\s+)?adjunta)\s+(?P<what>[a-z]+)(\s+\w+)?",
    # a group inside, its alternatives sorted, the groups around it kept
    r"(?P<day>\d{1,2})\s+(?P<month>(?:working\s+)?dinners?|lunch|forum|r[ée]union|s[ée]ances?"
    r"|(?:photo|art)\s+exhibitions?|sessions?|conferences?|days?|seminars?)(?:\s+(?P<year>\d{4}))?",
]
DISPATCH_SAMPLES = [
    "we would urge you to attend the regional course; states are kindly requested to reply;"
    " to enclose forms",
    "please send it — not please find; vous demandons; les états membres; se ruega; solicito",
    "bien cordialement; en attendant; muy atentamente; high consideration; 2 forum",
    "please find attached the note; we transmit the text; vous trouverez le programme",
    "i attach two forms; kindly see annex one; adjuntamos la nota; se adjunta una copia",
    "3 dinners 2031, 4 working dinner, 12 art exhibitions 2030; 5 réunion; 30 days; 7 séances",
    "the art exhibition, photo exhibition and exhibitions; r\u00e9union, reunion, s\u00e9ances",
    "working dinners and lunch meetings; 30 days; 1 day; sírvase, sirvase; yours sincerely,",
    "haute consid\u00e9ration; with thanks; best regards; kind regards; atentamente; ıſ µ 東京",
    "isrequested to; are requested; sessions; sessionss; workshop-seminar; \u00e9tats membres",
]


@pytest.mark.parametrize("source", MANY_ALTERNATIVES)
def test_alternatives_sorted_by_their_first_character_find_what_the_pattern_finds(source):
    pattern = re.compile(source)
    assert dispatched(pattern) is not None
    sorted_ = re.compile(dispatched(pattern))
    assert sum(bool(pattern.search(text)) for text in DISPATCH_SAMPLES) >= 3
    for text in DISPATCH_SAMPLES:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in sorted_.finditer(text)] == expected
        assert [(m.span(), m.groups()) for m in guarded(pattern).finditer(text)] == expected
        for start in range(len(text)):
            first, again = pattern.match(text, start), sorted_.match(text, start)
            assert (first and first.span()) == (again and again.span())


def test_alternatives_are_not_sorted_where_it_would_not_help_or_change_the_matches():
    for source, flags in (
        (r"\b(?:a|b|c|d|e|f|g|h)", 0),  # few alternatives, each tested by its letter
        (r"(?P<word>(?P<m>meeting)|session|sitting|conference|workshop|seminar|forum|summit)", 0),
        (r"(?:(?P<a>\bmeeting)|\bsession|\bsitting|\bconference|\bworkshop|\bseminar|\bforum)x", 0),
        (r"\b(?:\bmeeting|\bsession|\bsitting|\bconference|\bworkshop|\bseminar|\bforum)", re.I),
        (r"\bmeeting|\bsession|\bsitting|\bconference|\bworkshop|\bseminar|\bforum|\bsummit", 0),
    ):
        assert dispatched(re.compile(source, flags)) is None, source
