"""Meetings a sentence without a day of its own adds to the one before it: one that follows
it, one held the same day, and the time given in the next sentence. Pure."""

from __future__ import annotations

import re
from dataclasses import replace

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import starting_within
from plenipo.reading.meeting_forms import venue_in
from plenipo.reading.meeting_words import FUTURE, MEETING_WORDS, PAST, meeting_word, title_around
from plenipo.reading.model import Meeting, Span
from plenipo.reading.places import ROOM
from plenipo.reading.times import find_time

# "The Symposium will be followed by the annual reception", "sera suivie d'une réception",
# "será seguida de un almuerzo": a meeting after the one before, on its last day.
FOLLOWED_BY = re.compile(
    r"\bfollowed\s+by\b|\bsuivie?s?\s+(?:de|d['’]|par)|\bseguid[oa]s?\s+(?:de|por)\b",
    re.IGNORECASE,
)


def followed_by(text, sentence_at, last, starts) -> list[Meeting]:
    """The meeting a sentence without a date says follows the last one found."""
    start, end, sentence = sentence_at
    follows = caseless(FOLLOWED_BY).search(sentence)
    if not follows or not last.end.is_exact or starting_within(starts, starts, start, end):
        return []
    rest = sentence[follows.end() :]
    named = caseless(MEETING_WORDS).search(rest)
    if named is None:
        return []
    return [
        replace(
            last,
            title=title_around(rest, named),
            start=last.end,
            start_time=None,
            end_time=None,
            room=None,
            date_text=" ".join(sentence.split())[:120],
            evidence=Span(start + follows.start(), start + follows.end() + named.end()),
            confidence=0.5,
        )
    ]


# "A reception will be held the same day at 6 p.m.", "une réception aura lieu le même jour",
# "ese mismo día se celebrará una cena": another meeting on the day of the one before.
SAME_DAY = re.compile(
    r"\b(?:(?:the|that)\s+same\s+(?:day|morning|afternoon|evening)|"
    r"(?:le|ce)\s+m[êe]me\s+(?:jour|matin|soir|apr[èe]s-midi)|"
    r"(?:el|ese|este|la|esa|esta)\s+mism[oa]\s+(?:d[íi]a|ma[ñn]ana|tarde|noche))\b",
    re.IGNORECASE,
)


def on_the_same_day(text, sentence_at, last, starts) -> list[Meeting]:
    """The meeting a sentence without a date says is held the same day as the last one
    found, at the time it gives."""
    start, end, sentence = sentence_at
    same = caseless(SAME_DAY).search(sentence)
    if not same or not last.start.is_exact or starting_within(starts, starts, start, end):
        return []
    named = meeting_word(sentence)
    if named is None or (caseless(PAST).search(sentence) and not caseless(FUTURE).search(sentence)):
        return []
    start_time, end_time = find_time(sentence)
    room = ROOM.search(sentence)
    return [
        replace(
            last,
            title=title_around(sentence, named),
            end=last.start,
            start_time=start_time,
            end_time=end_time,
            room=room.group(0).rstrip(".") if room else None,
            venue=venue_in(sentence),
            date_text=same.group(0),
            evidence=Span(start + same.start(), start + same.end()),
            confidence=0.5,
        )
    ]


# "… on 20 April 2015. It will start at 10 a.m.", "Time: 10.00 a.m. to 1.00 p.m."
TIME_CUE = re.compile(
    r"\b(?:start|starts|begin|begins|open|opens|commence|commences|convene|will\s+be\s+held|"
    r"will\s+take\s+place|time|heure|hora|will\s+be\s+(?:from|between)|"
    # the plural too: "les travaux commenceront à 10 heures", "las sesiones comenzarán a las
    # 10:00", "se inaugurará a las 9.30"
    r"commencer(?:a|ont)|d[ée]buter(?:a|ont)|s['’]ouvrir(?:a|ont)|comenzar[áa]n?|"
    r"iniciar[áa]n?|empezar[áa]n?|se\s+inaugurar[áa]|se\s+abrir[áa]|"
    # the hours of each day: "Meetings will run from 10:00 to 17:00", "les séances se
    # dérouleront de 10 h à 13 h", "las sesiones sesionarán de 9 a 13 horas"
    r"(?:will\s+)?run|runs|se\s+d[ée]rouler(?:a|ont)|sesionar[áa]n?|"
    # "The opening is scheduled at 9 a.m.", "prévue à 17 heures", "prevista para las 10:00"
    r"(?:is|are)\s+scheduled|pr[ée]vue?s?|previst[oa]s?|programad[oa]s?)\b",
    re.IGNORECASE,
)


