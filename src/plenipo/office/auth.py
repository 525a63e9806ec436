"""Sign-in throttling (django-axes): an account is locked from the address its failed
sign-ins came from, for a cool-off that doubles with every further failure while locked."""

import datetime as dt

from axes.helpers import get_client_ip_address, get_client_username
from django.conf import settings
from django.contrib.admin.forms import AdminAuthenticationForm
from django.contrib.auth.forms import AuthenticationForm
from django.core.validators import MaxLengthValidator
from django.shortcuts import render

from plenipo.registry.queries import failed_sign_ins

MAX_DOUBLINGS = 16


def _failures(request) -> int:
    username = get_client_username(request)
    address = getattr(request, "axes_ip_address", None) or get_client_ip_address(request)
    return failed_sign_ins(username, address)


def cool_off(request=None) -> dt.timedelta:
    """How long a lock lasts: LOGIN_COOLOFF_SECONDS at first, twice as long for every failure
    beyond the limit, never more than LOGIN_COOLOFF_MAX_SECONDS."""
    seconds = settings.LOGIN_COOLOFF_SECONDS
    if request is not None:
        beyond = max(0, _failures(request) - settings.AXES_FAILURE_LIMIT)
        seconds *= 2 ** min(beyond, MAX_DOUBLINGS)
    return dt.timedelta(seconds=min(seconds, settings.LOGIN_COOLOFF_MAX_SECONDS))


def locked_out(request, original_response=None, credentials=None):
    minutes = max(1, round(cool_off(request).total_seconds() / 60))
    return render(request, "registration/locked_out.html", {"minutes": minutes}, status=429)


def _limit_username(form) -> None:
    # Django sets the username's max_length after the field is built, so no validator
    # checks it: a longer name would reach authenticate(), and the failed sign-in record
    # (255 characters) would fail to save on PostgreSQL. No account has such a name.
    field = form.fields["username"]
    field.validators.append(MaxLengthValidator(field.max_length or 150))


class SignInForm(AuthenticationForm):
    """Django's sign-in form, with the username's length checked before anyone is asked."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        _limit_username(self)


class AdminSignInForm(AdminAuthenticationForm):
    """The admin's sign-in form, with the same check."""

    def __init__(self, request=None, *args, **kwargs):
        super().__init__(request, *args, **kwargs)
        _limit_username(self)
