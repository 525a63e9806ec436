"""Writes to the registry. Every function takes ``by`` (a user, or None for the system)."""

import re

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds
from plenipo.core.userdates import check_span
from plenipo.registry import names as state_names
from plenipo.registry.models import (
    Membership,
    MembershipChange,
    MembershipRole,
    Mission,
    Organization,
    OrganizationKind,
    Person,
    Post,
    PostHolding,
    State,
    StateName,
)
from plenipo.registry.names import UnknownCountry, country_names


def ensure_state(code: str, *, by) -> State:
    """The state with this alpha-3 code, created with its CLDR names if new."""
    code = (code or "").strip().upper()
    state = State.objects.filter(code=code).first()
    if state:
        return state
    try:
        alpha2, names = country_names(code)
    except UnknownCountry as exc:
        raise InvalidInput(str(exc)) from None
    state = State.objects.create(code=code, alpha2=alpha2, names=names)
    log_action(state, "registry.state.created", by=by, data={"code": code})
    return state


def define_organization(*, code, names, kind, source, by) -> Organization:
    organization, created = Organization.objects.update_or_create(
        code=code, defaults={"names": names, "kind": kind, "source": source}
    )
    verb = "created" if created else "updated"
    log_action(organization, f"registry.organization.{verb}", by=by, data={"code": code})
    return organization


ORGANIZATION_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,15}$")
ORGANIZATION_NAME_LENGTH = 300


def add_organization(*, code, name, kind, source, by) -> Organization:
    """An organization new to the registry, named by an officer (e.g. the one a received
    letter's meeting belongs to): refused when its code is taken, where a data file's
    organization updates the one loaded before (``define_organization``)."""
    code = (code or "").strip().upper()
    if not ORGANIZATION_CODE.match(code):
        raise InvalidInput(
            f"the organization's code {code!r}: give letters, digits and hyphens, "
            "at most 16 (e.g. OSCE)"
        )
    name = " ".join(str(name or "").split())
    if not name:
        raise InvalidInput(f"the organization {code} needs a name")
    if len(name) > ORGANIZATION_NAME_LENGTH:
        raise InvalidInput(
            f"the organization's name is longer than {ORGANIZATION_NAME_LENGTH} characters"
        )
    if kind not in OrganizationKind.values:
        known = ", ".join(OrganizationKind.values)
        raise InvalidInput(f"unknown kind of organization {kind!r} (known: {known})")
    taken = Organization.objects.filter(code=code).first()
    if taken is not None:
        raise InvalidInput(f"an organization {code} is already recorded ({taken.name}): choose it")
    return define_organization(code=code, names={"en": name}, kind=kind, source=source, by=by)


def define_mission(*, code, name, organization, city, by) -> Mission:
    mission, _ = Mission.objects.update_or_create(
        code=code, defaults={"name": name, "organization": organization, "city": city}
    )
    log_action(mission, "registry.mission.defined", by=by, data={"code": code})
    return mission


def recorded_membership(
    *, organization, state, start, end=None, role=MembershipRole.MEMBER, sources, by
) -> tuple[Membership, list] | None:
    """The membership already recorded with these dates, and the ``sources`` it now also
    cites (added here); None when there is none. Other dates make another spell."""
    start, end = DateBounds.parse(start), DateBounds.parse(end) if end is not None else None
    found = Membership.objects.filter(
        organization=organization,
        state=state,
        role=role,
        start_not_before=start.not_before,
        start_not_after=start.not_after,
        end_not_before=end.not_before if end else None,
        end_not_after=end.not_after if end else None,
    ).first()
    if found is None:
        return None
    cited = {found.source_id, *found.other_sources.values_list("pk", flat=True)}
    added = [s for s in sources if s.pk not in cited]
    if added:
        found.other_sources.add(*added)
        log_action(
            found,
            "registry.membership.source_added",
            by=by,
            data={"sources": [s.key for s in added]},
        )
    return found, added


