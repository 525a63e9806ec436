"""The one writer of the meetings app's status fields: a meeting's status (with its
history), a delegation's registration, a document's language versions."""

from django.db import transaction

from plenipo.core.status import change_status
from plenipo.meetings.models import Delegation, DocumentVersion, Meeting, MeetingStatusChange
from plenipo.meetings.services.bookings import check_room, slot_of
from plenipo.meetings.transitions import BOOKING_STATUSES, LANGUAGE_VERSION, MEETING, REGISTRATION

MACHINES = {
    Meeting: (MEETING, "meetings.meeting.status_changed"),
    Delegation: (REGISTRATION, "meetings.delegation.status_changed"),
    DocumentVersion: (LANGUAGE_VERSION, "meetings.document.status_changed"),
}


@transaction.atomic
def set_status(obj, new, *, by, note="", event=None, changes=None, data=None):
    """Move a meeting, delegation or language version to ``new``; refuses a move its
    status table does not allow, with the reason. ``event`` names the audit entry when
    the change is part of a named action (a registration decided …); ``changes`` are
    other fields saved with it."""
    machine, default_event = MACHINES[type(obj)]
    change_status(
        obj,
        new,
        machine=machine,
        by=by,
        event=event or default_event,
        note=note,
        changes=changes,
        data=data,
        before=_booking_check(obj, new) if isinstance(obj, Meeting) else None,
    )
    if isinstance(obj, Meeting):
        MeetingStatusChange.objects.create(meeting=obj, status=new, actor=by, note=note)
    return obj


def _booking_check(meeting, new):
    """A meeting taken up again books its room again: refused if the room is taken."""

    def check(current):
        if new in BOOKING_STATUSES and current not in BOOKING_STATUSES:
            slot = slot_of(meeting.start, meeting.end, meeting.start_time, meeting.end_time)
            check_room(meeting.room, slot, exclude=meeting.pk)

    return check
