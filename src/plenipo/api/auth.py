"""API authentication: the browser session, as on the web pages."""

from ninja.security import SessionAuth


class SignedInSession(SessionAuth):
    """The session of a signed-in user. The anonymous get 401 (not signed in) before any CSRF
    check, which only means something for a session that exists."""

    def _get_key(self, request):
        if not request.user.is_authenticated:
            return None
        return super()._get_key(request)


signed_in = SignedInSession()
