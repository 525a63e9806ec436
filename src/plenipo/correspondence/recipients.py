"""Distribution lists resolved from the registry for a date."""

import datetime as dt
from dataclasses import dataclass, field

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.correspondence.names import formal_name, with_article
from plenipo.meetings.models import Delegation
from plenipo.registry.models import Mission, PermanentMission, Post
from plenipo.registry.queries import get_organization, holders_on
from plenipo.treaties.queries import get_instrument, status_of

PLACE_NAMES = {
    "UN-VIE": "to the United Nations (Vienna)",
    "UN-NY": "to the United Nations",
    "UN-GE": "to the United Nations Office at Geneva",
    "COE": "to the Council of Europe",
}


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

    @property
    def deliverable(self) -> bool:
        return bool(self.address or self.email)

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


def permanent_missions(place_code: str, day: dt.date) -> list[Recipient]:
    place = Mission.objects.filter(code=place_code).first()
    if place is None:
        known = ", ".join(Mission.objects.values_list("code", flat=True))
        raise NotFound(f"unknown mission place {place_code!r} (known: {known})")
    result = []
    missions = PermanentMission.objects.filter(place=place).select_related("state")
    for mission in missions.order_by("state__code"):
        state = mission.state
        where = PLACE_NAMES.get(place.code, f"at {place.name}")
        post_title = f"Permanent Representative of {with_article(formal_name(state.code))} {where}"
        post = Post.objects.filter(state=state, mission=place).first()
        name, gender = _holder(post, day)
        result.append(
            Recipient(
                key=state.code,
                state=state,
                post=post_title,
                name=name,
                gender=gender,
                mission=f"Permanent Mission of {with_article(formal_name(state.code))} {where}",
                address=mission.address,
                email=mission.email,
            )
        )
    return result


def ministers_of_members_not_parties(org_code: str, instrument_code: str, day: dt.date):
    """The ministers for foreign affairs of the members of an organization that are not
    parties to an instrument on ``day`` (the targets of a ratification campaign)."""
    organization = get_organization(org_code)
    status = status_of(get_instrument(instrument_code), day, members_of=organization)
    result = []
    for item in status.members_not_parties:
        state = item["state"]
        post = Post.objects.filter(state=state, key=f"mfa-{state.code.lower()}").first()
        name, gender = _holder(post, day)
        recipient = Recipient(
            key=state.code,
            state=state,
            post=post.title
            if post
            else f"Minister for Foreign Affairs of {with_article(formal_name(state.code))}",
            name=name,
            gender=gender,
        )
        if post is None:
            recipient.problems.append("no foreign-minister post is recorded")
        elif name is None:
            recipient.problems.append(f"no holder of {post.title} is recorded on {day}")
        result.append(recipient)
    return result


def focal_points_of_meeting(meeting_id, day) -> list[Recipient]:
    delegations = Delegation.objects.filter(
        meeting_id=meeting_id, state__isnull=False
    ).select_related("state")
    result = []
    for delegation in delegations:
        for focal_point in delegation.state.focal_points.select_related("user", "mission"):
            result.append(
                Recipient(
                    key=focal_point.user.get_username(),
                    state=delegation.state,
                    post=f"Focal point of {with_article(formal_name(delegation.state.code))}",
                    name=focal_point.user.get_full_name() or focal_point.user.get_username(),
                    email=focal_point.user.email,
                    language=focal_point.language,
                    mission=focal_point.mission.name if focal_point.mission else "",
                )
            )
    return result


def resolve(spec: str, day: dt.date) -> list[Recipient]:
    """``missions:UN-VIE``, ``ministers:COE:CETS-197`` or ``focal-points:MEETING_ID``."""
    kind, _, rest = (spec or "").partition(":")
    if kind == "missions" and rest:
        return permanent_missions(rest.upper(), day)
    if kind == "ministers" and rest.count(":") == 1:
        org, instrument = rest.split(":")
        return ministers_of_members_not_parties(org, instrument, day)
    if kind == "focal-points" and rest.isdigit():
        return focal_points_of_meeting(int(rest), day)
    raise InvalidInput(
        f"unknown distribution list {spec!r} (use missions:UN-VIE, "
        "ministers:COE:CETS-197 or focal-points:MEETING_ID)"
    )
