from django.conf import settings
from django.db import models

from plenipo.correspondence.formulas import Genre
from plenipo.meetings.models import Document, Meeting
from plenipo.registry.models import Organization, Post, State
from plenipo.treaties.models import Instrument

GENRE_CHOICES = [
    (Genre.NOTE_VERBALE.value, "Note verbale"),
    (Genre.FORMAL_LETTER.value, "Formal letter"),
    (Genre.PERSONAL_LETTER.value, "Personal letter"),
]


class SendingOffice(models.Model):
    code = models.CharField(max_length=32, unique=True)
    name = models.CharField(max_length=200)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    city = models.CharField(max_length=100)
    letterhead = models.TextField(blank=True, help_text="Lines printed at the foot of the letter")
    signatory = models.ForeignKey(
        Post,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text="Whose name signs its letters (who held the post on the letter's date)",
    )
    third_person = models.JSONField(
        default=dict, blank=True, help_text="Sender in a note verbale, per language"
    )
    source = models.ForeignKey(
        "core.Source",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        help_text="Where the letterhead and titles were taken from",
    )

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name


class ReferenceScheme(models.Model):
    office = models.ForeignKey(SendingOffice, on_delete=models.CASCADE, related_name="schemes")
    code = models.CharField(max_length=32)
    pattern = models.CharField(max_length=100, help_text="e.g. CU {year}/{seq} ({suffix})")
    suffix = models.CharField(max_length=16, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["office", "code"], name="scheme_code_unique")
        ]

    def __str__(self):
        return self.pattern


class ReferenceCounter(models.Model):
    """The last number given in a year; numbers are never reused."""

    scheme = models.ForeignKey(ReferenceScheme, on_delete=models.CASCADE, related_name="counters")
    year = models.PositiveIntegerField()
    last = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["scheme", "year"], name="one_counter_per_year")
        ]

    def __str__(self):
        return f"{self.scheme} {self.year}: {self.last}"


class LetterTemplate(models.Model):
    name = models.SlugField(max_length=80, unique=True)
    genre = models.CharField(max_length=20, choices=GENRE_CHOICES)
    language = models.CharField(max_length=8)
    office = models.ForeignKey(SendingOffice, on_delete=models.PROTECT, related_name="templates")
    scheme = models.ForeignKey(ReferenceScheme, null=True, blank=True, on_delete=models.PROTECT)
    subject = models.CharField(max_length=300, blank=True)
    body = models.TextField(help_text="Django template syntax; placeholders checked on save")
    placeholders = models.JSONField(default=list, help_text="Placeholders the body uses")
    enclosures = models.JSONField(
        default=list, blank=True, help_text="Descriptions always enclosed"
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class LetterStatus(models.TextChoices):
    DRAFT = "draft", "Draft"
    APPROVED = "approved", "Approved"
    QUEUED = "queued", "Queued for sending"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class SendChannel(models.TextChoices):
    EMAIL = "email", "E-mail"
    HAND = "hand", "By hand"
    FAX = "fax", "Fax"
    POST = "post", "Post"


class Letter(models.Model):
    office = models.ForeignKey(SendingOffice, on_delete=models.PROTECT, related_name="letters")
    template = models.ForeignKey(LetterTemplate, null=True, blank=True, on_delete=models.SET_NULL)
    genre = models.CharField(max_length=20, choices=GENRE_CHOICES)
    language = models.CharField(max_length=8)
    reference = models.CharField(max_length=80, null=True, blank=True, unique=True)
    date = models.DateField()
    place = models.CharField(max_length=100, blank=True)
    # The recipient as addressed on the day (kept even if the registry changes later).
    recipient_state = models.ForeignKey(State, null=True, blank=True, on_delete=models.PROTECT)
    recipient_key = models.CharField(max_length=32, blank=True, help_text="e.g. the alpha-3 code")
    recipient_name = models.CharField(max_length=200, blank=True)
    recipient_post = models.CharField(max_length=300, blank=True)
    recipient_address = models.TextField(blank=True)
    recipient_email = models.EmailField(blank=True)
    signatory_name = models.CharField(max_length=200, blank=True)
    subject = models.CharField(max_length=300, blank=True)
    opening = models.TextField(blank=True)
    body = models.TextField()
    closing = models.TextField(blank=True)
    status = models.CharField(
        max_length=10, choices=LetterStatus.choices, default=LetterStatus.DRAFT
    )
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    channel = models.CharField(max_length=8, choices=SendChannel.choices, blank=True)
    attempts = models.PositiveIntegerField(default=0)
    sending_since = models.DateTimeField(
        null=True, blank=True, help_text="Claimed by a sender that is speaking to the mail server"
    )
    last_error = models.TextField(blank=True)
    expects_reply_by = models.DateField(null=True, blank=True)
    expects_reply = models.BooleanField(default=False)
    refers_to = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="followed_by"
    )
    instrument = models.ForeignKey(Instrument, null=True, blank=True, on_delete=models.PROTECT)
    meeting = models.ForeignKey(Meeting, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["-date", "reference", "pk"]

    def __str__(self):
        return self.reference or f"letter {self.pk} to {self.recipient_post or self.recipient_name}"


class Enclosure(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="enclosures")
    description = models.CharField(max_length=300)
    date = models.DateField(null=True, blank=True)
    enclosed_letter = models.ForeignKey(
        Letter, null=True, blank=True, on_delete=models.PROTECT, related_name="enclosed_in"
    )
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.PROTECT)

    def __str__(self):
        return self.description


