from django.db import models

from plenipo.bodies.models import Body, Session
from plenipo.core.models import PRECISION_CHOICES, Source, bounds_of


class MeetingKind(models.TextChoices):
    FORMAL_SESSION = "formal_session", "Formal session"
    WORKING_GROUP = "working_group", "Working-group meeting"
    INTERSESSIONAL = "intersessional", "Intersessional meeting"
    INFORMAL = "informal", "Informal consultation"
    HEARING = "hearing", "Hearing"
    HIGH_LEVEL = "high_level", "High-level meeting"


class MeetingStatus(models.TextChoices):
    SCHEDULED = "scheduled", "Scheduled"
    TENTATIVE = "tentative", "Tentative"
    POSTPONED = "postponed", "Postponed"
    CANCELLED = "cancelled", "Cancelled"
    HELD = "held", "Held"


class Meeting(models.Model):
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    session = models.ForeignKey(
        Session, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=16, choices=MeetingKind.choices)
    status = models.CharField(max_length=10, choices=MeetingStatus.choices)
    start_not_before = models.DateField(null=True, blank=True)
    start_not_after = models.DateField(null=True, blank=True)
    start_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    end_not_before = models.DateField(null=True, blank=True)
    end_not_after = models.DateField(null=True, blank=True)
    end_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    city = models.CharField(max_length=100, blank=True)
    venue = models.CharField(max_length=200, blank=True)
    document = models.CharField(max_length=80, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["start_not_before", "pk"]

    def __str__(self):
        return self.title

    @property
    def start(self):
        return bounds_of(self, "start")

    @property
    def end(self):
        return bounds_of(self, "end")
