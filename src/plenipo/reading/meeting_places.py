"""The city a meeting is held in, as the letter says it of the meeting — "will be held in
Paris", "se tiendra à Paris", "se celebrará en Ginebra", "in Paris from 14 to 16 April", a
"Venue:" line — rather than any city its sentence names (the mission's "auprès de l'Office
des Nations Unies à Vienne", a report "adopted in Paris in 2019"). Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from plenipo.reading.meeting_words import meeting_word
from plenipo.reading.places import CITY
from plenipo.reading.text import whole_sentences

# What says a meeting is to be held somewhere, just before the city (at most a venue's name
# between them): "will be held in", "will take place at the Palais des Nations in", "se
# tiendra à", "aura lieu au Centre international de", "se celebrará en", "tendrá lugar en".
HELD_IN = re.compile(
    r"(?:\b(?:will|shall|to|would)\s+(?:be\s+held|take\s+place|convene|meet|be\s+convened|"
    r"be\s+hosted|be\s+organi[sz]ed)|\b(?:is|are)\s+(?:scheduled|expected|planned)\s+to\s+"
    r"(?:be\s+held|take\s+place)|\bse\s+tiendr(?:a|ont)|\baur(?:a|ont)\s+lieu|"
    r"\bse\s+r[ée]unir(?:a|ont)|\bse\s+d[ée]rouler(?:a|ont)|\bsera\s+accueillie|"
    r"\bse\s+celebrar[áa]n?|\btendr[áa]n?\s+lugar|\bse\s+reunir[áa]n?|\bse\s+llevar[áa]n?\s+a\s+cabo|"
    r"\bsesionar[áa]n?)"
    # a venue's name, a day or a time may come first: "will be held at the Palais des
    # Nations in", "se tiendra du 14 au 16 avril à"
    r"[^.;:\n]{0,80}?"
    r"\b(?:in|at|à|au|en)\s+(?:the\s+city\s+of\s+|la\s+ville\s+de\s+|la\s+ciudad\s+de\s+)?$",
    re.IGNORECASE,
)


# The city just before the meeting's days: "in Paris from 14 to 16 April", "à Paris du 14
# au 16 avril", "en Ginebra del 3 al 5 de mayo", "in Geneva on 3 May".
DAYS_AFTER = re.compile(
    r",?\s+(?:\([^)\n]{0,30}\)\s+)?(?:from|on|du|le|les|del|el|los|entre|between)\s+"
    r"(?:the\s+)?(?:\w+,?\s+)?\d{1,2}\b",
    re.IGNORECASE,
)
IN_BEFORE = re.compile(r"\b(?:in|à|en)\s+$", re.IGNORECASE)


# A field line that gives a meeting's place: "Venue: Geneva", "Lieu : Paris", "Lugar: Lima".
PLACE_LINE = re.compile(
    r"^[ \t]*(?:Venue|Lieu|Lugar|Place|Location|Where|Sede)[ \t]*:[^\n]{0,120}", re.I | re.M
)


# A city named for something done there before, not for the meeting: "the report adopted in
# Paris in 2019", "the Convention signed at Rome", "la réunion tenue à Genève", "celebrada
# en Lima" (not "to be held in", "qui sera tenue à").
DONE_IN = re.compile(
    r"(?:\b(?:adopted|signed|done|concluded|agreed|opened\s+for\s+signature|issued|launched|"
    r"established|adopt[ée]e?s?|sign[ée]e?s?|conclue?s?|[ée]tablie?s?|adoptad[oa]s?|"
    r"firmad[oa]s?|suscrit[oa]s?|celebrad[oa]s?)|(?<!be\s)(?<!being\s)\bheld|"
    r"(?<!sera\s)(?<!soit\s)(?<![êe]tre\s)\btenue?s?)"
    r"\s+(?:[^.;:\n]{0,40}?\s)?(?:in|at|à|au|en)\s+$",
    re.IGNORECASE,
)


REACH = 160


def cued_city(sentence: str) -> str | None:
    """The city the sentence says a meeting is held in ("will be held in Paris", "à Paris
    du 14 au 16 avril"), or None."""
    for city in CITY.finditer(sentence):
        before = sentence[max(0, city.start() - REACH) : city.start()]
        if DONE_IN.search(before):
            continue  # "will be held … to review the report adopted in Paris"
        if HELD_IN.search(before) or (
            IN_BEFORE.search(before) and DAYS_AFTER.match(sentence, city.end())
        ):
            return city.group(1)
    return None


def sentence_city(sentence: str) -> str | None:
    """The meeting's city in a sentence announcing it: the one it says the meeting is held
    in, else the first it names that is not named for something done there before."""
    cued = cued_city(sentence)
    if cued:
        return cued
    for city in CITY.finditer(sentence):
        if not DONE_IN.search(sentence[max(0, city.start() - REACH) : city.start()]):
            return city.group(1)
    return None


def _letters_meeting_places(text) -> set[str]:
    """The cities the letter says its meetings are held in, sentence by sentence and on
    "Venue:" lines."""
    places = set()
    for line in PLACE_LINE.finditer(text):
        city = CITY.search(line.group(0))
        if city:
            places.add(city.group(1))
    for _start, _end, sentence in whole_sentences(text):
        city = cued_city(sentence) if meeting_word(sentence) else None
        if city:
            places.add(city)
    return places


def with_meeting_places(text, meetings) -> list:
    """The meetings, each with the city the letter says meetings are held in where it names
    one only and the meeting's own sentence says nothing of it: a city its sentence names
    otherwise (the mission's, the place of writing) or none gives way to it — for the
    letter's one meeting, or one within a week of a meeting held there (the dinner of the
    session's first day, not the next conference a year later)."""
    places = _letters_meeting_places(text)
    if len(places) != 1:
        return meetings
    (place,) = places
    held_there = [m for m in meetings if m.city == place]
    return [
        replace(m, city=place)
        if m.city != place and (len(meetings) == 1 or _near(m, held_there))
        else m
        for m in meetings
    ]


NEAR_DAYS = 7


def _near(meeting, others) -> bool:
    first = meeting.start.not_before
    if first is None or not meeting.start.is_exact:
        return False
    days = [o.start.not_before for o in others if o.start.is_exact and o.start.not_before]
    return any(abs((day - first).days) <= NEAR_DAYS for day in days)
