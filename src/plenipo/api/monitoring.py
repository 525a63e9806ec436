"""API: monitoring mechanisms, who was evaluated when, and recording steps."""

import datetime as dt

from django.db import transaction
from ninja import Router, Schema, Status

from plenipo.api.auth import signed_in
from plenipo.api.schemas import Count, Error
from plenipo.core.sources import cited_source
from plenipo.core.userdates import user_day
from plenipo.monitoring import queries
from plenipo.monitoring.services.steps import record_step
from plenipo.registry.queries import get_state

router = Router(tags=["monitoring"])


class StateEvaluation(Schema):
    state: str
    name: str
    party_certain: bool
    evaluated: bool | None
    round: int | None
    published: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None


class MonitoringOut(Schema):
    body: str
    instrument: str
    as_of: dt.date
    round: int | None
    definition: str
    evaluated: Count
    parties: Count
    states: list[StateEvaluation]


@router.get("/monitoring/{code}", response={200: MonitoringOut, 400: Error, 404: Error})
def monitoring(
    request,
    code: str,
    as_of: str | None = None,
    round: int | None = None,
    definition: str = "published",
):
    """Parties evaluated by a monitoring body on a day; ``definition``: when a state counts
    as evaluated ('published' or 'adopted')."""
    mechanism = queries.get_mechanism(code)
    return queries.monitoring_status(
        mechanism,
        user_day(as_of, opened=mechanism.instrument.open_from, code=mechanism.instrument.code),
        round_number=round,
        definition=queries.parse_definition(definition),
    )


class RecordedStep(Schema):
    kind: str
    date: str
    end: str | None
    document: str
    source: str


class RoundRow(Schema):
    state: str
    name: str
    rounds: dict[int, list[RecordedStep]]


def step_dict(step):
    return {
        "kind": step.kind,
        "date": str(step.date),
        "end": str(step.end) if step.end else None,
        "document": step.document,
        "source": step.source.reference,
    }


@router.get("/monitoring/{code}/table", response={200: list[RoundRow], 404: Error})
def round_table(request, code: str):
    """Every state × round, with the recorded steps in procedural order."""
    table = queries.round_table(queries.get_mechanism(code))
    numbers = [r.number for r in table["rounds"]]
    return [
        {
            "state": row["state"],
            "name": row["name"],
            "rounds": {
                n: [step_dict(s) for s in steps]
                for n, steps in zip(numbers, row["rounds"], strict=True)
            },
        }
        for row in table["rows"]
    ]


class StepIn(Schema):
    round: int
    state: str
    kind: str
    date: str
    end: str | None = None
    document: str = ""
    note: str = ""
    source: str  # a URL or a document symbol
    source_title: str


class StepOut(Schema):
    id: int
    round: int
    state: str
    kind: str
    date: str
    document: str


@router.post(
    "/monitoring/{code}/steps",
    response={201: StepOut, 400: Error, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def add_step(request, code: str, payload: StepIn):
    """Record a step of a state's evaluation (secretariat officers only)."""
    if not request.user.has_perm("monitoring.add_step"):
        return Status(403, {"detail": "only secretariat officers may record evaluation steps"})
    mechanism = queries.get_mechanism(code)
    with transaction.atomic():
        source = cited_source(reference=payload.source, title=payload.source_title)
        step = record_step(
            evaluation_round=queries.get_round(mechanism, payload.round),
            state=get_state(payload.state),
            kind=payload.kind,
            date=payload.date,
            end=payload.end,
            document=payload.document,
            note=payload.note,
            source=source,
            by=request.user,
        )
    return Status(
        201,
        {
            "id": step.pk,
            "round": payload.round,
            "state": step.state.code,
            "kind": step.kind,
            "date": str(step.date),
            "document": step.document,
        },
    )
