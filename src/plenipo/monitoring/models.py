from django.db import models
from django.utils import translation

from plenipo.bodies.models import Body
from plenipo.core.fields import DateBoundsField
from plenipo.core.models import Source
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
    launched = DateBoundsField()
    timetable = models.JSONField(default=dict, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["mechanism", "number"]
        constraints = [
            models.UniqueConstraint(fields=["mechanism", "number"], name="one_round_per_number")
        ]

    def __str__(self):
        return f"{self.mechanism.code} round {self.number}"


class Step(models.Model):
    round = models.ForeignKey(Round, on_delete=models.CASCADE, related_name="steps")
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="monitoring_steps")
    kind = models.CharField(max_length=20, choices=[(k.value, LABELS[k]) for k in StepKind])
    date = DateBoundsField(required=True)
    end = DateBoundsField()
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
