"""Writes to the text of a process: versions, proposals, decisions on them, revisions.

Every change raises the process's ``revision``. A facilitator saves with the revision
they read; when someone else saved in between, the save is refused and nothing is lost:
the other save stands and the caller still holds its own input.
"""

import dataclasses

from django.db import transaction
from django.db.models import F

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.moments import moment_text
from plenipo.negotiations import cautions, texts
from plenipo.negotiations import proposals as pure_proposals
from plenipo.negotiations.models import (
    Process,
    Proposal,
    ProposalStatus,
    Version,
)
from plenipo.negotiations.queries import (
    history_of,
    in_audience,
    is_secretariat,
    latest_version,
    latest_version_for,
    open_proposals,
    open_silence,
    parties_for,
    processes_visible_to,
    pure_proposal,
    pure_version,
    resolve_party,
)
from plenipo.negotiations.revise import RevisionError, revise
from plenipo.negotiations.services.status import set_status
from plenipo.negotiations.version_labels import LabelError, clean_label
from plenipo.registry.models import State


class ConcurrentEdit(PlenipoError):
    """Someone else changed the text since it was read."""


def check_still_negotiated(process: Process) -> None:
    """An adopted text is final: no version, proposal, decision or silence after it."""
    adopted = Process.objects.filter(pk=process.pk).values_list(
        "outcome_symbol", "outcome_date_not_before"
    )
    symbol, day = adopted.get()
    if symbol:
        raise InvalidInput(
            f"{process.code} was adopted as {symbol}"
            + (f" on {day.isoformat()}" if day else "")
            + ": its text takes no more changes"
        )


def _claim_revision(process: Process, expected_revision) -> None:
    """Raise the revision counter, refusing the save if it moved since it was read, or if
    the text was adopted meanwhile."""
    check_still_negotiated(process)
    rows = Process.objects.filter(pk=process.pk)
    if expected_revision is not None:
        rows = rows.filter(revision=expected_revision)
    if not rows.update(revision=F("revision") + 1):
        current = Process.objects.values_list("revision", flat=True).get(pk=process.pk)
        raise ConcurrentEdit(
            f"{process.code} changed since you read it (revision {expected_revision}, now "
            f"{current}); nothing was saved: reload it and apply your change again"
        )
    process.refresh_from_db(fields=["revision"])


def _check_writer(process: Process, by) -> None:
    """The system and the secretariat write; focal points only where they may read."""
    if by is None or is_secretariat(by):
        return
    if not processes_visible_to(by).filter(pk=process.pk).exists():
        raise NotFound(f"unknown negotiation {process.code!r}")


def _check_proposal_seen(proposal: Proposal, by) -> None:
    """A proposal made on a version kept to the secretariat does not exist for the others,
    as the version does not (the same answer as for a wrong id)."""
    if by is None or is_secretariat(by) or proposal.made_on.circulated:
        return
    raise NotFound(f"{proposal.process.code} has no proposal {proposal.pk}")


def _new_label(process, label) -> str:
    """The label of a new version of ``process``, checked (``clean_label``) and not yet
    used by another of its versions, whatever its case."""
    try:
        label = clean_label(label)
    except LabelError as exc:
        raise InvalidInput(str(exc)) from None
    if process.versions.filter(label__iexact=label).exists():
        raise InvalidInput(f"{process.code} already has a version {label!r}")
    return label


def _store(process, pure: texts.Version, *, based_on=None, circulated=True, by) -> Version:
    version = Version.objects.create(
        process=process,
        label=pure.label,
        position=process.versions.count() + 1,
        date=pure.date,
        symbol=pure.symbol or "",
        title=pure.title or "",
        style=pure.style.value,
        formula=pure.formula or "",
        annexes=[[a.heading, a.title or ""] for a in pure.annexes],
        based_on=based_on,
        circulated=circulated,
        created_by=by,
    )
    version.paragraphs.bulk_create(
        [
            version.paragraphs.model(
                version=version,
                position=position,
                pid=p.pid,
                kind=p.kind.value,
                text=p.text,
                annex=p.annex,
                printed=p.printed or "",
            )
            for position, p in enumerate(pure.paragraphs, start=1)
        ]
    )
    return version


