"""API: meetings, documents, delegations (through the one visibility query), registration."""

import datetime as dt

from django.urls import reverse
from ninja import Field, File, Query, Router, Schema, Status, UploadedFile

from plenipo.api.auth import signed_in
from plenipo.api.schemas import Error
from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.uploads import read_upload
from plenipo.core.userdates import user_day
from plenipo.correspondence.meeting_letters import letter_source
from plenipo.meetings import queries
from plenipo.meetings.services.delegations import (
    REPLY_CHANNELS,
    ConcurrentEdit,
    decide_registration,
    register_delegation,
    upload_nomination_letter,
)
from plenipo.meetings.services.office_entry import enter_delegation_of
from plenipo.registry.queries import get_party

router = Router(tags=["meetings"])


class DocumentOut(Schema):
    symbol: str
    title: str
    kind: str
    languages: dict[str, str] = Field(description="Each language version's status")
    files: dict[str, str] = Field(
        description="The address of each language version there is a file to download for; "
        "a version listed as available with no file published is not in it"
    )


class MeetingOut(Schema):
    id: int
    title: str
    body: str
    kind: str
    status: str = Field(description="As shown: a meeting whose days passed shows as held")
    status_confirmed: bool = Field(
        description="False for a meeting shown as held that no record says took place"
    )
    recorded_status: str = Field(description="The status as recorded")
    start_date: dt.date | None
    end_date: dt.date | None
    date_text: str | None
    start_time: str | None
    end_time: str | None
    timezone: str | None = Field(
        description="The IANA time zone its times are in (e.g. Europe/Vienna); null where no "
        'source states it, as the pages\' "time zone not stated" (start and end are then '
        "null too)"
    )
    start: str | None
    end: str | None
    city: str
    venue: str
    room: str | None
    registration_deadline: dt.date | None = Field(
        description="The last day to register a delegation (none when not set)"
    )
    documents: list[DocumentOut]


_DAY = "YYYY-MM-DD, inclusive"


class MeetingsQuery(Schema):
    # ``from``/``to`` as on the web pages; ``start``/``end`` are the same filters under the
    # names this endpoint first had, kept for the clients written against them.
    from_: str | None = Field(
        None, alias="from", description=f"Meetings that may end on or after this day ({_DAY})"
    )
    to: str | None = Field(
        None, description=f"Meetings that may start on or before this day ({_DAY})"
    )
    start: str | None = Field(None, description="The same as 'from' (an older name)")
    end: str | None = Field(None, description="The same as 'to' (an older name)")
    body: str | None = Field(None, description="A body's code, e.g. COP-UNTOC")


def _one_day(query: MeetingsQuery, name: str, older: str) -> dt.date | None:
    value = getattr(query, "from_" if name == "from" else name)
    old_value = getattr(query, older)
    if value and old_value and value != old_value:
        raise InvalidInput(f"'{name}' ({value}) and '{older}' ({old_value}) disagree: give one")
    text = value or old_value
    try:
        return user_day(text) if text else None
    except InvalidInput as exc:
        raise InvalidInput(f"'{name if value else older}': {exc}") from None


def _filter_body(code: str | None):
    if not code:
        return None
    try:
        return get_body(code)
    except NotFound as exc:  # a filter's value, not the resource asked for
        raise InvalidInput(str(exc)) from None


@router.get("/meetings", response={200: list[MeetingOut], 400: Error})
def list_meetings(request, query: Query[MeetingsQuery]):
    """Meetings that may fall, at least partly, between ``from`` and ``to``, of one body;
    a malformed day or an unknown body is refused with 400."""
    first, last = _one_day(query, "from", "start"), _one_day(query, "to", "end")
    if first and last and last < first:
        raise InvalidInput(f"'to' ({last}) is before 'from' ({first})")
    meetings = queries.meetings_between(first, last, _filter_body(query.body), user=request.user)
    return [queries.meeting_payload(m) for m in meetings]


@router.get("/meetings/{meeting_id}", response={200: MeetingOut, 400: Error, 404: Error})
def meeting_detail(request, meeting_id: int):
    return queries.meeting_payload(queries.get_meeting(meeting_id), user=request.user)


class ParticipantIO(Schema):
    role: str
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""


class ParticipantOut(Schema):
    role: str
    name: str
    title: str
    email: str | None = Field(None, description="Only for the secretariat and the own state")
    phone: str | None = Field(None, description="Only for the secretariat and the own state")


class DelegationOut(Schema):
    id: int
    meeting: int
    party: str
    name: str
    category: str
    status: str
    version: int
    invited_on: dt.date | None
    replied_on: dt.date | None
    flags: list[str]
    participants: list[ParticipantOut]
    nomination_letter: str | None = Field(
        None,
        description="The URL of its nomination letter: only for the secretariat and the own "
        "state, and only once one is uploaded",
    )


def _participant(person, *, contacts):
    shown = {"role": person.role, "name": person.name, "title": person.title}
    if contacts:
        shown |= {"email": person.email, "phone": person.phone}
    return shown


def delegation_dict(delegation, user):
    """A delegation as ``user`` may see it: e-mail and telephone only for the secretariat and
    the delegation's own state."""
    contacts = queries.may_see_contacts(user, delegation)
    letter = delegation.nomination_letter and queries.may_see_files_of(user, delegation)
    return {
        "id": delegation.pk,
        "meeting": delegation.meeting_id,
        "party": delegation.party_code,
        "name": delegation.display_name,
        "category": delegation.category,
        "status": delegation.status,
        "version": delegation.version,
        "invited_on": delegation.invited_on,
        "replied_on": delegation.replied_on,
        "flags": delegation.flags,
        "participants": [_participant(p, contacts=contacts) for p in delegation.participants.all()],
        "nomination_letter": reverse("nomination-letter", args=[delegation.pk]) if letter else None,
    }


