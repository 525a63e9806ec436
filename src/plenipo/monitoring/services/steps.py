"""Writes to monitoring: mechanisms, rounds and the steps of each state's evaluation."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.partialdates import DateBounds
from plenipo.core.userdates import check_span, user_bounds
from plenipo.monitoring.models import Mechanism, Round, Step
from plenipo.monitoring.procedure import LABELS, StepFact, StepKind, StepOrderError, check_order
from plenipo.monitoring.signals import step_recorded
from plenipo.treaties.models import Participation
from plenipo.treaties.services.status import participation_facts


@transaction.atomic
def define_mechanism(*, code, names, body, instrument, source, by) -> Mechanism:
    mechanism, created = Mechanism.objects.update_or_create(
        code=code,
        defaults={"names": names, "body": body, "instrument": instrument, "source": source},
    )
    log_action(
        mechanism,
        f"monitoring.mechanism.{'created' if created else 'updated'}",
        by=by,
        data={"code": code},
    )
    return mechanism


@transaction.atomic
def open_round(*, mechanism, number, launched, source, by, title="", timetable=None) -> Round:
    if Round.objects.filter(mechanism=mechanism, number=number).exists():
        raise InvalidInput(f"{mechanism.code} round {number} is already recorded")
    for kind, rule in (timetable or {}).items():
        if kind not in StepKind.__members__.values() or set(rule) != {"after", "days"}:
            raise InvalidInput(f"timetable entry {kind!r}: give {{after: step, days: n}}")
    evaluation_round = Round.objects.create(
        mechanism=mechanism,
        number=number,
        title=title,
        timetable=timetable or {},
        source=source,
        launched=user_bounds(launched, f"round {number} launched"),
    )
    log_action(
        evaluation_round,
        "monitoring.round.opened",
        by=by,
        data={"mechanism": mechanism.code, "number": number},
    )
    return evaluation_round


def _check_party(evaluation_round, state, when: DateBounds):
    instrument = evaluation_round.mechanism.instrument
    row = Participation.objects.filter(instrument=instrument, state=state).first()
    fact = participation_facts([row])[0] if row else None
    day = when.not_after or when.not_before
    if fact is None or fact.consent is None or (day and fact.is_party_on(day) is False):
        mechanism, number = evaluation_round.mechanism.code, evaluation_round.number
        raise InvalidInput(
            f"{state.name} is not a party to {instrument.code} on {when}: "
            f"{mechanism} does not evaluate it in round {number}"
        )


@transaction.atomic
def record_step(
    *,
    evaluation_round,
    state,
    kind,
    date,
    source,
    by,
    end=None,
    document="",
    note="",
    conflicts=(),
) -> Step:
    """Record one step of a state's evaluation.

    Refuses a step for a state not party to the monitored instrument on that date, a step
    out of procedural order (a final report before the visit), and a second step of the
    same kind. Side effects: the audit log, ``step_recorded`` after commit.
    """
    if kind not in StepKind.__members__.values():
        known = ", ".join(k.value for k in StepKind)
        raise InvalidInput(f"unknown step {kind!r} (known: {known})")
    check_text(Step, "document", document, what=f"{state.code} {kind}: the document symbol")
    when = user_bounds(date, f"{state.code} {kind}")
    until = user_bounds(end, f"{state.code} {kind} end", required=False)
    check_span(when, until, f"{state.code} {LABELS[StepKind(kind)]}")
    _check_party(evaluation_round, state, when)
    existing = list(Step.objects.filter(round=evaluation_round, state=state))
    if any(s.kind == kind for s in existing):
        raise InvalidInput(
            f"{state.name}: {LABELS[StepKind(kind)]} is already recorded for "
            f"round {evaluation_round.number}"
        )
    try:
        check_order(
            [StepFact(StepKind(s.kind), s.date, s.end) for s in existing],
            StepFact(StepKind(kind), when, until),
        )
    except StepOrderError as exc:
        raise InvalidInput(f"{state.name}, round {evaluation_round.number}: {exc}") from None
    step = Step.objects.create(
        round=evaluation_round,
        state=state,
        kind=kind,
        document=document,
        note=note,
        conflicts=list(conflicts),
        source=source,
        date=when,
        end=until,
    )
    log_action(
        step,
        "monitoring.step.recorded",
        by=by,
        data={"round": str(evaluation_round), "state": state.code, "kind": kind, "date": str(when)},
    )
    transaction.on_commit(lambda: step_recorded.send(sender=Step, step=step, actor=by))
    return step
