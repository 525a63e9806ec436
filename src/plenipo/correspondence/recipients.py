"""Distribution lists resolved from the registry for a date."""

import datetime as dt
from dataclasses import dataclass, field

from django.db.models import Prefetch

from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.partialdates import span_covers
from plenipo.correspondence.protocol import StateNamer
from plenipo.meetings.models import Delegation
from plenipo.meetings.queries import get_meeting
from plenipo.registry.models import (
    FocalPoint,
    Membership,
    Mission,
    PermanentMission,
    Post,
    PostHolding,
    State,
)
from plenipo.registry.queries import get_organization, holders_on, members_on
from plenipo.treaties.queries import get_instrument, status_of

# Languages whose letters name a mission and its head in their own words (see ``titles``).
TITLED_LANGUAGES = ("fr", "es")


@dataclass
class Recipient:
    key: str  # the state's alpha-3 code, or a user name
    state: object | None
    post: str
    name: str | None = None
    gender: str = ""
    mission: str = ""
    address: str = ""
    email: str = ""
    language: str = "en"
    problems: list[str] = field(default_factory=list)
    # {language: (mission, post)} where the titles have a recorded form in that language
    titles: dict[str, tuple[str, str]] = field(default_factory=dict)
    # Whom a note verbale is addressed to, where the recipient is a person in a role (a
    # focal point): the state's mission or government, never the role. {language: (title,
    # feminine)}; English always, where there is such an addressee.
    state_addressee: dict[str, tuple[str, bool]] = field(default_factory=dict)

    def mission_in(self, language: str) -> str:
        """The mission's title in a letter in ``language``; English where none is known."""
        return self.titles[language][0] if language in self.titles else self.mission

    def post_in(self, language: str) -> str:
        """The post's title in a letter in ``language``; English where none is known."""
        return self.titles[language][1] if language in self.titles else self.post

    @property
    def deliverable(self) -> bool:
        return bool(self.address or self.email)

    @property
    def reachable(self) -> bool:
        """Deliverable with nothing in the way (no mission recorded, no address, …)."""
        return self.deliverable and not self.problems

    def as_dict(self) -> dict:
        return {
            "key": self.key,
            "state": self.state.code if self.state else None,
            "name": self.name,
            "post": self.post,
            "mission": self.mission,
            "address": self.address,
            "email": self.email,
            "language": self.language,
            "deliverable": self.deliverable,
            "problems": self.problems,
        }


def _holder(post: Post | None, day):
    if post is None:
        return None, ""
    holders = [(h, certain) for h, certain in holders_on(post, day) if certain]
    if len(holders) != 1:
        return None, ""
    person = holders[0][0].person
    return person.name, person.gender


def _unreachable(mission: PermanentMission, title: str) -> list[str]:
    """Why a letter to this mission could not be delivered, before anything is queued."""
    if mission.address or mission.email:
        return []
    return [
        f"no address or e-mail is recorded for the {title} "
        f"(source: {mission.source.symbol or mission.source.title}); it cannot be reached"
    ]


def _place(place_code: str) -> Mission:
    place = Mission.objects.filter(code=place_code).select_related("organization").first()
    if place is None:
        known = ", ".join(Mission.objects.values_list("code", flat=True))
        raise NotFound(f"unknown mission place {place_code!r} (known: {known})")
    return place


def _mission_recipient(mission: PermanentMission, place: Mission, namer, day, posts) -> Recipient:
    state = mission.state
    mission_title, post_title = namer.mission(state, place)
    name, gender = _certain_holder(posts.get(state.pk), day)
    return Recipient(
        key=state.code,
        state=state,
        post=post_title,
        name=name,
        gender=gender,
        mission=mission_title,
        address=mission.address,
        email=mission.email,
        problems=_unreachable(mission, mission_title),
        titles=_titles(namer, state, place, gender),
    )


def _titles(namer, state, place: Mission, gender: str = "") -> dict[str, tuple[str, str]]:
    """{language: (mission, head)} in the languages where both have a recorded form."""
    titles = {}
    for language in TITLED_LANGUAGES:
        found = namer.mission(state, place, language, gender)
        if found is not None:
            titles[language] = found
    return titles


def permanent_missions(place_code: str, day: dt.date) -> list[Recipient]:
    """Every recorded permanent (or observer) mission at a place, named as on ``day``; a
    mission with neither address nor e-mail is listed with the reason it cannot be reached.
    A state whose recorded memberships of the place's organization show it neither a member
    nor an observer on ``day`` (South Sudan before July 2011) had no such mission then."""
    place = _place(place_code)
    namer = StateNamer(day)
    missions = PermanentMission.objects.filter(place=place).select_related("state", "source")
    standing = _standing_on(place.organization, day)
    posts = _posts_with_holders(place)
    return [
        _mission_recipient(m, place, namer, day, posts)
        for m in missions.order_by("state__code")
        if standing.get(m.state_id, True)
    ]


