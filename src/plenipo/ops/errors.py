"""Domain errors that escape a web view answer as the client's mistake, never as a 500.

Queries and services raise `NotFound` for an unknown code or number and `InvalidInput` for
input they refuse, with a message fit to show. A view that does not catch one (a mistyped
URL id, say) would otherwise end in a server error; this middleware answers 404 or 400 with
the site's error page instead. The API maps the same errors itself (JSON bodies).

A NUL character in a query or form value is refused here, before any view: PostgreSQL
cannot store or even compare text holding one, so a lookup by such a value would fail.
"""

from django.http import JsonResponse
from django.shortcuts import render

from plenipo.core.errors import InvalidInput, NotFound


class DomainErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 405 and not response.content and not _is_api(request):
            return _method_not_allowed(request, response)
        return response

    def process_view(self, request, view, args, kwargs):
        # The API reads its own bodies (and answers a malformed one in JSON): only its query.
        sent = [request.GET] if request.path.startswith("/api/") else [request.GET, request.POST]
        for where in sent:
            for name, values in where.lists():
                if any("\x00" in value for value in (name, *values)):
                    return _bad_request(request, f"a NUL character in {name[:40]!r} is refused")
        return None

    def process_exception(self, request, exception):
        if isinstance(exception, NotFound):
            return render(request, "404.html", {"message": str(exception)}, status=404)
        if isinstance(exception, InvalidInput):
            return render(request, "400.html", {"message": str(exception)}, status=400)
        return None


def _is_api(request) -> bool:
    return request.path.startswith("/api/")


def _method_not_allowed(request, refused):
    """The site's page for an address opened the wrong way (a form's address typed into
    the browser), with the methods it takes."""
    allowed = refused.get("Allow", "")
    answer = render(request, "405.html", {"method": request.method, "allowed": allowed}, status=405)
    answer["Allow"] = allowed
    return answer


def _bad_request(request, message):
    if request.path.startswith("/api/"):
        return JsonResponse({"detail": message}, status=400)
    return render(request, "400.html", {"message": message}, status=400)
