"""Dates a web page stamps on what it reproduces, never the letter's own: a photograph's
caption signed with a copyright mark ("… le 7 mars 2031. © Daily Post") and the day and
time a post was put up, alone on their line ("30.06.2031 19:20"). Pure."""

import re

from plenipo.reading.lines import start_of_line

# A copyright mark after the date on its line: a caption's or a page foot's credit.
CREDIT_AFTER = re.compile(r"[^\n]{0,40}?(?:©|\(c\)|copyright\b)", re.IGNORECASE)
# The time of posting right after the day, nothing else on the line.
POSTED_AT = re.compile(r"[ \t]*,?[ \t]*(?:[01]?\d|2[0-3])[:h][0-5]\d[ \t]*$", re.MULTILINE)


def page_stamp(text, date) -> bool:
    """Whether ``date`` is a page's stamp: credited to a copyright holder on its line, or
    alone on its line with the time it was posted."""
    if CREDIT_AFTER.match(text, date.end):
        return True
    line_start = start_of_line(text, date.start)
    return not text[line_start : date.start].strip() and bool(POSTED_AT.match(text, date.end))
