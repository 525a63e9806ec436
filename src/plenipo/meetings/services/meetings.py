"""Recording meetings (the full meeting workflow builds on this)."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.models import bounds_columns
from plenipo.core.partialdates import DateBounds, DateError
from plenipo.meetings.models import Meeting, MeetingKind, MeetingStatus


@transaction.atomic
def record_meeting(
    *,
    body,
    title,
    kind,
    status,
    start,
    source,
    by,
    end=None,
    session=None,
    city="",
    venue="",
    document="",
) -> Meeting:
    if kind not in MeetingKind.values:
        raise InvalidInput(
            f"unknown meeting kind {kind!r} (known: {', '.join(MeetingKind.values)})"
        )
    if status not in MeetingStatus.values:
        raise InvalidInput(
            f"unknown meeting status {status!r} (known: {', '.join(MeetingStatus.values)})"
        )
    try:
        start_bounds = DateBounds.parse(start)
        end_bounds = DateBounds.parse(end) if end else start_bounds
    except DateError as exc:
        raise InvalidInput(f"{title}: {exc}") from None
    if (
        start_bounds.not_before
        and end_bounds.not_after
        and end_bounds.not_after < start_bounds.not_before
    ):
        raise InvalidInput(f"{title}: ends before it starts")
    if session is not None and session.body_id not in {body.pk, body.parent_id}:
        raise InvalidInput(
            f"{title}: session {session} is not a session of {body.code} or its parent"
        )
    meeting = Meeting.objects.create(
        body=body,
        session=session,
        title=title,
        kind=kind,
        status=status,
        city=city,
        venue=venue,
        document=document,
        source=source,
        **bounds_columns(start_bounds, "start"),
        **bounds_columns(end_bounds, "end"),
    )
    log_action(
        meeting, "meetings.meeting.recorded", by=by, data={"body": body.code, "title": title}
    )
    return meeting
