"""Negotiation processes: who facilitates them, their milestones and consultations, the
versions of the text with their paragraphs, proposals, silence procedures and the outcome.

A version is stored as its paragraphs; the pure ``texts.Version`` is rebuilt from them by
``negotiations.queries``. Rows here are data only: every write goes through the services.
"""

from django.conf import settings
from django.db import models

from plenipo.bodies.models import Decision, Mandate
from plenipo.core.fields import DateBoundsField
from plenipo.core.models import Source
from plenipo.correspondence.models import Letter
from plenipo.meetings.models import Meeting
from plenipo.registry.models import Organization, Person, State


class Visibility(models.TextChoices):
    SECRETARIAT = "secretariat", "Secretariat only"
    MEMBER_STATES = "member_states", "Member states"
    PUBLIC = "public", "Public"


class OutcomeMethod(models.TextChoices):
    CONSENSUS = "consensus", "Adopted without a vote (by consensus)"
    VOTE = "vote", "Adopted by a recorded vote"


class Process(models.Model):
    code = models.SlugField(max_length=60, unique=True)
    title = models.CharField(max_length=400)
    mandate = models.ForeignKey(
        Mandate, null=True, blank=True, on_delete=models.PROTECT, related_name="processes"
    )
    visibility = models.CharField(
        max_length=16, choices=Visibility.choices, default=Visibility.SECRETARIAT
    )
    audience = models.ForeignKey(
        Organization,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        help_text="Its member states are the parties; empty: any state",
    )
    timezone = models.CharField(max_length=64, blank=True, help_text="IANA zone of the venue")
    # The outcome, once adopted.
    outcome_symbol = models.CharField(max_length=60, blank=True)
    outcome_decision = models.ForeignKey(
        Decision, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    outcome_date = DateBoundsField()
    outcome_method = models.CharField(max_length=10, choices=OutcomeMethod.choices, blank=True)
    votes_for = models.PositiveIntegerField(null=True, blank=True)
    votes_against = models.PositiveIntegerField(null=True, blank=True)
    abstentions = models.PositiveIntegerField(null=True, blank=True)
    outcome_source = models.ForeignKey(
        Source, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    # Raised by every change to the text; a save made on an older revision is refused.
    revision = models.PositiveIntegerField(default=1, help_text="For optimistic concurrency")
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]
        verbose_name_plural = "processes"

    def __str__(self):
        return self.code


class FacilitatorRole(models.TextChoices):
    FACILITATOR = "facilitator", "Facilitator"
    CO_FACILITATOR = "co-facilitator", "Co-facilitator"
    CHAIR = "chair", "Chair"


class Facilitator(models.Model):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="facilitators")
    phase = models.CharField(max_length=80, help_text="e.g. negotiation of the declaration")
    role = models.CharField(max_length=16, choices=FacilitatorRole.choices)
    state = models.ForeignKey(State, on_delete=models.PROTECT)
    person = models.ForeignKey(Person, null=True, blank=True, on_delete=models.PROTECT)
    appointed_by = models.CharField(max_length=200, blank=True, help_text="Empty: not stated")
    appointed_on = DateBoundsField(help_text="Empty: not stated")
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["process", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["process", "phase", "state"], name="one_facilitator_per_state_and_phase"
            )
        ]

    def __str__(self):
        return f"{self.state.code} ({self.role}, {self.phase})"


class MilestoneKind(models.TextChoices):
    ZERO_DRAFT = "zero_draft", "Zero draft circulated"
    REVISED_DRAFT = "revised_draft", "Revised draft circulated"
    INPUT_DEADLINE = "input_deadline", "Deadline for written input"
    SILENCE = "silence", "Silence procedure"
    OTHER = "other", "Other"


class MilestoneStatus(models.TextChoices):
    PLANNED = "planned", "Planned (as announced)"
    DONE = "done", "Done"


class Milestone(models.Model):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="milestones")
    kind = models.CharField(max_length=16, choices=MilestoneKind.choices)
    title = models.CharField(max_length=300)
    date = DateBoundsField(required=True)
    time_text = models.CharField(max_length=40, blank=True, help_text='As stated, e.g. "COB"')
    status = models.CharField(max_length=8, choices=MilestoneStatus.choices)
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["process", "date_not_before", "pk"]

    def __str__(self):
        return self.title


