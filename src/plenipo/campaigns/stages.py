"""A target's stage from the treaty data on a day. Pure."""

import datetime as dt

from plenipo.core.transitions import Machine
from plenipo.treaties.status import Participation


def stage_on(participation: Participation | None, day: dt.date, *, approval_under_way=False) -> str:
    if participation is None:
        return "domestic_approval" if approval_under_way else "not_signed"
    if participation.is_party_on(day):
        return "deposited"
    if approval_under_way:
        return "domestic_approval"
    if participation.signature is not None and participation.signature.certainly_by(day):
        return "signed"
    return "not_signed"


def stage_began(participation: Participation | None, stage: str, day: dt.date) -> dt.date:
    """The day a stage taken from the treaty data began, as far as the data say: the deposit
    or the signature when its latest possible day is known, else ``day`` (when it was seen)."""
    recorded = None
    if participation is not None and stage == "deposited":
        recorded = participation.consent or participation.entry_into_force
    elif participation is not None and stage == "signed":
        recorded = participation.signature
    latest = recorded.not_after if recorded is not None else None
    return latest if latest is not None and latest <= day else day


# A target's stage follows the treaty data (a signature, a deposit, or a denunciation that
# takes a state out again, or a signature whose date the data no longer makes certain);
# only "domestic approval under way" is recorded by hand, and a state that has deposited
# its instrument has none left to seek.
STAGE = Machine(
    subject="target",
    labels={
        "not_signed": "unsigned",
        "signed": "signed",
        "domestic_approval": "approving",
        "deposited": "deposited",
    },
    allowed={
        "not_signed": frozenset({"signed", "domestic_approval", "deposited"}),
        "signed": frozenset({"not_signed", "domestic_approval", "deposited"}),
        "domestic_approval": frozenset({"not_signed", "signed", "deposited"}),
        "deposited": frozenset({"not_signed", "signed"}),
    },
    reasons={
        ("deposited", "domestic_approval"): "a state that has deposited its instrument has no "
        "domestic approval left to seek",
        ("not_signed", "not_signed"): "the target is already at stage not signed",
        ("signed", "signed"): "the target is already at stage signed",
        ("domestic_approval", "domestic_approval"): "the target's domestic approval is "
        "already recorded",
        ("deposited", "deposited"): "the target has already deposited its instrument",
    },
    initial=frozenset({"not_signed", "signed"}),
    field="stage",
)
