"""Appointing the focal points of permanent missions, and registering one to speak for a
group its state is a member of (e.g. the EU), or no longer."""

from django.db import transaction
from django.utils import timezone

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.models import SPEAKING_GROUP_KINDS, FocalPoint
from plenipo.registry.queries import members_on


@transaction.atomic
def appoint_focal_point(*, user, state, by, mission=None, language="en", groups=()) -> FocalPoint:
    """``user`` speaks for ``state`` and, in their own name, for ``groups`` (groups or
    regional economic integration organizations it is registered with, e.g. the EU)."""
    if FocalPoint.objects.filter(user=user).exclude(state=state).exists():
        raise InvalidInput(f"{user} is already the focal point of another state")
    for group in groups:
        _check_group(group, state)
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


def _check_group(group, state) -> None:
    """A focal point speaks for a group (or regional economic integration organization)
    only if its state is a member of it today."""
    if group.kind not in SPEAKING_GROUP_KINDS:
        raise InvalidInput(
            f"{group.code} is not a group or a regional economic integration "
            "organization: no one speaks in its name in a negotiation"
        )
    members = {member.code for member, _ in members_on(group, timezone.localdate())}
    if state.code not in members:
        raise InvalidInput(f"{state.code} is not a member of {group.code}")


def _focal_point_of(user) -> FocalPoint:
    focal_point = FocalPoint.objects.filter(user=user).select_related("state").first()
    if focal_point is None:
        raise InvalidInput(f"{user.get_username()} is not a focal point")
    return focal_point


@transaction.atomic
def register_for_group(*, user, group, by) -> FocalPoint:
    """``user``, a focal point, speaks from now on in ``group``'s name too."""
    focal_point = _focal_point_of(user)
    if focal_point.groups.filter(pk=group.pk).exists():
        raise InvalidInput(f"{user.get_username()} already speaks for {group.code}")
    _check_group(group, focal_point.state)
    return _change_groups(focal_point, add=group, by=by)


@transaction.atomic
def unregister_from_group(*, user, group, by) -> FocalPoint:
    """``user`` no longer speaks in ``group``'s name (still for its state)."""
    focal_point = _focal_point_of(user)
    if not focal_point.groups.filter(pk=group.pk).exists():
        raise InvalidInput(f"{user.get_username()} does not speak for {group.code}")
    return _change_groups(focal_point, remove=group, by=by)


def _change_groups(focal_point, *, by, add=None, remove=None) -> FocalPoint:
    before = sorted(focal_point.groups.values_list("code", flat=True))
    if add is not None:
        focal_point.groups.add(add)
    if remove is not None:
        focal_point.groups.remove(remove)
    after = sorted(focal_point.groups.values_list("code", flat=True))
    log_action(
        focal_point,
        "registry.focal_point.groups_changed",
        by=by,
        data={"user": focal_point.user.get_username(), "before": before, "after": after},
    )
    return focal_point
