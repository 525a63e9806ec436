"""Reads of meetings and delegations shared by every surface, including the one place that
decides who may see a delegation (``delegations_visible_to``)."""

import datetime as dt

from django.db.models import Count, Prefetch, Q
from django.urls import reverse
from django.utils import translation

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.listing import words_q
from plenipo.core.partialdates import ONE_DAY
from plenipo.core.sources import source_shown_to
from plenipo.meetings.mandate_reports import (  # noqa: F401 -- read from here with the others
    mandate_report,
    mandate_reports,
)
from plenipo.meetings.models import (
    CATEGORY_ORDER,
    ROLE_ORDER,
    AgendaItem,
    Delegation,
    DelegationCategory,
    Document,
    DocumentKind,
    DocumentVersion,
    LanguageStatus,
    LimitPolicy,
    Meeting,
    MeetingKind,
    MeetingStatus,
    Participant,
    RegistrationStatus,
    Room,
    Venue,
)
from plenipo.meetings.schedule import local_datetime
from plenipo.meetings.transitions import SETTLED_STATUSES
from plenipo.registry.queries import interface_language, official_names_on


def meetings_of(body):
    return (
        Meeting.objects.filter(body=body)
        .select_related("session", "room")
        .order_by("start_not_before")
    )


def meeting_titles(ids) -> dict[int, str]:
    """The titles of the meetings with these ids, in one query."""
    return dict(Meeting.objects.filter(pk__in=list(ids)).values_list("pk", "title"))


def get_meeting(meeting_id) -> Meeting:
    try:
        pk = int(meeting_id)
    except (TypeError, ValueError):
        raise InvalidInput(f"a meeting is identified by a number, not {meeting_id!r}") from None
    meeting = (
        Meeting.objects.select_related(
            "body__organization", "room__venue", "second_room", "session"
        )
        .filter(pk=pk)
        .first()
    )
    if meeting is None:
        raise NotFound(f"no meeting {pk}")
    return meeting


def meetings_between(start=None, end=None, body=None, *, user=None, today=None):
    """Meetings that may fall, at least partly, between two days (inclusive), with the
    documents ``user`` may know of on ``today`` and their language versions
    (``meeting_payload`` lists them)."""
    documents = documents_visible_to(user, today).prefetch_related(
        Prefetch("versions", queryset=DocumentVersion.objects.order_by("language"))
    )
    return _dated_between(start, end, body).prefetch_related(
        Prefetch("documents", queryset=documents, to_attr="visible_documents")
    )


def documents_visible_to(user, today=None):
    """The one query deciding which meeting documents a user may know of: before its day of
    issue a document is the secretariat's alone (its title as much as its files); one whose
    day of issue is not known is everyone's."""
    documents = Document.objects.all()
    if is_secretariat(user):
        return documents
    today = today or dt.date.today()  # noqa: DTZ011 -- a day of issue is a calendar day
    return documents.filter(Q(issued_on__isnull=True) | Q(issued_on__lte=today))


def _dated_between(start=None, end=None, body=None):
    meetings = Meeting.objects.select_related("body", "room__venue", "second_room")
    # An undated side never excludes a meeting: it may fall in the period.
    if start:
        ends = Meeting.end
        meetings = meetings.filter(ends.is_none() | ends.possibly_after(start - ONE_DAY))
    if end:
        starts = Meeting.start
        meetings = meetings.filter(starts.is_none() | starts.possibly_by(end))
    if body is not None:
        meetings = meetings.filter(body=body)
    return meetings.order_by("start_not_before", "start_time", "pk")


MEETING_SEARCH = ("title", "body__code", "city", "room__name", "room__venue__name")


def meeting_status_choices() -> list[tuple[str, str]]:
    return list(MeetingStatus.choices)


def shown_status_q(status: str, today: dt.date) -> Q:
    """Meetings that show ``status`` (``Meeting.shown``): a scheduled or tentative meeting
    whose last possible day has passed shows as held."""
    past = Q(**{f"{Meeting.end.not_after}__lt": today})
    if status == MeetingStatus.HELD:
        return Q(status=status) | (~Q(status__in=SETTLED_STATUSES) & past)
    if status in SETTLED_STATUSES:
        return Q(status=status)
    return Q(status=status) & ~past


