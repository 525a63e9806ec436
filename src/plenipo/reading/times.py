"""Clock times as letters write them: "10 a.m.", "1430 hours", "10 h 30", "de las 9 a las
13 horas", "at eight o'clock", "noon". Pure."""

from __future__ import annotations

import re

from plenipo.reading.durations import is_duration

_TIME = re.compile(
    # "1430 hours", "1000-1300 hrs", "10.30", "10h30", "10 h 30", "10 o'clock"
    r"(?:(?P<hh>[012]\d)(?P<mm>[0-5]\d)(?=\s*(?:hours|hrs|h)\b|\s*[-–]\s*[012]\d[0-5]\d\s*(?:hours|hrs|h)\b)"
    r"|(?P<h>[012]?\d)(?:(?:[:.]|\s?h\s?|\s?heures?\s)(?P<m>[0-5]\d))?)"
    r"\s*(?P<ampm>a\.?\s?m\.?|p\.?\s?m\.?|am\b|pm\b|hours\b|heures?\b|horas\b|hrs?\b|hs\b|h\b|o['’]clock)?"
    # "at 3 o'clock in the afternoon", "à 3 heures de l'après-midi", "a las 5 de la tarde"
    r"(?P<later>\s*(?:p\.?\s?m\b\.?|in\s+the\s+(?:afternoon|evening)|de\s+l['’]apr[èe]s-midi|"
    r"du\s+soir|de\s+la\s+(?:tarde|noche)|"
    # "a las 10 de la mañana", "à 9 heures du matin": a time, before noon
    r"(?P<morning>in\s+the\s+morning|du\s+matin|de\s+la\s+ma[ñn]ana)))?",
    re.IGNORECASE,
)


# "from 3 to 6 p.m.": the first hour takes the second's half of the day.
_HOUR_RANGE = re.compile(
    r"(?<![\d:.])(?P<h1>[01]?\d)(?:[:.](?P<m1>[0-5]\d))?\s*(?:-|–|to|and)\s*"
    r"(?P<h2>[01]?\d)(?:[:.](?P<m2>[0-5]\d))?\s*(?P<ampm>[ap])\.?\s?m\b\.?",
    re.IGNORECASE,
)
# "from 10 to 13 hrs", "de 10 à 13 heures", "de las 9 a las 13 horas": the unit after the
# second hour is both hours', on the 24-hour clock ("2 to 3 hours" is a length of time).
_HOUR_RANGE_24 = re.compile(
    r"(?<![\d:.])(?P<h1>[012]?\d)(?:(?:[:.]|\s?h\s?)(?P<m1>[0-5]\d))?\s*"
    # "entre las 10 y las 12 horas"
    r"(?:[-–]\s*|(?<=\s)(?:to|and|[àa]|au|a\s+las|et|y\s+las)\s+)"
    r"(?P<h2>[012]?\d)(?:(?:[:.]|\s?h\s?)(?P<m2>[0-5]\d))?"
    # ("de 10 a 12 hs.", as Río de la Plata letters write the hours)
    r"\s*(?:hrs|hs|h|heures|horas)\b(?!\s?\d)",
    re.IGNORECASE,
)
NOON = re.compile(r"\b(?:noon|midday|midi|mediod[íi]a)\b", re.IGNORECASE)


def _clock(hour, minute, ampm):
    if ampm == "p" and hour < 12:
        hour += 12
    if ampm == "a" and hour == 12:
        hour = 0
    return f"{hour:02d}:{minute:02d}"


