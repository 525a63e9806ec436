"""Passwords of one's own account: "Forgot your password?" on the sign-in page e-mails a
one-time link (Django's password-reset flow), on which its owner sets a new password; a
signed-in user changes theirs by typing the old one. Both check the project's password
validators and are written to the audit log (who, when; never the password).

The request for a link answers the same whether or not an account has the address, so the
page tells nobody who has an account; only open accounts are e-mailed. It is limited per
e-mail address and per client address (PASSWORD_RESET_PER_EMAIL, PASSWORD_RESET_PER_ADDRESS
an hour), counted whether or not the address is known, so the limit tells nothing either."""

import hashlib
import unicodedata

from axes.helpers import get_client_ip_address
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.contrib.auth import views as auth_views
from django.contrib.auth.forms import PasswordResetForm
from django.core.cache import cache
from django.db import transaction
from django.shortcuts import render
from django.urls import reverse_lazy

from plenipo.office.sign_in import SetPasswordView
from plenipo.registry.services.passwords import lift_sign_in_locks, note_password_changed

BAD_INPUT = 400
TOO_MANY = 429
LIMIT_WINDOW_SECONDS = 3600


def _same_address(one: str, other: str) -> bool:
    def folded(text):
        return unicodedata.normalize("NFKC", text or "").casefold()

    return folded(one) == folded(other)


class ResetRequestForm(PasswordResetForm):
    """Django's form, e-mailing every open account with the address, including one whose
    owner has not set a password yet (the office's first link was lost)."""

    def get_users(self, email):
        accounts = get_user_model()
        field = accounts.get_email_field_name()
        found = accounts._default_manager.filter(**{f"{field}__iexact": email, "is_active": True})
        return (user for user in found if _same_address(email, getattr(user, field)))


def _count(key: str) -> int:
    """One more request under ``key`` in the current window; how many there were."""
    if cache.add(key, 1, LIMIT_WINDOW_SECONDS):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, LIMIT_WINDOW_SECONDS)
        return 1


def _within_limits(request, email: str) -> bool:
    digest = hashlib.sha256(email.strip().casefold().encode()).hexdigest()
    per_email = _count(f"password-reset:email:{digest}")
    per_address = _count(f"password-reset:address:{get_client_ip_address(request)}")
    return (
        per_email <= settings.PASSWORD_RESET_PER_EMAIL
        and per_address <= settings.PASSWORD_RESET_PER_ADDRESS
    )


class ForgotPasswordView(auth_views.PasswordResetView):
    form_class = ResetRequestForm
    template_name = "registration/forgot_password.html"
    email_template_name = "registration/forgot_password_email.txt"
    subject_template_name = "registration/forgot_password_subject.txt"
    success_url = reverse_lazy("password-reset-sent")
    extra_email_context = extra_context = {"hours": settings.PASSWORD_RESET_TIMEOUT // 3600}

    def form_valid(self, form):
        if not _within_limits(self.request, form.cleaned_data["email"]):
            limited = "registration/forgot_password_limited.html"
            return render(self.request, limited, status=TOO_MANY)
        return super().form_valid(form)

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=BAD_INPUT)


class ResetSentView(auth_views.PasswordResetDoneView):
    template_name = "registration/forgot_password_sent.html"
    extra_context = {"hours": settings.PASSWORD_RESET_TIMEOUT // 3600}


class SetPasswordOnLinkView(SetPasswordView):
    """The one-time link, from the e-mail or from the office (``sign_in.SetPasswordView``,
    which audits the password set); it also lifts any sign-in lock of the account, since
    whoever set the password proved they own it."""

    @transaction.atomic
    def form_valid(self, form):
        response = super().form_valid(form)
        lift_sign_in_locks(user=form.user, by=form.user)
        return response

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=BAD_INPUT)


class ChangePasswordView(auth_views.PasswordChangeView):
    """A signed-in user's new password, the old one typed first; the session stays signed in
    (Django renews its hash), other sessions of the account are signed out."""

    template_name = "registration/change_password.html"
    success_url = reverse_lazy("api-tokens")

    @transaction.atomic
    def form_valid(self, form):
        response = super().form_valid(form)
        note_password_changed(user=form.user, by=form.user)
        messages.success(self.request, "Your password is changed.")
        return response

    def form_invalid(self, form):
        return self.render_to_response(self.get_context_data(form=form), status=BAD_INPUT)
