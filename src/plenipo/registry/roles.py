"""The secretariat role: a group holding the permissions the office screens need.

The permissions are named by app label, not imported, so the registry depends on no app
above it; the office creates the group after migrate, once every app's permissions exist."""

from django.contrib.auth.models import Group, Permission

SECRETARIAT = "Secretariat officers"
SECRETARIAT_PERMISSIONS = [
    ("monitoring", "add_step"),
    ("meetings", "change_delegation"),
    ("meetings", "add_meeting"),
    ("meetings", "change_meeting"),
    ("meetings", "add_venue"),
    ("meetings", "change_venue"),
    ("meetings", "add_room"),
    ("meetings", "change_room"),
    ("correspondence", "add_letter"),
    ("correspondence", "change_letter"),
    ("correspondence", "add_task"),
    ("correspondence", "change_task"),
    ("campaigns", "add_campaign"),
    ("campaigns", "change_campaign"),
    ("negotiations", "change_process"),
    ("treaties", "add_action"),
    ("jobs", "add_job"),
    ("jobs", "view_job"),
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
