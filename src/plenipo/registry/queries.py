"""Reads of the registry shared by the public site, the API and the command line."""

import datetime as dt

from django.db.models import Q

from plenipo.core.errors import NotFound
from plenipo.core.fields import span_covers_q
from plenipo.core.listing import matches
from plenipo.core.partialdates import DateBounds, Precision, span_covers
from plenipo.registry import names
from plenipo.registry.models import (
    FocalPoint,
    Membership,
    MembershipRole,
    Mission,
    Organization,
    Post,
    PostHolding,
    State,
    StateName,
)


def all_states():
    return State.objects.order_by("code")


def search_states(text):
    """States whose code, CLDR name (any UN language) or any name the UN or the Council of
    Europe recorded for them (short or formal, any language, any period) holds every word
    of ``text``; accents and case aside. Three queries whatever the number of states."""
    states = all_states()
    if not str(text or "").split():
        return states
    found = {
        row["code"]
        for row in State.objects.values("code", "names")
        if matches(text, row["code"], *(row["names"] or {}).values())
    }
    for row in StateName.objects.values("party_code", "short", "formal"):
        recorded = [*(row["short"] or {}).values(), *(row["formal"] or {}).values()]
        if matches(text, *recorded):
            found.add(row["party_code"])
    return states.filter(code__in=found)


def get_state(code: str) -> State:
    state = State.objects.filter(code=(code or "").strip().upper()).first()
    if state is None:
        raise NotFound(f"unknown state code {code!r} (use ISO 3166-1 alpha-3, e.g. FRA)")
    return state


def get_organization(code: str) -> Organization:
    organization = Organization.objects.filter(code=(code or "").strip().upper()).first()
    if organization is None:
        known = ", ".join(Organization.objects.values_list("code", flat=True))
        raise NotFound(f"unknown organization code {code!r} (known: {known})")
    return organization


def get_mission(code: str) -> Mission:
    mission = Mission.objects.filter(code=(code or "").strip()).first()
    if mission is None:
        raise NotFound(f"unknown mission {code!r}")
    return mission


def members_on(organization: Organization, day: dt.date) -> list[tuple[State, bool]]:
    """States that were members on ``day``, each with whether that is certain."""
    candidates = (
        Membership.objects.filter(organization=organization, role=MembershipRole.MEMBER)
        .filter(span_covers_q(Membership.start, Membership.end, day)[1])
        .select_related("state")
        .order_by("state__code")
    )
    result = {}
    for membership in candidates:
        covers = span_covers(membership.start, membership.end, day)
        if covers is not False:
            result[membership.state.code] = (membership.state, covers is True)
    return list(result.values())


def memberships_of(state: State):
    return state.memberships.select_related("organization", "source").order_by("start_not_before")


def find_post(text: str) -> Post:
    text = (text or "").strip()
    post = Post.objects.filter(Q(key=text) | Q(title__iexact=text)).first()
    if post is None:
        raise NotFound(f"unknown post {text!r}")
    return post


def holders_on(post: Post, day: dt.date) -> list[tuple[PostHolding, bool]]:
    """Who held ``post`` on ``day``: usually one, several when dates are uncertain."""
    holdings = post.holdings.select_related("person", "source").order_by("start_not_before")
    result = []
    for holding in holdings:
        covers = span_covers(holding.start, holding.end, day)
        if covers is not False:
            result.append((holding, covers is True))
    return result


def holds_calendar_token(state: State, token: str) -> bool:
    """Whether one of the state's focal points was given this calendar token."""
    return bool(token) and FocalPoint.objects.filter(state=state, calendar_token=token).exists()


def name_records(*, kinds=("short", "formal")) -> list[names.NameRecord]:
    """Every recorded name of a state over time, for ``names.name_on``; only the
    ``kinds`` of name asked for are read (the status pages need the short ones)."""
    columns = ["party_code", "scheme", *kinds, "source__key"]
    dated = [StateName.start, StateName.end]
    for field in dated:
        columns += [field.not_before, field.not_after, field.precision]
    records = []
    for row in StateName.objects.values(*columns):
        start, end = (
            DateBounds(row[f.not_before], row[f.not_after], Precision(row[f.precision]))
            if row[f.precision]
            else None
            for f in dated
        )
        records.append(
            names.NameRecord(
                state=row["party_code"],
                scheme=row["scheme"],
                short=row.get("short") or {},
                formal=row.get("formal") or {},
                start=start,
                end=end,
                sources=(row["source__key"],),
            )
        )
    return records


def official_names_on(
    day: dt.date, *, language: str = "en", kind: str = "short", scheme: str = "un"
) -> dict[str, str]:
    """Each recorded state's name on ``day`` as the UN (or the CoE) gave it, by code."""
    if language not in names.LANGUAGES:
        language = names.FALLBACK_LANGUAGE
    by_state: dict[str, list[names.NameRecord]] = {}
    for record in name_records(kinds=(kind,)):
        by_state.setdefault(record.state, []).append(record)
    found = {}
    for code, records in by_state.items():
        name = names.name_on(records, code, day, scheme=scheme, kind=kind, language=language)
        if name is not None:
            found[code] = name.text
    return found
