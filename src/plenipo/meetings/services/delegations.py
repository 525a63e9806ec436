"""Writes to delegations: invitations, replies, registration by focal points, decisions."""

import datetime as dt
from typing import NamedTuple

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.validators import validate_email
from django.db import transaction
from django.db.models import F

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.limits import check_text
from plenipo.core.uploads import UploadError, check_upload, stored_name
from plenipo.meetings.models import (
    Delegation,
    DelegationCategory,
    LimitPolicy,
    Participant,
    ParticipantRole,
    RegistrationStatus,
)
from plenipo.meetings.notifications import send_registration_decision
from plenipo.meetings.queries import registration_closed_on
from plenipo.meetings.services.status import set_status
from plenipo.registry.models import Organization, State


class ConcurrentEdit(PlenipoError):
    """Someone else saved the delegation since it was opened."""


def can_edit(user, delegation) -> bool:
    """Secretariat officers, and the focal points of the delegation's own state."""
    if user is None:  # the system itself (imports)
        return True
    if user.has_perm("meetings.change_delegation"):
        return True
    focal_point = getattr(user, "focal_point", None)
    return bool(focal_point and delegation.state_id and focal_point.state_id == delegation.state_id)


@transaction.atomic
def invite(
    *,
    meeting,
    party=None,
    name="",
    category=None,
    invited_on=None,
    reference="",
    quota=None,
    not_invited=False,
    by,
) -> Delegation:
    """Record an invitation to a state, an organization, or a named entity; ``not_invited``
    records instead a delegation the secretariat registers without any invitation."""
    state = party if isinstance(party, State) else None
    organization = party if isinstance(party, Organization) else None
    if party is None and not name:
        raise InvalidInput("invite a state, an organization, or name the entity")
    category = category or (DelegationCategory.MEMBER_STATE if state else DelegationCategory.IGO)
    if category not in DelegationCategory.values:
        raise InvalidInput(f"unknown category {category!r}")
    existing = Delegation.objects.filter(meeting=meeting, state=state, organization=organization)
    if (state or organization) and existing.exists():
        raise InvalidInput(f"{party.name} is already invited to {meeting}")
    delegation = Delegation.objects.create(
        meeting=meeting,
        state=state,
        organization=organization,
        name=name,
        category=category,
        invited_on=invited_on,
        invitation_reference=reference,
        quota=quota,
        not_invited=not_invited,
    )
    log_action(
        delegation,
        "meetings.delegation.added_not_invited" if not_invited else "meetings.delegation.invited",
        by=by,
        data={"meeting": meeting.pk, "party": delegation.party_code},
    )
    return delegation


@transaction.atomic
def record_invitations(*, meeting, invitations, by) -> int:
    """Record the states a meeting's invitation letters were sent to: ``invitations`` is
    [(state, day sent, letter reference)]. A state already invited keeps its invitation;
    one recorded without a letter (invited from the meeting's page before the letters were
    prepared) takes the letter's reference, and its day where it had none."""
    invited = {
        delegation.state_id: delegation
        for delegation in Delegation.objects.filter(meeting=meeting, state__isnull=False)
    }
    count = 0
    for state, day, reference in invitations:
        delegation = invited.get(state.pk)
        if delegation is None:
            invited[state.pk] = invite(
                meeting=meeting, party=state, invited_on=day, reference=reference or "", by=by
            )
            count += 1
        elif reference and not delegation.invitation_reference:
            _record_invitation_letter(delegation, day=day, reference=reference, by=by)
    return count


def _record_invitation_letter(delegation, *, day, reference, by) -> None:
    delegation.invitation_reference = reference
    fields = ["invitation_reference"]
    if day and not delegation.invited_on:
        delegation.invited_on = day
        fields.append("invited_on")
    delegation.save(update_fields=fields)
    log_action(
        delegation,
        "meetings.delegation.invitation_letter",
        by=by,
        data={"reference": reference, "on": str(delegation.invited_on or "")},
    )


REPLY_CHANNELS = ("note verbale", "letter", "e-mail", "fax", "portal", "not stated")


