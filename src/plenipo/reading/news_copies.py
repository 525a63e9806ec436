"""A letter as a news article quotes it: what the article's introduction says of the
letter, for want of the letter's own dateline. Pure."""

import re

# A news article's words for the letter it quotes, before the letter's date: "in a letter
# dated 16 April 2031", "dans une correspondance datant du mardi 16 avril 2031", "en una carta
# fechada el 16 de abril de 2031".
REPORTED_LETTER_DATED = re.compile(
    r"\b(?:an?|this|une|cette|una|esta)\s+(?:[\w-]+\s+)?(?:letter|note|message|lettre|"
    r"correspondance|missive|carta|misiva|nota)\s+(?:dated|dat[ée]e\s+du|datant\s+du|"
    r"en\s+date\s+du|de\s+fecha|fechada(?:\s+el)?)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)?,?\s*$",
    re.IGNORECASE,
)


INTRODUCTION = 600
INTRODUCTION_END = re.compile(r"\n[ \t]*\n")


def reported_letters_date(text, dates):
    """The date a news article's introduction (its first paragraph) gives the letter it
    quotes, for want of a dateline: "… peut-on lire dans une correspondance datant du mardi
    16 avril 2031"; not a letter the body of a letter cites."""
    introduction = INTRODUCTION_END.search(text.lstrip()[:INTRODUCTION]) if text.strip() else None
    end = len(text) - len(text.lstrip()) + (introduction.start() if introduction else INTRODUCTION)
    for d in dates:
        if d.start > end:
            break
        whole_day = d.has_year and not d.month_only and d.first == d.last
        if whole_day and REPORTED_LETTER_DATED.search(text[max(0, d.start - 80) : d.start]):
            return d
    return None
