"""The REST API under /api/, described by /api/openapi.json."""

import datetime as dt

from django.http import HttpResponse
from ninja import NinjaAPI, Query, Schema

from plenipo.api import errors
from plenipo.api.bodies import router as bodies_router
from plenipo.api.correspondence import router as correspondence_router
from plenipo.api.inbox import router as inbox_router
from plenipo.api.meetings import router as meetings_router
from plenipo.api.monitoring import router as monitoring_router
from plenipo.api.schemas import Bounds, Count, Error
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.userdates import user_day
from plenipo.monitoring.queries import history_of_state
from plenipo.registry import queries as registry
from plenipo.treaties import exporters
from plenipo.treaties import queries as treaties

api = NinjaAPI(
    title="Plenipo API",
    version="1",
    description=(
        "Treaties and who is bound by them on any date. Dates known only within bounds are "
        "given as not_before/not_after, and counts as {min, max}."
    ),
    urls_namespace="api",
)
errors.install(api)


@api.exception_handler(NotFound)
def not_found(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=404)


@api.exception_handler(InvalidInput)
def invalid(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


@api.exception_handler(PlenipoError)
def domain_error(request, exc):
    return api.create_response(request, {"detail": str(exc)}, status=400)


class InstrumentOut(Schema):
    code: str
    title: str
    kind: str
    entry_into_force: dt.date | None
    entry_into_force_computed: Bounds | None
    entry_into_force_recorded: dt.date | None
    depositary: str
    adopted: str | None
    opened_for_signature: str | None
    source: str


class PartyOut(Schema):
    state: str
    name: str
    party_type: str
    action: str | None
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    entry_into_force: dt.date | None
    entry_into_force_bounds: Bounds | None
    certain: bool


class MemberNotParty(Schema):
    state: str
    name: str
    signed: bool
    certain_member: bool


class ReservationOut(Schema):
    state: str
    date: dt.date | None
    text: str
    certain: bool


class StatusOut(Schema):
    instrument: InstrumentOut
    as_of: dt.date
    parties: list[PartyOut]
    signatories: list[PartyOut]
    counts: dict[str, Count]
    reservations: list[ReservationOut]
    instruments_still_needed: dict[str, int] | None = None
    members_of: str | None = None
    members_not_parties: list[MemberNotParty] | None = None


class EifOut(Schema):
    code: str
    entry_into_force: dt.date | None
    bounds: Bounds | None
    recorded: dt.date | None
    threshold_reached_on: dt.date | None
    threshold_bounds: Bounds | None
    nth_instrument: str | None
    rule: str | None
    missing: list[str]
    complete_until: dt.date | None
    notes: list[str]
    agrees_with_record: bool | None


class StatusQuery(Schema):
    as_of: str | None = None
    members_of: str | None = None


@api.get("/instruments", response=list[InstrumentOut], tags=["treaties"])
def list_instruments(request):
    """Every instrument with its computed and recorded entry into force."""
    return [exporters.instrument_as_dict(i) for i in treaties.all_instruments()]


@api.get("/instruments/{code}", response={200: InstrumentOut, 404: Error}, tags=["treaties"])
def get_instrument(request, code: str):
    return exporters.instrument_as_dict(treaties.get_instrument(code))


@api.get(
    "/instruments/{code}/status",
    response={200: StatusOut, 400: Error, 404: Error},
    tags=["treaties"],
)
def instrument_status(request, code: str, query: Query[StatusQuery]):
    """Parties and signatories on a date (default today); with ``members_of``, the members of
    that organization on that date that are not parties."""
    instrument = treaties.get_instrument(code)
    organization = registry.get_organization(query.members_of) if query.members_of else None
    day = treaties.parse_as_of(query.as_of, instrument)
    return exporters.status_as_dict(treaties.status_of(instrument, day, members_of=organization))


@api.get(
    "/instruments/{code}/status.{fmt}",
    response={200: None, 400: Error, 404: Error},
    tags=["treaties"],
    openapi_extra={"responses": {200: {"description": "The status table as a file"}}},
)
def instrument_status_file(request, code: str, fmt: str, as_of: str | None = None):
    """The status table as CSV or XLSX."""
    if fmt not in {"csv", "xlsx"}:
        raise InvalidInput(f"unknown export format {fmt!r} (use csv or xlsx)")
    instrument = treaties.get_instrument(code)
    status = treaties.status_of(instrument, treaties.parse_as_of(as_of, instrument))
    name, content_type, body = exporters.export_status(status, fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@api.get("/instruments/{code}/eif", response={200: EifOut, 404: Error}, tags=["treaties"])
def instrument_eif(request, code: str):
    """Entry into force computed from the clause and the recorded actions."""
    return exporters.eif_as_dict(treaties.get_instrument(code))


class StateOut(Schema):
    code: str
    alpha2: str
    names: dict[str, str]


class MembershipOut(Schema):
    organization: str
    role: str
    start: str
    end: str | None
    source: str


class ActionOut(Schema):
    instrument: str
    kind: str
    date: dt.date | None
    not_before: dt.date | None
    not_after: dt.date | None
    source: str


class MonitoringStepOut(Schema):
    mechanism: str
    round: int
    kind: str
    date: str
    end: str | None
    document: str
    source: str


class StateDetail(StateOut):
    memberships: list[MembershipOut]
    actions: list[ActionOut]
    monitoring: list[MonitoringStepOut]


def _state_dict(state):
    return {"code": state.code, "alpha2": state.alpha2, "names": state.names}


@api.get("/states", response=list[StateOut], tags=["registry"])
def list_states(request):
    return [_state_dict(s) for s in registry.all_states()]


@api.get("/states/{code}", response={200: StateDetail, 404: Error}, tags=["registry"])
def state_detail(request, code: str):
    state = registry.get_state(code)
    return {
        **_state_dict(state),
        "memberships": [
            {
                "organization": m.organization.code,
                "role": m.role,
                "start": str(m.start),
                "end": str(m.end) if m.end else None,
                "source": m.source.reference,
            }
            for m in registry.memberships_of(state)
        ],
        "actions": [
            {
                "instrument": a.instrument.code,
                "kind": a.kind,
                **a.date.as_dict(),
                "source": a.source.reference,
            }
            for a in treaties.actions_of_state(state)
        ],
        "monitoring": [
            {
                "mechanism": s.round.mechanism.code,
                "round": s.round.number,
                "kind": s.kind,
                "date": str(s.date),
                "end": str(s.end) if s.end else None,
                "document": s.document,
                "source": s.source.reference,
            }
            for s in history_of_state(state)
        ],
    }


class MemberOut(Schema):
    state: str
    name: str
    certain: bool


@api.get(
    "/organizations/{code}/members",
    response={200: list[MemberOut], 400: Error, 404: Error},
    tags=["registry"],
)
def organization_members(request, code: str, on: str | None = None):
    """Member states of an organization on a date (default today)."""
    organization = registry.get_organization(code)
    day = user_day(on)
    return [
        {"state": s.code, "name": s.name, "certain": certain}
        for s, certain in registry.members_on(organization, day)
    ]


class HolderOut(Schema):
    person: str
    start: str
    end: str | None
    certain: bool
    source: str


@api.get(
    "/posts/{key}/holders",
    response={200: list[HolderOut], 400: Error, 404: Error},
    tags=["registry"],
)
def post_holders(request, key: str, on: str):
    """Who held a post (by key or title) on a date."""
    post = registry.find_post(key)
    day = user_day(on)
    return [
        {
            "person": h.person.name,
            "start": str(h.start),
            "end": str(h.end) if h.end else None,
            "certain": certain,
            "source": h.source.reference,
        }
        for h, certain in registry.holders_on(post, day)
    ]


api.add_router("", bodies_router)
api.add_router("", monitoring_router)
api.add_router("", meetings_router)
api.add_router("", correspondence_router)
api.add_router("", inbox_router)
