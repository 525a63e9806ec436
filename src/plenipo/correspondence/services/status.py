"""The one writer of a letter's status: draft, approved, queued, sent, failed."""

from django.db import transaction

from plenipo.core.status import change_status
from plenipo.correspondence.transitions import LETTER


@transaction.atomic
def set_status(letter, new, *, by, note="", event=None, changes=None, data=None):
    """Move a letter to ``new``; refuses a move the letter table does not allow, with the
    reason. ``event`` names the audit entry of the action the move belongs to (approved,
    queued, sent …); ``changes`` are other fields saved with it."""
    change_status(
        letter,
        new,
        machine=LETTER,
        by=by,
        event=event or "correspondence.letter.status_changed",
        note=note,
        changes=changes,
        data=data,
    )
    return letter
