"""A meeting's month written without its year ("an ambitious COP26 in November", "se réunir
virtuellement en janvier"): the first such month after the letter's own. Pure."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import MONTHS, FoundDate

# Written-out months only ("in Mar." is too short to trust), with no day or year after them
# ("in November 2032" and "en janvier 15" are dates of their own).
_WRITTEN_OUT = (m for m in MONTHS if (len(m) > 3 and m != "sept") or m in {"may", "mai"})
_NAMES = "|".join(sorted(_WRITTEN_OUT, key=len, reverse=True))
YEARLESS_MONTH = re.compile(
    r"\b(?:in|en|au\s+mois\s+d(?:e\s+|['’])|(?:en\s+el|del|el)\s+mes\s+de)\s*(?P<month>"
    + _NAMES
    + r")\b(?!\s*,?\s*(?:de\s+|del\s+)?\d)",
    re.IGNORECASE,
)


# The month said to be the next one of its name: "next December", "in December next", "en
# décembre prochain", "au mois de décembre prochain", "el próximo mes de diciembre", "en
# diciembre próximo" — later this year, or next year when it is at or before the letter's.
NEXT_MONTH = re.compile(
    r"\b(?:next\s+(?P<m1>" + _NAMES + r")|"
    r"(?:in\s+|en\s+|au\s+mois\s+d(?:e\s+|['’])|(?:le|du)\s+mois\s+d(?:e\s+|['’]))"
    r"(?P<m2>" + _NAMES + r")\s+(?:next|prochain|pr[óo]ximo)|"
    r"(?:el|del|en\s+el)\s+pr[óo]ximo\s+mes\s+de\s+(?P<m3>" + _NAMES + r")|"
    r"(?:el|del|en\s+el)\s+mes\s+de\s+(?P<m4>" + _NAMES + r")\s+pr[óo]ximo)\b"
    r"(?!\s*,?\s*(?:de\s+|del\s+)?\d)",
    re.IGNORECASE,
)


# What is done with papers in a month is no meeting's month: "the report of the meeting will be
# published in March", "le rapport sera diffusé en janvier".
PAPERS_DONE = re.compile(
    r"\b(?:published|issued|circulated|sent|submitted|available|distributed|posted|"
    r"publi[ée]e?s?|diffus[ée]e?s?|envoy[ée]e?s?|disponibles?|publicad[oa]s?|enviad[oa]s?|"
    r"distribuid[oa]s?|disponibles?)\b[^.;]{0,30}$",
    re.IGNORECASE,
)


def yearless_months(text, start, end, own_day) -> list[FoundDate]:
    """The months the text gives without a year between ``start`` and ``end``, each taken
    as the first such month after the letter's: later in the letter's year, or early in the
    next when the letter is of the year's last quarter ("en janvier" in a December letter).
    A month at or just before the letter's is past or too near to tell: none."""
    if own_day is None:
        return []
    found, taken = [], set()
    for match in caseless(NEXT_MONTH).finditer(text, start, end):
        if PAPERS_DONE.search(text, max(start, match.start() - 60), match.start()):
            continue
        name = next(match[g] for g in ("m1", "m2", "m3", "m4") if match[g])
        month = MONTHS[name.lower()]
        year = own_day.year + (0 if month > own_day.month else 1)
        found.append(_month_found(text, match, year, month))
        taken.add(match.start("m1") if match["m1"] else match.start())
    for match in caseless(YEARLESS_MONTH).finditer(text, start, end):
        if PAPERS_DONE.search(text, max(start, match.start() - 60), match.start()):
            continue
        if any(match.start() <= at <= match.end() for at in taken) or any(
            f.start <= match.start() < f.end for f in found
        ):
            continue  # "in December next": read as the next December already
        month = MONTHS[match["month"].lower()]
        if month > own_day.month:
            year = own_day.year
        elif own_day.month - month >= 9:
            year = own_day.year + 1
        else:
            continue
        found.append(_month_found(text, match, year, month))
    return sorted(found, key=lambda f: f.start)


def _month_found(text, match, year, month) -> FoundDate:
    first = dt.date(year, month, 1)
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    words = text[match.start() : match.end()]
    return FoundDate(match.start(), match.end(), first, last, words, False, True, True)