def find_meetings(
    *, q="", body="", status="", start=None, end=None, today=None, latest_first=False
):
    """The meetings of a list: words of ``q`` in the title, body, session or venue; the body's
    code; the status shown on ``today``; those that may fall between ``start`` and ``end``."""
    # A list shows no documents: reading them would cost two queries a table.
    meetings = _dated_between(start, end).filter(words_q(q, MEETING_SEARCH))
    if body:
        meetings = meetings.filter(body__code=body)
    if status:
        meetings = meetings.filter(shown_status_q(status, today or dt.date.today()))  # noqa: DTZ011
    if latest_first:
        meetings = meetings.order_by("-start_not_before", "-pk")
    return meetings


def meeting_payload(meeting, *, user=None, today=None) -> dict:
    """The JSON shape of a meeting, shared by the CLI and the API, with the documents
    ``user`` may know of on ``today`` (``documents_visible_to``; None: the public)."""
    documents = getattr(meeting, "visible_documents", None)
    if documents is None:
        documents = documents_of(meeting, user=user, today=today)
    start, end = meeting.start, meeting.end
    start_at = (
        local_datetime(start.day, meeting.start_time, meeting.timezone) if start.is_exact else None
    )
    end_at = local_datetime(end.day, meeting.end_time, meeting.timezone) if end.is_exact else None
    shown = meeting.shown
    return {
        "id": meeting.pk,
        "title": meeting.title,
        "body": meeting.body.code,
        "kind": meeting.kind,
        "status": shown.status,
        "status_confirmed": shown.confirmed,
        "status_label": shown.label,
        "recorded_status": meeting.status,
        "start_date": start.day.isoformat() if start.is_exact else None,
        "end_date": end.day.isoformat() if end.is_exact else None,
        "date_text": None if start.is_exact else str(start),
        "not_before": start.not_before.isoformat() if start.not_before else None,
        "not_after": end.not_after.isoformat() if end.not_after else None,
        "start_time": meeting.start_time.strftime("%H:%M") if meeting.start_time else None,
        "end_time": meeting.end_time.strftime("%H:%M") if meeting.end_time else None,
        "timezone": meeting.timezone or None,
        "start": start_at.isoformat() if start_at else None,
        "end": end_at.isoformat() if end_at else None,
        "city": meeting.city,
        "venue": meeting.venue,
        "room": meeting.room.name if meeting.room_id else None,
        "rooms": [room.name for room in meeting.rooms],
        "registration_deadline": (
            meeting.registration_deadline.isoformat() if meeting.registration_deadline else None
        ),
        "documents": [
            {
                "symbol": d.symbol,
                "title": d.title,
                "kind": d.kind,
                "languages": {v.language: v.status for v in d.versions.all()},
                "files": {
                    v.language: reverse("document-file", args=[v.pk])
                    for v in d.versions.all()
                    if v.downloadable
                },
            }
            for d in documents
        ],
    }


def is_secretariat(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("meetings.change_delegation"))


def meeting_source_for(user, meeting):
    """The meeting's source as ``user`` may see it: one read from a received letter names
    the letter and its file, the secretariat's alone (None for everyone else)."""
    return source_shown_to(meeting.source, secretariat=is_secretariat(user))


def _focal_point_of(user):
    return getattr(user, "focal_point", None) if user and user.is_authenticated else None


def delegations_visible_to(user):
    """The one query deciding which delegations a user may see: the secretariat sees all;
    a focal point sees its own state's; everyone sees the accepted delegations of meetings
    whose list of participants is published."""
    delegations = Delegation.objects.select_related("meeting", "state", "organization")
    if is_secretariat(user):
        return delegations
    published = Q(meeting__participants_published=True, status=RegistrationStatus.APPROVED)
    focal_point = _focal_point_of(user)
    if focal_point is not None:
        return delegations.filter(published | Q(state_id=focal_point.state_id))
    return delegations.filter(published)


