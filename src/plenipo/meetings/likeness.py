"""Whether a meeting about to be recorded may be one already recorded: the same body on
overlapping days, or a title nearly the same in another year (a yearly meeting recorded
before). Pure: the caller brings the recorded meetings."""

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher

# Titles this alike (once years, case and punctuation are set aside) read as one meeting.
SIMILAR_TITLES = 0.9
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
# The words that tell one meeting of a series from the next ("fifth", "5th", "6e", "XII"):
# titles alike but for them are two meetings, not one recorded twice.
ORDINAL = re.compile(
    r"^(?:\d+\w{0,3}|[ivxlc]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
    r"tenth|eleventh|twelfth|\w+teenth|\w+tieth|\w+ième|\w+ieme|premier|première|premiere|"
    r"primera|primer|segunda|segundo|tercera|tercer|cuarta|quinta|sexta|séptima|octava|"
    r"novena|décima)$"
)


@dataclass(frozen=True)
class Span:
    """The days a meeting may take: from the first it may start on to the last it may end on
    (None where not known)."""

    first: dt.date | None
    last: dt.date | None

    def overlaps(self, other: "Span") -> bool:
        known = None not in (self.first, self.last, other.first, other.last)
        return known and self.first <= other.last and other.first <= self.last


@dataclass(frozen=True)
class Recorded:
    pk: int
    title: str
    body: str
    span: Span


def title_key(title: str) -> str:
    """The title without its years, case and punctuation."""
    words = re.sub(r"[^\w ]", " ", YEAR.sub(" ", str(title or "").casefold()))
    return " ".join(words.split())


def _ordinals(key: str) -> set:
    return {word for word in key.split() if ORDINAL.match(word)}


def similar_titles(one: str, other: str) -> bool:
    """Nearly the same title, and the same place in a series (none, or the same number)."""
    one, other = title_key(one), title_key(other)
    if not (one and other) or _ordinals(one) != _ordinals(other):
        return False
    return SequenceMatcher(None, one, other).ratio() >= SIMILAR_TITLES


def why_the_same(*, title: str, body: str, span: Span, recorded: Recorded) -> str:
    """Why ``recorded`` may be the meeting read (``title``, ``body`` code or "", ``span``),
    in words; "" when nothing says so."""
    if body and recorded.body == body and span.overlaps(recorded.span):
        return "the same body, on overlapping days"
    years = {d.year for d in (span.first, span.last) if d}
    other_years = {d.year for d in (recorded.span.first, recorded.span.last) if d}
    if years and other_years and not years & other_years and similar_titles(title, recorded.title):
        return f"a very similar title, in {min(other_years)}"
    return ""
