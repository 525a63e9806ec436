"""A meeting's day told from the letter's: "tomorrow at 10 a.m.", "today at 3 p.m.", "demain
à 10 heures", "on Thursday", "jeudi prochain", "el próximo jueves" — the day after, the day
itself, the next such weekday. Only for a letter whose day is read from its dateline. Pure."""

from __future__ import annotations

import datetime as dt
import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import WEEKDAYS, FoundDate, starting_within
from plenipo.reading.deadline_ends import asked_before

_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))

# Not followed by the day in figures ("tomorrow, Friday, 3 June" gives it), nor the Spanish
# morning ("la mañana", "por la mañana").
RELATIVE_DAY = re.compile(
    r"\b(?:(?P<tomorrow>tomorrow|demain|(?<!la\s)(?<!esta\s)(?<!de\s)(?<!por\s)(?<!cada\s)"
    r"(?<!una\s)(?<!pasado\s)ma[ñn]ana)|"
    # not "as of today", "today's date", "this morning's consultation"
    r"(?P<today>(?<!of\s)(?<!from\s)(?<!since\s)(?:today|this\s+(?:morning|afternoon|evening))"
    r"(?!['’]s)|(?<!partir\s)(?<!d[èe]s\s)(?:aujourd['’]hui|ce\s+(?:matin|soir)|"
    r"cet\s+apr[èe]s-midi)|(?<!partir\s)(?<!de\s)(?<!desde\s)(?:hoy|esta\s+(?:tarde|noche)))|"
    # "on Thursday", "this Friday", "ce jeudi", "jeudi prochain", "este jueves", "el próximo
    # jueves" (not "next Thursday", which may be the week after)
    r"(?:on|this|coming|ce|este|el\s+pr[óo]ximo)\s+(?P<weekday>" + _WEEKDAY + r")|"
    r"(?P<weekday_next>" + _WEEKDAY + r")\s+(?:prochain|pr[óo]ximo))\b",
    re.IGNORECASE,
)
# What makes the day a meeting's: its hour right after ("tomorrow at 10 a.m.", "demain à 10
# heures", "mañana a las 10:00") or the verb that holds it right before ("will meet tomorrow",
# "will take place on Thursday", "aura lieu jeudi prochain") — not "I am writing today".
TIME_AFTER = re.compile(r"\s*,?\s*(?:at|from|between|[àa]|de|d[èe]s|a\s+las|entre|\()\s*\d", re.I)
HELD_JUST_BEFORE = re.compile(
    r"\b(?:will\s+(?:be\s+held|take\s+place|meet|convene|start|begin|open|resume)|"
    r"(?:is|are)\s+(?:scheduled|convened|planned)|se\s+tiendra|aura\s+lieu|se\s+r[ée]unira|"
    r"commencera|d[ée]butera|se\s+celebrar[áa]|tendr[áa]\s+lugar|se\s+realizar[áa]|"
    r"se\s+reunir[áa]|comenzar[áa])\s+(?:[\w-]+\s+){0,3}?(?:on\s+|this\s+|ce\s+|el\s+|este\s+)?$",
    re.IGNORECASE,
)


def _held_then(text, match) -> bool:
    return bool(
        TIME_AFTER.match(text, match.end())
        or HELD_JUST_BEFORE.search(text, max(0, match.start() - 60), match.start())
    )


# How far after the words a date written in full makes them its own ("tomorrow, Friday, 3
# June").
GIVEN_AFTER = 25


def relative_days(text, own_day, dates) -> list[FoundDate]:
    """The days the text tells from the letter's own day ``own_day``, where none of the
    ``dates`` found in it follows at once."""
    if own_day is None:
        return []
    found, starts = [], sorted(d.start for d in dates)
    for match in caseless(RELATIVE_DAY).finditer(text):
        # the day written in full with it: "tomorrow, Friday, 3 June", "on Wednesday 11 May"
        if starting_within(starts, starts, match.start() - 5, match.end() + GIVEN_AFTER):
            continue
        # "today" needs its hour: a letter is written today; a weekday alone may be past
        # ("as discussed at the meeting on Thursday")
        weekday = match["weekday"] or match["weekday_next"]
        if match["today"] and not TIME_AFTER.match(text, match.end()):
            continue
        if not _held_then(text, match):
            continue
        if match["tomorrow"]:
            day = own_day + dt.timedelta(days=1)
        elif match["today"]:
            day = own_day
        else:
            number = WEEKDAYS[weekday.lower()]
            day = own_day + dt.timedelta(days=(number - own_day.weekday() - 1) % 7 + 1)
        found.append(FoundDate(match.start(), match.end(), day, day, match.group(0), True))
    return found


# A deadline told from the letter's day: "by Friday", "before Wednesday", "by tomorrow",
# "d'ici vendredi", "avant mercredi", "antes del viernes", "hasta el próximo viernes" (not "by
# next Friday", which may be the week after).
RELATIVE_DEADLINE = re.compile(
    r"\b(?P<qualifier>by|before|no\s+later\s+than|not\s+later\s+than|d['’]ici|avant|"
    r"antes\s+del|hasta\s+el|a\s+m[áa]s\s+tardar\s+el)\s+"
    r"(?:(?:this|ce|el\s+pr[óo]ximo|pr[óo]ximo)\s+)?"
    r"(?:(?P<tomorrow>tomorrow|demain|ma[ñn]ana)|(?P<weekday>" + _WEEKDAY + r"))"
    r"(?:\s+(?:prochain|pr[óo]ximo))?\b(?!['’]s)",
    re.IGNORECASE,
)


def relative_deadlines(text, own_day, dates) -> list[tuple[tuple[int, int], str, dt.date]]:
    """(span, qualifier, day) of each deadline the text tells from the letter's own day
    ``own_day``, where none of the ``dates`` found in it gives the day in full."""
    if own_day is None:
        return []
    found, starts = [], sorted(d.start for d in dates)
    for match in caseless(RELATIVE_DEADLINE).finditer(text):
        if starting_within(starts, starts, match.start("qualifier"), match.end() + GIVEN_AFTER):
            continue
        if not asked_before(text, match.start()):
            continue  # "the report was adopted by Friday": no deadline asked
        if match["tomorrow"]:
            day = own_day + dt.timedelta(days=1)
        else:
            number = WEEKDAYS[match["weekday"].lower()]
            day = own_day + dt.timedelta(days=(number - own_day.weekday() - 1) % 7 + 1)
        found.append((match.span(), match["qualifier"].lower(), day))
    return found
