"""Reads of monitoring shared by the public site, the office, the API and the CLI."""

import datetime as dt

from django.utils import translation

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.partialdates import Count
from plenipo.monitoring.models import Mechanism, Round, Step
from plenipo.monitoring.procedure import (
    LABELS,
    ORDER,
    Definition,
    StepFact,
    StepKind,
    evaluated_on,
    milestone_bounds,
    overdue_steps,
)
from plenipo.registry.queries import interface_language, official_names_on
from plenipo.treaties.queries import status_of


def all_mechanisms():
    return Mechanism.objects.select_related("instrument", "body").order_by("code")


def mechanisms_of(body):
    """The monitoring mechanisms a body runs."""
    return Mechanism.objects.filter(body=body).select_related("instrument").order_by("code")


def get_mechanism(code: str) -> Mechanism:
    code = (code or "").strip().upper()
    mechanism = (
        Mechanism.objects.filter(code=code).select_related("instrument", "body").first()
        or Mechanism.objects.filter(body__code=code).select_related("instrument", "body").first()
    )
    if mechanism is None:
        known = ", ".join(Mechanism.objects.values_list("code", flat=True))
        raise NotFound(f"unknown monitoring body {code!r} (known: {known})")
    return mechanism


def get_round(mechanism: Mechanism, number) -> Round:
    found = mechanism.rounds.filter(number=number).first()
    if found is None:
        raise NotFound(f"{mechanism.code} has no round {number}")
    return found


def parse_definition(value) -> Definition:
    try:
        return Definition(value or Definition.PUBLISHED)
    except ValueError:
        raise InvalidInput(f"unknown definition {value!r}: use 'published' or 'adopted'") from None


def _steps_by_state(mechanism, round_number=None):
    steps = Step.objects.filter(round__mechanism=mechanism).select_related("round", "state")
    if round_number is not None:
        steps = steps.filter(round__number=round_number)
    grouped: dict[str, dict[int, list[StepFact]]] = {}
    for step in steps:
        grouped.setdefault(step.state.code, {}).setdefault(step.round.number, []).append(
            StepFact(StepKind(step.kind), step.date, step.end)
        )
    return grouped


def _evaluated(by_round: dict, day, definition, round_number):
    """Evaluated in the given round, or (no round) at least once so far.

    Rounds follow one another: a state not yet evaluated in its earliest recorded round
    cannot have been evaluated in a later one.
    """
    if round_number is not None:
        return evaluated_on(by_round.get(round_number, []), day, definition)
    if not by_round:
        return None
    answers = [evaluated_on(by_round[number], day, definition) for number in sorted(by_round)]
    if any(a is True for a in answers):
        return True
    return False if answers[0] is False else None


def monitoring_status(
    mechanism: Mechanism,
    as_of: dt.date,
    *,
    round_number=None,
    definition: Definition = Definition.PUBLISHED,
) -> dict:
    """Who had been evaluated on a day, among the parties to the monitored instrument."""
    if round_number is not None:
        get_round(mechanism, round_number)
    treaty = status_of(mechanism.instrument, as_of)
    grouped = _steps_by_state(mechanism, round_number)
    milestone = StepKind.PUBLISHED if definition is Definition.PUBLISHED else StepKind.FINAL_ADOPTED
    states, low, high = [], 0, 0
    for party in treaty.parties:
        if party.is_organization:
            continue
        by_round = grouped.get(party.code, {})
        evaluated = _evaluated(by_round, as_of, definition, round_number)
        first_round = round_number or (min(by_round) if by_round else None)
        bounds = milestone_bounds(by_round.get(first_round, []), milestone) if first_round else None
        low += party.certain and evaluated is True
        high += evaluated is not False
        states.append(
            {
                "state": party.code,
                "name": party.name,
                "party_certain": party.certain,
                "evaluated": evaluated,
                "round": first_round,
                "published": bounds.day.isoformat() if bounds and bounds.is_exact else None,
                "not_before": bounds.not_before.isoformat()
                if bounds and bounds.not_before
                else None,
                "not_after": bounds.not_after.isoformat() if bounds and bounds.not_after else None,
            }
        )
    return {
        "body": mechanism.code,
        "instrument": mechanism.instrument.code,
        "as_of": as_of.isoformat(),
        "round": round_number,
        "definition": definition.value,
        "evaluated": Count(low, high).as_dict(),
        "parties": treaty.status.counts["parties"].as_dict(),
        "states": states,
    }