@transaction.atomic
def import_version(
    *, process, imported: texts.Version, expected_revision, circulated=True, by
) -> Version:
    """Store a text read from a file (``texts.import_text`` or ``import_docx``);
    ``circulated=False`` keeps it to the secretariat until ``circulate``."""
    _check_writer(process, by)
    if not imported.paragraphs:
        raise InvalidInput("the text has no paragraphs")
    label = _new_label(process, imported.label)
    if label != imported.label:
        imported = dataclasses.replace(imported, label=label)
    _claim_revision(process, expected_revision)
    version = _store(process, imported, circulated=circulated, by=by)
    log_action(
        version,
        "negotiations.version.imported",
        by=by,
        data={"process": process.code, "label": version.label, "circulated": circulated},
    )
    return version


def _check_party(process, party_code, day, by):
    """The party's code, once checked: a focal point speaks for its own state, and for a
    group only when registered as that group's focal point (``parties_for``); a state
    outside the process's audience not at all."""
    code, party = resolve_party(party_code)
    focal_point = getattr(by, "focal_point", None) if by is not None else None
    if focal_point is not None and not is_secretariat(by):
        allowed = parties_for(by)
        if code not in allowed:
            raise InvalidInput(
                f"you speak for {' or '.join(allowed)} only, not for {code}: a focal point "
                "speaks in a group's name only when registered as that group's focal point"
            )
    if isinstance(party, State) and not in_audience(process, party, day):
        raise InvalidInput(f"{code} is not among the parties to {process.code}")
    return code


@transaction.atomic
def propose(
    *,
    process,
    version,
    action,
    label,
    party,
    old="",
    new="",
    occurrence=1,
    supporters=(),
    objectors=(),
    expected_revision=None,
    by,
) -> Proposal:
    """A proposal against the paragraph labelled ``label`` of ``version``, checked there;
    none while the text is under silence."""
    _check_writer(process, by)
    _check_not_under_silence(process)
    current = latest_version(process) if by is None else latest_version_for(process, by)
    if current is None or current.pk != version.pk:
        latest = current.label if current else "none"
        raise InvalidInput(f"proposals are made on the latest version ({latest})")
    code = _check_party(process, party, version.date, by)
    others = [resolve_party(p)[0] for p in (*supporters, *objectors)]
    try:
        checked = pure_proposals.make(
            pure_version(version),
            id="new",
            action=action,
            label=label,
            by=code,
            old=old,
            new=new,
            occurrence=occurrence,
        )
    except pure_proposals.ProposalError as exc:
        raise InvalidInput(str(exc).replace("proposal new", "proposal")) from None
    _claim_revision(process, expected_revision)
    proposal = Proposal.objects.create(
        process=process,
        made_on=version,
        action=checked.action.value,
        paragraph=checked.paragraph,
        party=code,
        old=old,
        new=new,
        occurrence=occurrence,
        supporters=others[: len(supporters)],
        objectors=others[len(supporters) :],
        made_by=by,
    )
    log_action(
        proposal,
        "negotiations.proposal.made",
        by=by,
        data={"process": process.code, "party": code, "action": checked.action.value},
    )
    return proposal


@transaction.atomic
def set_proposal_status(
    *, proposal, status, expected_revision, by, confirmed: bool = False
) -> Proposal:
    """The facilitators' decision on a proposal (or its withdrawal by its party); a
    proposal is decided once. Unless ``confirmed``, accepting a proposal a party objected to
    is refused with the objections (``cautions.NeedsConfirmation``) rather than done."""
    process = proposal.process
    _check_writer(process, by)
    _check_proposal_seen(proposal, by)
    if by is not None and not is_secretariat(by):
        if status != ProposalStatus.WITHDRAWN:
            raise InvalidInput("only the secretariat and the facilitators decide on proposals")
        if proposal.party not in parties_for(by):
            raise InvalidInput(f"only {proposal.party} withdraws its proposal {proposal.pk}")
    cautions.check_acceptance(proposal, status, confirmed=confirmed)
    _claim_revision(process, expected_revision)
    data = {"process": process.code}
    if status == ProposalStatus.ACCEPTED and proposal.objectors:
        data["objectors"] = list(proposal.objectors)  # accepted despite them
    set_status(proposal, status, by=by, data=data)
    return proposal