# An hour written out, as invitations and old letters do: "at eight o'clock", "à onze
# heures", "a las diez horas".
_HOUR_WORDS = {
    word: hour
    for hour, words in enumerate(
        [
            (),
            ("one", "une", "una"),
            ("two", "deux", "dos"),
            ("three", "trois", "tres"),
            ("four", "quatre", "cuatro"),
            ("five", "cinq", "cinco"),
            ("six", "seis"),
            ("seven", "sept", "siete"),
            ("eight", "huit", "ocho"),
            ("nine", "neuf", "nueve"),
            ("ten", "dix", "diez"),
            ("eleven", "onze", "once"),
            ("twelve", "douze", "doce"),
        ]
    )
    for word in words
}
# Only after "at", "à", "a las": "pendant deux heures" is a length of time.
_SPELLED_HOUR = re.compile(
    r"\b(?P<cue>at|[àa]|vers|d[èe]s|a\s+las?|hacia\s+las?|desde\s+las?)\s+(?P<hour>"
    + "|".join(_HOUR_WORDS)
    + r")(?=\s+(?:o['’]\s?clock|heures?|horas?)\b)",
    re.IGNORECASE,
)


def _hours_in_figures(text: str) -> str:
    return _SPELLED_HOUR.sub(lambda m: f"{m['cue']} {_HOUR_WORDS[m['hour'].lower()]}", text)


def find_time(text: str) -> tuple[str | None, str | None]:
    """The first time (and an end time in a range) in a short piece of text, 24-hour."""
    text = _hours_in_figures(text)
    shared = _HOUR_RANGE.search(text)
    first = _TIME.search(text)
    hours = _HOUR_RANGE_24.search(text)
    if hours and is_duration(text, hours.start(), hours.end()):
        hours = None  # "durará de 2 a 3 horas": how long, not when
    if (
        hours
        and (first is None or hours.start() <= first.start())
        and max(int(hours["h1"]), int(hours["h2"])) < 24
    ):
        return (
            f"{int(hours['h1']):02d}:{int(hours['m1'] or 0):02d}",
            f"{int(hours['h2']):02d}:{int(hours['m2'] or 0):02d}",
        )
    if shared and (first is None or shared.start() <= first.start()):
        ampm = shared["ampm"].lower()
        end_hour = int(shared["h2"])
        # "11 to 1 p.m.": a start later on the clock than the end is in the morning
        start_ampm = (
            "a" if ampm == "p" and int(shared["h1"]) > end_hour and end_hour != 12 else ampm
        )
        return (
            _clock(int(shared["h1"]), int(shared["m1"] or 0), start_ampm),
            _clock(end_hour, int(shared["m2"] or 0), ampm),
        )
    times = []
    for match in _TIME.finditer(text):
        if is_duration(text, match.start(), match.end()):
            continue  # "elle durera 2 heures"
        minutes_written = match["m"] or match["mm"]
        hour, minute = int(match["h"] or match["hh"]), int(minutes_written or 0)
        ampm = (match["ampm"] or "").lower()
        # "a las 5 de la tarde" is a time, "Room 4 in the afternoon" is not
        later = (match["later"] or "").split()
        if not minutes_written and (not ampm or ampm == "hours") and later[:1] in ([], ["in"]):
            continue  # a bare number (or "2 hours") is not a time
        if (ampm.startswith("p") or (match["later"] and not match["morning"])) and hour < 12:
            hour += 12
        if ampm.startswith("a") and hour == 12:
            hour = 0
        if hour > 23:
            continue
        times.append(f"{hour:02d}:{minute:02d}")
    if not times and NOON.search(text):
        times.append("12:00")
    return (times[0] if times else None), (times[1] if len(times) > 1 else None)


# The first hour of a range written just before: "de 10 h (à 13 h le …)", "from 10:00 (to
# 13:00 on …)", "de las 9 (a las 13 horas del …)".
RANGE_START = re.compile(
    r"\b(?:from|de|du|desde|de\s+las|desde\s+las)\s+\d{1,2}(?:[:.h]\d\d|\s?h\s?[0-5]\d)?\s*"
    r"(?:h|heures|horas|hrs|hours|[ap]\.?\s?m\.?)?\s*$",
    re.IGNORECASE,
)


def range_begun_before(text, at) -> int | None:
    """Where a range of hours whose second hour starts at ``at`` begins, if one does."""
    begun = RANGE_START.search(text, max(0, at - 20), at)
    return begun.start() if begun else None
