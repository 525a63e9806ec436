"""API authentication: the browser session, as on the web pages, or a personal API token
sent as ``Authorization: Bearer <token>`` by a script."""

from django.http import JsonResponse
from ninja.security import HttpBearer, SessionAuth

from plenipo.registry.services.tokens import TokenExpired, user_of_api_token

BEARER = "bearer "


class ApiTokenMiddleware:
    """Every request to the API that carries a bearer token acts as the token's user, on
    the public endpoints too (what they show depends on who asks); an unknown or revoked
    token is refused whole rather than read as anonymous, and an expired one says so."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        header = request.headers.get("Authorization", "")
        if request.path_info.startswith("/api/") and header[: len(BEARER)].lower() == BEARER:
            try:
                user = user_of_api_token(header[len(BEARER) :].strip())
            except TokenExpired as exc:
                return JsonResponse({"detail": str(exc)}, status=401)
            if user is None:
                return JsonResponse({"detail": "unknown or revoked API token"}, status=401)
            request.user = user
            request.api_token_user = user
        return self.get_response(request)


class ApiToken(HttpBearer):
    """The bearer token the middleware has already checked: no CSRF token is needed, as a
    browser never sends this header by itself."""

    def authenticate(self, request, token):
        return getattr(request, "api_token_user", None)


class SignedInSession(SessionAuth):
    """The session of a signed-in user. The anonymous get 401 (not signed in) before any CSRF
    check, which only means something for a session that exists."""

    def _get_key(self, request):
        if not request.user.is_authenticated or hasattr(request, "api_token_user"):
            return None
        return super()._get_key(request)


signed_in = [ApiToken(), SignedInSession()]
