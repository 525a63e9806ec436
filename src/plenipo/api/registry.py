"""API: states, organizations and their members, posts and who held them."""

import datetime as dt

from ninja import Router, Schema

from plenipo.api.schemas import Error
from plenipo.core.errors import InvalidInput
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
    name: str  # the UN short name today (English); CLDR's for a territory the UN names nowhere
    un_names: dict[str, str]  # the UN short names today in the six UN languages
    names: dict[str, str]  # CLDR names, for the interface language only


class NameOut(Schema):
    scheme: str
    short: str
    formal: str
    start: dict | None
    end: dict | None
    sources: list[str]


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
    names_over_time: list[NameOut]
    memberships: list[MembershipOut]
    actions: list[ActionOut]
    monitoring: list[MonitoringStepOut]


def _state_dict(state, un_names: dict[str, str]):
    return {
        "code": state.code,
        "alpha2": state.alpha2,
        "name": un_names.get("en") or state.name_in("en"),
        "un_names": un_names,
        "names": state.names,
    }


@router.get("/states", response=list[StateOut], operation_id="plenipo_api_urls_list_states")
def list_states(request):
    un_names = registry.official_names_in_languages(dt.date.today())  # noqa: DTZ011
    return [_state_dict(s, un_names.get(s.code, {})) for s in registry.all_states()]


@router.get(
    "/states/{code}",
    response={200: StateDetail, 404: Error},
    operation_id="plenipo_api_urls_state_detail",
)
def state_detail(request, code: str):
    state = registry.get_state(code)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    un_names = registry.official_names_in_languages(today, states=[state.code])
    return {
        **_state_dict(state, un_names.get(state.code, {})),
        "names_over_time": [
            {
                **item,
                "start": item["start"].as_dict() if item["start"] else None,
                "end": item["end"].as_dict() if item["end"] else None,
            }
            for item in registry.name_history(state)
        ],
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


def _day_asked(as_of, on):
    """The day of ``as_of``, as every endpoint names it, or of ``on``, its older name on the
    registry's endpoints; both at once only if they agree."""
    if as_of and on and as_of != on:
        raise InvalidInput("give the day once, as as_of (on is its older name)")
    return as_of or on


class MemberOut(Schema):
    state: str
    name: str
    certain: bool


@router.get(
    "/organizations/{code}/members",
    response={200: list[MemberOut], 400: Error, 404: Error},
    operation_id="plenipo_api_urls_organization_members",
)
def organization_members(request, code: str, as_of: str | None = None, on: str | None = None):
    """Member states of an organization on a date, ``as_of`` (default today; ``on`` is the
    older name of the same parameter, still accepted)."""
    organization = registry.get_organization(code)
    day = user_day(_day_asked(as_of, on))
    members = registry.members_on(organization, day)
    # Members are named as the UN named them on the day asked about.
    names = registry.official_names_on(day, states=[s.code for s, _ in members])
    return [
        {"state": s.code, "name": names.get(s.code) or s.name, "certain": certain}
        for s, certain in members
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
def post_holders(request, key: str, as_of: str | None = None, on: str | None = None):
    """Who held a post (by key or title) on a date, ``as_of`` (``on`` is the older name of
    the same parameter, still accepted); one of the two is needed."""
    post = registry.find_post(key)
    asked = _day_asked(as_of, on)
    if not asked:
        raise InvalidInput("give the day as as_of=YYYY-MM-DD")
    day = user_day(asked)
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
