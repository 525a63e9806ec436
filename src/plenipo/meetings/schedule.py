"""Meeting times: local wall-clock times in the venue's zone, overlaps of room bookings. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


class ScheduleError(ValueError):
    pass


@cache
def known_zones() -> frozenset[str]:
    """The IANA zone names zoneinfo knows. "localtime" is left out: it names whatever zone
    the server is set to, not a place."""
    return frozenset(available_timezones() - {"localtime"})


@cache
def _zones_by_city() -> dict[str, str]:
    """The city each zone is named after ("Europe/Vienna": Vienna, "America/New_York": New
    York), with CLDR's French and Spanish names of those cities ("Vienne", "Viena")."""
    from babel import Locale  # noqa: PLC0415 -- only when a city is looked up

    by_city: dict[str, set[str]] = {}
    for name in known_zones():
        if "/" in name and not name.startswith("Etc/"):
            by_city.setdefault(name.rsplit("/", 1)[1].replace("_", " ").casefold(), set()).add(name)
    for language in ("fr", "es"):
        for name, names in Locale(language).time_zones.items():
            if name in known_zones() and names.get("city"):
                by_city.setdefault(names["city"].casefold(), set()).add(name)
    # A city two zones are named after says nothing certain.
    return {city: zones.pop() for city, zones in by_city.items() if len(zones) == 1}


# Cities the bodies' missions and offices sit in (data/registry/organizations.yaml,
# data/correspondence/offices.yaml) that no zone is named after, in English, French and
# Spanish. Each lies in a country the IANA tz database (zone1970.tab) gives one zone:
# Switzerland Europe/Zurich, France Europe/Paris.
_ZONES_OF_CITIES_NO_ZONE_IS_NAMED_AFTER = {
    "geneva": "Europe/Zurich",
    "genève": "Europe/Zurich",
    "ginebra": "Europe/Zurich",
    "strasbourg": "Europe/Paris",
    "estrasburgo": "Europe/Paris",
}


def zone_of_city(city: str) -> str:
    """The zone named after ``city`` ("Vienna", "Nueva York" …), or the one of a city the
    bodies meet in that no zone is named after (Geneva, Strasbourg); "" when neither."""
    key = " ".join(str(city or "").split()).casefold()
    return _zones_by_city().get(key) or _ZONES_OF_CITIES_NO_ZONE_IS_NAMED_AFTER.get(key, "")


def zone(name: str) -> ZoneInfo:
    # Checked against the list first: ZoneInfo reads any path it is given, and a very long
    # name fails with an OSError rather than a "not found".
    if not isinstance(name, str) or name not in known_zones():
        shown = name if not isinstance(name, str) or len(name) <= 60 else name[:60] + "…"
        raise ScheduleError(f"unknown time zone {shown!r} (use an IANA name such as Europe/Vienna)")
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise ScheduleError(
            f"unknown time zone {name!r} (use an IANA name such as Europe/Vienna)"
        ) from None


def local_moment(text: str, tz: str) -> dt.datetime:
    """The aware moment written as ``text`` (ISO, "YYYY-MM-DD HH:MM"): as written when it
    carries its offset, otherwise local time in the zone ``tz``."""
    try:
        moment = dt.datetime.fromisoformat(text.strip())
    except ValueError:
        shown = text if len(text) <= 40 else text[:40] + "…"
        raise ScheduleError(
            f"malformed date and time {shown!r}: expected YYYY-MM-DD HH:MM"
        ) from None
    if moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=zone(tz))


def local_datetime(day: dt.date, time: dt.time | None, tz: str) -> dt.datetime | None:
    """The aware datetime of a local day and time at the venue (None without a time)."""
    if time is None or not tz:
        return None
    return dt.datetime.combine(day, time, tzinfo=zone(tz))


@dataclass(frozen=True)
class Slot:
    """A booking: days (inclusive) and, when known, times on them."""

    first_day: dt.date
    last_day: dt.date
    start_time: dt.time | None = None
    end_time: dt.time | None = None

    def overlaps(self, other: Slot) -> bool:
        if self.last_day < other.first_day or other.last_day < self.first_day:
            return False
        same_single_day = self.first_day == self.last_day == other.first_day == other.last_day
        times = (self.start_time, self.end_time, other.start_time, other.end_time)
        if same_single_day and all(t is not None for t in times):
            return self.start_time < other.end_time and other.start_time < self.end_time
        # Without times, or over several days, a shared day is a clash.
        return True


def check_times(start_day, end_day, start_time, end_time) -> None:
    if end_day < start_day:
        raise ScheduleError(f"the meeting ends ({end_day}) before it starts ({start_day})")
    if start_day == end_day and start_time and end_time and end_time <= start_time:
        raise ScheduleError(
            f"the meeting ends at {end_time:%H:%M}, not after it starts at {start_time:%H:%M}"
        )
