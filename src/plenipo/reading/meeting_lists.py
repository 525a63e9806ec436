"""A list or a table of meetings a sentence announces ("The briefings will be held as
follows:"): which sentences are its rows. Pure."""

from __future__ import annotations

import re

from plenipo.reading.dates import MONTHS, WEEKDAYS, starting_within
from plenipo.reading.lines import start_of_line
from plenipo.reading.meeting_announced import dated_by_a_day
from plenipo.reading.meeting_words import meeting_word

# A sentence announcing a list or a table of meetings: "The briefings will be held as
# follows:", "… on the following dates:", "… aux dates suivantes :", "… en las siguientes
# fechas:".
ANNOUNCES_A_LIST = re.compile(r":\s*$")
# A row of such a list opens with a bullet, a number, a weekday or a month; a table's header
# row ("Date | Time | Room") is short and ends no sentence.
LIST_ROW = re.compile(
    r"\s*(?:[-–•*▪·]|\d|(?:"
    + "|".join(sorted((*WEEKDAYS, *MONTHS), key=len, reverse=True))
    + r")\b)",
    re.IGNORECASE,
)
HEADER_ROW = re.compile(r"\s*[^.\n]{1,60}\s*$")


ROW_START = re.compile(r"[ \t]*(?:[-–•*▪·][ \t]*)?")


# A bulleted or numbered row may name its meeting before its day: "- the Working Group on
# Ports, on 10 April", "1. Groupe de travail, le 3 avril"
BULLETED_ROW = re.compile(r"[ \t]*(?:[-–•*▪·]|\d{1,2}[.)]|[a-z][.)])[ \t]+[^\n]*$")


def opens_a_row(text, date) -> bool:
    """Whether a date is a row's of a list: at the start of its line, or on a bulleted one."""
    line_start = start_of_line(text, date.start)
    return bool(
        ROW_START.fullmatch(text, line_start, date.start)
        or BULLETED_ROW.fullmatch(text, line_start, date.start)
    )


def announcing(sentence_at, starts, announced, dates=None):
    """The text of the sentence that announces the list a sentence's rows belong to: this
    sentence, when it names a meeting without a day (a month alone, of ``dates``, is none)
    and ends with a colon; the one before, while the rows (or a table's header row) name
    none of their own; else None."""
    start, end, sentence = sentence_at
    if announced is None and not ANNOUNCES_A_LIST.search(sentence):
        return None  # neither a list's announcement nor one of its rows: no meeting word asked
    named = meeting_word(sentence)
    if named is None:
        row = LIST_ROW.match(sentence) or HEADER_ROW.fullmatch(sentence)
        return announced if row else None
    if dates is None:
        dated = starting_within(starts, starts, start, end)
    else:
        dated = dated_by_a_day(dates, starts, start, end)
    return sentence if not dated and ANNOUNCES_A_LIST.search(sentence) else None
