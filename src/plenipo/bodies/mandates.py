"""A mandate's status from what has been recorded. Pure Python.

Requirements are of three kinds: meet during a session (``during_session``), hold at
least N meetings before a session (``before_session``), and deliver something by a date
(``deadline``). The status is ``superseded`` once a later decision replaces the mandate,
``fulfilled`` when all are met, ``not known`` when a requirement's time has passed and
its fulfilment is not recorded (an unrecorded meeting or report may well have happened:
the records of a body's meetings are never known to be complete), and ``active``
otherwise.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from plenipo.core.partialdates import DateBounds


class MandateStatus(StrEnum):
    ACTIVE = "active"
    FULFILLED = "fulfilled"
    NOT_KNOWN = "not known"
    SUPERSEDED = "superseded"


class RequirementKind(StrEnum):
    DURING_SESSION = "during_session"
    BEFORE_SESSION = "before_session"
    DEADLINE = "deadline"


@dataclass(frozen=True)
class MeetingFact:
    id: int
    title: str
    start: DateBounds
    end: DateBounds
    held: bool  # recorded as held (not scheduled, postponed or cancelled)
    session_id: int | None = None


@dataclass(frozen=True)
class RequirementFact:
    id: int
    kind: RequirementKind
    text: str
    session_id: int | None = None
    session_start: DateBounds | None = None
    session_end: DateBounds | None = None
    min_count: int = 1
    due: DateBounds | None = None
    delivered: DateBounds | None = None


@dataclass(frozen=True)
class RequirementResult:
    requirement: RequirementFact
    met: bool
    unrecorded: bool  # its time has passed and its fulfilment is not recorded
    meetings: tuple[MeetingFact, ...]  # the recorded meetings that satisfy it


def _within(meeting: MeetingFact, start: DateBounds | None, end: DateBounds | None) -> bool:
    if start is None or end is None:
        return False
    return (
        meeting.start.not_before is not None
        and start.not_before is not None
        and meeting.start.not_before >= start.not_before
        and meeting.end.not_after is not None
        and end.not_after is not None
        and meeting.end.not_after <= end.not_after
    )


def check_requirement(
    requirement: RequirementFact,
    meetings: list[MeetingFact],
    *,
    adopted: DateBounds,
    as_of: dt.date,
) -> RequirementResult:
    held = [m for m in meetings if m.held and m.end.certainly_by(as_of)]
    if requirement.kind is RequirementKind.DURING_SESSION:
        matching = tuple(
            m
            for m in held
            if (requirement.session_id and m.session_id == requirement.session_id)
            or _within(m, requirement.session_start, requirement.session_end)
        )
        met = bool(matching)
        missed = requirement.session_end is not None and requirement.session_end.certainly_by(as_of)
        return RequirementResult(requirement, met, missed and not met, matching[:1])
    if requirement.kind is RequirementKind.BEFORE_SESSION:
        start = requirement.session_start
        matching = tuple(
            m
            for m in held
            if (
                adopted.not_before is None
                or (m.start.not_before or dt.date.min) >= adopted.not_before
            )
            and start is not None
            and m.end.not_after is not None
            and start.not_before is not None
            and m.end.not_after < start.not_before
            and m.session_id != requirement.session_id
        )
        met = len(matching) >= requirement.min_count
        missed = start is not None and start.certainly_by(as_of)
        return RequirementResult(requirement, met, missed and not met, matching)
    delivered = requirement.delivered is not None and requirement.delivered.certainly_by(as_of)
    missed = (
        requirement.due is not None
        and requirement.due.not_after is not None
        and (requirement.due.not_after < as_of)
    )
    return RequirementResult(requirement, delivered, missed and not delivered, ())


def mandate_status(
    requirements: list[RequirementFact],
    meetings: list[MeetingFact],
    *,
    adopted: DateBounds,
    as_of: dt.date,
    superseded_on: DateBounds | None = None,
) -> tuple[MandateStatus, list[RequirementResult]]:
    results = [check_requirement(r, meetings, adopted=adopted, as_of=as_of) for r in requirements]
    if superseded_on is not None and superseded_on.certainly_by(as_of):
        return MandateStatus.SUPERSEDED, results
    if results and all(r.met for r in results):
        return MandateStatus.FULFILLED, results
    if any(r.unrecorded for r in results):
        return MandateStatus.NOT_KNOWN, results
    return MandateStatus.ACTIVE, results
