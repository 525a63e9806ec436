"""Dates and times as letters write them, in English, French and Spanish. Pure."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache

from plenipo.core.partialdates import UNKNOWN, DateBounds
from plenipo.reading.caseless import caseless
from plenipo.reading.datewords import WORDS_DATE, numbered
from plenipo.reading.times import find_time  # noqa: F401 (read from here by older callers)

# A full date as letters write it, in any of the three languages: what makes a line a dateline
# to the layout model and ends a note's signature. (Finding and resolving dates is below.)
_MONTH_WORD = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|janv|f[ée]v|avr|mai|juin|juil|ao[uû]t|"
    r"d[ée]c|ene|abr|ago|dic)[a-zéû]*\.?"
)
DATE_SHAPE = re.compile(
    rf"\b(?:\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:de\s+)?{_MONTH_WORD}\s+(?:de\s+)?\d{{4}}|{_MONTH_WORD}\s+\d{{1,2}},?\s+\d{{4}}"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})\b",
    re.IGNORECASE,
)

MONTHS = {
    # English
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    # French
    "janvier": 1,
    "février": 2,
    "fevrier": 2,
    "mars": 3,
    "avril": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "octobre": 10,
    "novembre": 11,
    "décembre": 12,
    "decembre": 12,
    # Spanish
    "enero": 1,
    "febrero": 2,
    "marzo": 3,
    "abril": 4,
    "mayo": 5,
    "junio": 6,
    "julio": 7,
    "agosto": 8,
    "septiembre": 9,
    "setiembre": 9,
    "octubre": 10,
    "noviembre": 11,
    "diciembre": 12,
}
WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
    "lunes": 0,
    "martes": 1,
    "miércoles": 2,
    "miercoles": 2,
    "jueves": 3,
    "viernes": 4,
    "sábado": 5,
    "sabado": 5,
    "domingo": 6,
}
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_FIRST_MONTH = "(?P<first_month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = "(?:(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r"),?\s+)?"
# Its ordinal suffix as OCR may part it ("le 1 er mai") and as old letters write it ("this 3d
# day of May, 1850", "the 22d of June").
_DAY = r"(?<![\d/.])(?P<day>[0-3]?\d)(?:\s?(?:st|nd|rd|th|er)|(?<=[23])d|º|°)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DE = r"(?:\s+del?)?"  # "19 de junio de 2017", "30 de julio del 2018"
# Old letters name the year after the month: "the 25th day of March of the coming year 1923",
# "the 3rd of May of the present year 1910".
_OF_YEAR = r"|\s+of\s+(?:the\s+)?(?:(?:coming|next|present|current|same)\s+)?year"
_FIRST_DAY = r"(?<![\d/.])(?P<first>[0-3]?\d)(?:st|nd|rd|th|er)?"
# The end of a date: a word boundary, or after a year any non-digit ("2005To: …", text
# extracted from a PDF whose lines ran together).
_END = r"(?:(?<=(?:19|20)\d\d)(?!\d)|\b)"
# Where a date can start: a word's start, or a day run into the word before it ("later
# than27 April"); testing only there keeps the search fast.
_START = r"(?:\b|(?<=[a-z])(?=\d))"
# A day and its month either way round: "Thursday, 29 June", "le 15 juin", "19 de junio",
# "June 29"; the year after them differs between the patterns below.
_DAY_MONTH = _START + r"(?:le\s+)?" + _WEEKDAY + _DAY + _DE + r"(?:\s+day)?(?:\s+of)?\s+" + _MONTH
_MONTH_DAY = r"\b" + _WEEKDAY + _MONTH + r"\s+" + _DAY
# No year, or one before 1900: "the convention of August 22, 1864" is not a date to come.
_OLD_YEAR = r"|(?!,?\s+1[0-8]\d\d\b))"
# "from 14 until 16 May", "desde el 14 hasta el 16 de mayo", "du 14 jusqu'au 16 mai"
_RANGE_SEP = (
    # not across a list's items: "… Conference Room 3 / - Tuesday, 11 March" is no range
    r"(?![ \t]*\n[ \t]*[-–—•*])"
    # a word whole, not a postcode's letters: "NT1 2AB / 3 May" is no range
    r"\s*(?:-|–|—|\b(?:to|through|thru|until|till|au|al|and|et|y|a|hasta(?:\s+el)?|jusqu['’]au)\b)\s*"
)

# The end of a range of days: "15 April 2009", "Friday, 15 April", "15 de abril de 2009",
# "(le samedi 14 et) le dimanche 15 septembre", "(el sábado 14 y) el domingo 15 de junio".
# What follows the last day: its month, and its year if given ("… April 2009", "… de abril
# de 2009").
# "(the 3rd and) 4th of June 2032": the last day's "of"
_MONTH_MAYBE_YEAR = _DE + r"(?:\s+of)?\s+" + _MONTH + r"(?:" + _DE + r",?\s+" + _YEAR + r")?"
_TO_DAY_MONTH_YEAR = r"(?:(?:le|el)\s+)?(?:\w+,?\s+)?" + _DAY + _MONTH_MAYBE_YEAR

PATTERNS = [
    # the formal Spanish date of acts and notes: "a los 3 días del mes de mayo de 2021", "el
    # día 3 del mes de mayo del año 2021"
    (
        "dmy",
        re.compile(
            r"\b(?:a\s+los|el\s+d[íi]a)\s+"
            + _DAY
            + r"(?:\s+d[íi]as)?\s+del\s+mes\s+de\s+"
            + _MONTH
            + r",?\s+del?\s+(?:a[ñn]o\s+)?"
            + _YEAR
            + _END,
            re.IGNORECASE,
        ),
    ),
    # two days parted by a slash, as an exchange of letters dates itself: "16/17 December
    # 1992", "28 February/5 March 2002" (the year is the second day's)
    (
        "range_pair",
        re.compile(
            _START
            + _FIRST_DAY
            + r"(?:\s+"
            + _FIRST_MONTH
            + r")?\s*/\s*(?P<day>[0-3]?\d)(?:st|nd|rd|th|er)?"
            + _MONTH_MAYBE_YEAR
            + _END,
            re.IGNORECASE,
        ),
    ),
    # "from 28 October to 4 November 2008", "30 October - 1 November 2001", "du 30 juin au
    # 2 juillet"
    (
        "range_months",
        re.compile(
            r"\b(?:(?:from|du|del|de)\s+)?"
            + _WEEKDAY
            + _FIRST_DAY
            + _DE
            + r"\s+"
            + _FIRST_MONTH
            + _RANGE_SEP
            + _TO_DAY_MONTH_YEAR
            + _END,
            re.IGNORECASE,
        ),
    ),
    # "from 14 to 15 April 2009", "14–15 April 2009", "du 14 au 15 avril", "del 14 al 15 de abril"
    (
        "range_dmy",
        re.compile(
            _START
            + r"(?:(?:from|du|del|de)\s+)?"
            + _WEEKDAY
            + _FIRST_DAY
            + r"(?:\s*\([a-zé]+\))?"
            + _RANGE_SEP
            + _TO_DAY_MONTH_YEAR,
            re.IGNORECASE,
        ),
    ),
    # "Thursday, 29 June 2017", "le 15 juin 2015", "19 de junio de 2017", "29 June"
    (
        "dmy",
        re.compile(
            _DAY_MONTH + r"(?:(?:" + _DE + _OF_YEAR + r"),?\s+" + _YEAR + _OLD_YEAR + _END,
            re.IGNORECASE,
        ),
    ),
    # "September 6 and 7 next", "May 14-15, 2009"
    (
        "range_mdy",
        re.compile(
            r"\b"
            + _WEEKDAY
            + _MONTH
            + r"\s+"
            + _FIRST_DAY
            # "June 3 through 7, 2032", "June 3 until 7"
            + r"\s*(?:-|–|—|to|and|through|thru|until)\s*"
            + _DAY
            + r"(?:,?\s+"
            + _YEAR
            + r")?"
            + _END,
            re.IGNORECASE,
        ),
    ),
    # "June 15, 2015", "Thursday, June 29", and as Colombian and Venezuelan letters write
    # it, "mayo 3 de 2021"
    (
        "mdy",
        re.compile(
            _MONTH_DAY + r"(?:(?:,?\s+|\s+de\s+)" + _YEAR + _OLD_YEAR + _END,
            re.IGNORECASE,
        ),
    ),
    # "2015-06-15"
    # "this third day of May, 2010", "le trois mai deux mille neuf"
    ("words", WORDS_DATE),
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    # "26.04.2022": with dots, day first
    (
        "dotted",
        re.compile(
            # a full stop may end the sentence after it ("… by 12.02.2031."), not another number
            r"(?<![\d.])(?P<day>[0-3]?\d)\.(?P<month>[01]?\d)\.(?P<year>(?:19|20)\d\d)(?!\d|\.\d)"
        ),
    ),
    # "12/03/2015": day first as most of the world writes it, "03/25/2015" month first
    (
        "slashed",
        re.compile(
            r"(?<![\w/.-])(?P<day>[0-3]?\d)/(?P<month>[0-3]?\d)/(?P<year>(?:19|20)\d\d)(?![\w/])"
        ),
    ),
]
# "March 2018", "en mars 2018", "marzo de 2018" — written-out months only.
MONTH_ONLY = re.compile(
    r"\b(?P<month>"
    + "|".join(
        sorted(
            (m for m in MONTHS if (len(m) > 3 or m in {"may", "mai"}) and m != "sept"),
            key=len,
            reverse=True,
        )
    )
    + r")(?:\s+del?)?,?\s+(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)
DAY_BEFORE = re.compile(r"\d\s*(?:st|nd|rd|th|er|º|°)?\s*$")  # "1 er mars 1999" is a day


class Coverage:
    """Which characters of a text are already taken by a match: an overlap test costs the
    length of the span tested, not the number of matches so far (reading stays linear)."""

    def __init__(self, length: int):
        self.taken = bytearray(length)

    def overlaps(self, start: int, end: int) -> bool:
        return self.taken.find(1, start, end) != -1

    def add(self, start: int, end: int) -> None:
        self.taken[start:end] = b"\x01" * (end - start)


def starting_within(items, starts, low, high):
    """The items (sorted by start, ``starts`` their starts) that start in [low, high)."""
    return items[bisect_left(starts, low) : bisect_left(starts, high)]


@dataclass(frozen=True)
class FoundDate:
    start: int  # character offsets of the match
    end: int
    first: dt.date | None  # None when the year could not be settled
    last: dt.date | None
    text: str
    has_year: bool
    weekday_ok: bool = True
    month_only: bool = False  # "March 2018": any day of that month

    def first_bounds(self) -> DateBounds:
        if self.month_only:
            return DateBounds.month(self.first.year, self.first.month)
        return DateBounds.exact(self.first)

    def last_bounds(self) -> DateBounds:
        if self.month_only:
            return DateBounds.month(self.last.year, self.last.month)
        return DateBounds.exact(self.last)


def _month(value) -> int:
    return value if isinstance(value, int) else MONTHS[value.lower().rstrip(".")]


def _build(year, month, day):
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _resolve_year(month, day, weekday, reference: dt.date | None, ahead=True):
    """The year of a year-less date: the letter's own year, or the next one when the day
    would fall more than two months before the letter (a December letter about "14
    January"); with ``ahead`` false (the reference is not the letter's day but the first
    date an undated notice gives, often a meeting it announces), the reference's year. The
    weekday, when given, must agree; if it does not, the date is flagged."""
    if reference is None:
        return None, True
    year = reference.year
    candidate = _build(year, month, day)
    if candidate is None:
        return None, True
    if ahead and (reference - candidate).days > 60:
        year += 1
        candidate = _build(year, month, day)
        if candidate is None:
            return None, True
    return year, weekday is None or candidate.weekday() == weekday


@lru_cache(maxsize=2)
def scanned_dates(text: str) -> tuple[tuple, tuple]:
    """(every match of each of ``PATTERNS``, in their order, as (kind, start, end, groups);
    every match of ``MONTH_ONLY`` as (start, end, groups)). The reader looks for dates twice
    in the same text (before and after it knows the letter's year): it scans it once."""
    found = []
    for kind, pattern in PATTERNS:
        found += [(kind, *m.span(), m.groupdict()) for m in caseless(pattern).finditer(text)]
    months = tuple((*m.span(), m.groupdict()) for m in caseless(MONTH_ONLY).finditer(text))
    return tuple(found), months


# Letters of the seventeenth to nineteenth centuries give their own date in these years; the
# patterns above leave such years out, since in a modern letter's body a date of that age is
# a treaty's or an event's, never one to come. Read only for a letter's own date.
_PAST_YEAR = r"(?P<year>1[6-8]\d\d)\b"
PAST_YEAR = re.compile(r"\b1[6-8]\d\d\b")
PAST_PATTERNS = [
    ("dmy", re.compile(_DAY_MONTH + _DE + r",?\s+" + _PAST_YEAR, re.IGNORECASE)),
    # "May 4, 1864", "Febrero 18 de 1890"
    ("mdy", re.compile(_MONTH_DAY + r"(?:,?\s+|\s+de\s+)" + _PAST_YEAR, re.IGNORECASE)),
]


def past_dates(text: str) -> list[FoundDate]:
    """Every full date of the years 1600 to 1899 in ``text`` (for a letter's own date)."""
    if not PAST_YEAR.search(text):
        return []
    matches = [
        (kind, *match.span(), match.groupdict())
        for kind, pattern in PAST_PATTERNS
        for match in pattern.finditer(text)
    ]
    return sorted(_dates_of(text, matches, None, True)[0], key=lambda f: f.start)


def find_dates(text: str, reference: dt.date | None = None, *, ahead=True) -> list[FoundDate]:
    """Every date or range in ``text``; year-less ones resolved against ``reference``
    (``ahead``: see ``_resolve_year``)."""
    matches, months = scanned_dates(text)
    found, taken = _dates_of(text, matches, reference, ahead)
    found += _months(text, months, taken)
    return sorted(found, key=lambda f: f.start)


def _dates_of(text, matches, reference, ahead):
    """(the dates of ``matches``, in their order, none overlapping one taken before it; the
    stretches of ``text`` they cover)."""
    found: list[FoundDate] = []
    taken = Coverage(len(text))
    for kind, start, end, parts in matches:
        if taken.overlaps(start, end):
            continue
        date = _date(kind, parts, reference, ahead)
        if date is None:
            continue
        first, last, has_year, weekday_ok = date
        date = FoundDate(start, end, first, last, text[start:end].strip(), has_year, weekday_ok)
        found += [_with_days_listed_before(text, day) for day in _two_days(text, date)]
        taken.add(start, end)
    return found, taken


def _date(kind, parts, reference, ahead=True):
    """(first day, last day, has a year, weekday agrees) of one match, None when it is no
    date ("31 June", a range that ends before it starts)."""
    if kind == "words":
        parts = numbered(parts)
    try:
        numeric = kind in ("iso", "dotted", "slashed")
        month = int(parts["month"]) if numeric else _month(parts["month"])
    except (KeyError, ValueError):
        return None
    day = int(parts["day"])
    if kind == "slashed" and month > 12 >= day:
        day, month = month, day
    weekday = WEEKDAYS.get((parts.get("weekday") or "").lower())
    has_year = bool(parts.get("year"))
    weekday_ok = True
    if has_year:
        year = int(parts["year"])
    else:
        year, weekday_ok = _resolve_year(month, day, weekday, reference, ahead)
    last = _build(year, month, day) if year else None
    if year and last is None:
        return None  # "31 June": not a date
    first = last
    if kind in ("range_dmy", "range_mdy", "range_months", "range_pair"):
        first_day = int(parts["first"])
        first_month = _month(parts["first_month"]) if parts.get("first_month") else month
        # a range over the new year: "28 December to 3 January 2010"
        first_year = year - 1 if year and first_month > month else year
        first = _build(first_year, first_month, first_day) if year else None
        if year and (first is None or first > last):
            return None
    if has_year and weekday is not None and last and last.weekday() != weekday:
        weekday_ok = False
    return first, last, has_year, weekday_ok


# "3 December and 16 December 2014": two days, not the days between them; "14 and 15 April"
# (days in a row) and "between the 23 and the 31 July" stay one span.
_AND = re.compile(r"\s(?:and|et|y)\s", re.IGNORECASE)
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:the\s+|el\s+|le\s+)?$", re.IGNORECASE)


