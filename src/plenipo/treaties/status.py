"""Who is bound by an instrument on a date, with honest uncertainty. Pure Python.

Two steps. ``derive_participations`` folds an instrument's dated actions and its status
snapshots into one ``Participation`` per party: the snapshot "as of D these are parties"
narrows each party's consent to "not after D"; a complete list, or a count that the dated
actions already reach, pushes everyone else after D. ``status_as_of`` then answers for
any date; every count is a ``Count`` (min, max).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from plenipo.core.partialdates import ONE_DAY, Count, DateBounds, DateError, span_covers
from plenipo.treaties.eif import CONSENT_KINDS
from plenipo.treaties.eligibility import CONSENT_AFTER_SIGNATURE

SIGNATURE = "signature"
DENUNCIATION = "denunciation"
RESERVATION = "reservation"
WITHDRAWAL = "withdrawal"


@dataclass(frozen=True, slots=True)
class ActionFact:
    id: int | None
    party: str
    kind: str
    when: DateBounds
    is_organization: bool = False
    recorded_eif: DateBounds | None = None
    withdraws: int | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class SnapshotFact:
    id: int | None
    as_of: dt.date  # the latest day the source may speak for
    source: str
    as_of_earliest: dt.date | None = None  # when the source gives only a month or bounds
    parties: frozenset[str] | None = None
    complete: bool = False
    not_parties: frozenset[str] = frozenset()
    party_count: int | None = None
    signatory_count: int | None = None


@dataclass(frozen=True, slots=True)
class Contradiction:
    party: str | None
    snapshot_id: int | None
    message: str


@dataclass(frozen=True, slots=True)
class Participation:
    party: str
    is_organization: bool = False
    signature: DateBounds | None = None
    consent: DateBounds | None = None
    consent_kind: str | None = None  # None: known to be a party, instrument not recorded
    consent_action_id: int | None = None
    implied_by_snapshot: int | None = None
    denunciation_effective: DateBounds | None = None
    recorded_eif: DateBounds | None = None
    entry_into_force: DateBounds | None = None

    def is_party_on(self, day: dt.date) -> bool | None:
        """True/False when certain, None when the dates leave it open."""
        if self.consent is None:
            return False
        return span_covers(self.consent, self.denunciation_effective, day)

    def is_bound_on(self, day: dt.date) -> bool | None:
        """A party for which the instrument is in force on ``day``: a party that has
        consented is bound only from the instrument's entry into force for it. None when
        the dates leave it open, or when that entry into force is not known."""
        party = self.is_party_on(day)
        if party is False:
            return False
        if self.entry_into_force is None:
            return None
        in_force = span_covers(self.entry_into_force, self.denunciation_effective, day)
        if in_force is False:
            return False
        return True if party and in_force else None

    def is_signatory_only_on(self, day: dt.date) -> bool | None:
        """Signed but not (yet) a party on ``day``."""
        if self.signature is None or not self.signature.possibly_by(day):
            return False
        party = self.is_party_on(day)
        if party is True:
            return False
        if self.signature.certainly_by(day) and party is False:
            return True
        return None


@dataclass(frozen=True, slots=True)
class Gap:
    """A snapshot counting more parties than the records hold: data still to find."""

    snapshot_id: int | None
    as_of: dt.date
    counted: int
    recorded: int
    message: str


@dataclass(frozen=True)
class Derivation:
    participations: dict[str, Participation]
    contradictions: list[Contradiction]
    complete_until: dt.date | None
    gaps: list[Gap] = field(default_factory=list)


def _earliest(actions):
    return min(actions, key=lambda a: a.when.not_before or dt.date.min, default=None)


def derive_participations(
    actions: list[ActionFact],
    snapshots: list[SnapshotFact],
    *,
    opened_on: dt.date,
    denunciation_delay=None,
    organizations: frozenset[str] = frozenset(),
) -> Derivation:
    """``organizations``: codes that are organizations, for parties named only in snapshots."""
    contradictions: list[Contradiction] = []
    by_party: dict[str, list[ActionFact]] = {}
    for action in actions:
        by_party.setdefault(action.party, []).append(action)
    participations = {
        party: _participation(party, own, opened_on, denunciation_delay, contradictions)
        for party, own in by_party.items()
    }
    folding = _SnapshotFolding(participations, contradictions, opened_on, organizations)
    for snapshot in sorted(snapshots, key=lambda s: s.as_of):
        folding.apply(snapshot)
    return Derivation(participations, contradictions, folding.complete_until, folding.gaps)


def _participation(party, own, opened_on, denunciation_delay, contradictions) -> Participation:
    """One party's participation from its own dated actions alone."""
    signature = _earliest([a for a in own if a.kind == SIGNATURE])
    consent = _earliest([a for a in own if a.kind in CONSENT_KINDS])
    denunciation = _earliest([a for a in own if a.kind == DENUNCIATION])
    consent_when = consent.when if consent else None
    if consent_when is not None:
        floor = opened_on
        if signature and consent.kind in CONSENT_AFTER_SIGNATURE and signature.when.not_before:
            floor = max(floor, signature.when.not_before)
        try:
            consent_when = consent_when.narrowed(not_before=floor)
        except DateError:
            contradictions.append(
                Contradiction(
                    party,
                    None,
                    f"{party}: {consent.kind} dated {consent.when} "
                    f"precedes its possible start {floor.isoformat()}",
                )
            )
    effective = None
    if denunciation is not None:
        effective = (
            denunciation.when.map(denunciation_delay.apply)
            if denunciation_delay
            else denunciation.when
        )
    return Participation(
        party=party,
        is_organization=own[0].is_organization,
        signature=signature.when if signature else None,
        consent=consent_when,
        consent_kind=consent.kind if consent else None,
        consent_action_id=consent.id if consent else None,
        denunciation_effective=effective,
        recorded_eif=consent.recorded_eif if consent else None,
    )


