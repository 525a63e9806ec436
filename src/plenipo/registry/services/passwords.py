"""Passwords and sign-in locks, each change with its audit entry (never the password itself):
a password changed by its signed-in owner, a new one-time link made by the office, a sign-in
lock lifted by the office or by a password set on a link (the password set on a link is
audited by ``users.set_own_password``)."""

from axes.utils import reset as reset_sign_in_failures

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.queries import sign_in_lock


def note_password_changed(*, user, by):
    """Records that ``user``'s owner, signed in, changed its password (typing the old one)."""
    log_action(user, "registry.user.password_changed", by=by, data={"username": user.username})


def lift_sign_in_locks(*, user, by) -> int:
    """Forgets the failed sign-ins of ``user``'s username once its owner set a password on a
    one-time link (they proved they own it); audited when there were any."""
    dropped = reset_sign_in_failures(username=user.get_username())
    if dropped:
        log_action(
            user,
            "registry.user.sign_in_unlocked",
            by=by,
            data={"username": user.get_username(), "on": "password link"},
        )
    return dropped


def password_link_refusal(*, user, by) -> str:
    """Why ``by`` may not make a set-password link for ``user`` ("" when it may): the one
    rule the service applies and the user's page offers its button by."""
    if not user.is_active:
        return f"{user.get_username()} is closed: open its sign-in first"
    if user.is_superuser and not by.is_superuser:
        return f"{user.get_username()} is an administrator: only an administrator makes its link"
    return ""


def issue_password_link(*, user, by):
    """Records that ``by`` made a new one-time set-password link for ``user``, whose
    password, if any, keeps working until the link is used. Refused for a closed account,
    and for an administrator's account unless ``by`` is one: the link hands the account to
    whoever holds it."""
    refusal = password_link_refusal(user=user, by=by)
    if refusal:
        raise InvalidInput(refusal)
    log_action(
        user,
        "registry.user.password_link",
        by=by,
        data={"username": user.get_username(), "password_was_set": user.has_usable_password()},
    )


def unlock_sign_in(*, user, by) -> int:
    """Forgets the failed sign-ins that lock ``user``'s username, from every address (other
    usernames keep theirs); returns how many records were dropped. Refused when nothing
    locks it, so the audit log only holds real unlocks."""
    lock = sign_in_lock(user.get_username())
    if lock is None:
        raise InvalidInput(f"{user.get_username()} is not locked: nothing to unlock")
    dropped = reset_sign_in_failures(username=user.get_username())
    log_action(
        user,
        "registry.user.sign_in_unlocked",
        by=by,
        data={"username": user.get_username(), "locked_until": lock.isoformat()},
    )
    return dropped
