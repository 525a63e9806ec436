"""Meetings a notice gives as a form ("Date: … / Time: … / Venue: …") and the venue a text
names. Pure."""

from __future__ import annotations

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import starting_within
from plenipo.reading.meeting_words import MEETING_WORDS, title_around
from plenipo.reading.model import Meeting, Span
from plenipo.reading.places import CITY, ROOM, VENUE
from plenipo.reading.times import find_time

# A notice's form of a meeting: "Date: 20 April 2015 / Time: 10:00 – 13:00 / Venue: …".
FORM_DATE = re.compile(
    r"^[ \t]*(?:(?P<timed>Date\s*(?:and|et|&|/)\s*(?:time|heure|hour)s?|Fecha\s*(?:y|/)\s*hora|"
    r"When|Quand|Cu[áa]ndo)|"
    # "Date of the meeting:", "Dates de la session :", "Fecha de la reunión:"
    r"(?:Dates?|Fechas?)(?:\s+(?:of\s+the|de\s+la|du|de\s+l['’]|del)\s*(?:[\w-]+\s+){0,3}?"
    r"(?:meeting|session|conference|event|workshop|seminar|webinar|briefing|forum|assembly|"
    r"r[ée]union|s[ée]ance|conf[ée]rence|atelier|s[ée]minaire|webinaire|[ée]v[ée]nement|"
    r"assembl[ée]e|reuni[óo]n|sesi[óo]n|conferencia|taller|seminario|evento|foro|asamblea)s?)?)"
    r"[ \t]*:[^\n]*",
    re.IGNORECASE | re.MULTILINE,
)


FORM_FIELD = re.compile(
    r"^\s*(?P<key>Times?|Heures?|Horaires?|Horas?|Horario|Venue|Lieu|Lugar|Place|Location|Rooms?|Where|"
    # the hour it opens at: "Opening: 3 March 2031, 9:30 a.m.", "Ouverture : 10 h"
    r"Opening|Ouverture|Apertura|Start(?:ing)?\s+time|Hora\s+de\s+inicio|"
    r"Salle|Sala)\s*:\s*(?P<value>[^\n]*)$",
    re.IGNORECASE,
)


FORM_LINES = 4
TIME_KEYS = ("t", "heure", "hora", "opening", "ouverture", "apertura", "start")


def form_meetings(text, dates, own_day, starts) -> list[Meeting]:
    """Meetings a notice gives as a form: a "Date:" line with a "Time:", "Venue:" or
    "Room:" line under it (a letterhead's "Date:" alone is the letter's)."""
    found = []
    for match in FORM_DATE.finditer(text):
        days = [
            d
            for d in starting_within(dates, starts, match.start(), match.end())
            if d.first and not d.month_only and not (own_day and d.last < own_day)
        ]
        fields = [
            FORM_FIELD.match(line)
            for line in text[match.end() : match.end() + 200 * FORM_LINES].split("\n")[
                1 : 1 + FORM_LINES
            ]
        ]
        fields = [f for f in fields if f]
        # a letterhead's "Date:" alone is the letter's, not "Date and time:" nor "When:"
        if not days or not (fields or match["timed"]):
            continue
        timed = [f["value"] for f in fields if f["key"].lower().startswith(TIME_KEYS)]
        start_time, end_time = find_time(timed[0] if timed else match.group(0))
        room = next(filter(None, (ROOM.search(f["value"]) for f in fields)), None)
        city = next(filter(None, (CITY.search(f["value"]) for f in fields)), None)
        heading = text[max(0, match.start() - 300) : match.start()]
        title = MEETING_WORDS.search(heading)
        found.append(
            Meeting(
                title=title_around(heading, title) if title else "meeting",
                start=days[0].first_bounds(),
                end=days[-1].last_bounds(),
                date_text=days[0].text,
                start_time=start_time,
                end_time=end_time,
                room=room.group(0).rstrip(".") if room else None,
                venue=venue_of_the_form(fields),
                city=city.group(1) if city else None,
                status="scheduled",
                evidence=Span(days[0].start, days[-1].end),
                confidence=0.7,
            )
        )
    return found


def venue_in(text) -> str | None:
    """The building a text names, or "online" or "virtual" for a meeting held so."""
    venue = caseless(VENUE).search(text)
    if venue is None:
        return None
    held = venue.group(0).lower()
    return {"virtually": "virtual", "online": "online", "en ligne": "online"}.get(
        " ".join(held.split()), venue.group(0)
    )


def venue_of_the_form(fields) -> str | None:
    """A form's "Venue:" or "Lieu:" line: the building it names, else the whole line when
    it gives no room ("Venue: IMO Headquarters, 4 Albert Embankment")."""
    for field in fields:
        if field["key"].lower() in ("venue", "lieu", "lugar", "place", "location", "where"):
            value = field["value"].strip(" .;")
            return venue_in(value) or (None if ROOM.search(value) else value[:120] or None)
    return None


# A heading's line of days alone under the meeting's name: "Global Ocean Forum / 4-6 June
# 2032 / Lisbon", "Troisième Conférence / du 4 au 6 juin 2032"; its place may follow the
# days on the line ("16-18 April 2032 | Lisbon, Portugal", "4-6 juin 2032, Dakar").
DAYS_LINE = re.compile(
    r"^[ \t]*(?:(?:from|du|del|de)[ \t]+)?(?:[A-Za-zÀ-ÿ]+,?[ \t]+)?\d{1,2}(?:st|nd|rd|th|er)?\b"
    r"[^\n.;:]{0,30}?\b(?:19|20)\d\d"
    r"(?:[ \t]*[|,–—-][ \t]*[A-ZÀ-Ý][^\n.;:|,\d]{1,30}(?:,[ \t]*[^\n.;:|,\d]{1,30})?)?[ \t|]*$"
)


def under_a_name(sentence, before) -> bool:
    """Whether the sentence is a line of days alone under a short heading line (``before``,
    the sentence before it)."""
    name = before[2].strip()
    return bool(DAYS_LINE.match(sentence)) and 0 < len(name) < 150 and not name.endswith(".")