@transaction.atomic
def record_reply(*, delegation, replied_on, channel, by) -> Delegation:
    if by is not None and not by.has_perm("meetings.change_delegation"):
        raise NotFound("no such delegation")
    if channel not in REPLY_CHANNELS:
        raise InvalidInput(
            f"unknown reply channel {channel!r} (known: {', '.join(REPLY_CHANNELS)})"
        )
    if delegation.invited_on and replied_on < delegation.invited_on:
        raise InvalidInput(
            f"a reply dated {replied_on} precedes the invitation of {delegation.invited_on}"
        )
    delegation.replied_on, delegation.reply_channel = replied_on, channel
    delegation.save(update_fields=["replied_on", "reply_channel"])
    log_action(
        delegation,
        "meetings.delegation.replied",
        by=by,
        data={"on": str(replied_on), "channel": channel},
    )
    return delegation


def _normalise(name: str) -> str:
    return " ".join(name.casefold().split())


PARTICIPANT_TEXT = ("name", "title", "email", "phone")


def _check_person(number, person):
    """One participant's values, refused as the database would refuse them (length, NUL),
    whichever surface sent them: the portal's form checks them, the API does not."""
    if person.get("role") not in ParticipantRole.values:
        raise InvalidInput(f"participant {number}: unknown role {person.get('role')!r}")
    for field in PARTICIPANT_TEXT:
        value = person.get(field) or ""
        check_text(Participant, field, value, what=f"participant {number}: the {field}")
    if not person.get("name", "").strip():
        raise InvalidInput(f"participant {number}: every participant needs a name")
    if person.get("email"):
        try:
            validate_email(person["email"])
        except ValidationError:
            raise InvalidInput(
                f"participant {number}: {person['email']!r} is not an e-mail address"
            ) from None


def _check_participants(participants):
    if not participants:
        raise InvalidInput("a delegation needs at least one participant")
    for number, person in enumerate(participants, start=1):
        _check_person(number, person)
    heads = [p for p in participants if p.get("role") == ParticipantRole.HEAD]
    if len(heads) != 1:
        raise InvalidInput(f"a delegation has exactly one head of delegation, not {len(heads)}")
    seen = set()
    for person in participants:
        key = _normalise(person["name"])
        if key in seen:
            raise InvalidInput(f"{person['name']} appears twice in the delegation")
        seen.add(key)


def _limits(delegation, count, today):
    """Flags for a registration beyond the quota or after the deadline; refuses them when
    the meeting's policy says so."""
    meeting = delegation.meeting
    quota = delegation.quota or meeting.default_quota
    problems = []
    if quota is not None and count > quota:
        problems.append(f"{count} participants exceed the quota of {quota}")
    if meeting.registration_deadline and today > meeting.registration_deadline:
        problems.append(f"the registration deadline was {meeting.registration_deadline}")
    if problems and meeting.limit_policy == LimitPolicy.REFUSE:
        raise InvalidInput(f"registration refused: {'; '.join(problems)}")
    return problems


def _check_still_open(meeting, by, today):
    """A focal point changes its delegation until the meeting's last day; afterwards the
    registration is the record of who came, and only the secretariat corrects it."""
    if getattr(by, "focal_point", None) is None:
        return
    if last := registration_closed_on(meeting, today):
        raise InvalidInput(
            f"{meeting} ended on {last}: its delegations are no longer changed "
            "through the portal; write to the secretariat to correct one"
        )


@transaction.atomic
def register_delegation(
    *, delegation, participants, expected_version, by, today=None
) -> Delegation:
    """Register or edit a delegation's participants (a focal point, or the secretariat).

    ``participants``: dicts with role, name, title, email, phone, in order. The save is
    refused if the delegation changed since ``expected_version`` (optimistic concurrency):
    nothing is lost, the caller shows the user their own input again.
    """
    if not can_edit(by, delegation):
        raise NotFound("no such delegation")
    _check_participants(participants)
    today = today or dt.date.today()  # noqa: DTZ011 -- calendar day
    _check_still_open(delegation.meeting, by, today)
    flags = _limits(delegation, len(participants), today)
    # Whoever saves last is who entered the participants: the secretariat's entry
    # (``office_entry``) marks itself again after this.
    changes = {
        "version": F("version") + 1,
        "flags": flags,
        "entered_by_secretariat": False,
        "entry_source": "",
        "entry_letter": None,
        "entered_on": None,
    }
    if delegation.replied_on is None and getattr(by, "focal_point", None) is not None:
        # A state that registers has answered the invitation, through the portal (or the
        # API): the reply matrix and the reminders must not count it as silent.
        changes |= {
            "replied_on": max(today, delegation.invited_on or today),
            "reply_channel": "portal",
        }
    updated = Delegation.objects.filter(pk=delegation.pk, version=expected_version).update(
        **changes
    )
    if not updated:
        raise ConcurrentEdit(
            "this delegation was changed by someone else after you opened it; "
            "your changes were not saved — reload to see the current delegation"
        )
    _replace_participants(delegation, participants)
    delegation.refresh_from_db()
    set_status(
        delegation,
        RegistrationStatus.PENDING,
        by=by,
        event="meetings.delegation.registered",
        data={"participants": len(participants), "flags": flags},
    )
    return delegation


