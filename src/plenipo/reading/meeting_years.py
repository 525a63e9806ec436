"""A meeting to come given only its year: "the next Conference will be held in 2034", "se
celebrará en 2034", "aura lieu en 2034" — a meeting without a day (its wording kept in
``date_text``), unless the letter gives a day of that year to a meeting. Pure."""

from __future__ import annotations

import re

from plenipo.core.partialdates import UNKNOWN
from plenipo.reading.caseless import caseless
from plenipo.reading.meeting_words import FUTURE

# The year alone, not a range of years nor one a day or a month comes with.
IN_A_YEAR = re.compile(
    r"\b(?:in|en|during|durante|courant|dans\s+le\s+courant\s+de|in\s+the\s+course\s+of)\s+"
    r"(?P<year>(?:19|20)\d\d)\b(?!\s*[-–/]\s*\d)",
    re.IGNORECASE,
)


# The verb that holds the meeting, shortly before its year: "to be held in Buenos Aires in
# 1910", "se tiendra en 2034", "is planned for 2034" (not "the budget will apply in 2034").
HELD = re.compile(
    r"\b(?:held|take\s+place|convened?|meet|se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|"
    r"se\s+r[ée]unira|se\s+celebrar[áa]n?|tendr[áa]n?\s+lugar|se\s+realizar[áa]n?|"
    r"se\s+reunir[áa]|se\s+llevar[áa]n?\s+a\s+cabo|organi[sz]ed|hosted|scheduled|planned|"
    r"pr[ée]vue?s?|previst[oa]s?|programad[oa]s?)\b[^.;]{0,40}?$",
    re.IGNORECASE,
)


def years_ahead(sentence, own_day) -> list[int]:
    """The years after the letter's own that the sentence, written of things to come, gives
    alone as a meeting's."""
    if own_day is None or not caseless(FUTURE).search(sentence):
        return []
    return [
        int(m["year"])
        for m in IN_A_YEAR.finditer(sentence)
        if int(m["year"]) > own_day.year
        and HELD.search(sentence, max(0, m.start() - 80), m.start())
    ]


def without_years_given_a_day(found):
    """The meetings, less those given only a year when a meeting of that year has a day:
    "the Conference, to be held in 2034" after "from 3 to 7 June 2034" is that one."""
    dated_years = {
        m.start.not_before.year for m in found if m.start is not UNKNOWN and m.start.not_before
    }
    return [
        m
        for m in found
        if m.start is not UNKNOWN
        or not (years := [int(y["year"]) for y in IN_A_YEAR.finditer(m.date_text)])
        or not set(years) & dated_years
    ]
