"""A letter as a news article quotes it: what the article's introduction says of the
letter, for want of the letter's own dateline. Pure."""

import re

# A news article's words for the letter it quotes, before the letter's date: "in a letter
# dated 16 April 2031", "dans une correspondance datant du mardi 16 avril 2031", "en una carta
# fechada el 16 de abril de 2031", "the letter, dated", "ce courrier daté du", "La misiva, con
# fecha".
REPORTED_LETTER_DATED = re.compile(
    r"\b(?:an?|th(?:is|e)|une?|cet(?:te)?|ce|una|esta|la|el|este)\s+(?:[\w-]+\s+)?"
    r"(?:letter|note|message|lettre|correspondance|courrier|missive|carta|misiva|nota)\s*,?\s+"
    r"(?:dated|dat[ée]e?\s+du|datant\s+du|en\s+date\s+du|de\s+fecha|fechada(?:\s+el)?|"
    r"con\s+fecha(?:\s+(?:del?|el))?)\s+"
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|mi[ée]rcoles|jueves|viernes|s[áa]bado|domingo)?,?\s*$",
    re.IGNORECASE,
)


INTRODUCTION = 1500
# The letter a news page quotes begins at its salutation, its opening quotation mark or its
# number, after the page's headline, byline and introduction: the introduction ends there.
LETTER_BEGINS = re.compile(
    r"^[ \t]*(?:[«“\"]|(?:Dear|Excellenc|Monsieur|Madame|Mesdames|Messieurs|Señor|Señora|"
    r"Estimad|Distinguid|Excelent)[^\n]{0,60}[,:][ \t]*$|(?:Note|Nota|N°|No\.)[^\n]{0,30}\d)",
    re.MULTILINE | re.IGNORECASE,
)


def reported_letters_date(text, dates):
    """The date a news article's introduction (before the letter's salutation, quotation
    mark or number) gives the letter it quotes, for want of a dateline: "… peut-on lire
    dans une correspondance datant du mardi 16 avril 2031"; not a letter the body of a
    letter cites."""
    begins = LETTER_BEGINS.search(text, 0, INTRODUCTION)
    end = begins.start() if begins else min(len(text), INTRODUCTION)
    for d in dates:
        if d.start > end:
            break
        whole_day = d.has_year and not d.month_only and d.first == d.last
        if whole_day and REPORTED_LETTER_DATED.search(text[max(0, d.start - 80) : d.start]):
            return d
    return None