def _replace_participants(delegation, participants) -> None:
    """The delegation's participants become ``participants`` (checked dicts), in order."""
    delegation.participants.all().delete()
    Participant.objects.bulk_create(
        Participant(
            delegation=delegation,
            role=p["role"],
            name=p["name"].strip(),
            title=p.get("title", ""),
            email=p.get("email", ""),
            phone=p.get("phone", ""),
            position=i,
        )
        for i, p in enumerate(participants)
    )


@transaction.atomic
def upload_nomination_letter(*, delegation, name, data: bytes, by) -> Delegation:
    if not can_edit(by, delegation):
        raise NotFound("no such delegation")
    try:
        kind = check_upload(name, data, allowed=("pdf", "docx", "png", "jpeg"))
    except UploadError as exc:
        raise InvalidInput(str(exc)) from None
    name = stored_name(name, kind)
    delegation.nomination_letter.save(name, ContentFile(data), save=False)
    delegation.version += 1
    delegation.save(update_fields=["nomination_letter", "version"])
    log_action(delegation, "meetings.delegation.nomination_uploaded", by=by, data={"file": name})
    return delegation


@transaction.atomic
def decide_registration(*, delegation, approve: bool, by, note="") -> Delegation:
    """Approve or reject a registration (secretariat); the focal points are told by e-mail,
    in their language, after the decision is committed."""
    if by is not None and not by.has_perm("meetings.change_delegation"):
        raise NotFound("no such delegation")
    set_status(
        delegation,
        RegistrationStatus.APPROVED if approve else RegistrationStatus.REJECTED,
        by=by,
        note=note,
        event="meetings.delegation.decided",
        changes={"decided_by": by, "version": delegation.version + 1},
    )
    transaction.on_commit(lambda: send_registration_decision(delegation.pk, note=note))
    return delegation


@transaction.atomic
def withdraw(*, delegation, by) -> Delegation:
    if not can_edit(by, delegation):
        raise NotFound("no such delegation")
    return set_status(
        delegation,
        RegistrationStatus.WITHDRAWN,
        by=by,
        event="meetings.delegation.withdrawn",
        changes={"version": delegation.version + 1},
    )


class MemberInvitations(NamedTuple):
    invited: int  # newly invited now
    already: int  # members that were invited before


@transaction.atomic
def invite_members_of(*, meeting, organization, invited_on, reference="", by) -> MemberInvitations:
    """Invite every state that is a member of ``organization`` on ``invited_on`` and not
    yet invited (e.g. "all Permanent Missions to the United Nations"): all of them, or none
    when one invitation is refused."""
    from plenipo.registry.queries import members_on  # noqa: PLC0415 -- registry read, once

    invited_before = set(
        Delegation.objects.filter(meeting=meeting).values_list("state_id", flat=True)
    )
    invited = already = 0
    for state, certain in members_on(organization, invited_on):
        if not certain:
            continue
        if state.pk in invited_before:
            already += 1
        else:
            invite(meeting=meeting, party=state, invited_on=invited_on, reference=reference, by=by)
            invited += 1
    return MemberInvitations(invited, already)


@transaction.atomic
def record_credentials(*, delegation, received: bool, by) -> Delegation:
    if by is not None and not by.has_perm("meetings.change_delegation"):
        raise NotFound("no such delegation")
    if not delegation.meeting.requires_credentials:
        raise InvalidInput(f"{delegation.meeting} does not require credentials")
    delegation.credentials_received = received
    delegation.version += 1
    delegation.save(update_fields=["credentials_received", "version"])
    log_action(delegation, "meetings.delegation.credentials", by=by, data={"received": received})
    return delegation
