"""Writes to venues and rooms. Data files define them (``define_*``: created or brought up
to date, so a file loads twice alike); the office adds and edits them one at a time
(``add_*``, ``edit_*``: a code already taken is refused, naming the record that has it).
Both go through the same checks."""

import re

from django.db import IntegrityError, transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.meetings.models import Room, Venue
from plenipo.meetings.schedule import ScheduleError, zone

# A code is written in data files, in commands ("VENUE/ROOM") and in the office's addresses.
CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
# The largest number a capacity column holds on every supported database.
MAX_CAPACITY = 2_147_483_647


def _code(model, value, what) -> str:
    code = check_text(model, "code", str(value or "").strip(), what=f"the {what}'s code")
    if not CODE.fullmatch(code):
        raise InvalidInput(
            f"the {what}'s code {code!r} is not valid: use letters, digits, '.', '-' or '_', "
            "beginning with a letter or digit"
        )
    return code


def _text(model, field, value, what) -> str:
    text = check_text(model, field, str(value or "").strip(), what=f"the {what}'s {field}")
    if not text:
        raise InvalidInput(f"the {what} needs a {field}")
    return text


def _venue_fields(*, code, name, city, timezone) -> dict:
    code = _code(Venue, code, "venue")
    timezone = str(timezone or "").strip()
    try:
        zone(timezone)
    except ScheduleError as exc:
        raise InvalidInput(f"venue {code}: {exc}") from None
    return {
        "code": code,
        "name": _text(Venue, "name", name, "venue"),
        "city": _text(Venue, "city", city, "venue"),
        "timezone": timezone,
    }


def _room_fields(*, code, name, capacity) -> dict:
    if capacity is not None and (
        isinstance(capacity, bool)
        or not isinstance(capacity, int)
        or not 1 <= capacity <= MAX_CAPACITY
    ):
        raise InvalidInput(
            f"a room's capacity is a whole number of seats, at least 1: {str(capacity)[:30]!r}"
        )
    return {
        "code": _code(Room, code, "room"),
        "name": _text(Room, "name", name, "room"),
        "capacity": capacity,
    }


def _check_venue_code_free(code, *, besides=None) -> None:
    taken = Venue.objects.filter(code__iexact=code).exclude(pk=getattr(besides, "pk", None))
    other = taken.first()
    if other is not None:
        raise InvalidInput(
            f"venue code {code} is taken: {other.code} is {other.name}, {other.city}"
        )


def _check_room_code_free(venue, code, *, besides=None) -> None:
    taken = venue.rooms.filter(code__iexact=code).exclude(pk=getattr(besides, "pk", None))
    other = taken.first()
    if other is not None:
        raise InvalidInput(
            f"room code {code} is taken at {venue.code}: {other.code} is {other.name}"
        )


def define_venue(*, code, name, city, timezone, source, by) -> Venue:
    fields = _venue_fields(code=code, name=name, city=city, timezone=timezone)
    venue, _ = Venue.objects.update_or_create(
        code=fields.pop("code"), defaults={**fields, "source": source}
    )
    log_action(venue, "meetings.venue.defined", by=by, data={"code": venue.code})
    return venue


def define_room(*, venue, code, name, source, by, capacity=None) -> Room:
    fields = _room_fields(code=code, name=name, capacity=capacity)
    room, _ = Room.objects.update_or_create(
        venue=venue, code=fields.pop("code"), defaults={**fields, "source": source}
    )
    log_action(room, "meetings.room.defined", by=by, data={"venue": venue.code, "code": room.code})
    return room


def _saved(record, what):
    """Save ``record``; a code taken meanwhile by another save is refused like any other."""
    try:
        with transaction.atomic():
            record.save()
    except IntegrityError:
        raise InvalidInput(f"{what} code {record.code} is taken") from None
    return record


@transaction.atomic
def add_venue(*, code, name, city, timezone, source, by) -> Venue:
    """A new venue; refused if its code (case aside) names one already recorded."""
    fields = _venue_fields(code=code, name=name, city=city, timezone=timezone)
    _check_venue_code_free(fields["code"])
    venue = _saved(Venue(**fields, source=source), "venue")
    log_action(venue, "meetings.venue.added", by=by, data={"code": venue.code})
    return venue


@transaction.atomic
def edit_venue(venue: Venue, *, code, name, city, timezone, source, by) -> Venue:
    """Change a venue. Meetings already recorded keep the place, city and time zone they
    were recorded with."""
    fields = _venue_fields(code=code, name=name, city=city, timezone=timezone)
    _check_venue_code_free(fields["code"], besides=venue)
    changed = sorted(field for field, value in fields.items() if getattr(venue, field) != value)
    for field, value in fields.items():
        setattr(venue, field, value)
    venue.source = source
    _saved(venue, "venue")
    log_action(venue, "meetings.venue.edited", by=by, data={"code": venue.code, "changed": changed})
    return venue


@transaction.atomic
def add_room(*, venue: Venue, code, name, source, by, capacity=None) -> Room:
    """A new room of ``venue``; refused if the venue has a room of that code (case aside)."""
    fields = _room_fields(code=code, name=name, capacity=capacity)
    _check_room_code_free(venue, fields["code"])
    room = _saved(Room(venue=venue, **fields, source=source), "room")
    log_action(room, "meetings.room.added", by=by, data={"venue": venue.code, "code": room.code})
    return room


@transaction.atomic
def edit_room(room: Room, *, code, name, source, by, capacity=None) -> Room:
    fields = _room_fields(code=code, name=name, capacity=capacity)
    _check_room_code_free(room.venue, fields["code"], besides=room)
    changed = sorted(field for field, value in fields.items() if getattr(room, field) != value)
    for field, value in fields.items():
        setattr(room, field, value)
    room.source = source
    _saved(room, "room")
    log_action(
        room,
        "meetings.room.edited",
        by=by,
        data={"venue": room.venue.code, "code": room.code, "changed": changed},
    )
    return room
