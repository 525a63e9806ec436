"""A sentence that announces a list of meetings by their month ("The following meetings will
be held in April:", "Les réunions suivantes se tiendront en avril :", "Las siguientes
reuniones se celebrarán en abril:"): its rows give the meetings and their days; the month
is theirs, not one more meeting. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from plenipo.reading.dates import starting_within
from plenipo.reading.lines import start_of_line

# the announcing sentence ends with its colon, at the end of its line
_ENDS_WITH_A_COLON = re.compile(r"[^\n.;]{0,80}?:[ \t]*\n")


def dated_by_a_day(dates, starts, start, end) -> list:
    """The starts of the dates written from ``start`` to ``end`` that give a day, not a
    month alone ("in April" leaves a list's announcement a list's announcement)."""
    return [d.start for d in starting_within(dates, starts, start, end) if not d.month_only]


def as_listed(text, found):
    """The meetings found, less the month of a list's announcement where a row of the list,
    after it, gives a meeting on a day of that month; a meeting of a bulleted row named by
    the row ("- the Working Group on Ports, on 10 April")."""
    return [_titled_by_its_row(text, m) for m in found if not _a_list_month(text, m, found)]


# A bulleted row's name before its day: "- the Working Group on Ports, on |10 April"
_ROW_NAME = re.compile(
    r"[ \t]*(?:[-–•*▪·]|\d{1,2}[.)])[ \t]+(?:(?:the|le|la|les|el|los|las|l['’])\s*)?"
    r"(?P<name>(?-i:[A-ZÀ-Ý])[^\n:;]{2,120}?)[ \t]*[,:–-]?[ \t]*"
    r"(?:(?:on|le|el|du|del|from)[ \t]+)?$",
    re.IGNORECASE,
)


def _titled_by_its_row(text, meeting):
    if meeting.evidence is None or not meeting.start.is_exact:
        return meeting
    line_start = start_of_line(text, meeting.evidence.start)
    row = _ROW_NAME.fullmatch(text, line_start, meeting.evidence.start)
    if row is None or meeting.title.lower() in row["name"].lower():
        return meeting
    return replace(meeting, title=row["name"].rstrip(" ,"))


def _a_list_month(text, meeting, found) -> bool:
    start = meeting.start
    if start.is_exact or start.precision != "month" or meeting.evidence is None:
        return False
    if not _ENDS_WITH_A_COLON.match(text, meeting.evidence.end):
        return False
    return any(
        other.start.is_exact
        and other.evidence is not None
        and other.evidence.start > meeting.evidence.end
        and start.not_before <= other.start.day <= start.not_after
        for other in found
    )
