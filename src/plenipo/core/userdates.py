"""Dates and spans as users type them, with the one-line errors every surface shows. Pure."""

from __future__ import annotations

import datetime as dt

from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds, DateError, parse_iso_day


def user_day(text, *, opened: dt.date | None = None, code: str = "") -> dt.date:
    """A day from user input (YYYY-MM-DD); empty means today. With ``opened``, a day
    before the instrument ``code`` was opened is refused."""
    if text in (None, ""):
        return dt.date.today()  # noqa: DTZ011 -- status dates are calendar days, not instants
    try:
        day = parse_iso_day(text)
    except DateError as exc:
        raise InvalidInput(str(exc)) from None
    if opened and day < opened:
        raise InvalidInput(
            f"{day.isoformat()} is before {code} was opened for signature ({opened.isoformat()})"
        )
    return day


def user_bounds(value, what: str, *, required: bool = True) -> DateBounds | None:
    """Any date form of the data files; an empty value is None unless ``required``."""
    if value in (None, "") and not required:
        return None
    try:
        return DateBounds.parse(value)
    except DateError as exc:
        raise InvalidInput(f"{what}: {exc}") from None


def check_span(start: DateBounds | None, end: DateBounds | None, what: str) -> None:
    """Refuse a span that certainly ends before it starts."""
    if start is None or end is None:
        return
    if start.not_before and end.not_after and end.not_after < start.not_before:
        raise InvalidInput(f"{what}: ends ({end}) before it starts ({start})")
