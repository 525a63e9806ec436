"""Search, filters and pagination of a list, read from the URL's parameters so that a
filtered list can be bookmarked: ``?q=`` (words searched), ``?status=``, ``?body=``,
``?from=``/``?to=`` (YYYY-MM-DD) and ``?page=``.

A bad parameter never fails the page: it is set aside and named in one line of
``Listing.problems``, which the shared include shows above the list. The filtering itself
is done by the owning app's ``queries.py``; this module only reads and pages.
"""

import datetime as dt
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Page, Paginator
from django.db.models import Q

from plenipo.core.partialdates import DateError, parse_iso_day

PER_PAGE = 50
LONGEST_SEARCH = 200


@dataclass
class Listing:
    """What a list was asked for, what it could not honour, and the page it shows."""

    q: str = ""
    status: str = ""
    body: str = ""
    start: dt.date | None = None
    end: dt.date | None = None
    statuses: list[tuple[str, str]] = field(default_factory=list)
    bodies: list[tuple[str, str]] = field(default_factory=list)
    dates: bool = False
    problems: list[str] = field(default_factory=list)
    page: Page | None = None
    kept: dict[str, str] = field(default_factory=dict)

    @property
    def filtered(self) -> bool:
        return bool(self.q or self.status or self.body or self.start or self.end)

    def page_query(self, number) -> str:
        """The query string of another page of the same filtered list."""
        return "?" + urlencode({**self.kept, "page": number})


def fold(text) -> str:
    """Text as a search compares it: case, accents and typographic apostrophes ignored."""
    decomposed = unicodedata.normalize("NFKD", str(text or ""))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return bare.replace("\u2019", "'").casefold().strip()


def read_listing(params, *, statuses=None, bodies=None, dates=False) -> Listing:
    """The filters a list offers, read from ``params`` (``request.GET``). ``statuses`` and
    ``bodies`` are the (value, label) choices offered; ``dates`` offers from/to."""
    listing = Listing(statuses=list(statuses or []), bodies=list(bodies or []), dates=dates)
    # Control characters (a NUL above all, which PostgreSQL refuses) are never searched for.
    printable = "".join(c if unicodedata.category(c) != "Cc" else " " for c in params.get("q", ""))
    listing.q = " ".join(printable.split())[:LONGEST_SEARCH]
    if statuses is not None:
        listing.status = _choice(params, "status", listing.statuses, listing.problems)
    if bodies is not None:
        listing.body = _choice(params, "body", listing.bodies, listing.problems)
    if dates:
        listing.start = _day(params, "from", listing.problems)
        listing.end = _day(params, "to", listing.problems)
        if listing.start and listing.end and listing.start > listing.end:
            listing.problems.append(
                f"'from' ({listing.start}) is after 'to' ({listing.end}): 'to' is ignored"
            )
            listing.end = None
    values = {
        "q": listing.q,
        "status": listing.status,
        "body": listing.body,
        "from": listing.start.isoformat() if listing.start else "",
        "to": listing.end.isoformat() if listing.end else "",
    }
    listing.kept = {name: value for name, value in values.items() if value}
    return listing


def _choice(params, name, choices, problems) -> str:
    value = str(params.get(name, "")).strip()
    if not value:
        return ""
    known = {str(code).casefold(): str(code) for code, _ in choices}
    if value.casefold() in known:
        return known[value.casefold()]
    shown = ", ".join(str(code) for code, _ in choices[:12])
    more = ", …" if len(choices) > 12 else ""
    problems.append(f"unknown {name} {value!r} (known: {shown}{more}): every {name} is shown")
    return ""


def _day(params, name, problems) -> dt.date | None:
    value = str(params.get(name, "")).strip()
    if not value:
        return None
    try:
        return parse_iso_day(value)
    except DateError as exc:
        problems.append(f"'{name}' is ignored: {exc}")
        return None


def paginate(listing: Listing, rows, params, *, per_page=PER_PAGE):
    """The rows of the page asked for (``?page=``); a page that is not a number or out of
    range shows the nearest page and says so. Sets ``listing.page``."""
    paginator = Paginator(rows, per_page)
    text = str(params.get("page", "")).strip()
    number = 1
    if text:
        try:
            number = int(text)
        except ValueError:
            listing.problems.append(f"page {text!r} is not a number: showing page 1")
            number = 1
    last = paginator.num_pages
    if number < 1 or number > last:
        nearest = 1 if number < 1 else last
        listing.problems.append(f"there is no page {number} (pages 1 to {last}): showing {nearest}")
        number = nearest
    listing.page = paginator.page(number)
    return listing.page.object_list


def words_q(text, fields) -> Q:
    """Rows where every word of ``text`` appears in one of ``fields`` (any case)."""
    condition = Q()
    for word in str(text or "").split():
        either = Q()
        for name in fields:
            either |= Q(**{f"{name}__icontains": word})
        condition &= either
    return condition


def matches(text, *values) -> bool:
    """Whether every word of ``text`` appears in one of ``values``, accents and case aside;
    for the short lists searched in Python (names in several scripts, JSON titles)."""
    haystack = " ".join(fold(v) for v in values if v)
    return all(word in haystack for word in fold(text).split())