def may_see_contacts(user, delegation) -> bool:
    """E-mail and telephone never leave the office and the delegation's own state."""
    if is_secretariat(user):
        return True
    focal_point = _focal_point_of(user)
    return focal_point is not None and delegation.state_id == focal_point.state_id


def may_see_files_of(user, delegation) -> bool:
    """A delegation's uploaded files (its nomination letter): the secretariat, and the focal
    points of the delegation's own state."""
    return may_see_contacts(user, delegation)


def get_delegation_for(user, delegation_id) -> Delegation:
    """One delegation ``user`` may see, its state named as the UN named it."""
    delegation = delegations_visible_to(user).filter(pk=delegation_id).first()
    if delegation is None:
        raise NotFound("no such delegation")  # never say whether it exists
    return _named_as_the_un_named_them(delegation.meeting, [delegation])[0]


def nomination_letter_for(user, delegation_id):
    """The nomination letter of a delegation, for those who may see it; NotFound otherwise,
    whether the delegation, its letter or the permission is missing."""
    delegation = Delegation.objects.select_related("state", "organization").filter(pk=delegation_id)
    delegation = delegation.first()
    if delegation is None or not delegation.nomination_letter:
        raise NotFound("no such file")
    if not may_see_files_of(user, delegation):
        raise NotFound("no such file")
    return delegation.nomination_letter


def document_file(user, version_id, today: dt.date):
    """The file of one language version of a meeting document, for ``user`` on ``today``;
    NotFound, as for no file at all, before the document's day of issue
    (``documents_visible_to``) and, but to the secretariat, before the version is available
    (a file kept while it is in translation)."""
    versions = DocumentVersion.objects.select_related("document").filter(
        pk=version_id, document__in=documents_visible_to(user, today)
    )
    if not is_secretariat(user):
        versions = versions.filter(status=LanguageStatus.AVAILABLE)
    version = versions.first()
    if version is None or not version.file:
        raise NotFound("no such file")
    return version.file


def file_is_public(version, today: dt.date) -> bool:
    """Whether anyone may have the version's file (``document_file`` for nobody signed in)."""
    if version.status != LanguageStatus.AVAILABLE:
        return False
    return documents_visible_to(None, today).filter(pk=version.document_id).exists()


def party_delegation(meeting, party) -> Delegation:
    """The delegation of ``party`` (a state or an organization) to ``meeting``, for the
    secretariat; NotFound naming both when it has none."""
    side = "state" if party._meta.model_name == "state" else "organization"
    delegation = Delegation.objects.filter(meeting=meeting, **{side: party}).first()
    if delegation is None:
        raise NotFound(f"{party.name} has no delegation to {meeting}")
    return _named_as_the_un_named_them(meeting, [delegation])[0]


def own_delegation(user, meeting) -> Delegation:
    focal_point = getattr(user, "focal_point", None)
    if focal_point is None:
        raise NotFound("no such delegation")
    delegation = Delegation.objects.filter(meeting=meeting, state_id=focal_point.state_id).first()
    if delegation is None:
        raise NotFound(f"{focal_point.state.name} is not invited to {meeting}")
    return _named_as_the_un_named_them(meeting, [delegation])[0]


DELEGATION_SEARCH = (
    "name",
    "state__code",
    "state__names",
    "organization__code",
    "organization__names",
)


def registration_status_choices() -> list[tuple[str, str]]:
    return list(RegistrationStatus.choices)


def _named_as_the_un_named_them(meeting, delegations) -> list:
    """The delegations, each state's named as the UN named it when the meeting opened, in
    the language being written (its CLDR name where the UN names it nowhere): a list of
    participants is a UN document. One query, whatever the number of delegations."""
    delegations = list(delegations)
    day = meeting.start_not_before or dt.date.today()  # noqa: DTZ011 -- calendar day
    language = interface_language(translation.get_language())
    codes = [d.state.code for d in delegations if d.state_id]
    names = official_names_on(day, language=language, states=codes) if codes else {}
    for delegation in delegations:
        if delegation.state_id:
            delegation.un_name = names.get(delegation.state.code)
    return delegations


