import datetime as dt

from django.db import models
from django.utils import translation

from plenipo.core.fields import DateBoundsField
from plenipo.core.models import Source
from plenipo.registry.models import Organization, State
from plenipo.treaties.eif import EntryIntoForceRule


class InstrumentKind(models.TextChoices):
    CONVENTION = "convention", "Convention"
    PROTOCOL = "protocol", "Protocol supplementing a convention"
    DECLARATION = "declaration", "Declaration"
    PROGRAMME = "programme", "Programme"


class ActionKind(models.TextChoices):
    SIGNATURE = "signature", "Signature"
    RATIFICATION = "ratification", "Ratification"
    ACCEPTANCE = "acceptance", "Acceptance"
    APPROVAL = "approval", "Approval"
    ACCESSION = "accession", "Accession"
    SUCCESSION = "succession", "Succession"
    # A source gives the day a party's instrument was deposited but not its kind.
    DEPOSIT = "deposit", "Deposit (kind not stated)"
    RESERVATION = "reservation", "Reservation"
    DECLARATION = "declaration", "Declaration"
    OBJECTION = "objection", "Objection"
    WITHDRAWAL = "withdrawal", "Withdrawal of a reservation"
    DENUNCIATION = "denunciation", "Denunciation"


class Instrument(models.Model):
    code = models.CharField(max_length=40, unique=True)
    kind = models.CharField(max_length=16, choices=InstrumentKind.choices)
    supplements = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.PROTECT, related_name="protocols"
    )
    titles = models.JSONField(default=dict, help_text="Title per authentic language")
    short_title = models.CharField(max_length=200, blank=True)
    authentic_languages = models.JSONField(default=list)
    depositary = models.CharField(max_length=200, blank=True)
    depositary_organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    adoption_symbol = models.CharField(max_length=80, blank=True)
    adopted = DateBoundsField()
    opened = DateBoundsField()
    opened_at = models.CharField(max_length=200, blank=True)
    eligibility = models.JSONField(default=dict, help_text="Who may sign, ratify and accede")
    eif_rule = models.JSONField(default=dict, blank=True, help_text="Entry-into-force clause")
    recorded_eif = DateBoundsField()
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.code

    @property
    def title(self):
        language = (translation.get_language() or "en").split("-")[0]
        return self.titles.get(language) or self.titles.get("en") or self.code

    @property
    def open_from(self) -> dt.date | None:
        """The earliest day anyone could sign or join: its opening, else its adoption."""
        for bounds in (self.opened, self.adopted):
            if bounds is not None and bounds.not_before is not None:
                return bounds.not_before
        return None

    @property
    def rule(self) -> EntryIntoForceRule | None:
        return EntryIntoForceRule.parse(self.eif_rule) if self.eif_rule else None


class InstrumentAlias(models.Model):
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="aliases")
    # An instrument's titles are among its names, and a protocol's runs to some 250 characters.
    alias = models.CharField(max_length=500)
    key = models.CharField(max_length=500, unique=True, help_text="Normalised for look-up")

    def __str__(self):
        return self.alias


class Action(models.Model):
    """A depositary action: what a party did, when, and who says so."""

    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="actions")
    state = models.ForeignKey(
        State, null=True, blank=True, on_delete=models.PROTECT, related_name="actions"
    )
    organization = models.ForeignKey(
        Organization, null=True, blank=True, on_delete=models.PROTECT, related_name="actions"
    )
    kind = models.CharField(max_length=16, choices=ActionKind.choices)
    date = DateBoundsField(required=True)
    recorded_eif = DateBoundsField(help_text="The entry into force the source states")
    withdraws = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="withdrawals"
    )
    text = models.TextField(blank=True)
    note = models.TextField(blank=True)
    conflicts = models.JSONField(default=list, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)
    other_sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["instrument__code", "date_not_before", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(state__isnull=False, organization__isnull=True)
                | models.Q(state__isnull=True, organization__isnull=False),
                name="action_party_is_state_or_organization",
            )
        ]
        indexes = [models.Index(fields=["instrument", "kind"])]

    def __str__(self):
        return f"{self.party_code} {self.kind} of {self.instrument.code} ({self.date})"

    @property
    def party_code(self):
        return self.state.code if self.state_id else self.organization.code


class Snapshot(models.Model):
    """A source's statement of the status on one date ("as of D, these are the parties")."""

    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="snapshots")
    as_of = DateBoundsField(required=True, help_text="The days the source may speak for")
    party_count = models.PositiveIntegerField(null=True, blank=True)
    signatory_count = models.PositiveIntegerField(null=True, blank=True)
    parties = models.JSONField(default=list, blank=True, help_text="Party codes named")
    complete = models.BooleanField(default=False, help_text="The list names every party")
    not_parties = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["instrument__code", "as_of_not_after"]

    def __str__(self):
        return f"{self.instrument.code} as of {self.as_of} ({self.source.key})"


class Participation(models.Model):
    """Derived, one row per instrument and party: the dates the status engine folded from
    actions and snapshots. Rebuilt by ``services.recompute_status``; never edited."""

    instrument = models.ForeignKey(
        Instrument, on_delete=models.CASCADE, related_name="participations"
    )
    party_code = models.CharField(max_length=16)
    state = models.ForeignKey(State, null=True, blank=True, on_delete=models.CASCADE)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.CASCADE)
    consent_action = models.ForeignKey(
        Action, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    implied_by_snapshot = models.ForeignKey(
        Snapshot, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    consent_kind = models.CharField(max_length=16, blank=True)
    signature = DateBoundsField()
    consent = DateBoundsField()
    out = DateBoundsField()
    eif = DateBoundsField()
    recorded_eif = DateBoundsField()

    class Meta:
        ordering = ["instrument", "party_code"]
        constraints = [
            models.UniqueConstraint(
                fields=["instrument", "party_code"], name="one_participation_per_party"
            )
        ]
        indexes = [models.Index(fields=["consent_not_after", "instrument"])]

    def __str__(self):
        return f"{self.party_code} in {self.instrument_id}"


class DerivedNote(models.Model):
    """What the last status computation found: contradictions and the EIF result."""

    instrument = models.OneToOneField(Instrument, on_delete=models.CASCADE, related_name="derived")
    complete_until = models.DateField(null=True, blank=True)
    contradictions = models.JSONField(default=list)
    gaps = models.JSONField(default=list)
    eif = models.JSONField(default=dict)

    def __str__(self):
        return f"derived status of {self.instrument_id}"
