"""Rebuilding an instrument's derived status (participations and entry into force)."""

import datetime as dt

from django.db import transaction

from plenipo.core.partialdates import DateBounds, span_covers
from plenipo.registry.models import Membership, MembershipRole, Organization, State
from plenipo.treaties import eif as eif_rules
from plenipo.treaties import status as engine
from plenipo.treaties.models import (
    Action,
    DerivedNote,
    Instrument,
    Participation,
    Snapshot,
)


def unresolved_dates(action: Action) -> list[DateBounds]:
    """Other days sources give for this action that nobody has yet ruled out."""
    return [
        DateBounds.parse(conflict["date"])
        for conflict in action.conflicts or []
        if conflict.get("unresolved") and conflict.get("date")
    ]


def action_facts(actions) -> list[engine.ActionFact]:
    """Actions in the engine's terms; unresolved conflicts widen an action's date to span
    every day its sources give."""
    return [
        engine.ActionFact(
            id=a.pk,
            party=a.state.code if a.state_id else a.organization.code,
            kind=a.kind,
            when=a.date.spanning(*unresolved_dates(a)),
            is_organization=a.organization_id is not None,
            recorded_eif=a.recorded_eif,
            withdraws=a.withdraws_id,
            text=a.text,
        )
        for a in actions
    ]


def snapshot_facts(snapshots) -> list[engine.SnapshotFact]:
    return [
        engine.SnapshotFact(
            id=s.pk,
            as_of=s.as_of.not_after,
            as_of_earliest=None if s.as_of.is_exact else s.as_of.not_before,
            source=s.source.key,
            parties=frozenset(s.parties),
            complete=s.complete,
            not_parties=frozenset(s.not_parties),
            party_count=s.party_count,
            signatory_count=s.signatory_count,
        )
        for s in snapshots
    ]


def _member_codes(organization_code: str) -> dict[str, list[Membership]]:
    result: dict[str, list[Membership]] = {}
    for membership in Membership.objects.filter(
        organization__code=organization_code, role=MembershipRole.MEMBER
    ).select_related("state"):
        result.setdefault(membership.state.code, []).append(membership)
    return result


def _certainly_member(memberships, when: DateBounds) -> bool:
    days = [d for d in (when.not_before, when.not_after) if d]
    return bool(days) and any(
        all(span_covers(m.start, m.end, d) is True for d in days) for m in memberships
    )


def threshold_for(instrument: Instrument, derivation: engine.Derivation):
    rule = instrument.rule
    if rule is None:
        return None
    members = _member_codes(rule.min_members[0]) if rule.min_members else {}
    consents = [
        eif_rules.Consent(
            party=p.party,
            when=p.consent,
            is_organization=p.is_organization,
            is_member=_certainly_member(members.get(p.party, []), p.consent),
        )
        for p in derivation.participations.values()
        if p.consent is not None
    ]
    prerequisite = None
    if rule.not_before_instrument:
        note = DerivedNote.objects.filter(instrument__code=rule.not_before_instrument).first()
        bounds = (note.eif.get("entry_into_force") or {}) if note else {}
        prerequisite = DateBounds.between(bounds.get("not_before"), bounds.get("not_after"))
    return eif_rules.threshold_reached(
        rule,
        consents,
        opened_on=instrument.open_from or dt.date.min,
        complete_until=derivation.complete_until,
        prerequisite_eif=prerequisite,
    )


def threshold_as_dict(result) -> dict:
    if result is None:
        return {}
    return {
        "threshold_reached_on": result.reached_on.as_dict() if result.reached_on else None,
        "entry_into_force": (
            result.entry_into_force.as_dict() if result.entry_into_force else None
        ),
        "nth_party": result.nth_party,
        "undetermined": list(result.undetermined),
        "complete_until": result.complete_until.isoformat() if result.complete_until else None,
        "notes": list(result.notes),
    }


