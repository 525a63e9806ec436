"""How an imported action or snapshot meets what is already recorded.

An action is "the same" when instrument, party, kind, date bounds and text agree: cited
already by this source, it is unchanged; by another source, that source is added to it
(as it is when a source dates a recorded deposit only less precisely, "2005" for
2005-05-16). A deposit (a signature or a consent) already recorded with another date is the same
deposit seen differently by two sources: the new date is kept beside the recorded one as
an unresolved conflict (the status spans both), never as a second deposit. A denunciation
recorded between the two dates makes the later one a new deposit (a party may rejoin).

A snapshot is the same when instrument, "as of" and source agree; a source cannot say two
things about one day, so different content for the same key is refused.
"""

import datetime as dt
from dataclasses import dataclass

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds, DateError, Precision
from plenipo.registry.models import Organization
from plenipo.treaties.eif import CONSENT_KINDS
from plenipo.treaties.models import Action, Instrument, Snapshot

DEPOSIT_KINDS = frozenset({"signature", *CONSENT_KINDS})

UNCHANGED = "unchanged"
CORROBORATED = "corroborated"
CONFLICT = "conflict"


@dataclass(frozen=True)
class Existing:
    """What an incoming record found: the stored record and what became of the new one."""

    record: object
    outcome: str  # UNCHANGED, CORROBORATED or CONFLICT
    message: str = ""


def _same_bounds(a: DateBounds | None, b: DateBounds | None) -> bool:
    return (a.not_before, a.not_after) == (b.not_before, b.not_after) if a and b else a is b


def bounds_as_data(bounds: DateBounds):
    """A date as data files write it: a day, a month, a year, or its bounds."""
    if bounds.is_exact or bounds.precision in {Precision.MONTH, Precision.YEAR}:
        return str(bounds)
    return {
        key: value.isoformat()
        for key, value in (("not_before", bounds.not_before), ("not_after", bounds.not_after))
        if value
    }


def _party_filter(party) -> dict:
    return {"organization": party} if isinstance(party, Organization) else {"state": party}


def _cited_keys(action: Action) -> set[str]:
    return {action.source.key, *action.other_sources.values_list("key", flat=True)}


def _separated_by_denunciation(action: Action, when: DateBounds, denunciations) -> bool:
    first, second = sorted(
        [action.date, when], key=lambda b: b.not_before or b.not_after or dt.date.min
    )
    return any(
        first.not_after
        and second.not_before
        and d.date.not_before
        and d.date.not_after
        and first.not_after < d.date.not_before
        and d.date.not_after < second.not_before
        for d in denunciations
    )


def _same_deposit(instrument, party, kind, when) -> Action | None:
    deposits = Action.objects.filter(instrument=instrument, kind=kind, **_party_filter(party))
    denunciations = list(
        Action.objects.filter(instrument=instrument, kind="denunciation", **_party_filter(party))
    )
    for action in deposits:
        if not _separated_by_denunciation(action, when, denunciations):
            return action
    return None


def already_recorded(*, instrument: Instrument, party, kind, when: DateBounds) -> Action | None:
    """The stored action an incoming one would repeat, read without changing anything: the
    same kind on the same dates, or (for a signature or a consent) the same deposit however
    dated, unless a denunciation came between them."""
    same = Action.objects.filter(
        instrument=instrument,
        kind=kind,
        date_not_before=when.not_before,
        date_not_after=when.not_after,
        **_party_filter(party),
    ).first()
    if same is not None or kind not in DEPOSIT_KINDS:
        return same
    return _same_deposit(instrument, party, kind, when)


def _add_conflict(action: Action, when: DateBounds, source, by) -> Existing:
    what = f"{action.party_code} {action.kind} of {action.instrument.code}"
    for conflict in action.conflicts:
        if conflict.get("source") == source.key and _same_bounds(
            DateBounds.parse(conflict.get("date")), when
        ):
            return Existing(action, UNCHANGED)
    action.conflicts = [
        *action.conflicts,
        {"date": bounds_as_data(when), "source": source.key, "unresolved": True},
    ]
    action.save(update_fields=["conflicts"])
    log_action(
        action,
        "treaties.action.conflict_recorded",
        by=by,
        data={"date": str(when), "source": source.key},
    )
    return Existing(
        action,
        CONFLICT,
        f"{what}: {source.key} gives {when}, {action.source.key} gave {action.date}; "
        "both kept, the status spans them",
    )


def match_action(*, instrument: Instrument, party, kind, date, text="", sources, by):
    """The stored action an incoming one repeats or contradicts, updated; None if new.

    ``sources``: the incoming record's sources, its main one first.
    """
    try:
        when = DateBounds.parse(date)
    except DateError:
        return None  # recording it reports the bad date, in the words every import uses
    same = [
        action
        for action in Action.objects.filter(
            instrument=instrument,
            kind=kind,
            date_not_before=when.not_before,
            date_not_after=when.not_after,
            **_party_filter(party),
        )
        if action.text.strip() == (text or "").strip()
    ]
    if same:
        return _cite(same[0], sources, by)
    if kind not in DEPOSIT_KINDS:
        return None
    deposit = _same_deposit(instrument, party, kind, when)
    if deposit is None:
        return None
    if _contains(when, deposit.date):
        return _cite(deposit, sources, by)  # agrees, only less precisely
    return _add_conflict(deposit, when, sources[0], by)


def _contains(outer: DateBounds, inner: DateBounds) -> bool:
    low_ok = outer.not_before is None or (
        inner.not_before is not None and outer.not_before <= inner.not_before
    )
    high_ok = outer.not_after is None or (
        inner.not_after is not None and inner.not_after <= outer.not_after
    )
    return low_ok and high_ok


def _cite(action: Action, sources, by) -> Existing:
    added = [s for s in sources if s.key not in _cited_keys(action)]
    if not added:
        return Existing(action, UNCHANGED)
    action.other_sources.add(*added)
    log_action(
        action, "treaties.action.source_added", by=by, data={"sources": [s.key for s in added]}
    )
    return Existing(action, CORROBORATED)


def match_snapshot(*, instrument: Instrument, as_of, source, content: dict):
    """The stored snapshot from the same source for the same day, or None.

    ``content``: party_count, signatory_count, parties, complete, not_parties.
    """
    day = DateBounds.parse(as_of)
    stored = Snapshot.objects.filter(
        instrument=instrument,
        as_of_not_before=day.not_before,
        as_of_not_after=day.not_after,
        source=source,
    ).first()
    if stored is None:
        return None
    recorded = {
        "party_count": stored.party_count,
        "signatory_count": stored.signatory_count,
        "parties": sorted(stored.parties),
        "complete": stored.complete,
        "not_parties": sorted(stored.not_parties),
    }
    incoming = {
        **content,
        "parties": sorted(content["parties"]),
        "not_parties": sorted(content["not_parties"]),
    }
    if recorded != incoming:
        changed = sorted(k for k in recorded if recorded[k] != incoming[k])
        raise InvalidInput(
            f"{source.key} as of {day} is already recorded with another {', '.join(changed)}; "
            "a source speaks once for a day (record a corrected source under a new id)"
        )
    return Existing(stored, UNCHANGED)
