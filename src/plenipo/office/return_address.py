"""Where an officer signed out by time lands after signing in again.

A form posted once the session has ended cannot be replayed: its address answers POST alone,
so coming back to it would end on a 405. The officer is sent back to the page the form was
on (the Referer, when it is this site's) or, without one, to the nearest page above the
form's address that answers GET (most often the object's own page)."""

from urllib.parse import urlsplit

from django.http import HttpRequest
from django.urls import Resolver404, resolve
from django.utils.http import url_has_allowed_host_and_scheme

from plenipo.ops.methods import methods_listed

OFFICE_HOME = "/office/"


def page_to_return_to(request: HttpRequest) -> str:
    """The path to come back to after signing in, always on this site."""
    if request.method in ("GET", "HEAD"):
        return request.get_full_path()
    referer = request.headers.get("referer", "")
    if referer and url_has_allowed_host_and_scheme(
        referer, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        parts = urlsplit(referer)
        return parts.path + (f"?{parts.query}" if parts.query else "")
    return _nearest_page_above(request.path)


def _nearest_page_above(path: str) -> str:
    parts = [part for part in path.split("/") if part]
    while parts:
        parts.pop()
        candidate = "/" + "".join(f"{part}/" for part in parts)
        try:
            match = resolve(candidate)
        except Resolver404:
            continue
        if _answers_get(match.func):
            return candidate
    return OFFICE_HOME


def _answers_get(view) -> bool:
    """False for a view behind Django's ``require_http_methods`` without GET
    (``require_POST``)."""
    listed = methods_listed(view)
    return listed is None or "GET" in listed
