"""A database that does not answer (restarting, unreachable, out of connections) is a
passing state, not a bug: the visitor gets a short 503 asking to try again, the log one
line, and the next request reconnects by itself."""

import logging

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse

logger = logging.getLogger(__name__)
RETRY_AFTER_SECONDS = "10"
PAGE = (
    "<!doctype html><html lang=en><head><meta charset=utf-8><title>Unavailable · Plenipo"
    "</title></head><body><h1>Temporarily unavailable</h1><p>The database is not answering. "
    "Please try again in a moment.</p></body></html>"
)


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.warning("database unavailable: %s", type(exception).__name__)
        if request.path.startswith("/api/"):
            response = JsonResponse({"detail": "the database is not answering; try again"})
        else:
            response = HttpResponse(PAGE)
        response.status_code = 503
        response["Retry-After"] = RETRY_AFTER_SECONDS
        return response
