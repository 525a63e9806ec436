"""How the API answers what it cannot use: always JSON, always one line."""

from django.core.exceptions import SuspiciousOperation
from django.http.multipartparser import MultiPartParserError
from ninja.errors import AuthenticationError, ValidationError


def _place(location) -> str:
    return ".".join(str(part) for part in location)


def one_line(errors) -> str:
    """Pydantic's list of errors as one sentence naming each field."""
    parts = [f"{_place(e.get('loc', ())) or 'request'}: {e.get('msg', 'invalid')}" for e in errors]
    return "; ".join(parts) or "invalid request"


def install(api):
    @api.exception_handler(AuthenticationError)
    def not_signed_in(request, exc):
        return api.create_response(request, {"detail": "sign in first"}, status=401)

    @api.exception_handler(ValidationError)
    def invalid_request(request, exc):
        return api.create_response(request, {"detail": one_line(exc.errors)}, status=400)

    @api.exception_handler(MultiPartParserError)
    def unreadable_form(request, exc):
        return api.create_response(request, {"detail": f"unreadable form data: {exc}"}, status=400)

    @api.exception_handler(SuspiciousOperation)
    def refused_request(request, exc):
        return api.create_response(request, {"detail": str(exc) or "bad request"}, status=400)
