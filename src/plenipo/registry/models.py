import secrets

from django.conf import settings
from django.db import models
from django.utils import translation

from plenipo.core.fields import DateBoundsField
from plenipo.core.models import Source


def localized(names: dict, language: str | None = None) -> str:
    """A name from a {language: name} record: the language asked for (by default the
    interface's), else English, else the first the record has."""
    language = (language or translation.get_language() or "en").split("-")[0]
    return names.get(language) or names.get("en") or next(iter(names.values()), "")


class OrganizationKind(models.TextChoices):
    UNIVERSAL = "universal", "Universal intergovernmental organization"
    REGIONAL = "regional", "Regional intergovernmental organization"
    REIO = "reio", "Regional economic integration organization"
    GROUP = "group", "Group of states negotiating together"


# The organizations someone may speak for in a negotiation (its registered focal point).
SPEAKING_GROUP_KINDS = (OrganizationKind.GROUP, OrganizationKind.REIO)


class Organization(models.Model):
    code = models.CharField(max_length=16, unique=True)
    names = models.JSONField(default=dict, help_text="Name per language code")
    kind = models.CharField(max_length=16, choices=OrganizationKind.choices)
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localized(self.names)


class State(models.Model):
    """A state, identified by its ISO 3166-1 alpha-3 code; names from CLDR."""

    code = models.CharField(max_length=3, unique=True, help_text="ISO 3166-1 alpha-3")
    alpha2 = models.CharField(max_length=2, unique=True)
    names = models.JSONField(default=dict, help_text="CLDR name per UN language")

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name

    @property
    def name(self):
        return localized(self.names)

    def name_in(self, language):
        return localized(self.names, language)


class MembershipRole(models.TextChoices):
    MEMBER = "member", "Member"
    OBSERVER = "observer", "Non-member observer"


class Membership(models.Model):
    organization = models.ForeignKey(
        Organization, on_delete=models.CASCADE, related_name="memberships"
    )
    state = models.ForeignKey(State, on_delete=models.CASCADE, related_name="memberships")
    start = DateBoundsField(required=True)
    # ``end`` is the first day the state is no longer a member; empty while it still is.
    end = DateBoundsField()
    role = models.CharField(
        max_length=10, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )
    note = models.TextField(blank=True)
    conflicts = models.JSONField(default=list, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)
    other_sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["organization__code", "state__code", "start_not_before"]
        indexes = [models.Index(fields=["organization", "start_not_after"])]

    def __str__(self):
        return f"{self.state.code} in {self.organization.code} from {self.start}"


class Mission(models.Model):
    """A place states accredit representatives to (e.g. the UN in New York)."""

    code = models.CharField(max_length=16, unique=True)
    name = models.CharField(max_length=200)
    organization = models.ForeignKey(Organization, on_delete=models.PROTECT)
    city = models.CharField(max_length=100)

    class Meta:
        ordering = ["code"]

    def __str__(self):
        return self.name


class PermanentMission(models.Model):
    """A state's permanent mission at a place (e.g. to the United Nations in Vienna)."""

    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="permanent_missions")
    place = models.ForeignKey(Mission, on_delete=models.PROTECT, related_name="permanent_missions")
    address = models.TextField(blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=60, blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["place", "state__code"]
        constraints = [
            models.UniqueConstraint(fields=["state", "place"], name="one_mission_per_place")
        ]

    def __str__(self):
        return f"Permanent Mission of {self.state.name} ({self.place.code})"


class Person(models.Model):
    key = models.SlugField(max_length=120, unique=True)
    name = models.CharField(max_length=200)
    honorific = models.CharField(max_length=20, blank=True, help_text="Mr, Ms, Dr …")
    gender = models.CharField(max_length=1, blank=True, choices=[("f", "female"), ("m", "male")])

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name


class Post(models.Model):
    """An office held by one person at a time, e.g. a minister or a permanent representative."""

    key = models.SlugField(max_length=120, unique=True)
    title = models.CharField(max_length=300, unique=True)
    state = models.ForeignKey(State, null=True, blank=True, on_delete=models.PROTECT)
    organization = models.ForeignKey(Organization, null=True, blank=True, on_delete=models.PROTECT)
    mission = models.ForeignKey(Mission, null=True, blank=True, on_delete=models.PROTECT)

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class PostHolding(models.Model):
    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="holdings")
    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="holdings")
    start = DateBoundsField(required=True)
    # ``end`` is the first day out of office; empty while in office.
    end = DateBoundsField()
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)
    other_sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["post__title", "start_not_before"]

    def __str__(self):
        return f"{self.person} as {self.post}"


