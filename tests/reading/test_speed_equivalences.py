"""Shortcuts the reader takes for speed find what the long way finds."""

from plenipo.reading import read_text
from plenipo.reading.caseless import holds_any
from plenipo.reading.meeting_words import meeting_word
from plenipo.reading.text import ENDS_NONE, ENDS_ON_A_JOIN, _at_end

LINE_ENDS = [
    "Please also send the\n",
    "Please also send the  \t\n",
    "and inform the Secretariat\n\n",
    "names of their\n",
    "the meeting will open.\n",
    "Dear Sir,\n",
    "to\n",
    "\n",
    "",
    "les membres des \n",
    "the end of the line with \u00e0\n",
    "Their \r\n",
]


def test_a_line_end_is_found_as_a_search_of_the_whole_line_finds_it():
    for pattern in (ENDS_NONE, ENDS_ON_A_JOIN):
        for line in LINE_ENDS:
            found, expected = _at_end(pattern, line), pattern.search(line)
            assert (found and found.span()) == (expected and expected.span()), (pattern, line)
    assert _at_end(ENDS_ON_A_JOIN, "Please also send the\n")
    assert not _at_end(ENDS_ON_A_JOIN, "Please also send them\n")


def test_the_meeting_words_kept_for_a_reading_are_let_go_after_it():
    read_text("Dear Sir,\n\nThe meeting will be held on 3 May 2031 in Geneva.\n\nYours sincerely")
    assert meeting_word.cache_info().currsize == 0
    assert holds_any.cache_info().currsize == 0


def test_a_text_holds_one_of_the_needs_or_none():
    assert holds_any("the conference of 3 may", ("june", "may"))
    assert not holds_any("the conference of 3 june", ("july", "may"))
