"""The office's users page, for whoever may change accounts (``auth.change_user``): every
account with its role, State, mission and whether it may sign in; a form creating a focal
point or an officer, and one changing a focal point's State, mission and open flag. Writes go
through ``registry.services.users`` (the same service as ``plenipo add-user``), each with its
audit entry. No password is typed here: a new account gets a one-time link on which its
owner sets one, shown once to the officer who made it. An account's page also registers a
focal point for a group its State belongs to (or no longer), and closes or reopens any
account but the manager's own."""

from django.contrib import messages
from django.contrib.auth.tokens import default_token_generator
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.views.decorators.http import require_POST

from plenipo.core.errors import PlenipoError
from plenipo.office.roles import office_permission
from plenipo.office.user_forms import (
    AccountOpenForm,
    FocalPointForm,
    FocalPointGroupForm,
    NewUserForm,
)
from plenipo.registry import queries as registry
from plenipo.registry.roles import SECRETARIAT
from plenipo.registry.services.focal_points import register_for_group, unregister_from_group
from plenipo.registry.services.passwords import issue_password_link
from plenipo.registry.services.users import (
    change_focal_point,
    create_user,
    set_account_open,
)

BAD_INPUT = 400
CAN_MANAGE = office_permission("auth.change_user")


def set_password_link(request, user) -> str:
    """The one-time address on which ``user`` sets a password (Django's password-reset
    token: it stops working once a password is set)."""
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return request.build_absolute_uri(reverse("set-password", args=[uid, token]))


def _role(user) -> str:
    focal_point = getattr(user, "focal_point", None)
    if focal_point is not None:
        return "focal point"
    if any(group.name == SECRETARIAT for group in user.groups.all()):
        return "secretariat officer"
    return "administrator" if user.is_superuser else "no role"


def _optional(code, read):
    return read(code) if (code or "").strip() else None


@CAN_MANAGE
def user_list(request):
    form = NewUserForm(request.POST or None)
    shown = {}
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            focal = data["role"] == "focal_point"
            user = create_user(
                username=data["username"],
                password=None,
                email=data["email"],
                secretariat=not focal,
                focal_point_of=registry.get_state(data["state"]) if focal else None,
                mission=_optional(data["mission"], registry.get_mission) if focal else None,
                language=data["language"],
                by=request.user,
            )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            shown = {"new_user": user, "link": set_password_link(request, user)}
            form = NewUserForm()
    rows = [{"user": user, "role": _role(user)} for user in registry.accounts()]
    status = BAD_INPUT if form.is_bound and form.errors else 200
    context = {"rows": rows, "form": form, **shown}
    return render(request, "office/users.html", context, status=status)


@CAN_MANAGE
def user_detail(request, pk):
    user = registry.get_account(pk)
    focal_point = getattr(user, "focal_point", None)
    initial = {"active": user.is_active}
    if focal_point is not None:
        mission = focal_point.mission.code if focal_point.mission else ""
        initial |= {"state": focal_point.state.code, "mission": mission}
    form = FocalPointForm(request.POST or None, initial=initial)
    if request.method == "POST" and "password_link" in request.POST:
        return _new_link(request, user, form)
    if request.method == "POST" and focal_point is None:
        form.add_error(None, f"{user.get_username()} is not a focal point: nothing to change here")
    elif request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            change_focal_point(
                user=user,
                state=registry.get_state(data["state"]),
                mission=_optional(data["mission"], registry.get_mission),
                active=data["active"],
                by=request.user,
            )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Saved: {user.get_username()}.")
            return redirect("office:user", pk=user.pk)
    return _account_page(request, user, form, status=BAD_INPUT if form.is_bound else 200)


def _new_link(request, user, form):
    """A new one-time link for an account whose owner has not set a password (the first
    one was lost): the one service that makes every link (``issue_password_link``)."""
    form = FocalPointForm(initial=form.initial)
    try:
        issue_password_link(user=user, by=request.user)
    except PlenipoError as exc:
        return _account_page(request, user, form, status=BAD_INPUT, link_error=str(exc))
    link = set_password_link(request, user)
    return _account_page(request, user, form, status=200, link=link)


@require_POST
@CAN_MANAGE
def focal_point_groups(request, pk):
    """Registers the focal point for a group, or no longer (``change``)."""
    user = registry.get_account(pk)
    form = FocalPointGroupForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        change = register_for_group if data["change"] == "register" else unregister_from_group
        try:
            change(user=user, group=registry.get_organization(data["group"]), by=request.user)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Saved: the groups {user.get_username()} speaks for.")
            return redirect("office:user", pk=user.pk)
    return _account_page(request, user, _focal_point_form(user), status=BAD_INPUT, group_form=form)


@require_POST
@CAN_MANAGE
def account_open(request, pk):
    """Closes or reopens an account: a closed one cannot sign in."""
    user = registry.get_account(pk)
    form = AccountOpenForm(request.POST)
    if form.is_valid():
        try:
            set_account_open(user=user, active=form.cleaned_data["open"] == "open", by=request.user)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            state = "open" if user.is_active else "closed"
            messages.success(request, f"Saved: {user.get_username()}'s account is {state}.")
            return redirect("office:user", pk=user.pk)
    return _account_page(request, user, _focal_point_form(user), status=BAD_INPUT, open_form=form)


def _focal_point_form(user):
    focal_point = getattr(user, "focal_point", None)
    initial = {"active": user.is_active}
    if focal_point is not None:
        mission = focal_point.mission.code if focal_point.mission else ""
        initial |= {"state": focal_point.state.code, "mission": mission}
    return FocalPointForm(initial=initial)


def _account_page(request, user, form, *, status, **shown):
    focal_point = getattr(user, "focal_point", None)
    context = {
        "account": user,
        "role": _role(user),
        "form": form,
        "focal_point": focal_point,
        "speaks_for": list(focal_point.groups.order_by("code")) if focal_point else [],
        "own_account": user.pk == request.user.pk,
        "group_form": FocalPointGroupForm(),
        "open_form": AccountOpenForm(),
        "waiting": not user.has_usable_password(),
        **shown,
    }
    context["refusals"] = _refusals(context["group_form"], context["open_form"])
    return render(request, "office/user.html", context, status=status)


def _refusals(*forms):
    """What the groups and sign-in forms refused, one line each, shown above the page's
    forms (an officer's page has no groups form to show them in)."""
    return [
        message if field == "__all__" else f"{field}: {message}"
        for form in forms
        for field, messages_ in form.errors.items()
        for message in messages_
    ]
