"""User accounts: secretariat officers and the focal points of permanent missions, created
and changed here (by the CLI's add-user and the office's users page), each with its audit
entry. An account made without a password gets an unusable one: its owner sets it through a
one-time link the office shows once."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.roles import ensure_secretariat_group
from plenipo.registry.services.focal_points import appoint_focal_point

ACCOUNT_PERMISSIONS = ("view_user", "add_user", "change_user")


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
    manages_accounts=False,
):
    """A secretariat officer (``secretariat=True``) or the focal point of a state
    (``focal_point_of``, optionally at ``mission``, and for the ``groups`` it is registered
    to speak for); exactly one of the two. With ``password=None`` the account waits for its
    owner to set one through a link."""
    username = (username or "").strip()
    if not username:
        raise InvalidInput("a user needs a username")
    if secretariat == (focal_point_of is not None):
        raise InvalidInput("a user is either a secretariat officer or a state's focal point")
    if mission is not None and focal_point_of is None:
        raise InvalidInput("only a focal point works at a mission")
    if groups and focal_point_of is None:
        raise InvalidInput("only a focal point speaks for a group")
    if manages_accounts and not secretariat:
        raise InvalidInput("only a secretariat officer manages accounts")
    accounts = get_user_model()
    if password is not None:
        check_password_rules(password, accounts(username=username, email=email))
    if accounts.objects.filter(username=username).exists():
        raise InvalidInput(f"a user {username!r} already exists")
    user = accounts.objects.create_user(username, email=email, password=password)
    if password is None:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    if secretariat:
        user.groups.add(ensure_secretariat_group())
        role = {"role": "secretariat"}
        if manages_accounts:
            user.user_permissions.add(*account_permissions())
            role["manages_accounts"] = True
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


def check_password_rules(password, user):
    """The site's password rules (settings.AUTH_PASSWORD_VALIDATORS, the same the set-password
    and change-password pages apply), every broken one said in one line."""
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        raise InvalidInput(f"the password is refused: {' '.join(error.messages)}") from None


def account_permissions():
    """What the office's users page needs: to see, add and change accounts."""
    return Permission.objects.filter(
        content_type__app_label="auth", codename__in=ACCOUNT_PERMISSIONS
    )


@transaction.atomic
def change_focal_point(*, user, state, by, mission=None, active=True):
    """Moves a focal point to ``state`` (and ``mission``, or none) and opens or closes its
    account; a secretariat officer is not a focal point and is refused."""
    focal_point = getattr(user, "focal_point", None)
    if focal_point is None:
        raise InvalidInput(f"{user.get_username()} is not a focal point")
    if bool(active) != user.is_active:
        _refuse_own_account(user, by)
    before = {
        "state": focal_point.state.code,
        "mission": focal_point.mission.code if focal_point.mission else None,
        "active": user.is_active,
    }
    focal_point.state, focal_point.mission = state, mission
    focal_point.save(update_fields=["state", "mission"])
    user.is_active = bool(active)
    user.save(update_fields=["is_active"])
    after = {"state": state.code, "mission": mission.code if mission else None, "active": active}
    log_action(
        user,
        "registry.user.changed",
        by=by,
        data={"username": user.get_username(), "before": before, "after": after},
    )
    return focal_point


@transaction.atomic
def set_own_password(*, user, password, by):
    """Sets ``user``'s password (its owner, on the one-time link) and records when; the
    audit entry names the account, never the password."""
    user.set_password(password)
    user.save(update_fields=["password"])
    log_action(user, "registry.user.password_set", by=by, data={"username": user.username})
    return user


def _refuse_own_account(user, by):
    """No one closes or reopens their own account, by whatever form."""
    if by is not None and by.pk == user.pk:
        raise InvalidInput("you cannot close or reopen your own account: ask another manager")


@transaction.atomic
def set_account_open(*, user, active, by):
    """Opens or closes ``user``'s account (a closed one cannot sign in; its tokens stop
    working); no one closes or reopens their own."""
    _refuse_own_account(user, by)
    active = bool(active)
    if user.is_active == active:
        state = "open" if active else "closed"
        raise InvalidInput(f"{user.get_username()}'s account is already {state}")
    before = {"active": user.is_active}
    user.is_active = active
    user.save(update_fields=["is_active"])
    log_action(
        user,
        "registry.user.changed",
        by=by,
        data={"username": user.get_username(), "before": before, "after": {"active": active}},
    )
    return user
