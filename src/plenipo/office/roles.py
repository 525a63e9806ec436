"""The secretariat role: a group holding the permissions the office screens need."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import PermissionDenied

from plenipo.meetings.queries import is_secretariat

SECRETARIAT = "Secretariat officers"
SECRETARIAT_PERMISSIONS = [
    ("monitoring", "add_step"),
    ("meetings", "change_delegation"),
    ("meetings", "add_meeting"),
    ("meetings", "change_meeting"),
    ("correspondence", "add_letter"),
    ("correspondence", "change_letter"),
    ("campaigns", "change_campaign"),
    ("negotiations", "change_process"),
]


def ensure_secretariat_group(**kwargs):
    group, _ = Group.objects.get_or_create(name=SECRETARIAT)
    for app_label, codename in SECRETARIAT_PERMISSIONS:
        permission = Permission.objects.filter(
            content_type__app_label=app_label, codename=codename
        ).first()
        if permission:
            group.permissions.add(permission)
    return group


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