class Consultation(models.Model):
    """A meeting of the meetings app held as part of the process."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="consultations")
    meeting = models.ForeignKey(Meeting, on_delete=models.PROTECT, related_name="+")

    class Meta:
        ordering = ["process", "meeting__start_not_before", "meeting__start_time", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["process", "meeting"], name="one_link_per_meeting")
        ]

    def __str__(self):
        return f"{self.process} — {self.meeting}"


class NoticeKind(models.TextChoices):
    START = "start", "Notice that a silence procedure starts"
    RESULT = "result", "Notice of a silence procedure's result"


class ProcessLetter(models.Model):
    """A letter of the correspondence app that belongs to the process (a silence notice
    names its silence procedure and which notice it is)."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="letters")
    letter = models.ForeignKey(Letter, on_delete=models.PROTECT, related_name="+")
    silence = models.ForeignKey(
        "Silence", null=True, blank=True, on_delete=models.PROTECT, related_name="notices"
    )
    notice = models.CharField(max_length=8, choices=NoticeKind.choices, blank=True)

    class Meta:
        ordering = ["process", "letter__date", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["process", "letter"], name="one_link_per_letter")
        ]

    def __str__(self):
        return f"{self.process} — letter {self.letter_id}"


class Version(models.Model):
    """An immutable snapshot of the text."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="versions")
    label = models.CharField(max_length=60)
    position = models.PositiveIntegerField()
    date = models.DateField(null=True, blank=True)
    symbol = models.CharField(max_length=60, blank=True)
    title = models.CharField(max_length=400, blank=True)
    style = models.CharField(max_length=12)
    formula = models.CharField(max_length=200, blank=True)
    annexes = models.JSONField(default=list, blank=True, help_text="[[heading, title], …]")
    based_on = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    circulated = models.BooleanField(
        default=True,
        help_text="False: a draft kept to the secretariat and the facilitators for now",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["process", "position"]
        constraints = [
            models.UniqueConstraint(fields=["process", "label"], name="version_label_unique"),
            models.UniqueConstraint(fields=["process", "position"], name="version_position_unique"),
        ]

    def __str__(self):
        return f"{self.process.code} {self.label}"


class VersionParagraph(models.Model):
    version = models.ForeignKey(Version, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.PositiveIntegerField()
    pid = models.CharField(max_length=80, help_text="Stable across versions")
    kind = models.CharField(max_length=12)
    text = models.TextField()
    annex = models.PositiveIntegerField(default=0)
    printed = models.CharField(max_length=8, blank=True)

    class Meta:
        ordering = ["version", "position"]
        constraints = [
            models.UniqueConstraint(fields=["version", "pid"], name="paragraph_id_unique"),
        ]

    def __str__(self):
        return f"{self.version} {self.pid}"


class ProposalStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    MERGED = "merged", "Merged into another proposal"
    WITHDRAWN = "withdrawn", "Withdrawn"


class Proposal(models.Model):
    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="proposals")
    made_on = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="proposals")
    action = models.CharField(max_length=8)
    paragraph = models.CharField(max_length=80, help_text="Stable paragraph id")
    party = models.CharField(max_length=40, help_text='State or group code, or "facilitators"')
    old = models.TextField(blank=True)
    new = models.TextField(blank=True)
    occurrence = models.PositiveIntegerField(default=1)
    supporters = models.JSONField(default=list, blank=True)
    objectors = models.JSONField(default=list, blank=True)
    status = models.CharField(
        max_length=10, choices=ProposalStatus.choices, default=ProposalStatus.PENDING
    )
    applied_in = models.ForeignKey(
        Version, null=True, blank=True, on_delete=models.PROTECT, related_name="applied"
    )
    made_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )

    class Meta:
        ordering = ["process", "pk"]

    def __str__(self):
        return f"proposal {self.pk} ({self.party})"


class SilenceStatus(models.TextChoices):
    UNDER_SILENCE = "under_silence", "Under silence"
    PASSED = "passed", "Passed (silence not broken)"
    BROKEN = "broken", "Broken"


class Silence(models.Model):
    """A version placed under silence procedure until a moment in the venue's zone."""

    process = models.ForeignKey(Process, on_delete=models.CASCADE, related_name="silences")
    version = models.ForeignKey(Version, on_delete=models.PROTECT, related_name="silences")
    started = models.DateTimeField(
        null=True, blank=True, help_text="Stored in UTC; empty for a silence recorded without it"
    )
    until = models.DateTimeField(help_text="Stored in UTC")
    timezone = models.CharField(max_length=64, help_text="IANA zone the deadline was set in")
    status = models.CharField(
        max_length=14, choices=SilenceStatus.choices, default=SilenceStatus.UNDER_SILENCE
    )
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["process", "until", "pk"]

    def __str__(self):
        return f"silence on {self.version}"


class SilenceBreak(models.Model):
    silence = models.ForeignKey(Silence, on_delete=models.CASCADE, related_name="breaks")
    party = models.CharField(max_length=40)
    at = models.DateTimeField()
    letter = models.ForeignKey(Letter, null=True, blank=True, on_delete=models.PROTECT)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["silence", "at", "pk"]

    def __str__(self):
        return f"{self.party} broke {self.silence}"