@transaction.atomic
def recompute_status(instrument: Instrument) -> DerivedNote:
    """Fold actions and snapshots into participations; compute entry into force.

    Derived data only: no audit entry (the actions that caused it have theirs). Protocols
    that wait for this instrument's entry into force are recomputed after it.
    """
    actions = Action.objects.filter(instrument=instrument).select_related("state", "organization")
    snapshots = Snapshot.objects.filter(instrument=instrument).select_related("source")
    rule = instrument.rule
    derivation = engine.derive_participations(
        action_facts(actions),
        snapshot_facts(snapshots),
        opened_on=instrument.open_from or dt.date.min,
        denunciation_delay=rule.denunciation_delay if rule else None,
        organizations=frozenset(Organization.objects.values_list("code", flat=True)),
    )
    threshold = threshold_for(instrument, derivation)
    rows = _participation_rows(instrument, derivation, threshold, actions)
    _attach_parties_named_only_in_snapshots(rows)
    Participation.objects.filter(instrument=instrument).delete()
    Participation.objects.bulk_create(rows)
    note = _record_derivation_note(instrument, derivation, threshold)
    for protocol in Instrument.objects.filter(eif_rule__not_before_instrument=instrument.code):
        recompute_status(protocol)
    return note


def _participation_rows(instrument, derivation, threshold, actions) -> list[Participation]:
    rule = instrument.rule
    parties = {a.party_code: a for a in actions}
    rows = []
    for item in derivation.participations.values():
        eif = None
        if threshold is not None and item.consent is not None:
            eif = eif_rules.party_entry_into_force(rule, item.consent, threshold=threshold)
        example = parties.get(item.party)
        rows.append(
            Participation(
                instrument=instrument,
                party_code=item.party,
                state=example.state if example and example.state_id else None,
                organization=example.organization if example else None,
                consent_action_id=item.consent_action_id,
                implied_by_snapshot_id=item.implied_by_snapshot,
                consent_kind=item.consent_kind or "",
                signature=item.signature,
                consent=item.consent,
                out=item.denunciation_effective,
                eif=eif,
                recorded_eif=item.recorded_eif,
            )
        )
    return rows


def _record_derivation_note(instrument, derivation, threshold) -> DerivedNote:
    note, _ = DerivedNote.objects.update_or_create(
        instrument=instrument,
        defaults={
            "complete_until": derivation.complete_until,
            "contradictions": [
                {"party": c.party, "snapshot": c.snapshot_id, "message": c.message}
                for c in derivation.contradictions
            ],
            "gaps": [
                {
                    "snapshot": g.snapshot_id,
                    "as_of": g.as_of.isoformat(),
                    "counted": g.counted,
                    "recorded": g.recorded,
                    "message": g.message,
                }
                for g in derivation.gaps
            ],
            "eif": threshold_as_dict(threshold),
        },
    )
    return note


def _attach_parties_named_only_in_snapshots(rows):
    missing = [r for r in rows if r.state_id is None and r.organization_id is None]
    if not missing:
        return
    states = State.objects.in_bulk([r.party_code for r in missing], field_name="code")
    organizations = Organization.objects.in_bulk([r.party_code for r in missing], field_name="code")
    for row in missing:
        row.state = states.get(row.party_code)
        row.organization = organizations.get(row.party_code) if row.state is None else None


def participation_facts(rows) -> list[engine.Participation]:
    """Stored participations back into the engine's terms."""
    return [
        engine.Participation(
            party=row.party_code,
            is_organization=row.organization_id is not None,
            signature=row.signature,
            consent=row.consent,
            consent_kind=row.consent_kind or None,
            consent_action_id=row.consent_action_id,
            implied_by_snapshot=row.implied_by_snapshot_id,
            denunciation_effective=row.out,
            recorded_eif=row.recorded_eif,
            entry_into_force=row.eif,
        )
        for row in rows
    ]
