"""Who may use the office: the secretariat (the group is defined in ``registry.roles``).

Every office page and form is guarded the same way: the anonymous are sent to sign in (and
come back to the page they asked for, or to the page a form they posted was on), anyone
signed in without the right is refused (403). A page answers GET (and HEAD) and the POST of
its forms; any other method (DELETE, PUT, PATCH…) is refused with 405 and the methods it
takes, before anything else is looked at, the CSRF token included (``ops.methods``)."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseNotAllowed

from plenipo.meetings.queries import is_secretariat
from plenipo.office.return_address import page_to_return_to
from plenipo.ops.methods import PAGE_METHODS, mark_page


def _signed_in_and(allowed, refusal):
    """A view decorator: a method a page answers, sign in first, then ``allowed(user)`` or a
    403 saying ``refusal``."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if request.method not in PAGE_METHODS:
                return HttpResponseNotAllowed(PAGE_METHODS)
            if not request.user.is_authenticated:
                return redirect_to_login(page_to_return_to(request))
            if not allowed(request.user):
                raise PermissionDenied(refusal)
            return view(request, *args, **kwargs)

        return mark_page(wrapper)

    return decorator


def secretariat_required(view):
    """The office as a whole: the secretariat's officers."""
    return _signed_in_and(is_secretariat, "the office is for secretariat officers")(view)


def office_permission(permission: str):
    """One office screen, needing ``permission`` (e.g. ``"correspondence.change_letter"``)."""
    return _signed_in_and(
        lambda user: user.has_perm(permission), f"this needs the {permission} permission"
    )


def signed_in_required(view):
    """A page of the user's own account, whoever they are: the secretariat or a focal point."""
    return _signed_in_and(lambda user: True, "")(view)