@transaction.atomic
def issue_revision(
    *, process, base, label, date, symbol=None, expected_revision, circulated=True, by
) -> Version:
    """The next version: ``base`` with its accepted proposals applied, and nothing else."""
    _check_writer(process, by)
    latest = latest_version(process)
    if latest is None or latest.pk != base.pk:
        raise InvalidInput(f"{base.label} is not the latest version of {process.code}")
    label = _new_label(process, label)
    pending = list(open_proposals(process))
    try:
        pure = revise(
            pure_version(base),
            [pure_proposal(p) for p in pending],
            label=label,
            date=date,
            symbol=symbol,
            history=history_of(process),
        )
    except (RevisionError, texts.TextError) as exc:
        raise InvalidInput(str(exc)) from None
    _claim_revision(process, expected_revision)
    version = _store(process, pure, based_on=base, circulated=circulated, by=by)
    applied = [p.pk for p in pending if p.status == ProposalStatus.ACCEPTED]
    Proposal.objects.filter(pk__in=applied).update(applied_in=version)
    log_action(
        version,
        "negotiations.version.revised",
        by=by,
        data={"process": process.code, "from": base.label, "label": label, "applied": applied},
    )
    return version


STANCES = {"support": "supporters", "object": "objectors"}


@transaction.atomic
def _check_not_under_silence(process) -> None:
    """Under silence the text is closed: a state that cannot accept it breaks the silence
    (by letter to the secretariat, which records the break), it does not amend it."""
    silence = open_silence(process)
    if silence is not None:
        until = moment_text(silence.until, silence.timezone)
        raise InvalidInput(
            f"{process.code} {silence.version.label} is under silence until "
            f"{until}, {silence.timezone}: it takes no proposals; a state "
            "that cannot accept it breaks the silence by letter to the secretariat"
        )


def take_stance(*, proposal, party, stance, by) -> Proposal:
    """``party`` supports or objects to a pending proposal; a party holds one stance on a
    proposal, so supporting withdraws an objection and the other way round."""
    if stance not in STANCES:
        raise InvalidInput(f"unknown stance {stance!r}: support or object")
    process = proposal.process
    _check_writer(process, by)
    _check_proposal_seen(proposal, by)
    code = _check_party(process, party, None, by)
    if proposal.status != ProposalStatus.PENDING or proposal.applied_in_id:
        raise InvalidInput(f"proposal {proposal.pk} is {proposal.status}: it is no longer open")
    if code == proposal.party:
        raise InvalidInput(f"proposal {proposal.pk} is {code}'s own")
    joined, left = STANCES[stance], STANCES["object" if stance == "support" else "support"]
    setattr(proposal, left, [p for p in getattr(proposal, left) if p != code])
    if code not in getattr(proposal, joined):
        getattr(proposal, joined).append(code)
    proposal.save(update_fields=["supporters", "objectors"])
    log_action(
        proposal,
        f"negotiations.proposal.{stance}ed",
        by=by,
        data={"process": process.code, "party": code},
    )
    return proposal


@transaction.atomic
def circulate(*, version, by) -> Version:
    """Show a version kept to the secretariat to the parties."""
    process = version.process
    if by is not None and not is_secretariat(by):
        raise InvalidInput("only the secretariat and the facilitators circulate a text")
    if version.circulated:
        raise InvalidInput(f"{version.label} is already circulated")
    version.circulated = True
    version.save(update_fields=["circulated"])
    log_action(version, "negotiations.version.circulated", by=by, data={"process": process.code})
    return version
