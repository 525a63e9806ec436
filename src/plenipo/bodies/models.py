from django.db import models
from django.utils import translation

from plenipo.core.fields import DateBoundsField
from plenipo.core.models import Source
from plenipo.registry.models import Organization
from plenipo.treaties.models import Instrument


class BodyKind(models.TextChoices):
    ASSEMBLY = "assembly", "Assembly"
    COUNCIL = "council", "Council"
    CONFERENCE_OF_PARTIES = "conference_of_parties", "Conference of the Parties"
    COMMITTEE = "committee", "Committee"
    WORKING_GROUP = "working_group", "Working group"
    EXPERT_BODY = "expert_body", "Expert body"
    MECHANISM = "mechanism", "Review mechanism"
    SECRETARIAT = "secretariat", "Secretariat"


class Body(models.Model):
    code = models.CharField(max_length=32, unique=True)
    names = models.JSONField(default=dict)
    kind = models.CharField(max_length=24, choices=BodyKind.choices)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="children"
    )
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    instrument = models.ForeignKey(Instrument, null=True, blank=True, on_delete=models.PROTECT)
    composition = models.JSONField(default=dict, blank=True)
    established = DateBoundsField()
    established_by = models.CharField(max_length=200, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        language = (translation.get_language() or "en").split("-")[0]
        return self.names.get(language) or self.names.get("en") or self.code


class Session(models.Model):
    body = models.ForeignKey(Body, on_delete=models.CASCADE, related_name="sessions")
    number = models.PositiveIntegerField()
    start = DateBoundsField()
    end = DateBoundsField()
    city = models.CharField(max_length=100, blank=True)
    report = models.CharField(max_length=80, blank=True, help_text="Symbol of the report")
    note = models.TextField(blank=True)
    conflicts = models.JSONField(default=list, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["body__code", "number"]
        constraints = [
            models.UniqueConstraint(fields=["body", "number"], name="one_session_per_number")
        ]

    def __str__(self):
        return f"{self.body.code} session {self.number}"


class DecisionKind(models.TextChoices):
    DECISION = "decision", "Decision"
    RESOLUTION = "resolution", "Resolution"


class Decision(models.Model):
    symbol = models.CharField(max_length=60, unique=True)
    kind = models.CharField(max_length=12, choices=DecisionKind.choices)
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="decisions")
    session = models.ForeignKey(
        Session, null=True, blank=True, on_delete=models.PROTECT, related_name="decisions"
    )
    adopted = DateBoundsField()
    title = models.CharField(max_length=400)
    document = models.CharField(max_length=80, blank=True)
    note = models.TextField(blank=True)
    conflicts = models.JSONField(default=list, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["body__code", "adopted_not_before", "symbol"]

    def __str__(self):
        return self.symbol


class Paragraph(models.Model):
    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="paragraphs")
    number = models.CharField(max_length=20)
    position = models.PositiveIntegerField()
    text = models.TextField()

    class Meta:
        ordering = ["decision", "position"]
        constraints = [
            models.UniqueConstraint(fields=["decision", "number"], name="paragraph_number_unique")
        ]

    def __str__(self):
        return f"{self.decision.symbol} para. {self.number}"


class Mandate(models.Model):
    """A paragraph that creates or tasks a body or process."""

    decision = models.ForeignKey(Decision, on_delete=models.CASCADE, related_name="mandates")
    paragraph = models.ForeignKey(
        Paragraph, null=True, blank=True, on_delete=models.SET_NULL, related_name="mandates"
    )
    # The paragraph's number even when its text is not recorded.
    paragraph_number = models.CharField(max_length=20, blank=True)
    creates = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.PROTECT, related_name="created_by"
    )
    tasks = models.ForeignKey(
        Body, null=True, blank=True, on_delete=models.PROTECT, related_name="tasked_by"
    )
    functions = models.JSONField(default=list, blank=True)
    superseded_by = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.SET_NULL, related_name="supersedes"
    )
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["decision", "pk"]

    def __str__(self):
        return f"mandate of {self.decision.symbol}"

    @property
    def subject(self):
        return self.creates or self.tasks


class Requirement(models.Model):
    mandate = models.ForeignKey(Mandate, on_delete=models.CASCADE, related_name="requirements")
    kind = models.CharField(max_length=16)
    text = models.TextField()
    session = models.ForeignKey(Session, null=True, blank=True, on_delete=models.PROTECT)
    min_count = models.PositiveIntegerField(default=1)
    due = DateBoundsField()
    delivered = DateBoundsField()

    class Meta:
        ordering = ["mandate", "pk"]

    def __str__(self):
        return self.text
