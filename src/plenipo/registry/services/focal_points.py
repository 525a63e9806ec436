"""Appointing the focal points of permanent missions."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.models import FocalPoint


@transaction.atomic
def appoint_focal_point(*, user, state, by, mission=None, language="en") -> FocalPoint:
    if FocalPoint.objects.filter(user=user).exclude(state=state).exists():
        raise InvalidInput(f"{user} is already the focal point of another state")
    focal_point, _ = FocalPoint.objects.update_or_create(
        user=user, defaults={"state": state, "mission": mission, "language": language}
    )
    log_action(
        focal_point,
        "registry.focal_point.appointed",
        by=by,
        data={"user": user.get_username(), "state": state.code},
    )
    return focal_point
