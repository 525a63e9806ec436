from django.db import models
from django.utils import translation

from plenipo.core.models import PRECISION_CHOICES, Source, bounds_of
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
    adopted_not_before = models.DateField(null=True, blank=True)
    adopted_not_after = models.DateField(null=True, blank=True)
    adopted_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    opened_not_before = models.DateField(null=True, blank=True)
    opened_not_after = models.DateField(null=True, blank=True)
    opened_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
    opened_at = models.CharField(max_length=200, blank=True)
    eligibility = models.JSONField(default=dict, help_text="Who may sign, ratify and accede")
    eif_rule = models.JSONField(default=dict, blank=True, help_text="Entry-into-force clause")
    recorded_eif_not_before = models.DateField(null=True, blank=True)
    recorded_eif_not_after = models.DateField(null=True, blank=True)
    recorded_eif_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
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
    def adopted(self):
        return bounds_of(self, "adopted")

    @property
    def opened(self):
        return bounds_of(self, "opened")

    @property
    def recorded_eif(self):
        return bounds_of(self, "recorded_eif")

    @property
    def rule(self) -> EntryIntoForceRule | None:
        return EntryIntoForceRule.parse(self.eif_rule) if self.eif_rule else None


class InstrumentAlias(models.Model):
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="aliases")
    alias = models.CharField(max_length=80)
    key = models.CharField(max_length=80, unique=True, help_text="Normalised for look-up")

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
    date_not_before = models.DateField(null=True, blank=True)
    date_not_after = models.DateField(null=True, blank=True)
    date_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES)
    eif_not_before = models.DateField(null=True, blank=True)
    eif_not_after = models.DateField(null=True, blank=True)
    eif_precision = models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=True)
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

    @property
    def date(self):
        return bounds_of(self, "date")

    @property
    def recorded_eif(self):
        return bounds_of(self, "eif") if self.eif_precision else None


class Snapshot(models.Model):
    """A source's statement of the status on one date ("as of D, these are the parties")."""

    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="snapshots")
    as_of = models.DateField(help_text="The latest day the source may speak for")
    as_of_earliest = models.DateField(
        null=True, blank=True, help_text="The earliest, when the source gives only a month"
    )
    party_count = models.PositiveIntegerField(null=True, blank=True)
    signatory_count = models.PositiveIntegerField(null=True, blank=True)
    parties = models.JSONField(default=list, blank=True, help_text="Party codes named")
    complete = models.BooleanField(default=False, help_text="The list names every party")
    not_parties = models.JSONField(default=list, blank=True)
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["instrument__code", "as_of"]

    def __str__(self):
        return f"{self.instrument.code} as of {self.as_of:%Y-%m-%d} ({self.source.key})"


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
    signature_not_before = models.DateField(null=True, blank=True)
    signature_not_after = models.DateField(null=True, blank=True)
    signature_precision = models.CharField(max_length=8, blank=True)
    consent_not_before = models.DateField(null=True, blank=True)
    consent_not_after = models.DateField(null=True, blank=True)
    consent_precision = models.CharField(max_length=8, blank=True)
    out_not_before = models.DateField(null=True, blank=True)
    out_not_after = models.DateField(null=True, blank=True)
    out_precision = models.CharField(max_length=8, blank=True)
    eif_not_before = models.DateField(null=True, blank=True)
    eif_not_after = models.DateField(null=True, blank=True)
    eif_precision = models.CharField(max_length=8, blank=True)
    recorded_eif_not_before = models.DateField(null=True, blank=True)
    recorded_eif_not_after = models.DateField(null=True, blank=True)
    recorded_eif_precision = models.CharField(max_length=8, blank=True)

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
