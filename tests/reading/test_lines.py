"""The line around a date, found without reading a long line again for each date on it:
a flattened copy puts a whole letter, or many, on one line."""

from hypothesis import given
from hypothesis import strategies as st

from plenipo.reading import read_text
from plenipo.reading.lines import LINE_REACH, end_of_line, start_of_line

LINES = st.lists(st.sampled_from(["Geneva, ", "3 May 2031", "\n", " ", "x" * 300]), max_size=40)


@given(LINES.map("".join), st.integers(min_value=0, max_value=12_000))
def test_a_line_is_found_where_it_is_when_it_is_near(text, at):
    pos = min(at, len(text))
    start, end = start_of_line(text, pos), end_of_line(text, pos)
    true_start = text.rfind("\n", 0, pos) + 1
    true_end = len(text) if text.find("\n", pos) == -1 else text.find("\n", pos)
    assert start == max(true_start, pos - LINE_REACH)
    assert end == min(true_end, pos + LINE_REACH)


def test_the_search_for_a_line_reads_no_further_than_its_reach():
    one_line = "word " * 100_000 + "3 May 2031"
    pos = one_line.index("3 May")
    assert pos - start_of_line(one_line, pos) == LINE_REACH
    assert end_of_line(one_line, 0) == LINE_REACH


def test_a_letter_run_together_on_one_line_keeps_its_own_date():
    letter = "Geneva, 3 May 2031\n\nExcellency,\n\nThe meeting will be held on 12 June 2031."
    flattened = " ".join(letter.split())
    assert str(read_text(letter).day) == "2031-05-03"
    # the dateline opens the flattened line as it opened the letter
    assert str(read_text(flattened).day) == str(read_text(letter).day)
