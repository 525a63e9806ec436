"""A note a gazette or a page publishes under a heading of its own that names it and dates
it: "Note of the Embassy of Ruritania, of 11 January 2031", "Nota del Gobierno de …, de 11
de enero de 2031", "Note du Gouvernement de …, du 11 janvier 2031". The day of that heading
is the note's own, whatever the publishing notice above it was promulgated on. Pure."""

import re

from plenipo.reading.lines import end_of_line, start_of_line

# The heading's words before the day, from the start of its line: the kind of paper, whose
# it is, then "of" (the day closes the line).
HEADING_BEFORE = re.compile(
    r"[ \t]*(?:Note(?:[ \t]+verbale)?|Nota(?:[ \t]+verbal)?|Letter|Lettre|Carta)[ \t]+"
    r"(?:of|from|du|de|de[ \t]+la|del)[ \t]+(?:(?:the|la|le|el)[ \t]+|l['’])?"
    r"(?-i:[A-ZÀ-Ý])[^\n,]{2,80},[ \t]*"
    r"(?:of|du|de|del|dated|dat[ée]e[ \t]+du|de[ \t]+fecha)[ \t]+$",
    re.IGNORECASE,
)
# how far down the page a publishing notice may put the note's heading
REACH = 5000


def note_heading_date(text, dates):
    """The full day a heading of its own gives the note published under it, or None."""
    for date in dates:
        if date.start > REACH:
            break
        if not date.has_year or date.month_only or date.first != date.last:
            continue
        line_start = start_of_line(text, date.start)
        rest = text[date.end : end_of_line(text, date.end)]
        if rest.strip(" \t.") == "" and HEADING_BEFORE.fullmatch(text, line_start, date.start):
            return date
    return None