class DeliveryAttempt(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="deliveries")
    at = models.DateTimeField(auto_now_add=True)
    channel = models.CharField(max_length=8, choices=SendChannel.choices)
    succeeded = models.BooleanField()
    error = models.TextField(blank=True)

    class Meta:
        ordering = ["letter", "at", "pk"]

    def __str__(self):
        return f"{self.letter} {self.channel} {'ok' if self.succeeded else 'failed'}"


class Reply(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="replies")
    received_on = models.DateField()
    channel = models.CharField(max_length=40)
    summary = models.TextField(blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT
    )
    received_letter = models.ForeignKey(
        "IncomingLetter",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="recorded_replies",
        help_text="The received letter this reply is, where the officer linked one",
    )

    class Meta:
        ordering = ["letter", "received_on"]

    def __str__(self):
        return f"reply to {self.letter} ({self.received_on})"


def received_upload_path(instance, filename):
    return f"received/{instance.received_on:%Y}/{instance.pk}/{filename}"


class IncomingLetter(models.Model):
    """A received letter, its text, what the reader found, and what the officer decided."""

    name = models.CharField(max_length=200)
    format = models.CharField(max_length=16)
    # Kept under MEDIA_ROOT, which has no URL: only the office's download serves it.
    original = models.FileField(
        upload_to=received_upload_path,
        max_length=300,
        blank=True,
        help_text="The file as received (none for an enclosure recorded from its letter)",
    )
    digest = models.CharField(
        max_length=64,
        blank=True,
        db_index=True,
        help_text="SHA-256 of the file as received: the same file is not received twice unasked",
    )
    text = models.TextField()
    folded = models.TextField(
        blank=True, editable=False, help_text="Name and text as searched: accents and case aside"
    )
    reading = models.JSONField(default=dict)
    decisions = models.JSONField(default=dict, help_text="item key → accepted/rejected and links")
    received_on = models.DateField()
    received_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    enclosed_in = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="enclosures"
    )
    answers = models.ForeignKey(
        Letter, null=True, blank=True, on_delete=models.SET_NULL, related_name="incoming_replies"
    )

    class Meta:
        ordering = ["-received_on", "-pk"]

    def __str__(self):
        return self.name


class MeetingNamed(models.Model):
    """A meeting an officer's decision on an item of a received letter names (the meeting
    linked to, or created from, the item): what ``IncomingLetter.decisions`` says of meetings,
    kept where a query finds it. Written with the decision, by ``services.incoming`` alone."""

    letter = models.ForeignKey(
        IncomingLetter, on_delete=models.CASCADE, related_name="meetings_named"
    )
    item = models.CharField(max_length=40, help_text='The decided item, e.g. "meetings/0"')
    status = models.CharField(max_length=16, help_text="The decision: linked, created …")
    # A number, not a link: the decision keeps naming a meeting removed since, and a link
    # would count as something referring to the meeting when undoing its creation.
    meeting_number = models.PositiveIntegerField(
        db_index=True, help_text="The meeting's number, as the decision keeps it"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["letter", "item"], name="one_meeting_per_decision")
        ]

    def __str__(self):
        return f"{self.letter_id} {self.item}: meeting {self.meeting_number}"


class Task(models.Model):
    """Something the secretariat must do by a date, read from a letter or added by hand."""

    what = models.TextField()
    due_on = models.DateField()
    due_time = models.CharField(max_length=5, blank=True, help_text="HH:MM, or empty")
    from_letter = models.ForeignKey(
        IncomingLetter, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks"
    )
    done = models.BooleanField(default=False)
    # Who marked it done, and on which day; both empty again when it is reopened.
    done_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    done_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["done", "due_on", "due_time", "pk"]

    def __str__(self):
        return f"{self.due_on}: {self.what[:60]}"
