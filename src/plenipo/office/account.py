"""A user's own account: the start page after sign-in (/accounts/home/) and the tokens page
(/accounts/tokens/), for officers and focal points alike: the API tokens their scripts use
and the secret their calendar application subscribes with. A secret is on the page once, in
the answer to the form that made it; only its digest is kept, so it can be replaced or
revoked but never shown again.

The start page sends a focal point to the portal and the secretariat to the office; an
account with neither role, or with only part of the office's permissions, stays on a page
saying so and offering only what it can open, so a refusal's "start page" is never another
refusal."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_POST

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.userdates import user_day
from plenipo.meetings.queries import is_secretariat
from plenipo.office.roles import signed_in_required
from plenipo.registry import queries as registry
from plenipo.registry.services import tokens as service

BAD_INPUT = 400

# The office's lists an account holding only some of the secretariat's permissions may open:
# (permission, page, label). The office's home page needs the secretariat's role as a whole.
OFFICE_PAGES = (
    ("correspondence.change_task", "office:tasks", "Tasks"),
    ("correspondence.change_letter", "office:letters", "Letters"),
    ("correspondence.change_letter", "office:inbox", "Inbox"),
    ("meetings.change_meeting", "office:meetings", "Meetings"),
    ("campaigns.change_campaign", "office:campaigns", "Campaigns"),
    ("negotiations.change_process", "office:negotiations", "Negotiations"),
    ("jobs.add_job", "office:jobs", "Jobs"),
    ("auth.change_user", "office:users", "Users"),
)


@signed_in_required
def home_for_user(request):
    """After sign-in: focal points to the portal, the secretariat to the office, anyone else
    to a page of their own account saying what it may open."""
    if getattr(request.user, "focal_point", None) is not None:
        return redirect("portal:home")
    if is_secretariat(request.user):
        return redirect("office:dashboard")
    pages = [
        {"path": reverse(name), "label": label}
        for permission, name, label in OFFICE_PAGES
        if request.user.has_perm(permission)
    ]
    return render(request, "office/account_home.html", {"office_pages": pages})


def _page(request, *, status=200, **shown):
    focal_point = getattr(request.user, "focal_point", None)
    feed_path = (
        reverse("public:state-calendar", args=[focal_point.state.code]) if focal_point else None
    )
    today = timezone.localdate()
    context = {
        "tokens": registry.api_tokens_of(request.user),
        "feed": registry.calendar_feed_of(request.user),
        "feed_path": feed_path,
        "name": request.POST.get("name", ""),
        "expires_on": request.POST.get("expires_on") or str(service.default_expiry(today)),
        "today": today,
        **shown,
    }
    return render(request, "office/account_tokens.html", context, status=status)


@signed_in_required
def api_tokens(request):
    """The list; a POST makes a token named after the script that will use it."""
    if request.method != "POST":
        return _page(request)
    try:
        token, secret = service.create_api_token(
            user=request.user,
            name=request.POST.get("name", ""),
            expires_on=_expiry(request.POST.get("expires_on", "")),
            by=request.user,
        )
    except PlenipoError as exc:
        return _page(request, status=BAD_INPUT, error=str(exc))
    return _page(request, new_token=token, new_secret=secret, name="")


def _expiry(text):
    """The expiry day typed (YYYY-MM-DD); empty leaves the default to the service."""
    text = (text or "").strip()
    if not text:
        return None
    return user_day(text)


@require_POST
@signed_in_required
def revoke_api_token(request, pk):
    try:
        token = registry.own_api_token(request.user, pk)
        service.revoke_token(token=token, by=request.user)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    except PlenipoError as exc:
        messages.error(request, str(exc))
        return redirect("api-tokens")
    messages.success(request, f"Token {token.name!r} revoked: scripts using it are refused.")
    return redirect("api-tokens")


@require_POST
@signed_in_required
def calendar_feed(request):
    """A new feed secret (the old one stops working), or with ``revoke`` none at all."""
    if "revoke" in request.POST:
        feed = registry.calendar_feed_of(request.user)
        if feed is not None:
            service.revoke_token(token=feed, by=request.user)
        messages.success(request, "Calendar feed revoked: subscriptions to it get nothing.")
        return redirect("api-tokens")
    _token, secret = service.renew_calendar_feed(user=request.user, by=request.user)
    return _page(request, feed_secret=secret)