def round_table(mechanism: Mechanism, *, day: dt.date | None = None) -> dict:
    """States × rounds, each cell the recorded steps in procedural order; each state
    named as the UN names it on ``day`` (today: the table spans every round)."""
    rounds = list(mechanism.rounds.order_by("number"))
    cells: dict[str, dict[int, list[Step]]] = {}
    names = {}
    for step in Step.objects.filter(round__mechanism=mechanism).select_related(
        "round", "state", "source"
    ):
        names[step.state.code] = step.state.name
        cells.setdefault(step.state.code, {}).setdefault(step.round.number, []).append(step)
    day = day or dt.date.today()  # noqa: DTZ011 -- calendar day
    language = interface_language(translation.get_language())
    names.update(official_names_on(day, language=language, states=list(names)))
    rows = []
    for code in sorted(cells, key=lambda c: names[c]):
        row = []
        for item in rounds:
            steps = sorted(cells[code].get(item.number, []), key=lambda s: ORDER.index(s.kind))
            row.append(steps)
        rows.append({"state": code, "name": names[code], "rounds": row})
    return {"rounds": rounds, "rows": rows}


def history_of_state(state):
    """A state's evaluations, by mechanism and round."""
    return (
        Step.objects.filter(state=state)
        .select_related("round__mechanism", "source")
        .order_by("round__mechanism__code", "round__number", "date_not_before")
    )


def progress_over_time(mechanism: Mechanism, definition=Definition.PUBLISHED):
    """[(day, Count)] of states evaluated (in any round) at each day the count may change."""
    grouped = _steps_by_state(mechanism)
    milestone = StepKind.PUBLISHED if definition is Definition.PUBLISHED else StepKind.FINAL_ADOPTED
    days = set()
    for by_round in grouped.values():
        for steps in by_round.values():
            bounds = milestone_bounds(steps, milestone)
            if bounds:
                days.update(d for d in (bounds.not_before, bounds.not_after) if d)
    series = []
    for day in sorted(days):
        answers = [_evaluated(by_round, day, definition, None) for by_round in grouped.values()]
        series.append(
            (day, Count(sum(a is True for a in answers), sum(a is not False for a in answers)))
        )
    return series


def overdue(mechanism: Mechanism, as_of: dt.date):
    """Steps the rounds' timetables expected by ``as_of`` and not recorded."""
    result = []
    for item in mechanism.rounds.all():
        if not item.timetable:
            continue
        for code, by_round in _steps_by_state(mechanism, item.number).items():
            for kind, due in overdue_steps(by_round.get(item.number, []), item.timetable, as_of):
                result.append(
                    {
                        "state": code,
                        "round": item.number,
                        "step": LABELS[kind],
                        "due": due.isoformat(),
                    }
                )
    return result


def overdue_everywhere(as_of: dt.date) -> list[dict]:
    """``overdue`` for every mechanism at once, in two queries however many there are."""
    rounds = [r for r in Round.objects.select_related("mechanism") if r.timetable]
    steps: dict[int, dict[str, list[StepFact]]] = {}
    for step in Step.objects.filter(round__in=[r.pk for r in rounds]).select_related("state"):
        facts = steps.setdefault(step.round_id, {}).setdefault(step.state.code, [])
        facts.append(StepFact(StepKind(step.kind), step.date, step.end))
    result = [
        {
            "mechanism": item.mechanism,
            "state": code,
            "round": item.number,
            "step": LABELS[kind],
            "due": due.isoformat(),
        }
        for item in rounds
        for code, facts in sorted(steps.get(item.pk, {}).items())
        for kind, due in overdue_steps(facts, item.timetable, as_of)
    ]
    return sorted(result, key=lambda row: (row["due"], row["mechanism"].code, row["state"]))
