"""On a user's page of the office, for whoever may change accounts (``auth.change_user``):
"Unlock sign-in" when django-axes locks the account's username (its failed sign-ins are
forgotten, from every address, for that username alone), and "Send a new set-password link"
for any open account, shown once to the officer as when the account was made. The owner's
password, if any, keeps working until the link is used. Both are written to the audit log."""

from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from plenipo.core.errors import PlenipoError
from plenipo.office.roles import office_permission
from plenipo.office.users import set_password_link
from plenipo.registry import queries as registry
from plenipo.registry.services.passwords import issue_password_link, unlock_sign_in

BAD_INPUT = 400
CAN_MANAGE = office_permission("auth.change_user")


def _refused(request, user, message):
    context = {"account": user, "error": message}
    return render(request, "office/user_sign_in_access.html", context, status=BAD_INPUT)


@require_POST
@CAN_MANAGE
def unlock(request, pk):
    user = registry.get_account(pk)
    try:
        unlock_sign_in(user=user, by=request.user)
    except PlenipoError as exc:
        return _refused(request, user, str(exc))
    messages.success(request, f"Unlocked: {user.get_username()} may sign in again.")
    return redirect("office:user", pk=user.pk)


@require_POST
@CAN_MANAGE
def new_password_link(request, pk):
    user = registry.get_account(pk)
    try:
        issue_password_link(user=user, by=request.user)
    except PlenipoError as exc:
        return _refused(request, user, str(exc))
    link = set_password_link(request, user)
    context = {"account": user, "link": link, "hours": settings.PASSWORD_RESET_TIMEOUT // 3600}
    return render(request, "office/user_sign_in_access.html", context)
