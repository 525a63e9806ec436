"""The members of a delegation that a received letter announces, added to that state's
delegation by the secretariat (``enter_delegation``, ``enter_delegation_of``: their checks
of roles, limits and the registration's state), and taken out again when the officer
undoes the decision, while nobody has changed the delegation since."""

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.meetings.models import Delegation, Participant, ParticipantRole
from plenipo.meetings.services.office_entry import enter_delegation, enter_delegation_of

# What a delegation was before the letter's members were added: restored on undoing.
KEPT_FIELDS = (
    "status",
    "flags",
    "entered_by_secretariat",
    "entry_source",
    "entry_letter",
    "entered_on",
    "replied_on",
    "reply_channel",
)


def _check_officer_or_refuse(by):
    if by is not None and not by.has_perm("meetings.change_delegation"):
        raise NotFound("no such delegation")


def normalised(name: str) -> str:
    return " ".join(str(name).casefold().split())


def _as_before(delegation) -> dict:
    people = [
        {"role": p.role, "name": p.name, "title": p.title, "email": p.email, "phone": p.phone}
        for p in delegation.participants.all()
    ]
    fields = {name: getattr(delegation, name) for name in KEPT_FIELDS}
    for day in ("entered_on", "replied_on"):
        fields[day] = fields[day].isoformat() if fields[day] else None
    return {"participants": people, **fields}


def _merged(listed, people) -> tuple[list[dict], list[str], list[str]]:
    """The delegation's participants with ``people`` after them: (all, the names added, the
    names already listed, which are not added twice)."""
    known = {normalised(p["name"]) for p in listed}
    merged, added, already = list(listed), [], []
    for person in people:
        key = normalised(person["name"])
        if key in known:
            already.append(person["name"])
            continue
        known.add(key)
        merged.append(person)
        added.append(person["name"])
    return merged, added, already


def _check_one_head(merged, listed):
    heads = [p["name"] for p in merged if p["role"] == ParticipantRole.HEAD]
    if len(heads) > 1:
        had = [p["name"] for p in listed if p["role"] == ParticipantRole.HEAD]
        raise InvalidInput(
            f"the delegation's head is {had[0] if had else heads[0]} and the letter names "
            f"{', '.join(h for h in heads if h not in had)} as head: correct the "
            "delegation on its page"
        )
    if not heads:
        raise InvalidInput(
            "neither the letter nor the delegation names a head of delegation: choose one"
        )


@transaction.atomic
def add_from_letter(*, meeting, state, people, letter, source, by) -> dict:
    """Add ``people`` (dicts: role, name, title, email) to ``state``'s delegation to
    ``meeting`` (entered by the secretariat, from received letter ``letter``); those
    already listed (by name, case and spaces aside) are not added twice. Returns what the
    decision keeps: the delegation, its version after, the names added and already
    listed, and the delegation as it was (None when this added it)."""
    _check_officer_or_refuse(by)
    delegation = Delegation.objects.filter(meeting=meeting, state=state).first()
    listed = _as_before(delegation)["participants"] if delegation else []
    merged, added, already = _merged(listed, people)
    if not added:
        raise InvalidInput(
            f"everyone the letter names is already in the delegation of {state.name}: "
            f"{', '.join(already)}"
        )
    _check_one_head(merged, listed)
    before = _as_before(delegation) if delegation else None
    if delegation is None:
        delegation = enter_delegation_of(
            meeting=meeting, party=state, participants=merged, source=source, letter=letter,
            by=by,
        )  # fmt: skip
    else:
        delegation = enter_delegation(
            delegation=delegation,
            participants=merged,
            expected_version=delegation.version,
            source=source,
            letter=letter,
            by=by,
        )
    return {
        "delegation": delegation.pk,
        "version": delegation.version,
        "added": added,
        "already": already,
        "before": before,
        "flags": list(delegation.flags or []),
    }


@transaction.atomic
def undo_from_letter(*, delegation_pk, version, before, why, by) -> str:
    """Take out what ``add_from_letter`` did: the delegation as it was (``before``), or
    none when it added it; refused when the delegation changed since (``version``). What
    was undone, in words ("" when the delegation is gone already)."""
    _check_officer_or_refuse(by)
    delegation = Delegation.objects.select_for_update(of=("self",)).filter(pk=delegation_pk).first()
    if delegation is None:
        return ""
    where = f"the delegation of {delegation.display_name} to {delegation.meeting}"
    if delegation.version != version:
        raise InvalidInput(
            f"{where} was changed after the letter's members were added: correct it on its page"
        )
    if before is None:
        log_action(delegation, "meetings.delegation.removed", by=by, data={"why": why})
        delegation.delete()
        return where
    delegation.participants.all().delete()
    Participant.objects.bulk_create(
        Participant(delegation=delegation, position=i, **person)
        for i, person in enumerate(before["participants"])
    )
    fields = {name: before[name] for name in KEPT_FIELDS}
    Delegation.objects.filter(pk=delegation.pk).update(version=version + 1, **fields)
    log_action(
        delegation,
        "meetings.delegation.restored",
        by=by,
        data={"why": why, "participants": len(before["participants"])},
    )
    return f"the members added to {where}"