def reply_matrix(meeting, *, q="", status=""):
    """Every invited delegation with its reply and registration, in a constant number of
    queries; ``q`` and ``status`` narrow it (words of the state's or organization's code or
    name, a registration status)."""
    rows = (
        Delegation.objects.filter(meeting=meeting)
        .filter(words_q(q, DELEGATION_SEARCH))
        .select_related("state", "organization")
        .annotate(participant_count=Count("participants"))
        # The office decides on a registration seeing who is in it.
        .prefetch_related(
            Prefetch("participants", queryset=Participant.objects.order_by("position"))
        )
    )
    if status:
        rows = rows.filter(status=status)
    rows = _named_as_the_un_named_them(meeting, rows)
    return sorted(rows, key=lambda d: (CATEGORY_ORDER.index(d.category), d.display_name.casefold()))


def list_of_participants(meeting, *, statuses=(RegistrationStatus.APPROVED,)):
    """Delegations grouped by category (member states, observer states, UN entities,
    intergovernmental organizations, NGOs), heads of delegation first."""
    delegations = (
        Delegation.objects.filter(meeting=meeting, status__in=statuses)
        .select_related("state", "organization")
        .prefetch_related(
            Prefetch("participants", queryset=Participant.objects.order_by("position"))
        )
    )
    groups = {category: [] for category in CATEGORY_ORDER}
    for delegation in _named_as_the_un_named_them(meeting, delegations):
        people = sorted(
            delegation.participants.all(), key=lambda p: (ROLE_ORDER.index(p.role), p.position)
        )
        groups[delegation.category].append((delegation, people))
    return [
        (category, sorted(items, key=lambda item: item[0].display_name.casefold()))
        for category, items in groups.items()
        if items
    ]


def published_lists_still_open(today: dt.date):
    """Meetings whose list of participants is published and may still change: delegations
    are frozen once a meeting's last possible day has passed."""
    return Meeting.objects.filter(participants_published=True).exclude(
        **{f"{Meeting.end.not_after}__lt": today}
    )


def meetings_registered_by(state):
    return (
        Meeting.objects.filter(
            delegations__state=state,
            delegations__status__in=[RegistrationStatus.PENDING, RegistrationStatus.APPROVED],
        )
        .select_related("body", "room__venue")
        .distinct()
    )


# The choices the office's forms offer, so that surfaces need not import the models.
MEETING_KINDS = MeetingKind.choices
LIMIT_POLICIES = LimitPolicy.choices
DOCUMENT_KINDS = DocumentKind.choices
LANGUAGE_STATUSES = LanguageStatus.choices
LANGUAGE_STATUS_AVAILABLE = LanguageStatus.AVAILABLE
DELEGATION_CATEGORIES = DelegationCategory.choices


def all_venues():
    return Venue.objects.order_by("code")


def venue_named(name) -> Venue | None:
    """The one recorded venue of that name (a meeting keeps its venue's name as text); None
    when no venue, or more than one, is so named."""
    found = list(Venue.objects.filter(name__iexact=str(name or "").strip())[:2]) if name else []
    return found[0] if len(found) == 1 else None


def all_rooms():
    return Room.objects.select_related("venue").order_by("venue__code", "code")


VENUE_SEARCH = ("code", "name", "city", "timezone", "rooms__code", "rooms__name")


def find_venues(*, q=""):
    """The venues of a list, each with its rooms: words of ``q`` in the venue's code, name,
    city or time zone, or in a room's code or name."""
    venues = Venue.objects.all()
    if q:
        matching = Venue.objects.filter(words_q(q, VENUE_SEARCH)).values("pk")
        venues = venues.filter(pk__in=matching)
    rooms = Prefetch("rooms", queryset=Room.objects.order_by("code"))
    return venues.select_related("source").prefetch_related(rooms).order_by("code")


def get_venue(code) -> Venue:
    code = str(code or "")
    # A NUL is refused by PostgreSQL before it could match anything.
    venue = (
        Venue.objects.select_related("source").filter(code=code).first()
        if "\x00" not in code
        else None
    )
    if venue is None:
        raise NotFound(f"no venue {code!r}")
    return venue