# A programme's line under its day opens with the hour: "Tuesday, 8 April / 09:30
# Registration", "10 h 00 Ouverture", "9.30 a.m. – Opening".
OPENING_HOUR = re.compile(r"\s*(?:[01]?\d|2[0-3])(?:[:.]|\s?h\s?)[0-5]\d\b")


def time_of_the_meeting_before(text, sentence_at, starts):
    """The time a sentence with no date gives the meeting of the sentence before it."""
    start, end, sentence = sentence_at
    programme_line = OPENING_HOUR.match(sentence)
    cued = TIME_CUE.search(sentence) or programme_line
    if starting_within(starts, starts, start, end) or not cued:
        return None
    # a programme's first line gives its day's first hour, whatever it opens with
    start_time, end_time = find_time(sentence) if programme_line else meeting_time(sentence)
    return (start_time, end_time) if start_time else None


# A clause on what comes before the meeting: "Registration starts at 8.30 am; the workshop
# starts at 9.30 am", "l'accueil des participants à 8 h 30", "la acreditación a las 8:00".
BEFORE_THE_MEETING = re.compile(
    r"\b(?:registration|check-in|accreditation|badges?|coffee|inscriptions?|accueil|"
    r"accr[ée]ditation|caf[ée]|inscripci[óo]n|registro|acreditaci[óo]n)\b",
    re.IGNORECASE,
)
CLAUSE = re.compile(r"[^;,]+")


# A deadline after the meeting's day: its hour is the deadline's ("… (3 June) will be open
# until 15 May at 17:00", "… jusqu'au 15 mai à 17 heures").
DEADLINE_AFTER = re.compile(
    r"\b(?:until|no\s+later\s+than|not\s+later\s+than|au\s+plus\s+tard|jusqu['’]au|"
    r"hasta\s+el|a\s+m[áa]s\s+tardar|deadline|date\s+limite|fecha\s+l[ií]mite)\b",
    re.IGNORECASE,
)


def meeting_time(piece) -> tuple[str | None, str | None]:
    """The time a piece of text gives a meeting: that of a clause not on registration or
    coffee before it, where another clause gives one; else the first the piece gives outside
    such clauses (before any deadline the piece goes on to): registration's hour alone is
    not the meeting's."""
    deadline = DEADLINE_AFTER.search(piece)
    piece = piece[: deadline.start()] if deadline else piece
    for clause in CLAUSE.finditer(piece):
        if not BEFORE_THE_MEETING.search(clause.group(0)):
            timed = find_time(clause.group(0))
            if timed[0]:
                return timed
    return find_time(PART.sub(_unless_before_the_meeting, piece))


# A clause or a sentence ("… at 10 a.m. Registration closes at 9 a.m."), "8.30" kept whole
PART = re.compile(r"(?:[^;,.]|\.(?!\s))+")


def _unless_before_the_meeting(clause) -> str:
    """A clause on registration or coffee with one hour blanked out; a programme's lines
    that go on to other hours ("09:30 Registration / 10:00 Opening") are kept."""
    text = clause.group(0)
    if BEFORE_THE_MEETING.search(text) and find_time(text)[1] is None:
        return " " * len(text)
    return text


# The hour a meeting opens on its first day, told later in the letter: "The session will
# open at 9.30 a.m. on the first day", "La séance d'ouverture aura lieu à 10 heures le premier
# jour", "la sesión inaugural comenzará a las 10:00 horas del primer día".
FIRST_DAY = re.compile(
    r"\b(?:(?:on|of)\s+the\s+(?:first|opening)\s+day|le\s+premier\s+jour|le\s+jour\s+de\s+"
    r"l['’]ouverture|(?:el|del)\s+primer\s+d[íi]a|(?:el|del)\s+d[íi]a\s+de\s+(?:la\s+)?apertura)\b",
    re.IGNORECASE,
)


def first_day_time(text, sentence_at, starts) -> str | None:
    """The time a sentence without a day gives the first day of the meeting before it."""
    start, end, sentence = sentence_at
    if starting_within(starts, starts, start, end) or not FIRST_DAY.search(sentence):
        return None
    return meeting_time(sentence)[0]
