from django.db import models
from django.utils import translation

from plenipo.bodies.models import Body
from plenipo.core.models import PRECISION_CHOICES, Source, bounds_of
from plenipo.monitoring.procedure import LABELS, StepKind
from plenipo.registry.models import State
from plenipo.treaties.models import Instrument


class Mechanism(models.Model):
    """A monitoring body applied to one instrument (GRETA for CETS 197)."""

    code = models.CharField(max_length=32, unique=True)
    names = models.JSONField(default=dict)
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="mechanisms")
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="+")
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        language = (translation.get_language() or "en").split("-")[0]
        return self.names.get(language) or self.names.get("en") or self.code


class Round(models.Model):
    mechanism = models.ForeignKey(Mechanism, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveIntegerField()
    title = models.CharField(max_length=300, blank=True)
    launched_not_before = models.DateField(null=True, blank=True)
    launched_not_after = models.DateField(null=True, blank=True)
    launched_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    timetable = models.JSONField(default=dict, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["mechanism", "number"]
        constraints = [
            models.UniqueConstraint(fields=["mechanism", "number"], name="one_round_per_number")
        ]

    def __str__(self):
        return f"{self.mechanism.code} round {self.number}"

    @property
    def launched(self):
        return bounds_of(self, "launched")


class Step(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="steps")
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="monitoring_steps")
    kind = models.CharField(max_length=20, choices=[(k.value, LABELS[k]) for k in StepKind])
    date_not_before = models.DateField(null=True, blank=True)
    date_not_after = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES)
    end_not_before = models.DateField(null=True, blank=True)
    end_not_after = models.DateField(null=True, blank=True)
    end_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    document = models.CharField(max_length=80, blank=True)
    note = models.TextField(blank=True)
    conflicts = models.JSONField(default=list, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["round", "state__code", "date_not_before"]
        constraints = [
            models.UniqueConstraint(fields=["round", "state", "kind"], name="one_step_per_kind")
        ]

    def __str__(self):
        return f"{self.state.code} {self.kind} ({self.round})"

    @property
    def date(self):
        return bounds_of(self, "date")

    @property
    def end(self):
        return bounds_of(self, "end") if self.end_precision else None
