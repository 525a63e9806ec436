"""Domain errors that escape a web view answer as the client's mistake, never as a 500.

Queries and services raise `NotFound` for an unknown code or number and `InvalidInput` for
input they refuse, with a message fit to show. A view that does not catch one (a mistyped
URL id, say) would otherwise end in a server error; this middleware answers 404 or 400 with
the site's error page instead. The API maps the same errors itself (JSON bodies).
"""

from django.shortcuts import render

from plenipo.core.errors import InvalidInput, NotFound


class DomainErrorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, NotFound):
            return render(request, "404.html", {"message": str(exception)}, status=404)
        if isinstance(exception, InvalidInput):
            return render(request, "400.html", {"message": str(exception)}, status=400)
        return None