# "13, 14 y 15 de octubre", "les 12, 13 et 14 mai", "on 12, 13 and 14 May": the days
# listed before two days in a row joined by "and" go on the same run.
_LISTED_DAYS = re.compile(r"(?<![\d/.,:])(?P<days>(?:[0-3]?\d(?:st|nd|rd|th|er)?\s*,\s*){1,5})$")


def _with_days_listed_before(text, date) -> FoundDate:
    """``date`` (two days in a row joined by "and"), begun at the first of the days in a
    row listed before it; as found where they are none or not in a row."""
    if not date.first or (date.last - date.first).days != 1:
        return date
    if not _AND.search(text, date.start, date.end):
        return date
    listed = _LISTED_DAYS.search(text, max(0, date.start - 30), date.start)
    if not listed:
        return date
    days = [int(day) for day in re.findall(r"\d+", listed["days"])]
    if [*days, date.first.day] != list(range(days[0], date.first.day + 1)):
        return date
    first = date.first - dt.timedelta(days=len(days))
    return replace(date, start=listed.start(), first=first, text=text[listed.start() : date.end])


# The old and the new day of a meeting moved: "moved from 3 June to 10 June", "reportée du 3
# au 10 juin", "aplazada del 3 al 10 de junio" — two days, not the days between them (a
# meeting "reprogrammé du 14 au 16 avril" is held over those days).
_MOVED = re.compile(
    r"\b(?:postponed|moved|deferred|report[ée]e?s?|d[ée]plac[ée]e?s?|aplazad[oa]s?|"
    r"trasladad[oa]s?|pospuest[oa]s?|postergad[oa]s?)\s+(?:from\s+|du\s+|del\s+)?$",
    re.IGNORECASE,
)
_TO = re.compile(r"\s(?:to|until|au|al|hasta(?:\s+el)?)\s", re.IGNORECASE)


