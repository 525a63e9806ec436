"""The letter announcing a process's next consultations, written from its data: the
consultations still scheduled or tentative, with their days, times and rooms, and the
milestones still planned. No fact is printed that the data do not hold."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from babel.dates import format_date

from plenipo.core.errors import InvalidInput
from plenipo.meetings.models import MeetingStatus
from plenipo.negotiations.models import MilestoneStatus

UPCOMING = (MeetingStatus.SCHEDULED, MeetingStatus.TENTATIVE)


@dataclass(frozen=True)
class ScheduleLetter:
    date: dt.date
    place: str
    opening: str
    paragraphs: list[str]
    items: list[str]
    closing: str
    signatories: list[str]

    def text(self) -> str:
        lines = [f"{self.place}, {long_day(self.date)}", "", self.opening, ""]
        lines += [self.paragraphs[0], ""]
        lines += [f"- {item}" for item in self.items] + [""]
        for paragraph in self.paragraphs[1:]:
            lines += [paragraph, ""]
        lines += [self.closing, ""]
        lines += self.signatories
        return "\n".join(lines).rstrip() + "\n"


def long_day(day: dt.date, weekday: bool = False) -> str:
    return format_date(day, "EEEE, d MMMM y" if weekday else "d MMMM y", locale="en")


def _when(meeting) -> str:
    start = meeting.start
    if start is not None and start.is_exact:
        return long_day(start.day, weekday=True)
    if start is not None and start.not_before and start.not_after:
        return f"between {long_day(start.not_before)} and {long_day(start.not_after)}"
    return "on a day not yet fixed"


def consultation_line(meeting) -> str:
    parts = [_when(meeting)]
    if meeting.start_time:
        parts.append(meeting.start_time.strftime("%H:%M"))
    if meeting.room_id:
        parts.append(f"{meeting.room.name}, {meeting.room.venue.name}")
    elif meeting.city:
        parts.append(meeting.city)
    line = ", ".join(parts) + f": {meeting.title}"
    if meeting.status == MeetingStatus.TENTATIVE:
        line = f"Tentatively, {line[0].lower()}{line[1:]} (to be confirmed)"
    return line


def _signatory(facilitator) -> str:
    name = facilitator.person.name if facilitator.person_id else None
    honorific = f"{facilitator.person.honorific} " if name and facilitator.person.honorific else ""
    who = f"{honorific}{name}, " if name else ""
    return f"{who}{facilitator.state.name} ({facilitator.get_role_display().lower()})"


def schedule_letter(process, *, date: dt.date, as_of: dt.date | None = None) -> ScheduleLetter:
    meetings = [
        c.meeting
        for c in process.consultations.select_related("meeting__room__venue")
        if c.meeting.status in UPCOMING
        and (as_of is None or c.meeting.start is None or _may_be_after(c.meeting.start, as_of))
    ]
    if not meetings:
        raise InvalidInput(f"{process.code} has no scheduled or tentative consultation to announce")
    facilitators = list(process.facilitators.select_related("state", "person"))
    if not facilitators:
        raise InvalidInput(f"{process.code} has no facilitator recorded to sign the letter")
    phase = facilitators[-1].phase
    signing = [f for f in facilitators if f.phase == phase]
    opening_paragraph = (
        f"In our capacity as {signing[0].get_role_display().lower()}s of the negotiations on "
        f"the {process.title[0].lower()}{process.title[1:]}"
    )
    if process.mandate_id:
        number = process.mandate.paragraph_number
        reference = f"paragraph {number} of " if number else ""
        opening_paragraph += f", called for in {reference}{process.mandate.decision.symbol}"
    opening_paragraph += ", we write to announce the next consultations with all Member States:"
    paragraphs = [opening_paragraph]
    for milestone in process.milestones.filter(status=MilestoneStatus.PLANNED):
        if milestone.date.is_exact and milestone.date.day >= (as_of or date):
            time = f" ({milestone.time_text})" if milestone.time_text else ""
            paragraphs.append(f"{milestone.title}: {long_day(milestone.date.day, True)}{time}.")
    paragraphs.append("We count on the participation of all delegations.")
    return ScheduleLetter(
        date=date,
        place=meetings[0].room.venue.city if meetings[0].room_id else meetings[0].city,
        opening="Excellency,",
        paragraphs=paragraphs,
        items=[consultation_line(m) for m in meetings],
        closing="Please accept, Excellency, the assurances of our highest consideration.",
        signatories=[_signatory(f) for f in signing],
    )


def _may_be_after(start, day: dt.date) -> bool:
    return start.not_after is None or start.not_after >= day
