"""A moment as a message states it: "20 November 2026, 18:00 (UTC+01:00)", its day in words
(as the letters write it) and its offset from UTC beside it, never an ISO timestamp."""

import datetime as dt
from zoneinfo import ZoneInfo

from babel.dates import format_datetime


def moment_text(value: dt.datetime, timezone: str = "") -> str:
    """``value`` (aware) in ``timezone`` when given, else in the offset it carries."""
    if timezone:
        value = value.astimezone(ZoneInfo(timezone))
    return f"{format_datetime(value, 'd MMMM y, HH:mm', locale='en_GB')} ({utc_offset(value)})"


def utc_offset(value: dt.datetime) -> str:
    """ "UTC+01:00", "UTC-04:00", or "UTC" for no offset."""
    offset = value.utcoffset() or dt.timedelta(0)
    if not offset:
        return "UTC"
    sign = "-" if offset < dt.timedelta(0) else "+"
    minutes = abs(int(offset.total_seconds())) // 60
    return f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
