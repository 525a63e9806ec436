"""Passwords and sign-in locks, each change with its audit entry (never the password itself):
a password set on a one-time link (asked for with "Forgot your password?" or made by the
office), a password changed by its signed-in owner, a new one-time link made by the office,
and a sign-in lock lifted by the office."""

from axes.utils import reset as reset_sign_in_failures

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.queries import sign_in_lock


def note_password_set(*, user, by, how: str):
    """Records that ``user``'s password was set, ``how`` being ``"link"`` (a one-time link)
    or ``"change"`` (its owner, signed in, typing the old one). A password set on a link
    also lifts any sign-in lock of that account: whoever set it proved they own it."""
    if how not in ("link", "change"):
        raise InvalidInput(f"a password is set on a link or changed, not by {how!r}")
    action = "registry.user.password_reset" if how == "link" else "registry.user.password_changed"
    data = {"username": user.get_username()}
    if how == "link":
        data["sign_in_locks_lifted"] = reset_sign_in_failures(username=user.get_username())
    log_action(user, action, by=by, data=data)


def issue_password_link(*, user, by):
    """Records that ``by`` made a new one-time set-password link for ``user``, whose
    password, if any, keeps working until the link is used. Refused for a closed account,
    and for an administrator's account unless ``by`` is one: the link hands the account to
    whoever holds it."""
    if not user.is_active:
        raise InvalidInput(f"{user.get_username()} is closed: open its sign-in first")
    if user.is_superuser and not by.is_superuser:
        raise InvalidInput(
            f"{user.get_username()} is an administrator: only an administrator makes its link"
        )
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
