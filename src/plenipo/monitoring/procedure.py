"""The evaluation procedure: the order of its steps, and who counts as evaluated. Pure.

A round runs, for each state party: questionnaire sent → reply received → country visit →
draft report adopted → the state's comments → final report adopted → published →
Committee of the Parties recommendation → follow-up. Dates known only within bounds are
narrowed by the order: a report cannot be published before the visit that preceded it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from plenipo.core.partialdates import DateBounds


class StepKind(StrEnum):
    QUESTIONNAIRE_SENT = "questionnaire_sent"
    REPLY_RECEIVED = "reply_received"
    VISIT = "visit"
    DRAFT_ADOPTED = "draft_adopted"
    COMMENTS_RECEIVED = "comments_received"
    FINAL_ADOPTED = "final_adopted"
    PUBLISHED = "published"
    CP_RECOMMENDATION = "cp_recommendation"
    FOLLOW_UP = "follow_up"


ORDER = list(StepKind)
LABELS = {
    StepKind.QUESTIONNAIRE_SENT: "questionnaire sent",
    StepKind.REPLY_RECEIVED: "reply received",
    StepKind.VISIT: "country visit",
    StepKind.DRAFT_ADOPTED: "draft report adopted",
    StepKind.COMMENTS_RECEIVED: "comments received",
    StepKind.FINAL_ADOPTED: "final report adopted",
    StepKind.PUBLISHED: "report published",
    StepKind.CP_RECOMMENDATION: "Committee of the Parties recommendation",
    StepKind.FOLLOW_UP: "follow-up report",
}


class Definition(StrEnum):
    """When a state counts as evaluated."""

    PUBLISHED = "published"
    ADOPTED = "adopted"


class StepOrderError(ValueError):
    pass


@dataclass(frozen=True)
class StepFact:
    kind: StepKind
    start: DateBounds
    end: DateBounds | None = None  # visits last several days


def check_order(existing: list[StepFact], new: StepFact) -> None:
    """Refuse a step that certainly comes before an earlier step, or after a later one."""
    position = ORDER.index(new.kind)
    for step in existing:
        other = ORDER.index(step.kind)
        if other < position:
            earliest_other = step.start.not_before
            if new.start.not_after and earliest_other and new.start.not_after < earliest_other:
                raise StepOrderError(
                    f"{LABELS[new.kind]} ({new.start}) cannot precede the "
                    f"{LABELS[step.kind]} ({step.start})"
                )
        elif other > position:
            latest_other = step.start.not_after
            if new.start.not_before and latest_other and new.start.not_before > latest_other:
                raise StepOrderError(
                    f"{LABELS[new.kind]} ({new.start}) cannot follow the "
                    f"{LABELS[step.kind]} ({step.start})"
                )


def milestone_bounds(steps: list[StepFact], milestone: StepKind) -> DateBounds | None:
    """When ``milestone`` happened, from its own date and from the steps around it.

    None when no step of this state and round is recorded at all.
    """
    if not steps:
        return None
    position = ORDER.index(milestone)
    lows = [s.start.not_before for s in steps if ORDER.index(s.kind) <= position]
    highs = [s.start.not_after for s in steps if ORDER.index(s.kind) >= position]
    own = next((s.start for s in steps if s.kind is milestone), None)
    low = max(filter(None, lows), default=None)
    high = min(filter(None, highs), default=None)
    if own is not None and own.is_exact:
        return own
    if low and high and low > high:
        return own or DateBounds(None, high)
    return DateBounds.between(low, high)


def evaluated_on(
    steps: list[StepFact], day: dt.date, definition: Definition = Definition.PUBLISHED
) -> bool | None:
    """True/False when the records settle it, None when they do not."""
    milestone = StepKind.PUBLISHED if definition is Definition.PUBLISHED else StepKind.FINAL_ADOPTED
    bounds = milestone_bounds(steps, milestone)
    if bounds is None:
        return None
    if bounds.certainly_by(day):
        return True
    if not bounds.possibly_by(day):
        return False
    return None


def overdue_steps(
    steps: list[StepFact], timetable: dict, day: dt.date
) -> list[tuple[StepKind, dt.date]]:
    """Steps the round's timetable expects by ``day`` that are not recorded.

    ``timetable``: {step kind: {"after": step kind, "days": n}}, read from the round's data.
    """
    recorded = {s.kind: s for s in steps}
    overdue = []
    for kind_name, rule in (timetable or {}).items():
        kind = StepKind(kind_name)
        if kind in recorded:
            continue
        before = recorded.get(StepKind(rule["after"]))
        if before is None or before.start.not_after is None:
            continue
        due = before.start.not_after + dt.timedelta(days=int(rule["days"]))
        if due < day:
            overdue.append((kind, due))
    return overdue
