"""A received letter recorded as the reply to a letter the secretariat sent: the officer
accepts the link the review page proposes (``queries.sent_letter_cited_by``) or undoes it.
The link is ``IncomingLetter.answers``; the reply it records on the sent letter (a
``Reply`` naming the received letter) takes that letter off the replies awaited."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import IncomingLetter, Reply
from plenipo.correspondence.queries import kind_label, sent_letter_cited_by
from plenipo.correspondence.services.letters import record_reply
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import REPLY_CHANNELS
from plenipo.meetings.services.delegations import record_reply as record_delegation_reply


def reply_proposed(letter, correspondents) -> dict | None:
    """The sent letter the received ``letter`` cites, proposed as the one it answers (None
    when it cites none or is recorded as a reply), with a ``warning`` when that letter was
    sent to another state than the one the letter is from (``correspondents``, as
    ``decided_links`` gives them): then it is only a guess for the officer to check."""
    sent = None if letter.answers_id else sent_letter_cited_by(letter)
    if sent is None:
        return None
    senders = _sender_states(correspondents)
    state = sent.recipient_state
    warning = ""
    if state is not None and senders and state.code not in senders:
        to = sent.recipient_post or sent.recipient_name or state.name
        warning = (
            f"{sent.reference} was sent to {to} ({state.code}), not to the sender's state "
            f"({', '.join(sorted(senders))}): check that this letter answers it"
        )
    return {"letter": sent, "warning": warning, "confident": not warning}


def _sender_states(correspondents) -> set[str]:
    """The codes of the states the letter is from, as linked (or proposed) or decided."""
    codes = set()
    for row in correspondents:
        for match in row["links"] if row["role"] == "From" else ():
            decided = match.get("decision")
            code = decided.get("code") if decided else match.get("code")
            if match["kind"] == "state" and code:
                codes.add(code)
    return codes


@transaction.atomic
def link_reply(*, letter, sent, by) -> Reply:
    """Record the received ``letter`` as the reply to the ``sent`` letter: it answers it,
    and the sent letter has that reply (received the day the letter was, by its kind: note
    verbale, letter …). Refused while the letter is recorded as another reply (undo it
    first), and for a letter not sent or sent after the reply came."""
    letter = IncomingLetter.objects.select_for_update().get(pk=letter.pk)
    if letter.answers_id is not None:
        raise InvalidInput(
            f"{letter} is already recorded as the reply to {letter.answers}: undo that first"
        )
    reply = record_reply(
        letter=sent,
        received_on=letter.received_on,
        channel=kind_label(letter).lower(),
        summary=f"received letter “{letter.name}”",
        by=by,
        received_letter=letter,
    )
    letter.answers = sent
    letter.save(update_fields=["answers"])
    _reply_to_invitation(sent, letter, by=by)
    log_action(
        letter,
        "correspondence.incoming.reply_linked",
        by=by,
        data={"letter": sent.pk, "reference": sent.reference},
    )
    return reply


@transaction.atomic
def unlink_reply(*, letter, by):
    """Undo ``link_reply``: the received letter answers nothing, and the reply it recorded
    on the sent letter is removed (the sent letter awaits its reply again). Returns the
    sent letter; refused when the letter is recorded as no reply."""
    letter = IncomingLetter.objects.select_for_update().get(pk=letter.pk)
    sent = letter.answers
    if sent is None:
        raise InvalidInput(f"{letter} is recorded as the reply to no letter: nothing to undo")
    Reply.objects.filter(letter=sent, received_letter=letter).delete()
    _undo_reply_to_invitation(sent, letter, by=by)
    letter.answers = None
    letter.save(update_fields=["answers"])
    log_action(
        letter,
        "correspondence.incoming.reply_unlinked",
        by=by,
        data={"letter": sent.pk, "reference": sent.reference},
    )
    return sent


def _invited_delegation(sent):
    """The delegation a sent letter invited: its meeting's, of the state it went to."""
    if not (sent.meeting_id and sent.recipient_state_id):
        return None
    return Delegation.objects.filter(
        meeting_id=sent.meeting_id, state_id=sent.recipient_state_id
    ).first()


def _channel(letter) -> str:
    kind = kind_label(letter).lower()
    return kind if kind in REPLY_CHANNELS else "not stated"


def _reply_to_invitation(sent, letter, *, by) -> None:
    """The reply to an invitation is the invited state's reply to the meeting too: its
    delegation shows it answered, the day the letter came, where no reply was recorded."""
    if by is not None and not by.has_perm("meetings.change_delegation"):
        return  # an officer of the letters only: the delegations are not theirs to change
    delegation = _invited_delegation(sent)
    if delegation is None or delegation.replied_on is not None:
        return
    if delegation.invited_on and letter.received_on < delegation.invited_on:
        return
    record_delegation_reply(
        delegation=delegation, replied_on=letter.received_on, channel=_channel(letter), by=by
    )


def _undo_reply_to_invitation(sent, letter, *, by) -> None:
    """Undo what ``_reply_to_invitation`` recorded: only a reply of that day and channel."""
    delegation = _invited_delegation(sent)
    recorded = (letter.received_on, _channel(letter))
    if delegation is None or (delegation.replied_on, delegation.reply_channel) != recorded:
        return
    delegation.replied_on, delegation.reply_channel = None, ""
    delegation.save(update_fields=["replied_on", "reply_channel"])
    log_action(
        delegation,
        "meetings.delegation.reply_undone",
        by=by,
        data={"letter": letter.pk, "on": str(recorded[0]), "channel": recorded[1]},
    )
