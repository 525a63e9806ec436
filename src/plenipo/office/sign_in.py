"""The account pages outside the office: setting a password on the one-time link.

Whoever sets a password there lands on the sign-in page told that it is set (Django's own
view redirects there in silence); the password goes through ``registry.services.users``,
which records in the audit log that the owner set it."""

from django.contrib import messages
from django.contrib.auth.forms import SetPasswordForm
from django.contrib.auth.views import PasswordResetConfirmView
from django.urls import reverse_lazy

from plenipo.registry.services.users import set_own_password

PASSWORD_SET = "Your password is set; sign in with it."


class OwnPasswordForm(SetPasswordForm):
    """Django's form for a new password, saved through the service that audits it."""

    def save(self, commit=True):
        return set_own_password(
            user=self.user, password=self.cleaned_data["new_password1"], by=self.user
        )


class SetPasswordView(PasswordResetConfirmView):
    """The one-time link: a new password, then the sign-in page saying so."""

    form_class = OwnPasswordForm
    template_name = "registration/set_password.html"
    success_url = reverse_lazy("login")

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, PASSWORD_SET)
        return response
