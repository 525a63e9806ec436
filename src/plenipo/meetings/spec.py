"""What recording a meeting needs, checked before anything is written. Pure.

``MeetingSpec`` is validated on construction: a spec that exists is a meeting that can be
recorded, save for what only the database knows (a room already booked).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds
from plenipo.core.userdates import user_bounds
from plenipo.meetings.schedule import ScheduleError, check_times, same_city, zone
from plenipo.meetings.transitions import MEETING

UN_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"]
MEETING_KINDS = (
    "formal_session",
    "working_group",
    "intersessional",
    "informal",
    "hearing",
    "high_level",
)
LIMIT_POLICIES = ("refuse", "flag")
# Seats a delegation may register by default: far above the largest delegations to a
# conference (a few thousand), far below what a database column overflows at.
MAX_QUOTA = 10_000
# The kind of meeting a body's kind implies, where it implies one: a working group meets
# as a working group. An assembly, a council or a conference holds formal sessions but
# also informals and high-level meetings, so its kind alone says nothing.
MEETING_KIND_OF_BODY = {"working_group": "working_group"}
# A kind of meeting a letter names in the meeting's title ("an informal consultation").
KIND_WORDS = {
    "informal": "informal",
    "intersessional": "intersessional",
    "high-level": "high_level",
    "high level": "high_level",
    "hearing": "hearing",
}


def implied_meeting_kind(title: str, body_kind: str) -> str:
    """The kind of meeting its title names, else the one its body's kind implies
    (``MEETING_KIND_OF_BODY``); "" when neither says (or the title names two)."""
    named = {kind for word, kind in KIND_WORDS.items() if word in (title or "").lower()}
    if named:
        return named.pop() if len(named) == 1 else ""
    return MEETING_KIND_OF_BODY.get(body_kind or "", "")


def parse_time(value, what: str) -> dt.time | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.time):
        return value
    try:
        return dt.time.fromisoformat(str(value))
    except ValueError:
        raise InvalidInput(f"{what}: malformed time {value!r}: expected HH:MM") from None


@dataclass(frozen=True, kw_only=True)
class MeetingSpec:
    """A meeting to record. ``body``, ``session``, ``room`` and ``source`` are the records
    themselves; dates are any form of the data files, times "HH:MM". On construction the
    values are checked and settled: ``start``/``end`` become ``DateBounds`` (no end: one
    day), times ``dt.time``, and the room gives the time zone, city and venue left empty
    (a second room must be at the first one's venue)."""

    body: Any
    title: str
    kind: str
    status: str
    start: Any
    source: Any
    end: Any = None
    session: Any = None
    city: str = ""
    venue: str = ""
    room: Any = None
    second_room: Any = None
    start_time: Any = None
    end_time: Any = None
    timezone: str = ""
    document: str = ""
    held_under: str = ""  # the symbol of the decision it is held under
    language: str = "en"
    languages: tuple = ()
    registration_deadline: dt.date | None = None
    default_quota: int | None = None  # at most MAX_QUOTA
    limit_policy: str = "refuse"
    requires_credentials: bool = False
    participants_published: bool = False
    note: str = ""

    def __post_init__(self):
        if self.kind not in MEETING_KINDS:
            raise InvalidInput(
                f"unknown meeting kind {self.kind!r} (known: {', '.join(MEETING_KINDS)})"
            )
        MEETING.check_initial(self.status)
        start = user_bounds(self.start, self.title)
        end = user_bounds(self.end, self.title) if self.end else start
        start_time = parse_time(self.start_time, self.title)
        end_time = parse_time(self.end_time, self.title)
        room = self.room
        timezone = self.timezone or (room.venue.timezone if room else "")
        _check_schedule(self.title, start, end, start_time, end_time, timezone)
        self._check_deadline(start)
        self._check_session()
        self._check_rooms()
        unknown_languages = set(self.languages) - set(UN_LANGUAGES)
        if unknown_languages:
            raise InvalidInput(f"{self.title}: unknown language(s) {sorted(unknown_languages)}")
        quota = self.default_quota
        if quota is not None and (not isinstance(quota, int) or not 1 <= quota <= MAX_QUOTA):
            raise InvalidInput(
                f"{self.title}: the default quota is a number of seats from 1 to {MAX_QUOTA:,}"
            )
        if self.limit_policy not in LIMIT_POLICIES:
            raise InvalidInput(
                f"{self.title}: unknown limit policy {self.limit_policy!r} "
                f"(known: {', '.join(LIMIT_POLICIES)})"
            )
        settled = {
            "start": start,
            "end": end,
            "start_time": start_time,
            "end_time": end_time,
            "timezone": timezone,
            "city": self.city or (room.venue.city if room else ""),
            "venue": self.venue or (room.venue.name if room else ""),
            "languages": tuple(self.languages) or ("en",),
        }
        for name, value in settled.items():
            object.__setattr__(self, name, value)

    def _check_deadline(self, start: DateBounds):
        deadline, first_day = self.registration_deadline, start.not_after
        if deadline and first_day and deadline > first_day:
            raise InvalidInput(
                f"{self.title}: the registration deadline {deadline} is after the meeting's "
                f"start ({start})"
            )

    def _check_rooms(self):
        room, second = self.room, self.second_room
        self._check_room_city()
        if second is None:
            return
        if room is None:
            raise InvalidInput(f"{self.title}: a second room needs a first room")
        if second.pk == room.pk:
            raise InvalidInput(f"{self.title}: the second room is the first room again")
        if second.venue_id != room.venue_id:
            raise InvalidInput(
                f"{self.title}: {second.name} is not at {room.venue.name}, the first room's venue"
            )

    def _check_room_city(self):
        """A room is where its venue is: a meeting in another city cannot be held there
        (its public page and calendar entry would place the venue in the wrong city)."""
        venue = self.room.venue if self.room else None
        if venue is None or not self.city or not venue.city:
            return
        if not same_city(self.city, venue.city):
            raise InvalidInput(
                f"{self.title}: {self.room.name} is at {venue.name} in {venue.city}, "
                f"not in {self.city}, the meeting's city"
            )

    def _check_session(self):
        session, body = self.session, self.body
        if session is not None and session.body_id not in {body.pk, body.parent_id}:
            raise InvalidInput(
                f"{self.title}: session {session} is not a session of {body.code} or its parent"
            )


def _check_schedule(  # noqa: PLR0917 -- the parts of one meeting's schedule
    title, start: DateBounds, end: DateBounds, start_time, end_time, timezone
) -> None:
    try:
        if timezone:
            zone(timezone)
        if start.not_before and end.not_after:
            check_times(start.not_before, end.not_after, start_time, end_time)
    except ScheduleError as exc:
        raise InvalidInput(f"{title}: {exc}") from None
    if start_time and not timezone:
        raise InvalidInput(f"{title}: a meeting with a time needs a time zone (or a room)")
