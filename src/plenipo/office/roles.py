"""Who may use the office: the secretariat (the group is defined in ``registry.roles``)."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied

from plenipo.meetings.queries import is_secretariat


def secretariat_required(view):
    """The office is the secretariat's: the anonymous are sent to sign in, anyone else
    signed in without the secretariat's permissions is refused (403)."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not is_secretariat(request.user):
            raise PermissionDenied("the office is for secretariat officers")
        return view(request, *args, **kwargs)

    return wrapper
