"""Two days written in full that bound one meeting: "from 30 May 2032 to 2 June 2032", "from
June 3 to June 7, 2032", "June 3 - June 7", "du 30 mai 2032 au 2 juin 2032", "del 30 de mayo
al 2 de junio de 2032". Pure."""

from __future__ import annotations

import re

from plenipo.reading.dates import WEEKDAYS

_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

# The word that opens the span, just before the first day (a weekday may come between).
FROM = re.compile(
    r"\b(?:from|du|del|desde(?:\s+el)?|de)\s+(?:(?:" + _WEEKDAY + r")\.?,?\s+)?$",
    re.IGNORECASE,
)

# What joins the two days: "to", "until", "through", "au", "al", "hasta el", a dash.
TO = re.compile(
    # the first day's hour may come between: "du lundi 3 juin (9 heures) au …", "from 3 June
    # at 10 a.m. to …"
    r"(?:\s*\([^()\n]{1,30}\)|,?\s+(?:at|[àa]|a\s+las)\s+\d{1,2}(?:[:.h]\d\d)?\s*"
    r"(?:[ap]\.?\s?m\.?|heures|horas|hrs|h)?)?"
    r",?\s*(?:(?:to|until|till|through|thru|au|jusqu['’]au|al|hasta(?:\s+el)?|a)\s+|[-–—]\s*)"
    r"(?:(?:the|le|el)\s+)?(?:(?:" + _WEEKDAY + r")\.?,?\s+)?",
    re.IGNORECASE,
)
DASH = re.compile(r"\s*[-–—]\s*(?:(?:" + _WEEKDAY + r")\.?,?\s+)?", re.IGNORECASE)


# A meeting moved from one day to another: "postponed from 3 June to 7 June", "reportée du
# 3 juin au 10 juin", "trasladada del 3 al 10 de junio" — two days, not a span (one
# "reprogrammé du 14 avril au 16 avril" is held over those days).
MOVED = re.compile(
    r"\b(?:postponed|moved|deferred|changed|brought\s+forward|advanced|report[ée]e?s?|"
    r"d[ée]plac[ée]e?s?|avanc[ée]e?s?|aplazad[oa]s?|trasladad[oa]s?|pospuest[oa]s?|"
    r"postergad[oa]s?|adelantad[oa]s?)\b[^.;]{0,30}$",
    re.IGNORECASE,
)
# Two days, each with its year, written in figures or in full, joined by "to": "2032-06-03
# to 2032-06-07", "03/06/2032 to 07/06/2032".
WITH_YEAR = re.compile(r"(?:(?:19|20)\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d)\s*$")


def one_span(text, first, second) -> bool:
    """Whether the days at spans ``first`` and ``second`` bound one period: "from … to …",
    "du … au …", "del … al …", two days joined by a dash, or two days with their years joined
    by "to"; not the old and the new day of a meeting moved."""
    if MOVED.search(text, max(0, first.start - 40), first.start):
        return False
    if DASH.fullmatch(text, first.end, second.start):
        return True
    if not TO.fullmatch(text, first.end, second.start):
        return False
    return bool(
        FROM.search(text, max(0, first.start - 20), first.start)
        or WITH_YEAR.search(text, first.start, first.end)
    )
