"""API: meetings, documents, delegations (through the one visibility query), registration."""

import datetime as dt

from ninja import Field, Router, Schema, Status

from plenipo.api.auth import signed_in
from plenipo.api.schemas import Error
from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput
from plenipo.core.userdates import user_day
from plenipo.meetings import queries
from plenipo.meetings.services.delegations import (
    ConcurrentEdit,
    decide_registration,
    register_delegation,
)

router = Router(tags=["meetings"])


class DocumentOut(Schema):
    symbol: str
    title: str
    kind: str
    languages: dict[str, str]


class MeetingOut(Schema):
    id: int
    title: str
    body: str
    kind: str
    status: str
    start_date: dt.date | None
    end_date: dt.date | None
    date_text: str | None
    start_time: str | None
    end_time: str | None
    timezone: str | None
    start: str | None
    end: str | None
    city: str
    venue: str
    room: str | None
    documents: list[DocumentOut]


@router.get("/meetings", response={200: list[MeetingOut], 400: Error, 404: Error})
def list_meetings(
    request, start: str | None = None, end: str | None = None, body: str | None = None
):
    """Meetings that may fall between ``start`` and ``end`` (YYYY-MM-DD, inclusive)."""
    first = user_day(start) if start else None
    last = user_day(end) if end else None
    if first and last and last < first:
        raise InvalidInput(f"end {last} is before start {first}")
    meetings = queries.meetings_between(first, last, get_body(body) if body else None)
    return [queries.meeting_payload(m) for m in meetings]


@router.get("/meetings/{meeting_id}", response={200: MeetingOut, 400: Error, 404: Error})
def meeting_detail(request, meeting_id: int):
    return queries.meeting_payload(queries.get_meeting(meeting_id))


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


def _participant(person, *, contacts):
    shown = {"role": person.role, "name": person.name, "title": person.title}
    if contacts:
        shown |= {"email": person.email, "phone": person.phone}
    return shown


def delegation_dict(delegation, user):
    """A delegation as ``user`` may see it: e-mail and telephone only for the secretariat and
    the delegation's own state."""
    contacts = queries.may_see_contacts(user, delegation)
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