class _SnapshotFolding:
    """Narrows the participations by each status snapshot in turn, oldest first, keeping the
    last day up to which the records are known complete."""

    def __init__(self, participations, contradictions, opened_on, organizations):
        self.participations = participations
        self.contradictions = contradictions
        self.opened_on = opened_on
        self.organizations = organizations
        self.complete_until: dt.date | None = None
        self.gaps: list[Gap] = []

    def apply(self, snapshot: SnapshotFact) -> None:
        # Parties named on an uncertain day were parties by its latest; parties denied were
        # still not parties on its earliest.
        earliest = snapshot.as_of_earliest or snapshot.as_of
        named = snapshot.parties or frozenset()
        self._name_parties(snapshot, named)
        outside = set(snapshot.not_parties)
        if snapshot.complete:
            outside |= {p for p in self.participations if p not in named}
            self._complete_to(earliest)
        for party in sorted(outside):
            if self.participations.get(party) and self.participations[party].consent is not None:
                self._narrow(snapshot, party, not_before=earliest + ONE_DAY)
        if snapshot.party_count is not None:
            self._apply_count(snapshot, earliest)

    def _complete_to(self, day):
        self.complete_until = max(filter(None, (self.complete_until, day)))

    def _narrow(self, snapshot, party, **bounds):
        current = self.participations[party]
        try:
            self.participations[party] = replace(
                current, consent=current.consent.narrowed(**bounds)
            )
        except DateError:
            which = "a party" if "not_after" in bounds else "not a party"
            self.contradictions.append(
                Contradiction(
                    party,
                    snapshot.id,
                    f"{snapshot.source} names {party} as {which} on "
                    f"{snapshot.as_of.isoformat()}, but its consent is dated {current.consent}",
                )
            )

    def _name_parties(self, snapshot, named):
        day = snapshot.as_of
        for party in sorted(named):
            current = self.participations.get(party)
            if current is None or current.consent is None:
                # Not in an earlier complete list: it joined after that list's day.
                complete_until = self.complete_until
                since = (
                    complete_until + ONE_DAY
                    if complete_until and complete_until < day
                    else self.opened_on
                )
                self.participations[party] = replace(
                    current
                    or Participation(party=party, is_organization=party in self.organizations),
                    consent=DateBounds.between(since, day),
                    implied_by_snapshot=snapshot.id,
                )
            else:
                self._narrow(snapshot, party, not_after=day)

    def _apply_count(self, snapshot, earliest):
        day, counted = snapshot.as_of, snapshot.party_count
        low = count_parties(self.participations.values(), earliest).min
        high = count_parties(self.participations.values(), day).max
        described = f"{snapshot.source} counts {counted} parties on {_describe_day(earliest, day)}"
        if counted < low:
            self.contradictions.append(
                Contradiction(
                    None, snapshot.id, f"{described}; the recorded actions give at least {low}"
                )
            )
        elif counted > high:
            # More parties than recorded: a gap in the data, not a contradiction.
            self.gaps.append(
                Gap(
                    snapshot.id,
                    day,
                    counted,
                    high,
                    f"{described}; {counted - high} of them are not recorded",
                )
            )
        elif earliest != day:
            if low == high == counted:
                # The records hold exactly that many parties all through the days the
                # source may speak for: complete up to its latest day.
                self._complete_to(day)
        elif counted in (low, high):
            # The count is already reached by certain parties: nobody else was one yet; or
            # it needs every possible one: they all were.
            bound = {"not_before": day + ONE_DAY} if counted == low else {"not_after": day}
            for party, item in list(self.participations.items()):
                if item.is_party_on(day) is None:
                    self._narrow(snapshot, party, **bound)
            self._complete_to(day)


