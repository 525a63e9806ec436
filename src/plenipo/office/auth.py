"""Sign-in with failed attempts rate-limited per account and per address."""

from django.conf import settings
from django.contrib.auth.views import LoginView
from django.core.cache import cache


def _keys(request):
    username = (request.POST.get("username") or "").strip().casefold()
    address = request.META.get("REMOTE_ADDR", "")
    return [f"login-failures:user:{username}", f"login-failures:addr:{address}"]


class RateLimitedLoginView(LoginView):
    """After LOGIN_FAILURE_LIMIT failures within LOGIN_FAILURE_WINDOW seconds, for the same
    user name or from the same address, sign-in is refused until the window passes."""

    def post(self, request, *args, **kwargs):
        if any(cache.get(key, 0) >= settings.LOGIN_FAILURE_LIMIT for key in _keys(request)):
            form = self.get_form()
            minutes = max(1, settings.LOGIN_FAILURE_WINDOW // 60)
            form.errors.clear()
            form.add_error(None, f"Too many failed sign-ins. Try again in {minutes} minutes.")
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def form_invalid(self, form):
        for key in _keys(self.request):
            cache.add(key, 0, timeout=settings.LOGIN_FAILURE_WINDOW)
            cache.incr(key)
        return super().form_invalid(form)

    def form_valid(self, form):
        cache.delete_many(_keys(self.request))
        return super().form_valid(form)