def _two_days(text, date) -> list[FoundDate]:
    """``date``, or the two days it lists when days apart are joined by "and" or are the
    old and the new day of a meeting moved."""
    joined = _AND.search(text, date.start, date.end)
    moved = _MOVED.search(text, max(0, date.start - 40), date.start)
    if moved and date.first and date.last > date.first:
        joined = _TO.search(text, date.start, date.end)
        if joined:
            return [
                replace(
                    date,
                    end=joined.start(),
                    last=date.first,
                    text=text[date.start : joined.start()],
                ),
                replace(
                    date, start=joined.end(), first=date.last, text=text[joined.end() : date.end]
                ),
            ]
    if not joined or not date.first or (date.last - date.first).days <= 1:
        return [date]
    if _BETWEEN.search(text, max(0, date.start - 16), date.start):
        return [date]
    return [
        *_days_listed_before(text, date),
        replace(date, end=joined.start(), last=date.first, text=text[date.start : joined.start()]),
        replace(date, start=joined.end(), first=date.last, text=text[joined.end() : date.end]),
    ]


# Numbers listed after the things they number are no days: "paragraphs 3, 5 and 7".
_NUMBERED = re.compile(
    r"\b(?:paragraphs?|items?|articles?|sections?|pages?|annex(?:es)?|points?|art[íi]culos?|"
    r"p[áa]rrafos?|numerales?|alin[ée]as?|paragraphes?)\s*$",
    re.IGNORECASE,
)