@transaction.atomic
def record_membership(
    *,
    organization,
    state,
    start,
    end=None,
    role=MembershipRole.MEMBER,
    source,
    other_sources=(),
    note="",
    conflicts=(),
    by,
) -> Membership:
    start, end = DateBounds.parse(start), DateBounds.parse(end) if end is not None else None
    check_span(start, end, f"membership of {state.code} in {organization.code}")
    membership = Membership.objects.create(
        organization=organization,
        state=state,
        role=role,
        source=source,
        note=note,
        conflicts=list(conflicts),
        start=start,
        end=end,
    )
    membership.other_sources.set(other_sources)
    log_action(
        membership,
        "registry.membership.recorded",
        by=by,
        data={"organization": organization.code, "state": state.code, "start": str(start)},
    )
    return membership


def define_person(*, key, name, honorific="", gender="", by) -> Person:
    person, _ = Person.objects.update_or_create(
        key=key, defaults={"name": name, "honorific": honorific, "gender": gender}
    )
    log_action(person, "registry.person.defined", by=by, data={"key": key})
    return person


def define_post(*, key, title, state=None, organization=None, mission=None, by) -> Post:
    post, _ = Post.objects.update_or_create(
        key=key,
        defaults={"title": title, "state": state, "organization": organization, "mission": mission},
    )
    log_action(post, "registry.post.defined", by=by, data={"key": key})
    return post


@transaction.atomic
def record_post_holding(
    *, person, post, start, end=None, source, other_sources=(), note="", by
) -> PostHolding:
    start, end = DateBounds.parse(start), DateBounds.parse(end) if end is not None else None
    check_span(start, end, f"{person} as {post}")
    holding = PostHolding.objects.create(
        person=person,
        post=post,
        source=source,
        note=note,
        start=start,
        end=end,
    )
    holding.other_sources.set(other_sources)
    log_action(
        holding,
        "registry.post_holding.recorded",
        by=by,
        data={"person": person.key, "post": post.key, "start": str(start)},
    )
    return holding


@transaction.atomic
def record_membership_change(
    *, organization, former, successors, kind, date=None, note="", source, by
) -> MembershipChange:
    change = MembershipChange.objects.create(
        organization=organization,
        former=former,
        kind=kind,
        note=note,
        source=source,
        date=DateBounds.parse(date) if date is not None else None,
    )
    change.successors.set(successors)
    log_action(
        change,
        "registry.membership_change.recorded",
        by=by,
        data={"organization": organization.code, "former": former, "kind": kind},
    )
    return change


@transaction.atomic
def record_permanent_mission(*, state, place, source, by, address="", email="", phone=""):
    from plenipo.registry.models import PermanentMission  # noqa: PLC0415 -- keeps imports short

    mission, _ = PermanentMission.objects.update_or_create(
        state=state,
        place=place,
        defaults={"address": address, "email": email, "phone": phone, "source": source},
    )
    log_action(
        mission,
        "registry.permanent_mission.recorded",
        by=by,
        data={"state": state.code, "place": place.code},
    )
    return mission


@transaction.atomic
def record_state_names(*, records, sources, by) -> list[StateName]:
    """Record the names of states over time (``names.NameRecord``s, validated together so
    that no two periods of one state, scheme and kind overlap); ``sources`` maps each
    record's source keys to ``Source`` rows."""
    try:
        state_names.validate(records)
    except state_names.NamesError as exc:
        raise InvalidInput(str(exc)) from None
    created = []
    for record in records:
        cited = [sources[key] for key in record.sources]
        row = StateName.objects.create(
            party_code=record.state,
            scheme=record.scheme,
            short=dict(record.short),
            formal=dict(record.formal),
            article=dict(record.article),
            start=record.start,
            end=record.end,
            note=record.note,
            source=cited[0],
        )
        row.other_sources.set(cited[1:])
        created.append(row)
    log_action(None, "registry.names.recorded", by=by, data={"records": len(created)})
    return created
