"""Reads of bodies, decisions and mandates shared by the public site, the API and the CLI."""

import datetime as dt

from django.db.models import Q

from plenipo.bodies.mandates import (
    MeetingFact,
    RequirementFact,
    RequirementKind,
    mandate_status,
)
from plenipo.bodies.models import Body, Decision, Mandate, Session
from plenipo.bodies.symbols import SymbolError, parse_symbol
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.meetings.models import Meeting, MeetingStatus


def get_body(code: str) -> Body:
    body = Body.objects.filter(code=(code or "").strip().upper()).select_related("parent").first()
    if body is None:
        known = ", ".join(Body.objects.values_list("code", flat=True))
        raise NotFound(f"unknown body code {code!r} (known: {known})")
    return body


def get_decision(symbol: str) -> Decision:
    try:
        parsed = parse_symbol(symbol)
    except SymbolError as exc:
        raise InvalidInput(str(exc)) from None
    decision = (
        Decision.objects.filter(symbol=str(parsed))
        .select_related("body", "session", "source")
        .first()
    )
    if decision is None:
        raise NotFound(f"no decision {parsed} is recorded")
    return decision


def all_bodies():
    return Body.objects.select_related("parent", "instrument").order_by("code")


def ancestors(body: Body) -> list[Body]:
    chain, seen = [], {body.pk}
    current = body.parent
    while current is not None and current.pk not in seen:
        chain.insert(0, current)
        seen.add(current.pk)
        current = current.parent
    return chain


def sessions_of(body: Body):
    return Session.objects.filter(body=body).select_related("source").order_by("number")


def decisions_of(body: Body):
    return (
        Decision.objects.filter(body=body)
        .select_related("session")
        .order_by("adopted_not_before", "symbol")
    )


def _meeting_facts(body):
    return [
        MeetingFact(
            id=m.pk,
            title=m.title,
            start=m.start,
            end=m.end,
            held=m.status == MeetingStatus.HELD,
            session_id=m.session_id,
        )
        for m in Meeting.objects.filter(body=body)
    ]


def _requirement_facts(mandate):
    facts = []
    for r in mandate.requirements.select_related("session"):
        facts.append(
            RequirementFact(
                id=r.pk,
                kind=RequirementKind(r.kind),
                text=r.text,
                session_id=r.session_id,
                session_start=r.session.start if r.session else None,
                session_end=r.session.end if r.session else None,
                min_count=r.min_count,
                due=r.due,
                delivered=r.delivered,
            )
        )
    return facts


def mandate_report(mandate: Mandate, as_of: dt.date) -> dict:
    """A mandate with its status as of a day, for the CLI, the API and the pages."""
    subject = mandate.subject
    superseded = mandate.superseded_by.adopted if mandate.superseded_by_id else None
    status, results = mandate_status(
        _requirement_facts(mandate),
        _meeting_facts(subject),
        adopted=mandate.decision.adopted,
        as_of=as_of,
        superseded_on=superseded,
    )

    def meeting_dict(m):
        return {"id": m.id, "title": m.title, "start": str(m.start), "end": str(m.end)}

    return {
        "symbol": mandate.decision.symbol,
        "title": mandate.decision.title,
        "adopted": str(mandate.decision.adopted),
        "adopted_by": mandate.decision.body.code,
        "as_of": as_of.isoformat(),
        "body": {
            "code": subject.code,
            "name": subject.name,
            "relation": "creates" if mandate.creates_id else "tasks",
        },
        "functions": list(mandate.functions),
        "required_meetings": [
            {
                "text": r.requirement.text,
                "kind": r.requirement.kind.value,
                "held": r.met,
                "unrecorded": r.unrecorded,
                "satisfied_by": [meeting_dict(m) for m in r.meetings],
            }
            for r in results
            if r.requirement.kind is not RequirementKind.DEADLINE
        ],
        "deadlines": [
            {
                "text": r.requirement.text,
                "due": str(r.requirement.due) if r.requirement.due else None,
                "delivered": r.met,
                "unrecorded": r.unrecorded,
            }
            for r in results
            if r.requirement.kind is RequirementKind.DEADLINE
        ],
        "superseded_by": mandate.superseded_by.symbol if mandate.superseded_by_id else None,
        "status": status.value,
    }


def mandates_of_decision(decision: Decision):
    return decision.mandates.select_related(
        "creates", "tasks", "superseded_by", "decision__body", "paragraph"
    )


def mandates_concerning(body: Body):
    """Mandates the body gave (by its decisions), or that create or task it."""
    return (
        Mandate.objects.filter(Q(creates=body) | Q(tasks=body) | Q(decision__body=body))
        .select_related("creates", "tasks", "superseded_by", "decision__body")
        .distinct()
        .order_by("decision__adopted_not_before", "pk")
    )
