"""Room bookings: a meeting with settled days holds its room while it is on."""

from plenipo.core.errors import InvalidInput
from plenipo.meetings.models import Meeting
from plenipo.meetings.schedule import Slot
from plenipo.meetings.transitions import BOOKING_STATUSES


def slot_of(start, end, start_time, end_time) -> Slot | None:
    if not (start.is_exact and end.is_exact):
        return None  # a meeting without settled days books no room yet
    return Slot(start.day, end.day, start_time, end_time)


def check_room(room, slot, exclude=None):
    if room is None or slot is None:
        return
    others = Meeting.objects.filter(room=room, status__in=BOOKING_STATUSES).exclude(pk=exclude)
    for other in others:
        other_slot = slot_of(other.start, other.end, other.start_time, other.end_time)
        if other_slot and slot.overlaps(other_slot):
            raise InvalidInput(
                f"{room.name} is already booked for “{other.title}” on {other.start}"
                + (f" at {other.start_time:%H:%M}" if other.start_time else "")
            )
