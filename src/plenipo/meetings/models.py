import datetime as dt
from pathlib import PurePath

from django.conf import settings
from django.db import models

from plenipo.bodies.models import Body, Session
from plenipo.core.fields import DateBoundsField
from plenipo.core.models import Source
from plenipo.meetings.schedule import ZONE_NOT_STATED
from plenipo.meetings.transitions import ShownStatus, shown_status
from plenipo.registry.models import Organization, State


class Venue(models.Model):
    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    city = models.CharField(max_length=100)
    timezone = models.CharField(max_length=64, help_text="IANA time zone, e.g. America/New_York")
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name


class Room(models.Model):
    venue = models.ForeignKey(Venue, on_delete=models.CASCADE, related_name="rooms")
    code = models.CharField(max_length=32)
    name = models.CharField(max_length=200)
    capacity = models.PositiveIntegerField(null=True, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["venue", "name"]
        constraints = [models.UniqueConstraint(fields=["venue", "code"], name="room_code_unique")]

    def __str__(self):
        return f"{self.name}, {self.venue.name}"


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


class LimitPolicy(models.TextChoices):
    REFUSE = "refuse", "Refuse registrations beyond the quota or after the deadline"
    FLAG = "flag", "Accept them, flagged for the secretariat"


class Meeting(models.Model):
    body = models.ForeignKey(Body, on_delete=models.PROTECT, related_name="meetings")
    session = models.ForeignKey(
        Session, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    title = models.CharField(max_length=300)
    kind = models.CharField(max_length=16, choices=MeetingKind.choices)
    status = models.CharField(max_length=10, choices=MeetingStatus.choices)
    start = DateBoundsField()
    end = DateBoundsField()
    start_time = models.TimeField(null=True, blank=True, help_text="Local time at the venue")
    end_time = models.TimeField(null=True, blank=True)
    timezone = models.CharField(max_length=64, blank=True, help_text="IANA time zone")
    city = models.CharField(max_length=100, blank=True)
    venue = models.CharField(max_length=200, blank=True)
    room = models.ForeignKey(
        Room, null=True, blank=True, on_delete=models.PROTECT, related_name="meetings"
    )
    second_room = models.ForeignKey(
        Room,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="second_room_meetings",
        help_text="A second room of the same venue, for a meeting held in two",
    )
    document = models.CharField(max_length=80, blank=True)
    held_under = models.CharField(
        max_length=60,
        blank=True,
        help_text="Symbol of the decision the meeting is held under (its mandate), where a "
        "source names it; an invitation quotes no decision otherwise",
    )
    language = models.CharField(max_length=8, default="en", help_text="Language of its lists")
    languages = models.JSONField(default=list, help_text="Languages its documents come in")
    # Registration
    registration_deadline = models.DateField(null=True, blank=True)
    default_quota = models.PositiveIntegerField(null=True, blank=True)
    limit_policy = models.CharField(
        max_length=8, choices=LimitPolicy.choices, default=LimitPolicy.REFUSE
    )
    requires_credentials = models.BooleanField(default=False)
    participants_published = models.BooleanField(
        default=False, help_text="The list of participants is public"
    )
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["start_not_before", "start_time", "pk"]

    def __str__(self):
        return self.title

    @property
    def rooms(self) -> list:
        return [room for room in (self.room, self.second_room) if room is not None]

    @property
    def zone_shown(self) -> str:
        """Its time zone as the pages show it: the IANA name, else "time zone not stated"."""
        return self.timezone or ZONE_NOT_STATED

    @property
    def shown(self) -> ShownStatus:
        """The status every surface shows (a past meeting as held, maybe not confirmed)."""
        today = dt.date.today()  # noqa: DTZ011 -- meeting days are calendar days
        return shown_status(self.status, self.end, today)


class MeetingStatusChange(models.Model):
    """The history of a meeting's status (scheduled → postponed → held …)."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="history")
    status = models.CharField(max_length=10, choices=MeetingStatus.choices)
    changed_at = models.DateTimeField(auto_now_add=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["meeting", "changed_at", "pk"]

    def __str__(self):
        return f"{self.meeting} → {self.status}"


class AgendaItem(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="agenda")
    number = models.CharField(max_length=10)
    title = models.CharField(max_length=400)
    position = models.PositiveIntegerField()

    class Meta:
        ordering = ["meeting", "position"]
        constraints = [
            models.UniqueConstraint(fields=["meeting", "number"], name="agenda_number_unique")
        ]

    def __str__(self):
        return f"{self.number}. {self.title}"


class DocumentKind(models.TextChoices):
    WORKING = "working", "Working document"
    AGENDA = "agenda", "Agenda"
    REPORT = "report", "Report"
    INFORMATION_NOTE = "information_note", "Information note for participants"
    CONFERENCE_ROOM_PAPER = "crp", "Conference room paper"


class Document(models.Model):
    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="documents")
    agenda_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="documents"
    )
    symbol = models.CharField(max_length=80, blank=True)
    kind = models.CharField(max_length=20, choices=DocumentKind.choices)
    title = models.CharField(max_length=400)
    issued_on = models.DateField(null=True, blank=True)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["meeting", "symbol", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["symbol"], condition=~models.Q(symbol=""), name="document_symbol_unique"
            )
        ]

    def __str__(self):
        return self.symbol or self.title


class LanguageStatus(models.TextChoices):
    AVAILABLE = "available", "Available"
    IN_TRANSLATION = "in_translation", "In translation"
    NOT_PLANNED = "not_planned", "Not planned"


NO_FILE_PUBLISHED = "Listed, no file published"


def document_upload_path(instance, filename):
    document = instance.document
    return f"documents/{document.meeting_id}/{document.pk}/{instance.language}/{filename}"


class DocumentVersion(models.Model):
    """One language version of a document, with its status and, when available, its file."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    language = models.CharField(max_length=8)
    status = models.CharField(max_length=16, choices=LanguageStatus.choices)
    file = models.FileField(upload_to=document_upload_path, blank=True)

    class Meta:
        ordering = ["document", "language"]
        constraints = [
            models.UniqueConstraint(
                fields=["document", "language"], name="one_version_per_language"
            )
        ]

    def __str__(self):
        return f"{self.document} [{self.language}]"

    @property
    def downloadable(self) -> bool:
        """Whether this version has a file to download: an available one with its file."""
        return self.status == LanguageStatus.AVAILABLE and bool(self.file)

    @property
    def shown_status(self) -> str:
        """What a page says of this version: "Available" only where there is a file to
        download; a version the records list as issued without a file published here
        says so rather than promise one."""
        if self.status == LanguageStatus.AVAILABLE and not self.file:
            return NO_FILE_PUBLISHED
        return self.get_status_display()


class DelegationCategory(models.TextChoices):
    MEMBER_STATE = "member_state", "Member States"
    OBSERVER_STATE = "observer_state", "Observer States"
    UN_ENTITY = "un_entity", "United Nations entities"
    IGO = "igo", "Intergovernmental organizations"
    NGO = "ngo", "Non-governmental organizations"


CATEGORY_ORDER = [c.value for c in DelegationCategory]


class RegistrationStatus(models.TextChoices):
    NOT_REGISTERED = "not_registered", "Not registered"
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REJECTED = "rejected", "Rejected"
    WITHDRAWN = "withdrawn", "Withdrawn"


def nomination_upload_path(instance, filename):
    return f"nominations/{instance.meeting_id}/{instance.party_code}/{filename}"


class Delegation(models.Model):
    """One record per delegation per meeting, from invitation to the list of participants."""

    meeting = models.ForeignKey(Meeting, on_delete=models.CASCADE, related_name="delegations")
    state = models.ForeignKey(State, null=True, blank=True, on_delete=models.PROTECT)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    name = models.CharField(
        max_length=200, blank=True, help_text="For entities not in the registry"
    )
    category = models.CharField(max_length=16, choices=DelegationCategory.choices)
    invited_on = models.DateField(null=True, blank=True)
    invitation_reference = models.CharField(max_length=80, blank=True)
    replied_on = models.DateField(null=True, blank=True)
    reply_channel = models.CharField(max_length=40, blank=True)
    status = models.CharField(
        max_length=16, choices=RegistrationStatus.choices, default=RegistrationStatus.NOT_REGISTERED
    )
    quota = models.PositiveIntegerField(null=True, blank=True)
    flags = models.JSONField(default=list, blank=True, help_text="Over quota, late …")
    credentials_received = models.BooleanField(default=False)
    nomination_letter = models.FileField(upload_to=nomination_upload_path, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    version = models.PositiveIntegerField(default=1, help_text="For optimistic concurrency")
    # Delegations announced by note verbale, e-mail or at the door: the secretariat enters
    # them itself, and says from what.
    not_invited = models.BooleanField(
        default=False, help_text="Not invited: registered by the secretariat"
    )
    entered_by_secretariat = models.BooleanField(
        default=False, help_text="The participants were entered by the secretariat"
    )
    entry_source = models.CharField(
        max_length=300, blank=True, help_text="What the secretariat entered them from"
    )
    entered_on = models.DateField(
        null=True, blank=True, help_text="The day the secretariat entered the participants"
    )
    # The received letter's number in the inbox; no foreign key, since correspondence
    # sits above meetings (a letter is about a meeting, not the other way round).
    entry_letter = models.PositiveIntegerField(
        null=True, blank=True, help_text="The received letter they were entered from"
    )

    class Meta:
        ordering = ["meeting", "category", "state__code", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "state"],
                condition=models.Q(state__isnull=False),
                name="one_delegation_per_state",
            ),
            models.UniqueConstraint(
                fields=["meeting", "organization"],
                condition=models.Q(organization__isnull=False),
                name="one_delegation_per_organization",
            ),
        ]

    def __str__(self):
        return f"{self.display_name} at {self.meeting}"

    @property
    def party_code(self):
        if self.state_id:
            return self.state.code
        if self.organization_id:
            return self.organization.code
        return "other"

    @property
    def nomination_letter_filename(self) -> str:
        """The letter's own file name, without the folder it is stored in."""
        return PurePath(self.nomination_letter.name).name if self.nomination_letter else ""

    @property
    def display_name(self):
        """The UN's name of the state where a query gave it (``un_name``), else CLDR's."""
        if self.state_id:
            return getattr(self, "un_name", None) or self.state.name
        if self.organization_id:
            return self.organization.name
        return self.name


class ParticipantRole(models.TextChoices):
    HEAD = "head", "Head of delegation"
    ALTERNATE = "alternate", "Alternate"
    ADVISER = "adviser", "Adviser"


ROLE_ORDER = [r.value for r in ParticipantRole]


class Participant(models.Model):
    delegation = models.ForeignKey(
        Delegation, on_delete=models.CASCADE, related_name="participants"
    )
    role = models.CharField(max_length=10, choices=ParticipantRole.choices)
    name = models.CharField(max_length=200)
    title = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=40, blank=True)
    position = models.PositiveIntegerField(default=0)

    class Meta:
        ordering = ["delegation", "position", "pk"]

    def __str__(self):
        return self.name
