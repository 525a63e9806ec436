"""The secretariat enters a delegation itself: one announced by note verbale, by e-mail or
at the door, whether or not its state or organization was invited. The participants go
through the portal's own checks (``register_delegation``); the record says that the
secretariat entered them, and from what."""

import datetime as dt

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.limits import check_text
from plenipo.meetings.models import Delegation, RegistrationStatus
from plenipo.meetings.services.delegations import (
    REPLY_CHANNELS,
    invite,
    record_reply,
    register_delegation,
)
from plenipo.registry.models import Organization, State


def _check_officer(by):
    if by is not None and not by.has_perm("meetings.change_delegation"):
        raise NotFound("no such delegation")


@transaction.atomic
def enter_delegation(
    *,
    delegation,
    participants,
    expected_version,
    source="",
    letter=None,
    reply_channel="",
    replied_on=None,
    by,
    today=None,
) -> Delegation:
    """Enter or correct ``delegation``'s participants for its state or organization.
    ``source`` says what they were entered from ("note verbale No. 123 of 2 May"), optional;
    ``letter`` is the number of the received letter they came in, when one was chosen. An
    invited party with no reply recorded has answered by this delegation: its reply is
    recorded on ``replied_on`` (the day of entry when not given), by ``reply_channel`` ("not
    stated" when not given)."""
    _check_officer(by)
    source = check_text(Delegation, "entry_source", (source or "").strip(), what="the source")
    reply_channel = reply_channel or "not stated"
    if reply_channel not in REPLY_CHANNELS:
        raise InvalidInput(
            f"unknown reply channel {reply_channel!r} (known: {', '.join(REPLY_CHANNELS)})"
        )
    today = today or dt.date.today()  # noqa: DTZ011 -- calendar day
    if replied_on is not None and replied_on > today:
        raise InvalidInput(f"a reply dated {replied_on} is after today ({today})")
    delegation = register_delegation(
        delegation=delegation,
        participants=participants,
        expected_version=expected_version,
        by=by,
        today=today,
    )
    Delegation.objects.filter(pk=delegation.pk).update(
        entered_by_secretariat=True, entry_source=source, entry_letter=letter, entered_on=today
    )
    delegation.refresh_from_db()
    if delegation.replied_on is None and not delegation.not_invited:
        record_reply(
            delegation=delegation,
            replied_on=replied_on or max(today, delegation.invited_on or today),
            channel=reply_channel,
            by=by,
        )
    log_action(
        delegation,
        "meetings.delegation.entered_by_secretariat",
        by=by,
        data={"source": source, "letter": letter, "participants": len(participants)},
    )
    return delegation


def _party_filter(party) -> dict:
    if isinstance(party, State):
        return {"state": party}
    if isinstance(party, Organization):
        return {"organization": party}
    raise InvalidInput("enter the delegation of a state or an organization of the registry")


@transaction.atomic
def enter_delegation_of(
    *,
    meeting,
    party,
    participants,
    category=None,
    expected_version=None,
    source="",
    letter=None,
    reply_channel="",
    replied_on=None,
    by,
    today=None,
) -> Delegation:
    """Enter the delegation of ``party`` (a state or organization) to ``meeting``: one not
    invited is added, marked "not invited, registered by the secretariat". A delegation
    already registered is corrected only with the ``expected_version`` read before the
    correction, never overwritten unawares."""
    _check_officer(by)
    delegation = Delegation.objects.filter(meeting=meeting, **_party_filter(party)).first()
    if delegation is None:
        delegation = invite(
            meeting=meeting, party=party, category=category, not_invited=True, by=by
        )
    elif expected_version is None and delegation.status != RegistrationStatus.NOT_REGISTERED:
        raise InvalidInput(
            f"{party.name} has already registered its delegation to {meeting}: "
            "correct that delegation instead"
        )
    return enter_delegation(
        delegation=delegation,
        participants=participants,
        expected_version=delegation.version if expected_version is None else expected_version,
        source=source,
        letter=letter,
        reply_channel=reply_channel,
        replied_on=replied_on,
        by=by,
        today=today,
    )
