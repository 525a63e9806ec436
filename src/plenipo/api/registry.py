"""API: states, organizations and their members, posts and who held them."""

import datetime as dt

from ninja import Router, Schema

from plenipo.api.schemas import Error
from plenipo.core.userdates import user_day
from plenipo.monitoring.queries import history_of_state
from plenipo.registry import queries as registry
from plenipo.treaties import queries as treaties

# The operation ids are the ones these endpoints had when the API module defined them
# itself: clients generated from the OpenAPI document keep their method names.
router = Router(tags=["registry"])


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


@router.get("/states", response=list[StateOut], operation_id="plenipo_api_urls_list_states")
def list_states(request):
    return [_state_dict(s) for s in registry.all_states()]


@router.get(
    "/states/{code}",
    response={200: StateDetail, 404: Error},
    operation_id="plenipo_api_urls_state_detail",
)
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


@router.get(
    "/organizations/{code}/members",
    response={200: list[MemberOut], 400: Error, 404: Error},
    operation_id="plenipo_api_urls_organization_members",
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


@router.get(
    "/posts/{key}/holders",
    response={200: list[HolderOut], 400: Error, 404: Error},
    operation_id="plenipo_api_urls_post_holders",
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