def _standing_on(organization, day: dt.date) -> dict[int, bool]:
    """{state id: whether a recorded membership (member or observer) may cover ``day``}
    for the states with any membership of ``organization`` recorded; others are unknown."""
    standing: dict[int, bool] = {}
    if organization is None:
        return standing
    for membership in Membership.objects.filter(organization=organization):
        covers = span_covers(membership.start, membership.end, day) is not False
        standing[membership.state_id] = standing.get(membership.state_id, False) or covers
    return standing


def _posts_with_holders(place) -> dict[int, Post]:
    """The heads' posts at a place by state, their holdings read with them."""
    posts = Post.objects.filter(mission=place, state__isnull=False).prefetch_related(
        Prefetch("holdings", queryset=PostHolding.objects.select_related("person"))
    )
    found: dict[int, Post] = {}
    for post in posts.order_by("pk"):
        found.setdefault(post.state_id, post)
    return found


def _certain_holder(post: Post | None, day: dt.date):
    """The one person certainly holding ``post`` on ``day`` (name, gender), or (None, "")."""
    if post is None:
        return None, ""
    holders = [h for h in post.holdings.all() if span_covers(h.start, h.end, day) is True]
    if len(holders) != 1:
        return None, ""
    return holders[0].person.name, holders[0].person.gender


def _members_of_body(body, day: dt.date, place_code: str) -> list:
    """The states a body is made of on ``day``: an organization's members or a treaty's
    parties, as its recorded composition says."""
    composition = body.composition or {}
    if composition.get("members_of"):
        organization = get_organization(composition["members_of"])
        return [state for state, _ in members_on(organization, day)]
    if composition.get("parties_to"):
        status = status_of(get_instrument(composition["parties_to"]), day)
        codes = {p.code for p in status.parties if not p.is_organization}
        return list(State.objects.filter(code__in=codes).order_by("code"))
    raise InvalidInput(_no_membership(body, composition, place_code))


def _no_membership(body, composition: dict, place_code: str) -> str:
    """Why a body's members cannot be written to, and the lists that can be instead."""
    instead = f"missions:{place_code}"
    parent = body.parent
    if parent is not None and set(parent.composition or {}) & {"parties_to", "members_of"}:
        instead = f"members:{parent.code}:{place_code} (the members of {parent.code}) or {instead}"
    if composition.get("open_ended"):
        return (
            f"{body.code} is open-ended: it has no fixed membership to write to; write to {instead}"
        )
    return f"{body.code} has no recorded membership: write to {instead}"


def members_of_body(body_code: str, place_code: str, day: dt.date) -> list[Recipient]:
    """The permanent missions at a place of the states a body is made of on ``day``; a
    member with no mission recorded there is listed with that reason."""
    states = _members_of_body(get_body(body_code), day, place_code)
    return _missions_of_states(states, _place(place_code), day)


def invited_to_meeting(meeting_id: int, place_code: str, day: dt.date) -> list[Recipient]:
    """The permanent missions at a place of the states invited to a meeting (not those the
    secretariat registered without an invitation); one with no mission there is listed
    with that reason. An unknown meeting is refused (NotFound), not an empty list."""
    meeting_id = get_meeting(meeting_id).pk
    delegations = Delegation.objects.filter(
        meeting_id=meeting_id, state__isnull=False, not_invited=False
    ).select_related("state")
    states = sorted((d.state for d in delegations), key=lambda state: state.code)
    found = _missions_of_states(states, _place(place_code), day)
    with_focal_points = set(
        FocalPoint.objects.filter(state__in=states, user__is_active=True)
        .exclude(user__email="")
        .values_list("state_id", flat=True)
    )
    for recipient in found:
        if recipient.problems and recipient.state.pk in with_focal_points:
            # The channel a new officer does not think of: the state's own focal point.
            recipient.problems[-1] += (
                f"; its focal point can be written to by e-mail (list focal-points:{meeting_id})"
            )
    return found


def _missions_of_states(states, place: Mission, day: dt.date) -> list[Recipient]:
    namer = StateNamer(day)
    missions = {
        m.state_id: m
        for m in PermanentMission.objects.filter(place=place).select_related("state", "source")
    }
    posts = _posts_with_holders(place)
    result = []
    for state in states:
        mission = missions.get(state.pk)
        if mission is not None:
            result.append(_mission_recipient(mission, place, namer, day, posts))
            continue
        formal = namer.formal(state.code)
        result.append(
            Recipient(
                key=state.code,
                state=state,
                post=f"Permanent Mission of {formal} ({place.name})",
                problems=[
                    f"no permanent mission at {place.name} is recorded; it cannot be reached"
                ],
                # no mission to address: a letter names the mission in the letter's language
                titles={
                    language: (mission_title, mission_title)
                    for language, (mission_title, _) in _titles(namer, state, place).items()
                },
            )
        )
    return result


def ministers_of_states(states, day: dt.date) -> list[Recipient]:
    """The ministers for foreign affairs of these states, named as on ``day``."""
    namer = StateNamer(day)
    result = []
    for state in states:
        post = Post.objects.filter(state=state, key=f"mfa-{state.code.lower()}").first()
        name, gender = _holder(post, day)
        recipient = Recipient(
            key=state.code,
            state=state,
            post=post.title
            if post
            else f"Minister for Foreign Affairs of {namer.formal(state.code)}",
            name=name,
            gender=gender,
        )
        if post is None:
            recipient.problems.append("no foreign-minister post is recorded")
        elif name is None:
            recipient.problems.append(f"no holder of {post.title} is recorded on {day}")
        if not recipient.deliverable:
            recipient.problems.append(
                "no address or e-mail is recorded for the ministry; it cannot be reached"
            )
        result.append(recipient)
    return result


