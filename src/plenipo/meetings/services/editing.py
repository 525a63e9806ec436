"""Editing a recorded meeting: the same checks as recording it, then one audit entry."""

from dataclasses import fields

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.meetings.models import Meeting
from plenipo.meetings.services.bookings import check_rooms, slot_of
from plenipo.meetings.services.status import set_status
from plenipo.meetings.spec import MeetingSpec
from plenipo.meetings.transitions import BOOKING_STATUSES, MEETING

SPEC_FIELDS = tuple(f.name for f in fields(MeetingSpec))
# What a room settles when the change does not say otherwise.
FROM_THE_ROOM = ("timezone", "city", "venue")


def spec_of(meeting: Meeting, changes: dict | None = None) -> MeetingSpec:
    """The meeting as a spec, with ``changes`` applied: checked as a new one would be."""
    changes = dict(changes or {})
    unknown = set(changes) - set(SPEC_FIELDS)
    if unknown:
        raise InvalidInput(f"{meeting}: no such meeting field(s) {sorted(unknown)}")
    current = {name: getattr(meeting, name) for name in SPEC_FIELDS}
    if "room" in changes and changes["room"] != meeting.room and changes["room"] is not None:
        current.update(dict.fromkeys(FROM_THE_ROOM, ""))
    return MeetingSpec(**{**current, **changes})


@transaction.atomic
def update_meeting(meeting: Meeting, changes: dict | MeetingSpec, *, by, note="") -> Meeting:
    """Change a recorded meeting. ``changes``: a full ``MeetingSpec`` or some of its fields.
    A new status goes through the status table; rooms are checked as when recording."""
    if isinstance(changes, MeetingSpec):
        changes = {name: getattr(changes, name) for name in SPEC_FIELDS}
    changes = dict(changes)
    new_status = changes.pop("status", meeting.status)
    if new_status != meeting.status:
        MEETING.check(meeting.status, new_status)
    spec = spec_of(meeting, {**changes, "status": meeting.status})
    settled = {name: getattr(spec, name) for name in SPEC_FIELDS if name != "status"}
    settled["languages"] = list(spec.languages)
    changed = sorted(name for name, value in settled.items() if getattr(meeting, name) != value)
    _check_languages_kept(meeting, settled["languages"])
    if new_status in BOOKING_STATUSES:
        slot = slot_of(spec.start, spec.end, spec.start_time, spec.end_time)
        check_rooms([spec.room, spec.second_room], slot, exclude=meeting.pk)
    if changed:
        for name in changed:
            setattr(meeting, name, settled[name])
        meeting.save()
        log_action(
            meeting,
            "meetings.meeting.updated",
            by=by,
            data={"changed": changed, "title": meeting.title},
        )
    if new_status != meeting.status:
        set_status(meeting, new_status, by=by, note=note)
    return meeting


def _check_languages_kept(meeting, languages):
    """A language with document versions stays among the meeting's languages."""
    used = set(
        meeting.documents.filter(versions__isnull=False).values_list(
            "versions__language", flat=True
        )
    )
    dropped = sorted(used - set(languages))
    if dropped:
        raise InvalidInput(
            f"{meeting}: its documents have versions in {', '.join(dropped)}; "
            "the meeting keeps these languages"
        )
