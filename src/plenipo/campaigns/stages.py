"""A target's stage from the treaty data on a day. Pure."""

import datetime as dt

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