def ministers_of_members_not_parties(org_code: str, instrument_code: str, day: dt.date):
    """The ministers for foreign affairs of the members of an organization that are not
    parties to an instrument on ``day`` (the targets of a ratification campaign)."""
    organization = get_organization(org_code)
    status = status_of(get_instrument(instrument_code), day, members_of=organization)
    return ministers_of_states([item["state"] for item in status.members_not_parties], day)


def focal_points_of_meeting(meeting_id, day) -> list[Recipient]:
    """The focal points of the states invited to a meeting, each reached at its own e-mail
    address; a note verbale to one is addressed to its state (``_state_addressee``). An
    unknown meeting is refused (NotFound), not an empty list."""
    meeting_id = get_meeting(meeting_id).pk
    delegations = Delegation.objects.filter(
        meeting_id=meeting_id, state__isnull=False
    ).select_related("state")
    namer = StateNamer(day)
    missions = {
        (m.state_id, m.place_id): m
        for m in PermanentMission.objects.filter(
            state__in=[d.state_id for d in delegations]
        ).select_related("place")
    }
    result = []
    for delegation in delegations:
        state = delegation.state
        for focal_point in state.focal_points.select_related("user", "mission"):
            mission = missions.get((state.pk, focal_point.mission_id))
            result.append(
                Recipient(
                    key=focal_point.user.get_username(),
                    state=state,
                    post=f"Focal point of {namer.formal(state.code)}",
                    # a sign-in name is no name to write to: none is recorded then
                    name=focal_point.user.get_full_name() or None,
                    email=focal_point.user.email,
                    address=mission.address if mission else "",
                    language=focal_point.language,
                    mission=focal_point.mission.name if focal_point.mission else "",
                    state_addressee=_state_addressee(namer, state, mission),
                )
            )
    return result


def _state_addressee(namer, state, mission) -> dict[str, tuple[str, bool]]:
    """A note verbale is written from one institution to another, never to a person's
    role: to the state's permanent mission where the focal point works at one the registry
    records, in the languages its title is recorded in; otherwise to its Government (in
    English alone: no other form of it is recorded)."""
    if mission is None:
        return {"en": (f"Government of {namer.formal(state.code)}", False)}
    found = {"en": (namer.mission(state, mission.place)[0], False)}
    for language, (title, _) in _titles(namer, state, mission.place).items():
        found[language] = (title, True)  # la Mission permanente, la Misión Permanente
    return found


@dataclass
class Distribution:
    """A list resolved for a day, with what the letters written to it need to know."""

    recipients: list
    instrument: object = None
    organization: object = None
    campaign: object = None


def distribution(spec: str, day: dt.date, *, at: str = "") -> Distribution:
    """``resolve``'s lists, with the instrument and organization a ``ministers:`` list is
    about; ``members:BODY`` or ``invited:MEETING_ID`` alone means the missions at ``at``
    (Vienna if empty)."""
    kind, _, rest = (spec or "").partition(":")
    if kind in ("members", "invited") and rest and ":" not in rest:
        spec = f"{kind}:{rest}:{at or 'UN-VIE'}"
    found = Distribution(resolve(spec, day))
    if kind == "ministers" and rest.count(":") == 1:
        org, code = rest.split(":")
        found.organization, found.instrument = get_organization(org), get_instrument(code)
    return found


def resolve(spec: str, day: dt.date) -> list[Recipient]:
    """``missions:UN-VIE``, ``members:BODY:UN-VIE`` (a body's members' missions there),
    ``invited:MEETING_ID:UN-VIE`` (the missions there of the states invited to a meeting),
    ``ministers:COE:CETS-197`` or ``focal-points:MEETING_ID``."""
    kind, _, rest = (spec or "").partition(":")
    if kind == "missions" and rest:
        return permanent_missions(rest.upper(), day)
    if kind == "ministers" and rest.count(":") == 1:
        org, instrument = rest.split(":")
        return ministers_of_members_not_parties(org, instrument, day)
    if kind == "members" and rest.count(":") == 1:
        body, place = rest.split(":")
        return members_of_body(body, place.upper(), day)
    if kind == "invited" and rest.count(":") == 1 and rest.split(":")[0].isdigit():
        meeting, place = rest.split(":")
        return invited_to_meeting(int(meeting), place.upper(), day)
    if kind == "focal-points" and rest.isdigit():
        return focal_points_of_meeting(int(rest), day)
    raise InvalidInput(
        f"unknown distribution list {spec!r} (use missions:UN-VIE, members:COP-UNTOC:UN-VIE, "
        "invited:MEETING_ID:UN-VIE, ministers:COE:CETS-197 or focal-points:MEETING_ID)"
    )
