"""Numbers that stand where a letter's reference would and are something else: a period of
years ("… for 2029-2031", not a symbol), a day written with its month's name first
("Mar.26.2031", an events page's), and the number of the act a gazette publishes the letter
under ("Aviso do Chefe do Executivo n.º 38/2031", "Despacho n.º 12/2031"), which numbers the
notice, not the letter it publishes; and the number of the letter a reply cites ("I refer to
your letter No. 45/2031", "Suite à votre lettre n° …"), which is the other letter's. Pure."""

import re

from plenipo.reading.answered_references import answered_references
from plenipo.reading.model import Mention

# "2029-2031", "2029–2031": two years, the second after the first.
YEARS = re.compile(r"(?P<first>(?:19|20)\d\d)[-–](?P<last>(?:19|20)\d\d)")
# "Mar.26.2031", "Mar-26-2031", "March.26.2031"
MONTH_FIRST_DAY = re.compile(
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}"
    r"[.-]\d{1,2}[.-](?:19|20)\d\d",
    re.IGNORECASE,
)
# A Portuguese-style act's number sign, with the act's kind opening the line: "Aviso do
# Chefe do Executivo n.º", "Despacho do Secretário … n.º", "Decreto-Lei n.º", "Portaria n.º".
GAZETTE_ACT = re.compile(
    r"(?:^|\n)[ \t]*(?:Aviso|Despacho|Decreto(?:-Lei)?|Portaria|Lei|Regulamento|Ordem)\b"
    r"[^\n]{0,60}?\bn\.?[ \t]*[º°o]\.?[ \t]*$",
    re.IGNORECASE,
)


def a_period_of_years(found: str) -> bool:
    years = YEARS.fullmatch(found)
    return bool(years) and 0 < int(years["last"]) - int(years["first"]) <= 30


def not_the_letters(text, found: Mention) -> bool:
    """Whether the reference ``found`` is a period of years, a day with its month first or
    the number of a gazette's act or of a letter a reply cites rather than the letter's own."""
    start = found.evidence.start
    return _cited_by_a_reply(text, found) or bool(
        a_period_of_years(found.text)
        or MONTH_FIRST_DAY.fullmatch(found.text)
        or GAZETTE_ACT.search(text[max(0, start - 80) : start])
    )


def _cited_by_a_reply(text, found: Mention) -> bool:
    """Whether ``found`` is the number of a letter the text answers or cites as a letter."""
    window = text[: found.evidence.end + 200]
    return any(
        cited.evidence.start < found.evidence.end and found.evidence.start < cited.evidence.end
        for cited in answered_references(window)
    )
