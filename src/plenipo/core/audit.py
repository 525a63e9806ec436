"""The one way services write the audit log."""

from django.contrib.contenttypes.models import ContentType

from plenipo.core.cache import data_changed
from plenipo.core.models import ActivityLog


def log_action(subject, action_type: str, *, by, data=None) -> ActivityLog:
    """Record that ``by`` (a user, or None for the system itself) did ``action_type``.
    Every write goes through here, so it is also where remembered answers are dropped."""
    data_changed()
    return ActivityLog.objects.create(
        actor=by,
        action_type=action_type,
        content_type=ContentType.objects.get_for_model(subject) if subject is not None else None,
        object_id=str(subject.pk) if subject is not None else "",
        data=data or {},
    )