@router.get("/meetings/{meeting_id}/delegations", response={200: list[DelegationOut], 404: Error})
def meeting_delegations(request, meeting_id: int):
    """The delegations of a meeting this user may see."""
    meeting = queries.get_meeting(meeting_id)
    visible = queries.meeting_delegations_visible_to(request.user, meeting)
    return [delegation_dict(d, request.user) for d in visible]


@router.get("/delegations/{delegation_id}", response={200: DelegationOut, 404: Error})
def delegation_detail(request, delegation_id: int):
    return delegation_dict(queries.get_delegation_for(request.user, delegation_id), request.user)


class RegistrationIn(Schema):
    version: int
    participants: list[ParticipantIO]


@router.put(
    "/meetings/{meeting_id}/delegation",
    response={200: DelegationOut, 400: Error, 401: Error, 404: Error, 409: Error},
    auth=signed_in,
)
def register_own_delegation(request, meeting_id: int, payload: RegistrationIn):
    """A focal point registers (or edits) its own state's delegation. ``version`` is the one
    read before editing; a save over someone else's newer one is refused (409)."""
    delegation = queries.own_delegation(request.user, queries.get_meeting(meeting_id))
    try:
        saved = register_delegation(
            delegation=delegation,
            participants=[p.dict() for p in payload.participants],
            expected_version=payload.version,
            by=request.user,
        )
    except ConcurrentEdit as exc:
        return Status(409, {"detail": str(exc)})
    return delegation_dict(saved, request.user)


class DecisionIn(Schema):
    approve: bool
    note: str = ""


@router.post(
    "/delegations/{delegation_id}/decision",
    response={200: DelegationOut, 400: Error, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def decide(request, delegation_id: int, payload: DecisionIn):
    """Approve or reject a registration (secretariat officers)."""
    delegation = queries.get_delegation_for(request.user, delegation_id)
    if not queries.is_secretariat(request.user):
        return Status(403, {"detail": "only secretariat officers decide on registrations"})
    return delegation_dict(
        decide_registration(
            delegation=delegation, approve=payload.approve, by=request.user, note=payload.note
        ),
        request.user,
    )


class EntryIn(Schema):
    version: int | None = Field(
        None, description="The version read before correcting a registered delegation"
    )
    participants: list[ParticipantIO]
    category: str | None = Field(None, description="Only for a party not yet invited")
    source: str = Field("", description="What announced it, e.g. note verbale No. 123")
    letter: int | None = Field(None, description="A received letter linked to the meeting")
    reply_channel: str = Field(
        "",
        description="How an invited party with no reply recorded answered: "
        f"{', '.join(REPLY_CHANNELS)} (not stated when not given)",
    )
    reply_on: str | None = Field(
        None, description="The day of that reply, YYYY-MM-DD (the day of entry when not given)"
    )


def _reply_day(text: str | None) -> dt.date | None:
    try:
        return user_day(text) if text else None
    except InvalidInput as exc:
        raise InvalidInput(f"'reply_on': {exc}") from None


@router.put(
    "/meetings/{meeting_id}/delegations/{party}",
    response={200: DelegationOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error},
    auth=signed_in,
)
def enter_party_delegation(request, meeting_id: int, party: str, payload: EntryIn):
    """The secretariat enters (or, with ``version``, corrects) the delegation of a state or
    organization, as the office's page does; one not invited is added as "not invited,
    registered by the secretariat"."""
    meeting = queries.get_meeting(meeting_id)
    if not queries.is_secretariat(request.user):
        return Status(403, {"detail": "only secretariat officers enter delegations"})
    letter, words = letter_source(meeting, payload.letter)
    common = {
        "participants": [p.dict() for p in payload.participants],
        "source": payload.source or words,
        "letter": letter,
        "reply_channel": payload.reply_channel,
        "replied_on": _reply_day(payload.reply_on),
        "by": request.user,
    }
    try:
        saved = enter_delegation_of(
            meeting=meeting,
            party=get_party(party),
            category=payload.category,
            expected_version=payload.version,
            **common,
        )
    except ConcurrentEdit as exc:
        return Status(409, {"detail": str(exc)})
    return delegation_dict(saved, request.user)


@router.post(
    "/meetings/{meeting_id}/delegations/{party}/nomination",
    response={200: DelegationOut, 400: Error, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def attach_nomination_letter(request, meeting_id: int, party: str, file: File[UploadedFile] = None):
    """The secretariat attaches (or replaces) the nomination letter of a state's or
    organization's delegation, as the multipart field ``file`` (PDF, DOCX, PNG or JPEG, at
    most 10 MB). It stays private: the secretariat and the state's own focal points fetch it
    at the delegation's ``nomination_letter`` URL."""
    meeting = queries.get_meeting(meeting_id)
    if not queries.is_secretariat(request.user):
        return Status(403, {"detail": "only secretariat officers attach nomination letters"})
    delegation = queries.party_delegation(meeting, get_party(party))
    if file is None:
        raise InvalidInput("send the nomination letter as the multipart field 'file'")
    saved = upload_nomination_letter(
        delegation=delegation,
        name=file.name or "nomination",
        data=read_upload(file),
        by=request.user,
    )
    return delegation_dict(saved, request.user)