class MembershipChange(models.Model):
    """A succession, merger or dissolution that the membership rows flatten."""

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE)
    former = models.CharField(max_length=200, help_text="The former state, by name")
    successors = models.ManyToManyField(State, related_name="membership_changes")
    kind = models.CharField(max_length=40)
    date = DateBoundsField()
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)

    class Meta:
        ordering = ["organization__code", "date_not_before"]

    def __str__(self):
        return f"{self.former} ({self.kind}) in {self.organization.code}"


class StateName(models.Model):
    """The names a scheme (the UN's, the Council of Europe's) gave a state in a period."""

    party_code = models.CharField(max_length=16, db_index=True, help_text="Alpha-3, or EU")
    scheme = models.CharField(max_length=8, help_text="un or coe")
    short = models.JSONField(default=dict, blank=True, help_text="Short name per UN language")
    formal = models.JSONField(default=dict, blank=True, help_text="Formal name per UN language")
    article = models.JSONField(
        default=dict, blank=True, help_text="The short name's article per language (fr, es)"
    )
    start = DateBoundsField(help_text="First day of use; empty: in use before the data begin")
    end = DateBoundsField(help_text="First day no longer in use; empty: still in use")
    note = models.TextField(blank=True)
    source = models.ForeignKey(Source, on_delete=models.PROTECT)
    other_sources = models.ManyToManyField(Source, blank=True, related_name="+")

    class Meta:
        ordering = ["party_code", "scheme", "start_not_before"]

    def __str__(self):
        return f"{self.party_code} ({self.scheme}): {self.short.get('en') or self.formal.get('en')}"


def _calendar_token():
    # Named by migration 0001, which made the plain calendar token since replaced by the
    # hashed AccessToken: kept so that the migration history still loads.
    return secrets.token_urlsafe(24)


class FocalPoint(models.Model):
    """A user who speaks for one state, through its mission (e.g. to the UN in Vienna), and
    for the groups (such as the EU) it is registered to speak for: a state's membership of
    a group does not let its focal point speak in the group's name."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="focal_point"
    )
    state = models.ForeignKey(State, on_delete=models.PROTECT, related_name="focal_points")
    mission = models.ForeignKey(Mission, null=True, blank=True, on_delete=models.PROTECT)
    language = models.CharField(max_length=8, default="en", help_text="Language of correspondence")
    groups = models.ManyToManyField(
        Organization,
        blank=True,
        related_name="focal_points",
        help_text="Groups and regional economic integration organizations this user is "
        "registered to speak for",
    )

    class Meta:
        ordering = ["state__code", "user__username"]

    def __str__(self):
        return f"{self.user} for {self.state.code}"


class AccessTokenKind(models.TextChoices):
    API = "api", "API token"
    CALENDAR = "calendar", "calendar feed"


class AccessToken(models.Model):
    """A secret a user hands to a script (the API) or a calendar application (the feeds),
    acting as that user. Only the secret's SHA-256 digest is kept: it is shown once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="access_tokens"
    )
    kind = models.CharField(max_length=16, choices=AccessTokenKind.choices)
    name = models.CharField(max_length=120)
    digest = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(auto_now_add=True)
    last_used_at = models.DateTimeField(null=True, blank=True)
    revoked_at = models.DateTimeField(null=True, blank=True)
    # An API token is refused from this day on (every one has it: those made before tokens
    # expired were given one on migrating); a calendar feed has none.
    expires_on = models.DateField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(kind=AccessTokenKind.CALENDAR)
                | models.Q(expires_on__isnull=False),
                name="api_token_has_expiry",
            )
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.name!r} of {self.user}"

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def expired_on(self, day) -> bool:
        """Whether the token is refused on ``day`` for having reached its expiry."""
        return self.expires_on is not None and day >= self.expires_on