def _days_listed_before(text, date) -> list[FoundDate]:
    """The days listed before two days apart, in the same month: "on 3, 5 and 7 June", "les
    3, 5 et 7 juin", "los días 3, 5 y 7 de junio" — each a day of its own."""
    listed = _LISTED_DAYS.search(text, max(0, date.start - 30), date.start)
    if not listed or _NUMBERED.search(text, max(0, listed.start() - 20), listed.start()):
        return []
    days = [(int(m[1]), m.start(1)) for m in re.finditer(r"(\d+)", listed["days"])]
    numbers = [day for day, _ in days]
    if numbers != sorted(set(numbers)) or numbers[-1] >= date.first.day or numbers[0] < 1:
        return []
    at = listed.start()
    return [
        replace(
            date,
            start=at + offset,
            end=at + offset + len(str(day)),
            first=date.first.replace(day=day),
            last=date.first.replace(day=day),
            text=str(day),
        )
        for day, offset in days
    ]


def _months(text, months, taken) -> list[FoundDate]:
    """Month-only dates not inside a fuller date already found."""
    found = []
    for start, end, parts in months:
        if taken.overlaps(start, end) or DAY_BEFORE.search(text[max(0, start - 8) : start]):
            continue
        year, month = int(parts["year"]), _month(parts["month"])
        first = dt.date(year, month, 1)
        last = dt.date(year, month, calendar.monthrange(year, month)[1])
        found.append(FoundDate(start, end, first, last, text[start:end], True, True, True))
    return found


