"""A time allowed counted from a day the letter gives: "within 30 days from 1 March 2031",
"dans les 48 heures à compter du 7 avril 2031", "dans un délai de quinze jours à partir du 2
mai", "dentro de los 10 días contados a partir del 3 de junio" — its last day. Pure."""

from __future__ import annotations

import datetime as dt
import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import FoundDate, starting_within
from plenipo.reading.deadline_words import NUMBER_WORD

COUNTED_FROM_DAY = re.compile(
    r"\b(?P<qualifier>(?:within(?:\s+the)?|within\s+a\s+period\s+of|sous|"
    r"dans\s+(?:les|un\s+d[ée]lai\s+de)|en\s+(?:las|los|un\s+plazo\s+de)|"
    r"dentro\s+de(?:\s+las|\s+los|\s+un\s+plazo\s+de)?)\s+"
    r"(?:(?:next|following|prochaines?|pr[óo]xim[oa]s|siguientes)\s+)?"
    r"(?P<count>\d{1,3}|" + NUMBER_WORD + r")(?:\s*\((?P<figures>\d{1,3})\))?\s*"
    r"(?P<unit>hours|heures|horas|days|jours|d[íi]as|weeks|semaines|semanas)"
    r"(?:\s*\(\d{1,3}\s*h\))?,?\s+"
    r"(?:(?:calendar|francs|calendaires|naturales)\s+)?"
    r"(?:(?:contad[oa]s\s+|counted\s+|counting\s+)?(?:from|as\s+from|of|following|after|"
    r"[àa]\s+compter\s+du|[àa]\s+partir\s+du|[àa]\s+dater\s+du|a\s+partir\s+del|"
    r"a\s+contar\s+del?|desde\s+el))\s+(?:the\s+|le\s+|el\s+)?)",
    re.IGNORECASE,
)

_NUMBERS = {
    word: value
    for value, words in enumerate(
        (
            "zero",
            "one un une uno una",
            "two deux dos",
            "three trois tres",
            "four quatre cuatro",
            "five cinq cinco",
            "six seis",
            "seven sept siete",
            "eight huit ocho",
            "nine neuf nueve",
            "ten dix diez",
        )
    )
    for word in words.split()
}
_NUMBERS |= {"twelve": 12, "douze": 12, "doce": 12, "fifteen": 15, "quinze": 15, "quince": 15}
_TENS = (
    ("twenty vingt veinte", 20),
    ("thirty trente treinta", 30),
    ("forty quarante cuarenta", 40),
    ("fifty cinquante cincuenta", 50),
    ("sixty soixante sesenta", 60),
    ("seventy setenta", 70),
    ("ninety noventa", 90),
)
_NUMBERS |= {word: value for words, value in _TENS for word in words.split()}
_HOURS = ("hours", "heures", "horas")
_WEEKS = ("weeks", "semaines", "semanas")


def _count(match) -> int | None:
    """The number of hours, days or weeks, in figures or in words ("quarante-huit")."""
    said = match["figures"] or match["count"]
    if said.isdigit():
        return int(said)
    parts = [_NUMBERS.get(part) for part in said.lower().split("-")]
    return sum(parts) if parts and None not in parts else None


def _days(match) -> int | None:
    count = _count(match)
    if count is None:
        return None
    unit = match["unit"].lower()
    if unit in _HOURS:
        return -(-count // 24)  # 48 hours from 7 April: by 9 April
    return count * 7 if unit in _WEEKS else count


def counted_from_day(text, dates: list[FoundDate]) -> list[tuple[tuple[int, int], str, dt.date]]:
    """(span, qualifier, last day) of each time allowed counted from a day the text gives
    right after it."""
    found = []
    ordered = sorted((d for d in dates if d.last and not d.month_only), key=lambda d: d.start)
    starts = [d.start for d in ordered]
    for match in caseless(COUNTED_FROM_DAY).finditer(text):
        following = starting_within(ordered, starts, match.end() - 4, match.end() + 2)
        days = _days(match)
        if not following or days is None:
            continue
        day = following[0]
        qualifier = " ".join(text[match.start() : day.end].split())
        found.append(((match.start(), day.end), qualifier, day.last + dt.timedelta(days=days)))
    return found
