"""API: bodies, sessions, decisions and mandates."""

import datetime as dt

from ninja import Router, Schema

from plenipo.api.schemas import Error
from plenipo.bodies import queries
from plenipo.core.userdates import user_day
from plenipo.meetings.queries import mandate_reports

router = Router(tags=["bodies"])


class BodyOut(Schema):
    code: str
    name: str
    kind: str
    parent: str | None
    instrument: str | None
    composition: dict


class SessionOut(Schema):
    number: int
    start: str
    end: str
    city: str
    report: str


class MeetingRef(Schema):
    id: int
    title: str
    start: str
    end: str


class RequiredMeeting(Schema):
    text: str
    kind: str
    held: bool
    unrecorded: bool
    satisfied_by: list[MeetingRef]


class DeadlineOut(Schema):
    text: str
    due: str | None
    delivered: bool
    unrecorded: bool


class BodyRef(Schema):
    code: str
    name: str
    relation: str


class MandateOut(Schema):
    symbol: str
    title: str
    adopted: str
    adopted_by: str
    as_of: dt.date
    body: BodyRef
    functions: list[str]
    required_meetings: list[RequiredMeeting]
    deadlines: list[DeadlineOut]
    superseded_by: str | None
    status: str


class DecisionOut(Schema):
    symbol: str
    kind: str
    title: str
    body: str
    session: int | None
    adopted: str
    document: str
    paragraphs: list[dict]
    mandates: list[MandateOut]


class BodyDetail(BodyOut):
    ancestors: list[str]
    children: list[BodyOut]
    sessions: list[SessionOut]
    decisions: list[str]


def body_dict(body):
    return {
        "code": body.code,
        "name": body.name,
        "kind": body.kind,
        "parent": body.parent.code if body.parent_id else None,
        "instrument": body.instrument.code if body.instrument_id else None,
        "composition": body.composition,
    }


@router.get("/bodies", response=list[BodyOut])
def list_bodies(request):
    return [body_dict(b) for b in queries.all_bodies()]


@router.get("/bodies/{code}", response={200: BodyDetail, 404: Error})
def body_detail(request, code: str):
    body = queries.get_body(code)
    return {
        **body_dict(body),
        "ancestors": [b.code for b in queries.ancestors(body)],
        "children": [body_dict(c) for c in body.children.all()],
        "sessions": [
            {
                "number": s.number,
                "start": str(s.start),
                "end": str(s.end),
                "city": s.city,
                "report": s.report,
            }
            for s in queries.sessions_of(body)
        ],
        "decisions": [d.symbol for d in queries.decisions_of(body)],
    }


def decision_dict(decision, day):
    return {
        "symbol": decision.symbol,
        "kind": decision.kind,
        "title": decision.title,
        "body": decision.body.code,
        "session": decision.session.number if decision.session_id else None,
        "adopted": str(decision.adopted),
        "document": decision.document,
        "paragraphs": [{"number": p.number, "text": p.text} for p in decision.paragraphs.all()],
        "mandates": mandate_reports(queries.mandates_of_decision(decision), day),
    }


@router.get("/decisions/{path:symbol}", response={200: DecisionOut, 400: Error, 404: Error})
def decision_detail(request, symbol: str, as_of: str | None = None):
    """A decision or resolution by symbol ("decision 4/4", "A/RES/71/287"), with its
    paragraphs and its mandates' status as of a day (default today)."""
    return decision_dict(queries.get_decision(symbol), user_day(as_of))
