"""The registration deadline a received letter gives for a meeting it announces: the
deadline the reader tied to the meeting ("the composition of the delegation … no later than
15 March"), set on the meeting when the officer accepts it as a new one."""

import datetime as dt

from plenipo.correspondence.models import SendingOffice

REGISTRATION = "registration"


def convened_by_the_office(body) -> bool:
    """Whether a meeting of ``body`` is one the office convenes: its body belongs to an
    organization one of the office's sending offices writes for (COE, UN). A body of no
    organization, or an unknown one (None: not chosen yet), counts as the office's."""
    if body is None or body.organization_id is None:
        return True
    offices = SendingOffice.objects.filter(organization_id=body.organization_id)
    return offices.exists()


def registration_gets_task(body) -> bool:
    """The one rule for a registration deadline that is its meeting's: of a meeting the
    office convenes, it is set on the meeting (the office receives the registrations), and
    a task for the same day would only repeat it; of a meeting another organization
    convenes, the office registers its own participants, and a task reminds it."""
    return not convened_by_the_office(body)


def registration_deadline(reading, index, start) -> tuple[dt.date | None, str]:
    """The last day to register for meeting ``index`` of ``reading`` (starting ``start``, as
    the officer corrected it), and a note when the letter gives one that cannot be kept: a
    day after the meeting's start (the meetings service refuses it), or several days."""
    days = sorted(
        {
            d.due.not_after
            for d in reading.deadlines
            if d.meeting == index and d.kind == REGISTRATION and d.dated and d.due.is_exact
        }
    )
    if not days:
        return None, ""
    if len(days) > 1:
        listed = ", ".join(str(day) for day in days)
        return None, f"registration deadline not set: the letter gives several ({listed})"
    first_day = start.not_after
    if first_day and days[0] > first_day:
        return None, (
            f"registration deadline {days[0]} not set: it is after the meeting's start ({start})"
        )
    return days[0], ""


def deadline_on_linked(reading, index, meeting, by) -> dict:
    """What linking meeting ``index`` of ``reading`` to the recorded ``meeting`` does with
    the registration deadline the letter gives, as the decision records it: set on the
    meeting that has none (through ``update_meeting``: its checks and its audit entry); a
    recorded deadline is kept, and the decision says the letter's differs; a day after the
    meeting's start is refused with the reason, as when accepting a new meeting."""
    from plenipo.meetings.services.editing import update_meeting  # noqa: PLC0415

    letter_day, not_kept = registration_deadline(reading, index, meeting.start)
    if not_kept:
        return {"registration_note": not_kept}
    recorded = meeting.registration_deadline
    if letter_day is None or letter_day == recorded:
        return {}
    if recorded is None:
        update_meeting(meeting, {"registration_deadline": letter_day}, by=by)
        return {"registration_deadline": str(letter_day)}
    return {
        "registration_note": (
            f"registration deadline {letter_day} not set: the recorded meeting keeps its own "
            f"({recorded})"
        )
    }


def undo_deadline_on_linked(decision, meeting, by) -> bool:
    """Undoing a link takes back the registration deadline it set, while the meeting still
    has that day (one changed since on the meeting's page is the officer's and stays)."""
    from plenipo.meetings.services.editing import update_meeting  # noqa: PLC0415

    set_day = decision.get("registration_deadline")
    if not set_day or str(meeting.registration_deadline) != set_day:
        return False
    update_meeting(meeting, {"registration_deadline": None}, by=by)
    return True
