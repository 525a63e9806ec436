from django.db import models

from plenipo.correspondence.models import Letter, LetterTemplate
from plenipo.registry.models import Organization, State
from plenipo.treaties.models import Instrument


class Stage(models.TextChoices):
    NOT_SIGNED = "not_signed", "Not signed"
    SIGNED = "signed", "Signed"
    DOMESTIC_APPROVAL = "domestic_approval", "Domestic approval under way"
    DEPOSITED = "deposited", "Instrument deposited"


STAGE_ORDER = [s.value for s in Stage]


class Campaign(models.Model):
    """A ratification campaign: the members of an organization not yet parties to an
    instrument on a date, and what is done to bring them in."""

    code = models.SlugField(max_length=60, unique=True)
    title = models.CharField(max_length=300)
    instrument = models.ForeignKey(Instrument, on_delete=models.PROTECT, related_name="campaigns")
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT)
    started_on = models.DateField()
    template = models.ForeignKey(LetterTemplate, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["-started_on"]

    def __str__(self):
        return self.title


class Target(models.Model):
    campaign = models.ForeignKey(Campaign, on_delete=models.CASCADE, related_name="targets")
    state = models.ForeignKey(State, on_delete=models.PROTECT)
    stage = models.CharField(max_length=20, choices=Stage.choices)
    stage_since = models.DateField(null=True, blank=True)
    contacts = models.TextField(blank=True)
    pledge = models.TextField(blank=True)
    outcome = models.TextField(blank=True)
    letters = models.ManyToManyField(Letter, blank=True, related_name="campaign_targets")

    class Meta:
        ordering = ["campaign", "state__code"]
        constraints = [
            models.UniqueConstraint(fields=["campaign", "state"], name="one_target_per_state")
        ]

    def __str__(self):
        return f"{self.state.code} in {self.campaign.code}"
