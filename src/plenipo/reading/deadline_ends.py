"""A deadline at the end of a month or a year: "by the end of the month", "before the end of
2032", "by end June", "d'ici la fin du mois", "avant fin juin 2032", "antes de fin de año", "a
más tardar a finales de junio" — its last day. Pure."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import MONTHS

_MONTH = "|".join(sorted((m for m in MONTHS if len(m) > 3 or m == "may"), key=len, reverse=True))

# The cue, then "end of" in the letter's language.
_CUE = (
    r"(?:(?:by|before|not\s+later\s+than|no\s+later\s+than)\s+(?:the\s+)?end(?:\s+of)?[\s-]+"
    r"(?:the\s+month\s+of\s+)?|"
    r"(?:d['’]ici|avant|au\s+plus\s+tard|jusqu['’][àa])\s+(?:la\s+)?fin\s+|"
    r"(?:antes\s+del?|a\s+m[áa]s\s+tardar\s+(?:a|al|el)|hasta\s+(?:el|los)|para\s+(?:el|los))\s+"
    r"(?:fin(?:al)?|finales|fines)\s+del?\s+)"
)
# What ends: the month or the year of the letter, a year, or a month (and its year).
_WHAT = (
    r"(?:(?P<this_month>(?:the|this)\s+month|du\s+mois(?:\s+en\s+cours)?|de\s+ce\s+mois|"
    r"(?:este\s+)?mes(?:\s+en\s+curso)?)|"
    r"(?P<this_year>(?:the|this)\s+(?:current\s+)?year|de\s+l['’]ann[ée]e(?:\s+en\s+cours)?|"
    r"de\s+cette\s+ann[ée]e|(?:este\s+)?a[ñn]o(?:\s+en\s+curso)?)|"
    r"(?:de\s+l['’]ann[ée]e\s+)?(?P<year>(?:19|20)\d\d)|"
    r"(?:(?:du\s+)?mois\s+|mes\s+)?(?:de\s+|d['’])?(?P<month>" + _MONTH + r")"
    r"(?:,?\s+(?:de\s+|del\s+)?(?P<month_year>(?:19|20)\d\d))?)\b"
)
PERIOD_END = re.compile(r"\b(?P<qualifier>" + _CUE + r")" + _WHAT, re.IGNORECASE)


# What lasts or is held until then is no deadline: "the project will run until the end of
# 2032", "the Conference will be held before the end of the year", "le mandat expire".
HELD_OR_LASTING = re.compile(
    r"\b(?:held|take\s+place|convened?|meet|run|last|remain|continue|valid|extended|"
    r"se\s+tiendr(?:a|ont)|aur(?:a|ont)\s+lieu|se\s+r[ée]unira|se\s+celebrar[áa]n?|"
    r"tendr[áa]n?\s+lugar|se\s+realizar[áa]n?|se\s+reunir[áa]|durer(?:a|ont)|"
    r"rester(?:a|ont)|valable|vigente|durar[áa]n?)\b[^.;\n]{0,60}$",
    re.IGNORECASE,
)


# The sentence asks the addressee for something: "Please send …", "Parties are invited to
# …", "… should be submitted", "Merci d'envoyer …", "Les ruego enviar …" (not "the elements
# should be adopted by the end of this year", a wish about others).
ASKED = re.compile(
    r"\b(?:please|kindly|invited|requested|asked|grateful|appreciate[ds]?|encouraged|"
    r"(?:should|must|shall|to)\s+be\s+(?:sent|submitted|received|returned|provided|communicated|"
    r"completed|forwarded|transmitted|paid)|"
    r"pri[èe]re|veuillez|merci|invit[ée]e?s?|pri[ée]e?s?|reconnaissante?s?|"
    r"doi(?:t|vent)\s+(?:[êe]tre|parvenir)|devr(?:a|ont)\s+(?:[êe]tre|parvenir)|"
    r"s[íi]rva(?:n|se)|ruego|rogamos|solicit[ao]|agradecer[íi]a|agradeceremos|invita(?:mos|dos?)|"
    r"deber[áa]n?\s+(?:ser|enviarse|remitirse|presentarse|recibirse))\b",
    re.IGNORECASE,
)


def _last_day(match, own_day) -> dt.date | None:
    if match["year"]:
        return dt.date(int(match["year"]), 12, 31)
    if own_day is None:
        return None
    if match["this_year"]:
        return dt.date(own_day.year, 12, 31)
    if match["this_month"]:
        year, month = own_day.year, own_day.month
    else:
        month = MONTHS[match["month"].lower()]
        year = int(match["month_year"] or own_day.year + (1 if month < own_day.month else 0))
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_ends(text, own_day) -> list[tuple[tuple[int, int], str, dt.date]]:
    """(span, qualifier, last day) of each deadline at the end of a month or a year."""
    found = []
    for match in caseless(PERIOD_END).finditer(text):
        if HELD_OR_LASTING.search(text, max(0, match.start() - 80), match.start()):
            continue
        if not asked_before(text, match.start()):
            continue
        day = _last_day(match, own_day)
        if day and not (own_day and day < own_day):
            found.append((match.span(), " ".join(match["qualifier"].split()), day))
    return found


def asked_before(text, at) -> bool:
    """Whether the sentence asks something of the addressee before ``at``."""
    sentence_start = max(text.rfind(". ", 0, at), text.rfind("\n\n", 0, at))
    return bool(ASKED.search(text, max(sentence_start, at - 240), at))
