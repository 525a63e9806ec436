"""What the facilitators are warned of before a step they may still take: accepting a
proposal that a party objected to, placing a text under silence while proposals on it are
still pending. The services refuse such a step unless it is confirmed; the office then asks
to confirm, the API and the command line say to send it again with ``confirm``."""

from plenipo.core.errors import InvalidInput
from plenipo.negotiations.models import ProposalStatus
from plenipo.negotiations.queries import open_proposals


class NeedsConfirmation(InvalidInput):
    """A step taken only once confirmed; ``items`` are what the warning is about."""

    def __init__(self, message, items=()):
        super().__init__(message)
        self.items = list(items)


def check_acceptance(proposal, status, *, confirmed: bool) -> None:
    """Accepting a proposal a party objected to needs ``confirmed``."""
    if confirmed or status != ProposalStatus.ACCEPTED or not proposal.objectors:
        return
    raise NeedsConfirmation(
        f"proposal {proposal.pk} ({proposal.party}) was objected to by "
        f"{', '.join(proposal.objectors)}: confirm to accept it all the same",
        [proposal],
    )


def pending_proposals(process) -> list:
    """The proposals no one has decided yet, oldest first."""
    return list(open_proposals(process).filter(status=ProposalStatus.PENDING).order_by("pk"))


def check_silence(process, *, confirmed: bool) -> None:
    """Placing a text under silence while proposals are pending needs ``confirmed``."""
    pending = [] if confirmed else pending_proposals(process)
    if not pending:
        return
    numbers = ", ".join(str(p.pk) for p in pending)
    raise NeedsConfirmation(
        f"{len(pending)} proposal{'s' if len(pending) > 1 else ''} on {process.code} "
        f"still pending ({numbers}): confirm to place the text under silence all the same",
        pending,
    )
