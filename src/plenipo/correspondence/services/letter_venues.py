"""Where a received letter's meeting is: the recorded meeting it is (same day, time and
room), the recorded room it names ("CR3" is Conference Room 3), and the time zone its time
is in (the recorded venue's, else the city's). Read by the review page and by accepting."""

import re
import unicodedata

from plenipo.core.errors import InvalidInput
from plenipo.meetings.models import Meeting
from plenipo.meetings.schedule import ScheduleError, same_city, zone, zone_of_city

GENERIC_ROOM_WORDS = {"room", "conference", "chamber", "hall", "salle", "sala"}
LINK_WORDS = {"the", "of", "and", "in", "on", "de", "la", "le", "les", "des", "del", "du", "el"}


def _room_words(name) -> set:
    text = unicodedata.normalize("NFKD", str(name or "")).encode("ascii", "ignore").decode()
    words = re.sub(r"[^\w/ ]", " ", text.lower()).split()
    return {w for w in words if len(w) > 1} - GENERIC_ROOM_WORDS - LINK_WORDS


def same_room(written: str, room) -> bool:
    """ "CR3" is Conference Room 3, "ECOSOC Chamber" is itself; "Room 42" is neither."""

    compact = written.replace(" ", "").upper()
    if compact == room.name.replace(" ", "").upper():
        return True  # its own name: "Conference Room 3" has no word but the generic ones
    digits = "".join(c for c in room.name if c.isdigit())
    if digits and compact == f"CR{digits}":
        return True
    return bool(_room_words(written)) and _room_words(written) == _room_words(room.name)


def matching_meeting(item, body=None):
    """An existing meeting the extracted one is: same day (and time and room, when both
    sides have them)."""
    if not item.start.is_exact:
        return None
    candidates = Meeting.objects.filter(Meeting.start.exactly(item.start.day)).select_related(
        "room"
    )
    if body is not None:
        candidates = candidates.filter(body=body)
    for meeting in candidates:
        time = meeting.start_time.strftime("%H:%M") if meeting.start_time else None
        if item.start_time and time and item.start_time != time:
            continue
        if item.room and meeting.room_id and not same_room(item.room, meeting.room):
            continue
        return meeting
    return None


def checked_time_zone(name) -> str:
    """The officer's time zone, an IANA name the registry knows ("" for none)."""
    name = (name or "").strip()
    if name:
        try:
            zone(name)
        except ScheduleError as exc:
            raise InvalidInput(str(exc)) from None
    return name


def known_time_zone(item) -> str:
    """The time zone a read meeting's time is in, as the registry knows it: its recorded
    room's venue's, else ``venue_time_zone``; "" when unknown."""
    room = recorded_room(item.room, item.city)
    return room.venue.timezone if room else venue_time_zone(item)


def venue_time_zone(item) -> str:
    """The time zone of the venue or city a meeting is read at, when the registry's venues
    there agree on one, else the zone named after the city (Vienna: Europe/Vienna); ""
    when neither says."""
    from plenipo.meetings.models import Venue  # noqa: PLC0415 -- venues are read here only

    if not (item.city or item.venue or item.room):
        return ""
    places = {p.casefold() for p in (item.venue, item.room) if p}
    zones = {
        venue.timezone
        for venue in Venue.objects.only("name", "city", "timezone")
        if venue.timezone
        and (
            venue.name.casefold() in places
            or bool(item.city and venue.city and same_city(venue.city, item.city))
        )
    }
    if len(zones) == 1:
        return zones.pop()
    return "" if zones else zone_of_city(item.city or "")


def recorded_room(written, city=""):
    """The recorded room a letter names, in the city the letter gives, if it gives one: a
    "Conference Room 3" in New York is not the one a letter places in Vienna (a meeting is
    never held in a room of another city)."""
    if not written:
        return None
    from plenipo.meetings.models import Room  # noqa: PLC0415 -- rooms are read here only

    rooms = Room.objects.select_related("venue")
    return next((r for r in rooms if same_room(written, r) and _in_city(r, city)), None)


def _in_city(room, city) -> bool:
    return not city or not room.venue.city or same_city(room.venue.city, city)