def rooms_of(venue):
    return venue.rooms.select_related("source").order_by("code")


def get_room_by_id(pk) -> Room:
    room = Room.objects.select_related("venue", "source").filter(pk=pk).first()
    if room is None:
        raise NotFound(f"no room {pk}")
    return room


def get_agenda_item(pk) -> AgendaItem:
    item = AgendaItem.objects.select_related("meeting").filter(pk=pk).first()
    if item is None:
        raise NotFound(f"no agenda item {pk}")
    return item


def agenda_item_of(meeting, pk) -> AgendaItem | None:
    """The meeting's own agenda item ``pk`` (None when empty or of another meeting)."""
    return meeting.agenda.filter(pk=pk).first() if pk else None


def get_room(reference: str):
    """A room named ``VENUE/ROOM`` by their codes (e.g. ``VIC/BR-B``)."""
    venue_code, _, room_code = (reference or "").partition("/")
    room = Room.objects.select_related("venue").filter(venue__code=venue_code, code=room_code)
    found = room.first()
    if found is None:
        raise NotFound(f"no room {reference!r}: name it VENUE/ROOM by their codes")
    return found


def documents_of(meeting, *, user=None, today=None):
    """A meeting's documents that ``user`` may know of on ``today``
    (``documents_visible_to``), with their language versions, in two queries."""
    return (
        documents_visible_to(user, today)
        .filter(meeting=meeting)
        .select_related("agenda_item")
        .prefetch_related(
            Prefetch("versions", queryset=DocumentVersion.objects.order_by("language"))
        )
    )


def delegations_of_state(state, *, q="", status="", start=None, end=None):
    """A state's delegations, latest meeting first (for its own focal points); ``q``,
    ``status``, ``start`` and ``end`` narrow them as ``find_meetings`` does the meetings."""
    delegations = (
        Delegation.objects.filter(state=state)
        .filter(words_q(q, [f"meeting__{name}" for name in MEETING_SEARCH]))
        .select_related("meeting__body")
        .order_by("-meeting__start_not_before", "-pk")
    )
    if status:
        delegations = delegations.filter(status=status)
    if start or end:
        delegations = delegations.filter(meeting__in=meetings_between(start, end).values("pk"))
    return delegations


def meeting_delegations_visible_to(user, meeting):
    """The delegations to one meeting that ``user`` may see, with their participants."""
    return delegations_visible_to(user).filter(meeting=meeting).prefetch_related("participants")


def meetings_in_preparation(today: dt.date):
    """Meetings not yet over, neither cancelled nor postponed, soonest first, each with the
    counts that decide its next step (``invited``, ``pending``, ``approved``), in one query."""
    ends = Meeting.end
    return (
        Meeting.objects.filter(ends.is_none() | ends.possibly_after(today - ONE_DAY))
        .exclude(status__in=[MeetingStatus.CANCELLED, MeetingStatus.POSTPONED, MeetingStatus.HELD])
        .select_related("body")
        .annotate(
            invited=Count("delegations", filter=Q(delegations__invited_on__isnull=False)),
            pending=Count("delegations", filter=Q(delegations__status=RegistrationStatus.PENDING)),
            approved=Count(
                "delegations", filter=Q(delegations__status=RegistrationStatus.APPROVED)
            ),
        )
        .order_by("start_not_before", "start_time", "pk")
    )


def registration_closed_on(meeting, today) -> dt.date | None:
    """The meeting's last day when it is past: focal points no longer change delegations."""
    last = meeting.end or meeting.start
    if last is not None and last.not_after is not None and last.not_after < today:
        return last.not_after
    return None


def invitations_of_states(meeting) -> dict[str, Delegation]:
    """{state code: delegation} for the states invited to ``meeting`` (not those the
    secretariat registered without an invitation), in one query."""
    delegations = Delegation.objects.filter(
        meeting=meeting, state__isnull=False, not_invited=False
    ).select_related("state")
    return {d.state.code: d for d in delegations}
