"""The one writer of the negotiations app's status fields: a proposal's and a silence
procedure's."""

from django.db import transaction

from plenipo.core.status import change_status
from plenipo.negotiations.models import Proposal, Silence
from plenipo.negotiations.transitions import PROPOSAL, SILENCE

MACHINES = {
    Proposal: (PROPOSAL, "negotiations.proposal.status_changed"),
    Silence: (SILENCE, "negotiations.silence.status_changed"),
}


@transaction.atomic
def set_status(obj, new, *, by, note="", event=None, changes=None, data=None):
    """Move a proposal or a silence procedure to ``new``; refuses a move its status table
    does not allow, with the reason."""
    machine, default_event = MACHINES[type(obj)]
    change_status(
        obj,
        new,
        machine=machine,
        by=by,
        event=event or default_event,
        note=note,
        changes=changes,
        data=data,
    )
    return obj
