"""The registration deadline a received letter gives for a meeting it announces: the
deadline the reader tied to the meeting ("the composition of the delegation … no later than
15 March"), set on the meeting when the officer accepts it as a new one."""

import datetime as dt

REGISTRATION = "registration"


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
