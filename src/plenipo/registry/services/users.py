"""Creating user accounts: secretariat officers and the focal points of permanent missions."""

from django.contrib.auth import get_user_model
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.roles import ensure_secretariat_group
from plenipo.registry.services.focal_points import appoint_focal_point

MIN_PASSWORD_LENGTH = 10


@transaction.atomic
def create_user(
    *,
    username,
    password,
    by,
    email="",
    secretariat=False,
    focal_point_of=None,
    mission=None,
    language="en",
    groups=(),
):
    """A secretariat officer (``secretariat=True``) or the focal point of a state
    (``focal_point_of``, optionally at ``mission``, and for the ``groups`` it is registered
    to speak for); exactly one of the two."""
    username = (username or "").strip()
    if not username:
        raise InvalidInput("a user needs a username")
    if secretariat == (focal_point_of is not None):
        raise InvalidInput("a user is either a secretariat officer or a state's focal point")
    if mission is not None and focal_point_of is None:
        raise InvalidInput("only a focal point works at a mission")
    if groups and focal_point_of is None:
        raise InvalidInput("only a focal point speaks for a group")
    if len(password or "") < MIN_PASSWORD_LENGTH:
        raise InvalidInput(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    accounts = get_user_model()
    if accounts.objects.filter(username=username).exists():
        raise InvalidInput(f"a user {username!r} already exists")
    user = accounts.objects.create_user(username, email=email, password=password)
    if secretariat:
        user.groups.add(ensure_secretariat_group())
        role = {"role": "secretariat"}
    else:
        appoint_focal_point(
            user=user,
            state=focal_point_of,
            mission=mission,
            language=language,
            groups=groups,
            by=by,
        )
        role = {"role": "focal_point", "state": focal_point_of.code}
    log_action(user, "registry.user.created", by=by, data={"username": username, **role})
    return user
