from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models

from plenipo.core.fields import DateBoundsField


class Source(models.Model):
    """Where a built-in or imported fact comes from, and the date the source speaks for."""

    key = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    symbol = models.CharField(max_length=120, blank=True, help_text="Document symbol")
    as_of = DateBoundsField()
    note = models.TextField(blank=True)
    internal = models.BooleanField(
        default=False,
        help_text="The secretariat's own record (a received letter): shown to it alone",
    )

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.title

    @property
    def reference(self) -> str:
        return self.url or self.symbol


class ActivityLog(models.Model):
    """The audit log: one row per change made through a service."""

    timestamp = models.DateTimeField(auto_now_add=True, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    action_type = models.CharField(max_length=120, db_index=True)
    content_type = models.ForeignKey(ContentType, null=True, on_delete=models.SET_NULL)
    object_id = models.CharField(max_length=64, blank=True)
    subject = GenericForeignKey("content_type", "object_id")
    data = models.JSONField(default=dict, blank=True)

    class Meta:
        ordering = ["-timestamp", "-pk"]

    def __str__(self):
        who = self.actor or "system"
        return f"{self.timestamp:%Y-%m-%d %H:%M} {who}: {self.action_type}"