def _week_after(day: dt.date) -> DateBounds:
    monday = day + dt.timedelta(days=7 - day.weekday())
    return DateBounds.between(monday, monday + dt.timedelta(days=6))


FOLLOWING_WEEK = {"the following week", "la semaine suivante", "la semana siguiente"}


def relative_bounds(phrase: str, own_day: dt.date | None, anchor: dt.date | None) -> DateBounds:
    """The days a relative phrase can mean. "Next week" counts from the letter's own day,
    "the following week" from the last date the letter gave before it; "later this month"
    (or "later in July") runs from the day after the letter to the end of that month.
    Anything else is only known to come after the letter (unknown without its day)."""
    words = " ".join(phrase.lower().split())
    if words in FOLLOWING_WEEK and (anchor or own_day):
        return _week_after(anchor or own_day)
    if own_day is None:
        return UNKNOWN
    if words == "next week":
        return _week_after(own_day)
    after = own_day + dt.timedelta(days=1)
    month = own_day.month if words.endswith("this month") else None
    if words.startswith("later in"):
        month = MONTHS.get(words.rsplit(" ", 1)[-1])
    if month and month >= own_day.month:
        last = dt.date(own_day.year, month, calendar.monthrange(own_day.year, month)[1])
        first = max(dt.date(own_day.year, month, 1), after)
        if first <= last:
            return DateBounds.between(first, last)
    return DateBounds(not_before=after)
