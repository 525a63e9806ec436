"""Dates written in words, as full powers, instruments and formal letters date themselves:
"this third day of May, 2010", "the twenty-first day of June two thousand and fifteen", "le
trois mai deux mille neuf". Pure."""

import re

_UNITS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen"]
_TEENS += ["eighteen", "nineteen"]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
_ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
_ORDINALS += ["ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth"]
_ORDINALS += ["sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]


def _english_numbers() -> dict[str, int]:
    """1 to 99 in words ("twenty-one", "twenty one")."""
    numbers = {word: n for n, word in enumerate(_UNITS + _TEENS, start=1)}
    for index, tens in enumerate(_TENS):
        value = 20 + 10 * index
        numbers[tens] = value
        for unit, word in enumerate(_UNITS, start=1):
            numbers[f"{tens}-{word}"] = numbers[f"{tens} {word}"] = value + unit
    return numbers


def _english_days() -> dict[str, int]:
    """1st to 31st in words ("third", "twenty-first", "thirtieth")."""
    days = {word: n for n, word in enumerate(_ORDINALS, start=1)}
    days["thirtieth"] = 30
    for tens, value in (("twenty", 20), ("thirty", 30)):
        for unit, word in enumerate(_ORDINALS[: 9 if tens == "twenty" else 1], start=1):
            days[f"{tens}-{word}"] = days[f"{tens} {word}"] = value + unit
    return days


_FR_UNITS = ["un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix"]
_FR_UNITS += ["onze", "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit"]
_FR_UNITS += ["dix-neuf"]


def _french_numbers() -> dict[str, int]:
    """1 to 39 in words ("vingt et un", "trente-deux"), the days and the years since 2000."""
    numbers = {word: n for n, word in enumerate(_FR_UNITS, start=1)}
    for tens, value in (("vingt", 20), ("trente", 30)):
        numbers[tens] = value
        numbers[f"{tens} et un"] = numbers[f"{tens}-et-un"] = value + 1
        for unit, word in enumerate(_FR_UNITS[1:9], start=2):
            numbers[f"{tens}-{word}"] = numbers[f"{tens} {word}"] = value + unit
    return numbers


ENGLISH_NUMBERS = _english_numbers()
ENGLISH_DAYS = _english_days()
FRENCH_NUMBERS = _french_numbers()
FRENCH_DAYS = {**{k: v for k, v in FRENCH_NUMBERS.items() if v <= 31}, "premier": 1}


def _alternation(words) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_MONTHS_EN = "january|february|march|april|may|june|july|august|september|october|november|december"
_MONTHS_FR = (
    "janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|d[ée]cembre"
)
_YEAR_EN = (
    r"(?P<year>(?:19|20)\d\d)|two\s+thousand(?:\s+and)?(?:\s+(?P<year_en>"
    + _alternation(ENGLISH_NUMBERS)
    + r"))?"
)
_YEAR_FR = (
    r"(?P<year_fr>(?:19|20)\d\d)|deux\s+mille(?:\s+(?P<year_fr_words>"
    + _alternation(FRENCH_NUMBERS)
    + r"))?"
)
WORDS_DATE = re.compile(
    r"\b(?:(?:the|this)\s+(?P<day_en>"
    + _alternation(ENGLISH_DAYS)
    + r")\s+day\s+of\s+(?:the\s+month\s+of\s+)?(?P<month>"
    + _MONTHS_EN
    + r"),?\s+(?:in\s+the\s+year\s+(?:of\s+our\s+Lord\s+)?)?(?:"
    + _YEAR_EN
    + r")|\ble\s+(?P<day_fr>"
    + _alternation(FRENCH_DAYS)
    + r")\s+(?P<month_fr>"
    + _MONTHS_FR
    + r")\s+(?:"
    + _YEAR_FR
    + r"))\b",
    re.IGNORECASE,
)


def numbered(parts: dict) -> dict:
    """The groups of a ``WORDS_DATE`` match as the digits' patterns give them: day, month,
    year."""
    if parts.get("day_en"):
        day = ENGLISH_DAYS[" ".join(parts["day_en"].lower().split())]
        year = parts.get("year") or str(2000 + _number(ENGLISH_NUMBERS, parts.get("year_en")))
        return {"day": str(day), "month": parts["month"], "year": year}
    day = FRENCH_DAYS[" ".join(parts["day_fr"].lower().split())]
    year = parts.get("year_fr") or str(2000 + _number(FRENCH_NUMBERS, parts.get("year_fr_words")))
    return {"day": str(day), "month": parts["month_fr"], "year": year}


def _number(numbers, words) -> int:
    return numbers[" ".join(words.lower().split())] if words else 0
