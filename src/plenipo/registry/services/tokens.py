"""Personal access tokens: API tokens a user names for their scripts, and the one secret a
calendar application subscribes with. The secret is returned once; only its digest is kept.
An API token expires on a day chosen when it is made (90 days on by default, a year at
most); from that day on it is refused, saying so."""

import datetime as dt
import hashlib
import secrets

from django.db import transaction
from django.utils import timezone

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.registry.models import AccessToken, AccessTokenKind

MAX_NAME_LENGTH = 120
CALENDAR_FEED_NAME = "calendar feed"
LAST_USED_STEP = dt.timedelta(minutes=1)
DEFAULT_LIFETIME = dt.timedelta(days=90)
MAX_LIFETIME = dt.timedelta(days=366)


class TokenExpired(InvalidInput):
    """An API token past its expiry: refused, with the day it expired."""


def default_expiry(today: dt.date) -> dt.date:
    return today + DEFAULT_LIFETIME


def _checked_expiry(expires_on, today: dt.date) -> dt.date:
    if expires_on is None:
        return default_expiry(today)
    if expires_on <= today:
        raise InvalidInput(f"a token's expiry must be after today ({today}), not {expires_on}")
    if expires_on > today + MAX_LIFETIME:
        latest = today + MAX_LIFETIME
        raise InvalidInput(f"a token lasts a year at most: expiry {latest} or sooner")
    return expires_on


def digest_of(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def _issue(*, user, kind, name, by, expires_on=None) -> tuple[AccessToken, str]:
    secret = secrets.token_urlsafe(32)
    token = AccessToken.objects.create(
        user=user, kind=kind, name=name, digest=digest_of(secret), expires_on=expires_on
    )
    data = {"name": name, "user": user.get_username()}
    if expires_on is not None:
        data["expires_on"] = expires_on.isoformat()
    log_action(token, f"registry.{kind}_token.created", by=by, data=data)
    return token, secret


@transaction.atomic
def create_api_token(*, user, name, by, expires_on=None, today=None) -> tuple[AccessToken, str]:
    """A new API token of ``user``'s, acting with exactly their permissions until
    ``expires_on`` (90 days on if not given); returns the token and its secret, which is
    never shown again."""
    name = " ".join(str(name or "").split())
    if not name:
        raise InvalidInput("a token needs a name, e.g. the script that will use it")
    if len(name) > MAX_NAME_LENGTH:
        raise InvalidInput(f"a token's name has at most {MAX_NAME_LENGTH} characters")
    expires_on = _checked_expiry(expires_on, today or timezone.localdate())
    return _issue(user=user, kind=AccessTokenKind.API, name=name, by=by, expires_on=expires_on)


@transaction.atomic
def revoke_token(*, token: AccessToken, by) -> AccessToken:
    """From now on the token's secret is refused; the token stays listed as revoked."""
    if token.revoked_at is not None:
        raise InvalidInput(f"the token {token.name!r} is already revoked")
    token.revoked_at = timezone.now()
    token.save(update_fields=["revoked_at"])
    log_action(token, f"registry.{token.kind}_token.revoked", by=by, data={"name": token.name})
    return token


@transaction.atomic
def renew_calendar_feed(*, user, by) -> tuple[AccessToken, str]:
    """A new secret for ``user``'s calendar feeds; the one before it stops working."""
    for token in AccessToken.objects.filter(
        user=user, kind=AccessTokenKind.CALENDAR, revoked_at=None
    ):
        revoke_token(token=token, by=by)
    return _issue(user=user, kind=AccessTokenKind.CALENDAR, name=CALENDAR_FEED_NAME, by=by)


def _use(secret: str, kind: str):
    """The user an active token of ``kind`` with this secret acts for, or None; notes the
    day and time of its use. A token past its expiry raises ``TokenExpired``."""
    if not secret:
        return None
    token = (
        AccessToken.objects.select_related("user")
        .filter(digest=digest_of(secret), kind=kind, revoked_at=None, user__is_active=True)
        .first()
    )
    if token is None:
        return None
    if token.expired_on(timezone.localdate()):
        raise TokenExpired(f"the API token {token.name!r} expired on {token.expires_on}")
    now = timezone.now()
    # noted at most once a minute: a script's every request is not a database write
    if token.last_used_at is None or now - token.last_used_at > LAST_USED_STEP:
        AccessToken.objects.filter(pk=token.pk).update(last_used_at=now)
    return token.user


def user_of_api_token(secret: str):
    """The user a script with this API token acts as, or None; ``TokenExpired`` for one
    past its expiry."""
    return _use(secret, AccessTokenKind.API)


def user_of_calendar_feed(secret: str):
    """The user whose calendar feeds this secret opens, or None."""
    return _use(secret, AccessTokenKind.CALENDAR)
