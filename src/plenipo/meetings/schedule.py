"""Meeting times: local wall-clock times in the venue's zone, overlaps of room bookings. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones


class ScheduleError(ValueError):
    pass


# What every surface says of a meeting whose time zone no source or officer gave.
ZONE_NOT_STATED = "time zone not stated"


@cache
def known_zones() -> frozenset[str]:
    """The IANA zone names zoneinfo knows. "localtime" is left out: it names whatever zone
    the server is set to, not a place."""
    return frozenset(available_timezones() - {"localtime"})


# The languages a city's names are known in: those letters to the bodies are mostly written
# in, and German, the language of the host cities Wien, Genf and Bonn.
CITY_LANGUAGES = ("en", "fr", "es", "de")

# Cities the bodies' missions and offices sit in (data/registry/organizations.yaml,
# data/correspondence/offices.yaml) that no zone is named after, by their names in English,
# French, Spanish and German (CLDR has them only as zones' cities). Each lies in a country
# the IANA tz database (zone1970.tab) gives one zone: Switzerland Europe/Zurich, France
# Europe/Paris.
_CITIES_NO_ZONE_IS_NAMED_AFTER = {
    "Europe/Zurich": ("Geneva", "Genève", "Ginebra", "Genf"),
    "Europe/Paris": ("Strasbourg", "Estrasburgo", "Straßburg"),
}


def _folded(name: str) -> str:
    """A city's name as compared: case and spacing aside."""
    return " ".join(str(name or "").split()).casefold()


def _unique(by_name: dict[str, set]) -> dict:
    # A name two cities go by says nothing certain.
    return {name: cities.pop() for name, cities in by_name.items() if len(cities) == 1}


@cache
def _cities() -> dict[str, tuple[str, str]]:
    """Each city name, folded, to the city it names and that city's zone: the cities the
    zones are named after ("Europe/Vienna": Vienna, "America/New_York": New York), then
    CLDR's names of them in ``CITY_LANGUAGES`` ("Vienne", "Viena", "Wien") where no zone
    is named so (CLDR names a zone and its old alias alike: "Kyiv" is Europe/Kyiv, not
    Europe/Kiev), and the cities of ``_CITIES_NO_ZONE_IS_NAMED_AFTER``."""
    from babel import Locale  # noqa: PLC0415 -- only when a city is looked up
    from babel.core import get_global  # noqa: PLC0415

    # A city is known by its zone's current name: "Europe/Kiev" is Europe/Kyiv.
    aliases = get_global("zone_aliases")
    named_after: dict[str, set[tuple[str, str]]] = {}
    for name in known_zones():
        if "/" in name and not name.startswith("Etc/"):
            city = name.rsplit("/", 1)[1].replace("_", " ")
            named_after.setdefault(_folded(city), set()).add((aliases.get(name, name), name))
    in_languages: dict[str, set[tuple[str, str]]] = {}
    for language in CITY_LANGUAGES:
        for name, names in Locale(language).time_zones.items():
            if name in known_zones() and names.get("city"):
                city = (aliases.get(name, name), name)
                in_languages.setdefault(_folded(names["city"]), set()).add(city)
    cities = {**_unique(in_languages), **_unique(named_after)}
    for zone_name, names in _CITIES_NO_ZONE_IS_NAMED_AFTER.items():
        cities |= {_folded(name): (names[0], zone_name) for name in names}
    return cities


def zone_of_city(city: str) -> str:
    """The zone named after ``city`` ("Vienna", "Nueva York", "Wien" …), or the one of a
    city the bodies meet in that no zone is named after (Geneva, Strasbourg); "" when
    neither."""
    return _cities().get(_folded(city), ("", ""))[1]


def same_city(one: str, other: str) -> bool:
    """Whether two names are of one city: in any of ``CITY_LANGUAGES`` for the cities
    ``zone_of_city`` knows ("Wien" is Vienna, "Ginebra" is Genève), else as spelled (case
    and spacing aside)."""
    cities = _cities()
    folded = _folded(one), _folded(other)
    first, second = (cities.get(name, (name, ""))[0] for name in folded)
    return first == second


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
