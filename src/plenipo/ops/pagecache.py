"""Public pages rendered once and served again to every anonymous reader until the data change.

`public_page` wraps a read-only public view (or, through django-ninja's `decorate_view`, an
API read whose answer is the same for everyone). An anonymous GET is answered from the cache
when the same page (full address with its query, language, calendar day) was rendered under
the data's current generation (`core.cache`: every audited write moves it on, so a change
made through a service shows on the very next request). Only what is the same for every
anonymous reader is kept: nothing for a signed-in user (the page names them and holds a
sign-out form with a CSRF token), nothing that sets a cookie, uses a CSRF token, writes the
session or shows a notice (django.contrib.messages), only 200 answers. A reader with a
notice waiting is never served a kept page, which would swallow it. With the cache away
(Redis refused) every page is simply rendered.
"""

import datetime as dt
import functools
import hashlib

from django.contrib.messages import get_messages
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers

from plenipo.core.cache import keep, key_for, recall

# What a kept page may differ by besides its address; every page says so to caches on the way.
VARY = ("Cookie", "Accept-Language")


def _cacheable_request(request) -> bool:
    return (
        request.method in {"GET", "HEAD"}
        and "HTTP_AUTHORIZATION" not in request.META  # an API client speaking for someone
        and not request.user.is_authenticated
        and not len(get_messages(request))
    )


def _cacheable_response(request, response) -> bool:
    session = getattr(request, "session", None)
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not (session is not None and session.modified)
        and not len(get_messages(request))
    )


def _key(request) -> str:
    address = hashlib.sha256(request.build_absolute_uri().encode()).hexdigest()
    today = dt.date.today().isoformat()  # noqa: DTZ011 -- pages show the calendar day
    return key_for("page", (translation.get_language() or "en", today, address))


def public_page(view):
    """Serve ``view``'s page from the cache to anonymous readers (see the module)."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if not _cacheable_request(request):
            return view(request, *args, **kwargs)
        key = _key(request)
        kept = recall(key)
        if kept is not None:
            status, headers, content = kept
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response[name] = value
        else:
            response = view(request, *args, **kwargs)
            if _cacheable_response(request, response):
                keep(key, (response.status_code, list(response.items()), response.content))
        patch_vary_headers(response, VARY)
        return response

    return wrapper
