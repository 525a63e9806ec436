from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models

from plenipo.core.partialdates import DateBounds, Precision

PRECISION_CHOICES = [(p.value, p.value) for p in Precision]


def bounds_columns(bounds: DateBounds | None, prefix: str) -> dict:
    """Model field values for a DateBounds stored as <prefix>_not_before/_not_after/_precision."""
    if bounds is None:  # no date at all: an empty precision marks it
        return {
            f"{prefix}_not_before": None,
            f"{prefix}_not_after": None,
            f"{prefix}_precision": "",
        }
    return {
        f"{prefix}_not_before": bounds.not_before,
        f"{prefix}_not_after": bounds.not_after,
        f"{prefix}_precision": bounds.precision.value,
    }


def bounds_of(instance, prefix: str) -> DateBounds:
    return DateBounds.from_fields(
        getattr(instance, f"{prefix}_not_before"),
        getattr(instance, f"{prefix}_not_after"),
        getattr(instance, f"{prefix}_precision"),
    )


class Source(models.Model):
    """Where a built-in or imported fact comes from, and the date the source speaks for."""

    key = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=500)
    url = models.URLField(max_length=1000, blank=True)
    symbol = models.CharField(max_length=120, blank=True, help_text="Document symbol")
    as_of_not_before = models.DateField(null=True, blank=True)
    as_of_not_after = models.DateField(null=True, blank=True)
    as_of_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["key"]

    def __str__(self):
        return self.title

    @property
    def as_of(self) -> DateBounds:
        return bounds_of(self, "as_of")

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
