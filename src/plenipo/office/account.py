"""A user's own account page (/accounts/tokens/), for officers and focal points alike: the
API tokens their scripts use and the secret their calendar application subscribes with.
A secret is on the page once, in the answer to the form that made it; only its digest is
kept, so it can be replaced or revoked but never shown again."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.office.roles import signed_in_required
from plenipo.registry import queries as registry
from plenipo.registry.services import tokens as service

BAD_INPUT = 400


def _page(request, *, status=200, **shown):
    focal_point = getattr(request.user, "focal_point", None)
    feed_path = (
        reverse("public:state-calendar", args=[focal_point.state.code]) if focal_point else None
    )
    context = {
        "tokens": registry.api_tokens_of(request.user),
        "feed": registry.calendar_feed_of(request.user),
        "feed_path": feed_path,
        "name": request.POST.get("name", ""),
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
            user=request.user, name=request.POST.get("name", ""), by=request.user
        )
    except PlenipoError as exc:
        return _page(request, status=BAD_INPUT, error=str(exc))
    return _page(request, new_token=token, new_secret=secret, name="")


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
