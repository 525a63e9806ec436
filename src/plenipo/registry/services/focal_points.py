"""Appointing the focal points of permanent missions."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.models import SPEAKING_GROUP_KINDS, FocalPoint


@transaction.atomic
def appoint_focal_point(*, user, state, by, mission=None, language="en", groups=()) -> FocalPoint:
    """``user`` speaks for ``state`` and, in their own name, for ``groups`` (groups or
    regional economic integration organizations it is registered with, e.g. the EU)."""
    if FocalPoint.objects.filter(user=user).exclude(state=state).exists():
        raise InvalidInput(f"{user} is already the focal point of another state")
    for group in groups:
        if group.kind not in SPEAKING_GROUP_KINDS:
            raise InvalidInput(
                f"{group.code} is not a group or a regional economic integration "
                "organization: no one speaks in its name in a negotiation"
            )
    focal_point, _ = FocalPoint.objects.update_or_create(
        user=user, defaults={"state": state, "mission": mission, "language": language}
    )
    focal_point.groups.set(groups)
    log_action(
        focal_point,
        "registry.focal_point.appointed",
        by=by,
        data={
            "user": user.get_username(),
            "state": state.code,
            "groups": sorted(g.code for g in groups),
        },
    )
    return focal_point
