"""A batch of letters (one template, one date, one list) moved on together: approved, then
sent — by e-mail through the outbox where there is an address for it, recorded as sent by
post, hand or fax where there is only a postal address. The office, the CLI and jobs share
these, so a batch is sent the same way whoever sends it."""

from dataclasses import dataclass, field

from django.db import transaction

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import LetterStatus, SendChannel
from plenipo.correspondence.services.letters import approve, queue, record_sent

BY_HAND = {SendChannel.HAND, SendChannel.FAX, SendChannel.POST}


@dataclass
class Dispatch:
    """What sending a batch did: queued for e-mail, recorded as sent another way, refused
    (with the reason), and left approved because there is no address at all."""

    queued: list = field(default_factory=list)
    by_hand: list = field(default_factory=list)
    refused: list = field(default_factory=list)
    unreachable: list = field(default_factory=list)


@transaction.atomic
def approve_batch(*, letters, by) -> list:
    """Approve the drafts among ``letters``; the others are left as they are."""
    drafts = [letter for letter in letters if letter.status == LetterStatus.DRAFT]
    for letter in drafts:
        approve(letter=letter, by=by)
    return drafts


@transaction.atomic
def dispatch_batch(*, letters, channel, by) -> Dispatch:
    """Send the approved letters among ``letters``: queued for e-mail when there is an
    address, else recorded as sent by ``channel`` (post, hand or fax) when there is a postal
    address. All or nothing: a refused channel sends none."""
    if channel not in BY_HAND:
        raise InvalidInput(f"letters without e-mail go by post, hand or fax, not {channel!r}")
    approved = [letter for letter in letters if letter.status == LetterStatus.APPROVED]
    dispatch = Dispatch()
    dispatch.queued, dispatch.refused = queue(
        letters=[letter for letter in approved if letter.recipient_email], by=by
    )
    for letter in approved:
        if letter.recipient_email:
            continue
        if letter.recipient_address:
            record_sent(letter=letter, channel=channel, by=by)
            dispatch.by_hand.append(letter)
        else:
            dispatch.unreachable.append(letter)
    return dispatch
