"""Recording depositary actions and status snapshots."""

import datetime as dt

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.partialdates import DateBounds, DateError, span_covers
from plenipo.registry.models import Membership, MembershipRole, Organization, State
from plenipo.treaties.eif import CONSENT_KINDS
from plenipo.treaties.eligibility import Candidate, NotEntitled, check_entitlement
from plenipo.treaties.models import Action, ActionKind, Instrument, Participation, Snapshot
from plenipo.treaties.services.reconcile import already_recorded
from plenipo.treaties.signals import action_recorded


def _memberships_on(state: State, day: dt.date) -> frozenset[str]:
    codes = set()
    for membership in Membership.objects.filter(state=state, role=MembershipRole.MEMBER):
        if span_covers(membership.start, membership.end, day) is True:
            codes.add(membership.organization.code)
    return frozenset(codes)


def _candidate(instrument: Instrument, party, when: DateBounds) -> Candidate:
    is_organization = isinstance(party, Organization)
    day = when.not_after or when.not_before
    signed = Action.objects.filter(
        instrument=instrument,
        kind=ActionKind.SIGNATURE,
        **({"organization": party} if is_organization else {"state": party}),
    )
    signed_after = bool(when.not_after) and any(
        a.date.not_before and a.date.not_before > when.not_after for a in signed
    )
    not_parties_to = set()
    required = instrument.eligibility.get("requires_party_to")
    if required and not is_organization:
        # Only a recorded consent that certainly came later counts against the party:
        # an unrecorded one is missing data, not evidence.
        other = Participation.objects.filter(
            instrument__code=required, party_code=party.code
        ).first()
        consent = other.consent if other else None
        if consent and consent.not_before and day and consent.not_before > day:
            not_parties_to.add(required)
    return Candidate(
        code=party.code,
        name=party.name,
        is_organization=is_organization,
        member_of=frozenset() if is_organization or day is None else _memberships_on(party, day),
        signed_after=signed_after,
        not_parties_to=frozenset(not_parties_to),
    )


def _checked_action(instrument, party, kind, date, recorded_eif):
    """The action's dates, once its kind, its dates and the party's entitlement under the
    final clauses are checked; ``InvalidInput`` names what is wrong."""
    if kind not in ActionKind.values:
        known = ", ".join(ActionKind.values)
        raise InvalidInput(f"unknown action kind {kind!r} (known: {known})")
    try:
        when = DateBounds.parse(date)
        eif = DateBounds.parse(recorded_eif) if recorded_eif else None
    except DateError as exc:
        raise InvalidInput(f"{party.code} {kind} of {instrument.code}: {exc}") from None
    opened = instrument.opened
    dated_before_opening = bool(
        opened and opened.not_before and when.not_after and when.not_after < opened.not_before
    )
    if kind in {"signature", *CONSENT_KINDS} and dated_before_opening:
        raise InvalidInput(
            f"{party.code} {kind} of {instrument.code} dated {when} is before the "
            f"instrument was opened for signature ({opened})"
        )
    try:
        check_entitlement(
            instrument.eligibility,
            instrument=instrument.code,
            kind=kind,
            candidate=_candidate(instrument, party, when),
        )
    except NotEntitled as exc:
        raise InvalidInput(str(exc)) from None
    return when, eif


@transaction.atomic
def record_action(
    *,
    instrument: Instrument,
    party,
    kind: str,
    date,
    source,
    by,
    other_sources=(),
    recorded_eif=None,
    text="",
    note="",
    conflicts=(),
    withdraws=None,
    recompute=True,
) -> Action:
    """Record one depositary action after checking the final clauses allow it.

    Side effects: the audit log entry, ``action_recorded`` (campaigns and notifications
    listen), and, unless ``recompute`` is False (bulk loads recompute once at the end),
    the instrument's derived status.
    """
    when, eif = _checked_action(instrument, party, kind, date, recorded_eif)
    is_organization = isinstance(party, Organization)
    action = Action.objects.create(
        instrument=instrument,
        state=None if is_organization else party,
        organization=party if is_organization else None,
        kind=kind,
        text=text,
        note=note,
        conflicts=list(conflicts),
        withdraws=withdraws,
        source=source,
        date=when,
        recorded_eif=eif,
    )
    if other_sources:
        action.other_sources.set(other_sources)
    log_action(
        action,
        "treaties.action.recorded",
        by=by,
        data={"instrument": instrument.code, "party": party.code, "kind": kind, "date": str(when)},
    )
    if recompute:
        from plenipo.treaties.services.status import (  # noqa: PLC0415 -- avoids a cycle
            recompute_status,
        )

        recompute_status(instrument)
    transaction.on_commit(lambda: action_recorded.send(sender=Instrument, action=action, actor=by))
    return action


@transaction.atomic
def record_new_action(*, instrument: Instrument, party, kind: str, date, source, by, note=""):
    """One action entered by hand (the office's form): refused when it repeats one already
    recorded, as an import would only cite it again; otherwise ``record_action``, its rules
    and side effects."""
    try:
        when = DateBounds.parse(date)
    except DateError as exc:
        raise InvalidInput(f"{party.code} {kind} of {instrument.code}: {exc}") from None
    existing = already_recorded(instrument=instrument, party=party, kind=kind, when=when)
    if existing is not None:
        raise InvalidInput(
            f"{party.code} {kind} of {instrument.code} is already recorded, dated "
            f"{existing.date} (source: {existing.source.title})"
        )
    return record_action(
        instrument=instrument, party=party, kind=kind, date=when, source=source, by=by, note=note
    )


@transaction.atomic
def record_snapshot(
    *,
    instrument: Instrument,
    as_of,
    source,
    by,
    party_count=None,
    signatory_count=None,
    parties=(),
    complete=False,
    not_parties=(),
    note="",
    recompute=True,
) -> Snapshot:
    """Record what a source says the status was on one date."""
    try:
        day = DateBounds.parse(as_of)
    except DateError as exc:
        raise InvalidInput(f"snapshot of {instrument.code}: {exc}") from None
    if not day.not_after:
        raise InvalidInput(f"snapshot of {instrument.code}: as_of needs at least a 'by' date")
    if complete and not parties:
        raise InvalidInput(f"snapshot of {instrument.code}: a complete snapshot lists its parties")
    overlap = set(parties) & set(not_parties)
    if overlap:
        raise InvalidInput(
            f"snapshot of {instrument.code}: {sorted(overlap)} named both party and not party"
        )
    snapshot = Snapshot.objects.create(
        instrument=instrument,
        as_of=day,
        party_count=party_count,
        signatory_count=signatory_count,
        parties=sorted(parties),
        complete=complete,
        not_parties=sorted(not_parties),
        note=note,
        source=source,
    )
    log_action(
        snapshot,
        "treaties.snapshot.recorded",
        by=by,
        data={"instrument": instrument.code, "as_of": str(snapshot.as_of)},
    )
    if recompute:
        from plenipo.treaties.services.status import (  # noqa: PLC0415 -- avoids a cycle
            recompute_status,
        )

        recompute_status(instrument)
    return snapshot
