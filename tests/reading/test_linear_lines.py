"""Each rule that looks along a date's or a number's line reads a few words of it, not the
whole line: a flattened copy (a PDF's text run together, a page saved as one line) puts a
letter, or a thousand, on one line, and a rule that read that line again for each date on it
would make the reading grow with the square of the text. The work is counted as characters
searched or copied, on a text that counts them."""

from types import SimpleNamespace

import pytest

from plenipo.reading import (
    addressee_forms,
    addressee_lines,
    learned_references,
    letterhead_orgs,
    meeting_lists,
    news_copies,
    note_headings,
    note_numbers,
    own_dates,
    page_stamps,
    read_text,
    reference_forms,
    references,
    writing_places,
)
from plenipo.reading.lines import LINE_REACH

WORDS = "the meeting of the Parties will be held in Geneva, "


class CountingText(str):
    """A text that counts the characters its searches and slices go over."""

    work = 0

    def find(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        CountingText.work += max(0, min(end, len(self)) - start)
        return str.find(self, sub, start, end)

    def rfind(self, sub, start=0, end=None):
        end = len(self) if end is None else end
        CountingText.work += max(0, min(end, len(self)) - start)
        return str.rfind(self, sub, start, end)

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        CountingText.work += len(part) if isinstance(key, slice) else 1
        return part


def one_line(size):
    """About ``size`` characters on one line, a date at its end."""
    return CountingText((WORDS * (size // len(WORDS) + 1))[:size] + "3 May 2031")


def _date(text):
    start = text.rindex("3 May 2031")
    return SimpleNamespace(
        start=start, end=start + 10, text="3 May 2031", has_year=True, month_only=False
    )


def _mention(text):
    start = text.rindex("3 May 2031")
    return SimpleNamespace(evidence=SimpleNamespace(start=start, end=start + 10))


RULES = {
    "a date in a sentence's brackets": lambda t: own_dates._in_brackets(t, _date(t)),
    "a date under a title": lambda t: own_dates._under_a_title(t, _date(t)),
    "a date a sentence runs into": lambda t: own_dates._runs_into(t, _date(t)),
    "a town above a dateline": lambda t: writing_places.town_above(t, _date(t)),
    "a dateline's town": lambda t: writing_places._city_into_date(t, _date(t)),
    "a list's row": lambda t: meeting_lists.opens_a_row(t, _date(t)),
    "a page's stamp": lambda t: page_stamps.page_stamp(t, _date(t)),
    "a news byline": lambda t: news_copies.is_byline(t, _date(t).start),
    "a number in an address line": lambda t: reference_forms.in_an_address_line(t, _date(t).start),
    "a number in an address": lambda t: reference_forms.in_an_address(t, _mention(t)),
    "a number named otherwise": lambda t: reference_forms.named_otherwise(
        t, _date(t).start, "2031"
    ),
    "a number in a sentence": lambda t: reference_forms.in_a_sentence(
        t, _date(t).start, _date(t).end
    ),
    "a stacked label's value": lambda t: references._stacked_value(t, _date(t).start),
    "a value of another label": lambda t: references._value_of_another_label(t, _date(t).start),
    "an office code before a number": lambda t: note_numbers.with_office_code(
        t, SimpleNamespace(evidence=_mention(t).evidence, text="2031")
    ),
    "a note's kind before a number": lambda t: note_numbers.with_its_note_kind(
        t, SimpleNamespace(evidence=_mention(t).evidence, text="2031", confidence=0.8)
    ),
    "a letterhead's office": letterhead_orgs.letterhead_organization,
    "a learned reference's line": lambda t: learned_references._line_of(t, _date(t).start),
    "an addressee under copies": lambda t: addressee_forms._under_copies(t, _date(t).start),
    "an addressee after a To line": lambda t: addressee_forms._after_to_line(t, _date(t).start),
    "a note's heading": lambda t: note_headings.note_heading_date(t, [_date(t)]),
}


@pytest.mark.parametrize("rule", RULES.values(), ids=RULES.keys())
def test_a_rule_reads_a_few_words_of_a_long_line_not_all_of_it(rule):
    text = one_line(1_000_000)
    CountingText.work = 0
    rule(text)
    assert CountingText.work < 10 * LINE_REACH


def test_the_office_on_the_line_above_is_looked_for_near_the_line():
    text = CountingText("Mission " * 40_000 + "\nto the United Nations")
    match = SimpleNamespace(start=lambda: 320_001, end=lambda: len(text))
    CountingText.work = 0
    addressee_lines._letterhead_goes_on(text, match)
    assert CountingText.work < 10 * LINE_REACH


def test_a_megabyte_on_one_line_and_lines_of_200_kb_are_read():
    letter = "Geneva, 3 May 2031\n\nExcellency,\n\nThe meeting will be held on 12 June 2031.\n"
    flat = " ".join((letter * 14_000).split())[:1_000_000]
    assert len(flat) == 1_000_000
    assert "\n" not in flat
    assert str(read_text(flat).day) == "2031-05-03"
    long_lines = "\n".join(" ".join((letter * 2_800).split())[:200_000] for _ in range(5))
    assert str(read_text(long_lines).day) == "2031-05-03"
