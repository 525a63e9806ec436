"""Dates known only within bounds: a day, a month, a year, or "not before/after" a day.

Pure Python (no Django). A ``DateBounds`` is the set of days on which an event may have
happened. Exact dates have equal bounds; an open side is ``None``.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum

ONE_DAY = dt.timedelta(days=1)


class DateError(ValueError):
    """A date that cannot be parsed, or bounds that contradict each other."""


class Precision(StrEnum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    BOUNDS = "bounds"


# The years Plenipo reasons about. The calendar's own first and last days are refused: a
# day before or after them (a period "from 0001-01-01") does not exist to compare with.
FIRST_YEAR, LAST_YEAR = 1000, 9998


def _check_year(year: int, value: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise DateError(
            f"date {shown(value)} is out of range: years {FIRST_YEAR} to {LAST_YEAR} only"
        )


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_YEAR = re.compile(r"^(\d{4})$")
_DAY = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def shown(value, limit=40) -> str:
    """A value quoted in an error message, cut to ``limit`` characters: a date field filled
    with a page of text gets a one-line answer, not the page back."""
    text = str(value)
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def parse_iso_day(text) -> dt.date:
    """Parse YYYY-MM-DD strictly, naming what is wrong."""
    if isinstance(text, dt.datetime):
        return text.date()
    if isinstance(text, dt.date):
        return text
    value = str(text).strip()
    match = _DAY.match(value)
    if not match:
        raise DateError(f"malformed date {shown(value)}: expected YYYY-MM-DD")
    year, month, day = (int(part) for part in match.groups())
    _check_year(year, value)
    try:
        return dt.date(year, month, day)
    except ValueError as exc:
        raise DateError(f"impossible date {value!r}: {exc}") from None


@dataclass(frozen=True, slots=True)
class DateBounds:
    not_before: dt.date | None = None
    not_after: dt.date | None = None
    precision: Precision = Precision.BOUNDS

    def __post_init__(self):
        if self.not_before and self.not_after and self.not_before > self.not_after:
            raise DateError(
                f"contradictory bounds: not before {self.not_before} but not after {self.not_after}"
            )

    # construction ---------------------------------------------------------------------

    @classmethod
    def exact(cls, day: dt.date) -> DateBounds:
        return cls(day, day, Precision.DAY)

    @classmethod
    def month(cls, year: int, month: int) -> DateBounds:
        last = calendar.monthrange(year, month)[1]
        return cls(dt.date(year, month, 1), dt.date(year, month, last), Precision.MONTH)

    @classmethod
    def year(cls, year: int) -> DateBounds:
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), Precision.YEAR)

    @classmethod
    def parse(cls, value) -> DateBounds:
        """Read a date as written in data files and imports.

        Accepts a ``date``, ``"YYYY-MM-DD"``, ``"YYYY-MM"``, ``"YYYY"`` (or the int), or a
        mapping with ``not_before``/``not_after`` (each a full date).
        """
        if isinstance(value, DateBounds):
            return value
        if isinstance(value, dt.date):
            return cls.exact(parse_iso_day(value))
        if isinstance(value, int) and not isinstance(value, bool):
            value = str(value)
        if isinstance(value, dict):
            unknown = set(value) - {"not_before", "not_after"}
            if unknown:
                raise DateError(f"unknown date keys {sorted(unknown)}: use not_before/not_after")
            if not value:
                raise DateError("empty date bounds: give not_before and/or not_after")
            return cls.between(value.get("not_before"), value.get("not_after"))
        if isinstance(value, str):
            text = value.strip()
            if match := _YEAR.match(text):
                _check_year(int(match.group(1)), text)
                return cls.year(int(match.group(1)))
            if match := _MONTH.match(text):
                year, month = int(match.group(1)), int(match.group(2))
                _check_year(year, text)
                if not 1 <= month <= 12:
                    raise DateError(f"impossible month in {shown(text)}")
                return cls.month(year, month)
            return cls.exact(parse_iso_day(text))
        raise DateError(f"cannot read {shown(value)} as a date")

    @classmethod
    def between(cls, not_before, not_after) -> DateBounds:
        """Bounds from two sides; a side may itself be a month or a year ("2007-03")."""
        low = cls._side(not_before).not_before if not_before not in (None, "") else None
        high = cls._side(not_after).not_after if not_after not in (None, "") else None
        if low is not None and low == high:
            return cls.exact(low)
        return cls(low, high, Precision.BOUNDS)

    @classmethod
    def _side(cls, value) -> DateBounds:
        if isinstance(value, dict):
            raise DateError(f"a bound must be a date, not {value!r}")
        return cls.parse(value)

    @classmethod
    def from_fields(cls, not_before, not_after, precision) -> DateBounds:
        """Rebuild from stored columns."""
        return cls(not_before, not_after, Precision(precision or Precision.BOUNDS))

    # questions -------------------------------------------------------------------------

    @property
    def is_exact(self) -> bool:
        return self.not_before is not None and self.not_before == self.not_after

    @property
    def day(self) -> dt.date | None:
        return self.not_before if self.is_exact else None

    def certainly_by(self, day: dt.date) -> bool:
        """True when the event had certainly happened on ``day`` (inclusive)."""
        return self.not_after is not None and self.not_after <= day

    def possibly_by(self, day: dt.date) -> bool:
        """True when the event may have happened on or before ``day``."""
        return self.not_before is None or self.not_before <= day

    # arithmetic ------------------------------------------------------------------------

    def narrowed(self, *, not_before=None, not_after=None) -> DateBounds:
        """Intersect with further bounds; raises DateError if nothing is left."""
        low = max(filter(None, (self.not_before, not_before)), default=None)
        high = min(filter(None, (self.not_after, not_after)), default=None)
        if low == self.not_before and high == self.not_after:
            return self
        if low is not None and high is not None and low > high:
            raise DateError(
                f"{self} cannot be narrowed to not before {not_before} and not after {not_after}"
            )
        if low is not None and low == high:
            return DateBounds.exact(low)
        return DateBounds(low, high, Precision.BOUNDS)

    def spanning(self, *others: DateBounds) -> DateBounds:
        """The smallest bounds holding this and ``others`` (an open side stays open)."""
        everything = (self, *others)
        lows = [b.not_before for b in everything]
        highs = [b.not_after for b in everything]
        low = None if None in lows else min(lows)
        high = None if None in highs else max(highs)
        if (low, high) == (self.not_before, self.not_after):
            return self
        if low is not None and low == high:
            return DateBounds.exact(low)
        return DateBounds(low, high, Precision.BOUNDS)

    def map(self, function) -> DateBounds:
        """Apply a non-decreasing date function to both bounds."""
        low = function(self.not_before) if self.not_before else None
        high = function(self.not_after) if self.not_after else None
        if low is not None and low == high:
            return DateBounds.exact(low)
        return DateBounds(low, high, Precision.BOUNDS)

    def as_dict(self) -> dict:
        return {
            "date": self.day.isoformat() if self.is_exact else None,
            "not_before": self.not_before.isoformat() if self.not_before else None,
            "not_after": self.not_after.isoformat() if self.not_after else None,
        }

    def __str__(self) -> str:
        if self.is_exact:
            return self.not_before.isoformat()
        if self.precision is Precision.MONTH:
            return self.not_before.strftime("%Y-%m")
        if self.precision is Precision.YEAR:
            return str(self.not_before.year)
        if self.not_before and self.not_after:
            return f"between {self.not_before.isoformat()} and {self.not_after.isoformat()}"
        if self.not_after:
            return f"by {self.not_after.isoformat()}"
        if self.not_before:
            return f"on or after {self.not_before.isoformat()}"
        return "unknown"


UNKNOWN = DateBounds()


@dataclass(frozen=True, slots=True)
class Count:
    """A count known only within bounds, because some dates are. ``max`` is None when no
    source shows the records complete: there may be more than were recorded."""

    min: int
    max: int | None

    @property
    def is_exact(self) -> bool:
        return self.min == self.max

    def opened(self) -> Count:
        """The same count with its maximum left open."""
        return Count(self.min, None)

    def as_dict(self) -> dict:
        return {"min": self.min, "max": self.max}

    @classmethod
    def from_dict(cls, value: dict) -> Count:
        return cls(value["min"], value["max"])

    def __str__(self) -> str:
        if self.max is None:
            return f"at least {self.min}"
        return str(self.min) if self.min == self.max else f"{self.min}–{self.max}"


def span_covers(start: DateBounds, end: DateBounds | None, day: dt.date) -> bool | None:
    """Whether a span [start, end) — end being the first day outside it — covers ``day``.

    True when certain, False when certainly not, None when the bounds leave it open.
    """
    certainly = start.certainly_by(day) and (end is None or not end.possibly_by(day))
    if certainly:
        return True
    possibly = start.possibly_by(day) and (end is None or not end.certainly_by(day))
    return None if possibly else False