def _describe_day(earliest, latest):
    if earliest == latest:
        return latest.isoformat()
    return f"a day between {earliest.isoformat()} and {latest.isoformat()}"


def _count(answers) -> Count:
    """How many of ``answers`` (True, False, or None where the dates leave it open) are
    certainly true, and how many possibly."""
    low = high = 0
    for state in answers:
        low += state is True
        high += state is not False
    return Count(low, high)


def count_parties(participations, day: dt.date) -> Count:
    return _count(item.is_party_on(day) for item in participations)


def count_bound(participations, day: dt.date) -> Count:
    return _count(item.is_bound_on(day) for item in participations)


def count_signatories(participations, day: dt.date) -> Count:
    return _count(item.is_signatory_only_on(day) for item in participations)


@dataclass(frozen=True)
class PartyStatus:
    participation: Participation
    certain: bool


@dataclass(frozen=True)
class ReservationStatus:
    action: ActionFact
    certain: bool


@dataclass(frozen=True)
class Status:
    as_of: dt.date
    parties: list[PartyStatus]
    signatories: list[PartyStatus]
    counts: dict[str, Count]
    reservations: list[ReservationStatus] = field(default_factory=list)


def records_complete_on(day: dt.date, complete_until: dt.date | None) -> bool:
    """Whether a source shows every party on ``day`` recorded (a complete list, or a
    stated total the records reach, on that day or later)."""
    return complete_until is not None and day <= complete_until


def party_count(participations, day: dt.date, complete_until: dt.date | None) -> Count:
    """The parties on ``day``, the maximum left open where no source shows the records
    complete: an unrecorded party stays possible."""
    count = count_parties(participations, day)
    return count if records_complete_on(day, complete_until) else count.opened()


def bound_count(participations, day: dt.date, complete_until: dt.date | None) -> Count:
    """The parties bound on ``day`` (the instrument in force for them), the maximum left
    open, as the parties', where no source shows the records complete."""
    count = count_bound(participations, day)
    return count if records_complete_on(day, complete_until) else count.opened()


