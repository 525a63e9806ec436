"""A received letter recorded as the reply to a letter the secretariat sent: the officer
accepts the link the review page proposes (``queries.sent_letter_cited_by``) or undoes it.
The link is ``IncomingLetter.answers``; the reply it records on the sent letter (a
``Reply`` naming the received letter) takes that letter off the replies awaited."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import IncomingLetter, Reply
from plenipo.correspondence.queries import kind_label
from plenipo.correspondence.services.letters import record_reply


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
    letter.answers = None
    letter.save(update_fields=["answers"])
    log_action(
        letter,
        "correspondence.incoming.reply_unlinked",
        by=by,
        data={"letter": sent.pk, "reference": sent.reference},
    )
    return sent
