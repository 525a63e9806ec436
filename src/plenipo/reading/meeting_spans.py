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
    r",?\s*(?:(?:to|until|till|through|thru|au|jusqu['’]au|al|hasta(?:\s+el)?|a)\s+|[-–—]\s*)"
    r"(?:(?:the|le|el)\s+)?(?:(?:" + _WEEKDAY + r")\.?,?\s+)?",
    re.IGNORECASE,
)
DASH = re.compile(r"\s*[-–—]\s*(?:(?:" + _WEEKDAY + r")\.?,?\s+)?", re.IGNORECASE)


def one_span(text, first, second) -> bool:
    """Whether the days at spans ``first`` and ``second`` bound one period: "from … to …",
    "du … au …", "del … al …", or two days joined by a dash."""
    if DASH.fullmatch(text, first.end, second.start):
        return True
    return bool(
        TO.fullmatch(text, first.end, second.start)
        and FROM.search(text, max(0, first.start - 20), first.start)
    )