def status_as_of(
    participations,
    day: dt.date,
    reservations: list[ActionFact] = (),
    *,
    complete_until: dt.date | None = None,
    opened_on: dt.date | None = None,
) -> Status:
    """Parties, signatories and reservations on ``day``. Before ``opened_on`` (the first
    day anyone could sign or join) there is certainly none, whatever the bounds of a date
    left open on the early side would allow."""
    if opened_on is not None and day < opened_on:
        none = Count(0, 0)
        return Status(day, [], [], {"parties": none, "bound": none, "signatories": none}, [])
    participations = list(participations)
    parties, signatories = [], []
    for item in participations:
        party = item.is_party_on(day)
        if party is not False:
            parties.append(PartyStatus(item, certain=party is True))
        signatory = item.is_signatory_only_on(day)
        if signatory is not False:
            signatories.append(PartyStatus(item, certain=signatory is True))
    return Status(
        as_of=day,
        parties=parties,
        signatories=signatories,
        counts={
            "parties": party_count(participations, day, complete_until),
            "bound": bound_count(participations, day, complete_until),
            "signatories": count_signatories(participations, day),
        },
        reservations=reservations_in_force(
            reservations, day, standing=_standing(parties, signatories)
        ),
    )


def _standing(parties, signatories) -> dict[str, bool]:
    """Whether each party or signatory on the day certainly is one (True) or possibly
    (False); a state not in it was neither."""
    standing: dict[str, bool] = {}
    for row in (*parties, *signatories):
        code = row.participation.party
        standing[code] = standing.get(code, False) or row.certain
    return standing


def reservations_in_force(
    actions: list[ActionFact], day: dt.date, standing: dict[str, bool] | None = None
) -> list[ReservationStatus]:
    """The reservations standing on ``day``: made on or before it, not withdrawn by it,
    and, where ``standing`` is given (``_standing``), by a party or a signatory on the
    day. Each is certain only where its date, its withdrawal's and its author's standing
    all are."""
    withdrawals = {a.withdraws: a for a in actions if a.kind == WITHDRAWAL and a.withdraws}
    result = []
    for action in actions:
        if action.kind != RESERVATION or not action.when.possibly_by(day):
            continue
        if standing is not None and action.party not in standing:
            continue  # not yet (or no longer) a party or signatory that day
        withdrawal = withdrawals.get(action.id)
        if withdrawal is not None and withdrawal.when.certainly_by(day):
            continue
        certain = action.when.certainly_by(day) and (
            withdrawal is None or not withdrawal.when.possibly_by(day)
        )
        if standing is not None:
            certain = certain and standing[action.party]
        result.append(ReservationStatus(action, certain))
    return result


def _own_change_points(item) -> set[dt.date]:
    days = set()
    for bounds in (item.consent, item.denunciation_effective):
        if bounds is not None:
            days.update(d for d in (bounds.not_before, bounds.not_after) if d)
            if bounds.not_after:
                days.add(bounds.not_after + ONE_DAY)
    return days


def change_points(participations) -> list[dt.date]:
    """The days on which the party count may change, for charts over time."""
    return sorted(set().union(*(_own_change_points(item) for item in participations)))


def parties_over_time(participations) -> list[tuple[dt.date, Count]]:
    """``count_parties`` on every change point, in one sweep: a party's state only changes on
    its own change points (``DateBounds.certainly_by``/``possibly_by`` turn on a bound), so it
    is read there and added to the counts until its next one. The same counts as asking
    ``count_parties`` day by day, in time proportional to the parties, not parties × days."""
    participations = list(participations)
    days = change_points(participations)
    position = {day: i for i, day in enumerate(days)}
    low, high = [0] * (len(days) + 1), [0] * (len(days) + 1)  # changes, summed below
    for item in participations:
        if item.consent is None:
            continue  # never a party
        starts = sorted({0} | {position[day] for day in _own_change_points(item)})
        for start, end in zip(starts, [*starts[1:], len(days)], strict=True):
            state = item.is_party_on(days[start])
            if state is True:
                low[start], low[end] = low[start] + 1, low[end] - 1
            if state is not False:
                high[start], high[end] = high[start] + 1, high[end] - 1
    series, certain, possible = [], 0, 0
    for i, day in enumerate(days):
        certain, possible = certain + low[i], possible + high[i]
        series.append((day, Count(certain, possible)))
    return series
