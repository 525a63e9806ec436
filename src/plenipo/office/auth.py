"""Sign-in throttling (django-axes): an account is locked from the address its failed
sign-ins came from, for a cool-off that doubles with every further failure while locked.

A closed account is refused like a wrong password (and counted as a failure), except that
whoever gave its right password is told it is closed: only the password's owner learns that
the account exists. The backend checks the password once, as Django's does, so how long the
answer takes says nothing either."""

import datetime as dt

from axes.helpers import get_client_ip_address, get_client_username
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.auth.forms import AuthenticationForm
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.shortcuts import render

from plenipo.registry.queries import failed_sign_ins, lock_length

CLOSED_ACCOUNT = "This account is closed; ask the secretariat."
# Set on the request by SignInBackend when the right password was given for a closed account.
CLOSED_FLAG = "plenipo_closed_account"


def _failures(request) -> int:
    username = get_client_username(request)
    address = getattr(request, "axes_ip_address", None) or get_client_ip_address(request)
    return failed_sign_ins(username, address)


def cool_off(request=None) -> dt.timedelta:
    """How long a lock lasts for this request's failures (``registry.queries.lock_length``,
    the rule the users page shows a lock's end by)."""
    return lock_length(_failures(request) if request is not None else 0)


def locked_out(request, original_response=None, credentials=None):
    minutes = max(1, round(cool_off(request).total_seconds() / 60))
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)


def _limit_username(form) -> None:
    # Django sets the username's max_length after the field is built, so no validator
    # checks it: a longer name would reach authenticate(), and the failed sign-in record
    # (255 characters) would fail to save on PostgreSQL. No account has such a name.
    field = form.fields["username"]
    field.validators.append(MaxLengthValidator(field.max_length or 150))


class SignInBackend(ModelBackend):
    """Django's backend, which refuses a closed (inactive) account, noting on the request when
    the password given for it was right. A locked account never gets here: the axes backend
    before it refuses the attempt first."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        accounts = get_user_model()
        if username is None:
            username = kwargs.get(accounts.USERNAME_FIELD)
        if username is None or password is None:
            return None
        try:
            user = accounts._default_manager.get_by_natural_key(username)
        except accounts.DoesNotExist:
            accounts().set_password(password)  # as long as for an account that exists
            return None
        if not user.check_password(password):
            return None
        if self.user_can_authenticate(user):
            return user
        if request is not None:
            setattr(request, CLOSED_FLAG, True)
        return None


class _TellsClosedAccount:
    """The one rule of both sign-in forms (the site's and the admin's): the username's length
    checked before anyone is asked, and a closed account told so once its right password is
    given, never otherwise."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        _limit_username(self)

    def clean(self):
        try:
            return super().clean()
        except ValidationError:
            if getattr(self.request, CLOSED_FLAG, False):
                raise ValidationError(CLOSED_ACCOUNT, code="inactive") from None
            raise


class SignInForm(_TellsClosedAccount, AuthenticationForm):
    """Django's sign-in form, with the rule above."""

    error_messages = AuthenticationForm.error_messages | {"inactive": CLOSED_ACCOUNT}


class AdminSignInForm(_TellsClosedAccount, AdminAuthenticationForm):
    """The admin's sign-in form, with the same rule."""

    error_messages = AdminAuthenticationForm.error_messages | {"inactive": CLOSED_ACCOUNT}
