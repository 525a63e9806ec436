"""Reads of negotiation processes shared by the command line, the office and the portal.

``processes_visible_to`` is the one place deciding who may read a process: the
secretariat all; a member state's focal point those open to member states whose audience
includes its state; everyone the public ones.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.utils import translation

from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.models import ActivityLog
from plenipo.negotiations import proposals as pure_proposals
from plenipo.negotiations import texts
from plenipo.negotiations.models import (
    FacilitatorRole,
    MilestoneKind,
    MilestoneStatus,
    Process,
    Proposal,
    ProposalStatus,
    Silence,
    SilenceStatus,
    Version,
    Visibility,
)
from plenipo.negotiations.revise import RevisionError, revise
from plenipo.registry.models import SPEAKING_GROUP_KINDS, Organization, State, localized
from plenipo.registry.queries import interface_language, members_on, official_names_on

FACILITATORS = "facilitators"
VISIBILITIES = Visibility.choices  # who may see a process, as the surfaces' forms offer it
FACILITATOR_ROLES = FacilitatorRole.choices
MILESTONE_KINDS = MilestoneKind.choices
MILESTONE_STATUSES = MilestoneStatus.choices


def is_secretariat(user) -> bool:
    return bool(user and user.is_authenticated and user.has_perm("negotiations.change_process"))


def _focal_state(user):
    if not (user and user.is_authenticated):
        return None
    focal_point = getattr(user, "focal_point", None)
    return focal_point.state if focal_point is not None else None


def in_audience(process: Process, state: State, day: dt.date | None = None) -> bool:
    """Whether ``state`` is one of the parties the process is open to on ``day``."""
    if process.audience_id is None:
        return True
    day = day or dt.date.today()  # noqa: DTZ011 -- a calendar day, not a moment
    return any(member.pk == state.pk for member, _ in members_on(process.audience, day))


def processes_visible_to(user):
    """The processes ``user`` may read (``None`` is the anonymous public)."""
    processes = Process.objects.select_related("mandate__decision", "audience")
    if is_secretariat(user):
        return processes
    public = Q(visibility=Visibility.PUBLIC)
    state = _focal_state(user)
    if state is None:
        return processes.filter(public)
    open_to_states = processes.filter(visibility=Visibility.MEMBER_STATES)
    allowed = [p.pk for p in open_to_states if in_audience(p, state)]
    return processes.filter(public | Q(pk__in=allowed))


def get_process(code: str, *, user=None, system: bool = True) -> Process:
    """A process by code. The command line reads as the system; other surfaces pass
    ``system=False`` and a user, and get the same "not found" for a process they may not
    read as for one that does not exist."""
    code = (code or "").strip()
    processes = (
        Process.objects.select_related("mandate__decision")
        if system
        else processes_visible_to(user)
    )
    process = processes.filter(code__iexact=code).first()
    if process is None:
        raise NotFound(f"unknown negotiation {code!r}")
    return process


def all_processes():
    return Process.objects.select_related("mandate__decision").order_by("code")


# -- parties -------------------------------------------------------------------------------


def resolve_party(code: str):
    """``(code, state_or_group)`` for a party code; ``None`` for the facilitators."""
    text = (code or "").strip()
    if text.lower() == FACILITATORS:
        return FACILITATORS, None
    state = State.objects.filter(code=text.upper()).first()
    if state is not None:
        return state.code, state
    group = Organization.objects.filter(code=text.upper()).first()
    if group is not None:
        return group.code, group
    raise InvalidInput(
        f"unknown party {code!r}: use a state's alpha-3 code (USA), a group (EU, G77) "
        "or 'facilitators'"
    )


# -- versions --------------------------------------------------------------------------------


def versions_of(process: Process):
    return process.versions.order_by("position")


def get_version(process: Process, label: str) -> Version:
    version = process.versions.filter(label__iexact=(label or "").strip()).first()
    if version is None:
        known = ", ".join(versions_of(process).values_list("label", flat=True)) or "none yet"
        raise NotFound(f"{process.code} has no version {label!r} (versions: {known})")
    return version


def latest_version(process: Process) -> Version | None:
    return versions_of(process).last()


def is_agreed(process: Process, version: Version) -> bool:
    """Whether ``version`` is agreed as a whole: its silence procedure passed, or the process
    was adopted and it is the last version (the adopted text)."""
    if version.silences.filter(status=SilenceStatus.PASSED).exists():
        return True
    return bool(process.outcome_symbol) and version == latest_version(process)


def author_body(process: Process):
    """The body a process's text is the work of: the body that adopted it, else the body
    its mandate tasks with it; None where the records name neither (not stated)."""
    if process.outcome_decision_id:
        return process.outcome_decision.body
    if process.mandate_id and process.mandate.tasks_id:
        return process.mandate.tasks
    return None


def pure_version(version: Version) -> texts.Version:
    """The pure, immutable text of a stored version."""
    paragraphs = tuple(
        texts.Paragraph(
            pid=p.pid,
            kind=texts.Kind(p.kind),
            text=p.text,
            annex=p.annex,
            printed=p.printed or None,
        )
        for p in version.paragraphs.order_by("position")
    )
    return texts.Version(
        label=version.label,
        date=version.date,
        paragraphs=paragraphs,
        title=version.title or None,
        symbol=version.symbol or None,
        style=texts.Style(version.style),
        formula=version.formula or None,
        annexes=tuple(texts.Annex(heading, title or None) for heading, title in version.annexes),
    )


def history_of(process: Process) -> dict[str, texts.Version]:
    return {v.label: pure_version(v) for v in versions_of(process)}


def pure_proposal(proposal: Proposal) -> pure_proposals.Proposal:
    return pure_proposals.Proposal(
        id=str(proposal.pk),
        action=pure_proposals.Action(proposal.action),
        paragraph=proposal.paragraph,
        by=proposal.party,
        old=proposal.old,
        new=proposal.new,
        occurrence=proposal.occurrence,
        made_on=proposal.made_on.label,
        supporters=tuple(proposal.supporters),
        objectors=tuple(proposal.objectors),
        status=pure_proposals.Status(proposal.status),
    )


def open_proposals(process: Process, *, circulated_only: bool = False):
    """Proposals not yet applied by a revision, oldest first; ``circulated_only``: those
    made on versions the parties have seen."""
    proposals = process.proposals.filter(applied_in__isnull=True).select_related("made_on")
    return proposals.filter(made_on__circulated=True) if circulated_only else proposals


def listed_proposals(
    process: Process, *, version: Version | None = None, status: str = "", circulated_only=False
):
    """The proposals a list answers: those not yet applied by a revision, or with
    ``version`` every proposal made on that version (decided and applied ones too);
    ``status`` narrows either to one status. Oldest first."""
    if version is None:
        proposals = open_proposals(process, circulated_only=circulated_only)
    else:
        proposals = process.proposals.filter(made_on=version).select_related("made_on")
    if status:
        if status not in ProposalStatus.values:
            accepted = ", ".join(ProposalStatus.values)
            raise InvalidInput(f"unknown status {status!r} (accepted: {accepted})")
        proposals = proposals.filter(status=status)
    return proposals.order_by("pk")


def get_proposal(process: Process, proposal_id) -> Proposal:
    try:
        number = int(str(proposal_id).strip())
    except ValueError:
        raise InvalidInput(f"proposal id {proposal_id!r} is not a number") from None
    proposal = process.proposals.select_related("made_on").filter(pk=number).first()
    if proposal is None:
        raise NotFound(f"{process.code} has no proposal {number}")
    return proposal


# -- the surfaces' reads -------------------------------------------------------------------


def processes_listed_for(user):
    """The processes ``user`` may read (``None``: the public ones), by code."""
    return processes_visible_to(user).order_by("code")


def parties_for(user) -> list[str]:
    """The parties a focal point may speak for: its state, then the groups (and regional
    economic integration organizations) it is itself registered to speak for. Being a
    member of the EU does not make a state's focal point the EU's voice: registration, not
    membership on a day, decides."""
    state = _focal_state(user)
    if state is None:
        return []
    groups = user.focal_point.groups.filter(kind__in=SPEAKING_GROUP_KINDS).order_by("code")
    return [state.code, *groups.values_list("code", flat=True)]


def party_labels(proposals=(), *, parties=(), day: dt.date | None = None) -> dict[str, str]:
    """The names a page shows for the parties of ``proposals`` (authors, supporters,
    objectors) and for ``parties``, in the language being written."""
    codes = set(parties)
    for proposal in proposals:
        codes |= {proposal.party, *proposal.supporters, *proposal.objectors}
    language = interface_language(translation.get_language())
    return party_names(codes, day, language)


def party_names(codes, day: dt.date | None = None, language: str = "en") -> dict[str, str]:
    """Each party code's name: a state's as the UN named it on ``day`` (its CLDR name
    where the UN names it nowhere), a group's recorded name, 'the facilitators'. Two
    queries, whatever the number of codes."""
    codes = {c for c in codes if c}
    day = day or dt.date.today()  # noqa: DTZ011 -- a calendar day, not a moment
    found = {FACILITATORS: "the facilitators"} if FACILITATORS in codes else {}
    states = list(State.objects.filter(code__in=codes))
    wanted = [s.code for s in states]
    un_names = official_names_on(day, language=language, states=wanted) if wanted else {}
    for state in states:
        found[state.code] = un_names.get(state.code) or state.name_in(language)
    for group in Organization.objects.filter(code__in=codes - set(found)):
        found[group.code] = localized(group.names, language) or group.code
    return found


def pending_proposals(process: Process):
    """Proposals still awaiting the facilitators' decision, oldest first."""
    return open_proposals(process).filter(status=ProposalStatus.PENDING)


def proposals_by_id(process: Process, *, circulated_only: bool = False) -> dict[str, Proposal]:
    """Open proposals keyed as the compilation names them (their id as text)."""
    return {str(p.pk): p for p in open_proposals(process, circulated_only=circulated_only)}


DECIDED = "negotiations.proposal.status_changed"  # the audit entry of a decision
VERSION_STORED = ("negotiations.version.imported", "negotiations.version.revised")


@dataclass(frozen=True, slots=True)
class DecidedProposal:
    """A proposal decided but not yet applied by a revision, as a party reads it.

    ``decided_at``: the moment the audit log recorded the decision (None: not recorded, as
    for a loaded record); ``reason``: the note recorded with it ('' where none);
    ``agreed``: for an accepted proposal the paragraph's wording once the next revision
    applies the accepted proposals ('' for a paragraph deleted), None otherwise."""

    proposal: Proposal
    label: str | None
    decided_at: dt.datetime | None
    reason: str
    agreed: str | None


def decided_proposals(
    process: Process, version: Version, *, circulated_only: bool = False
) -> list[DecidedProposal]:
    """The proposals decided on ``version``, oldest first: the accepted ones it has not yet
    applied (agreed ad referendum until the next revision), and those rejected, merged or
    withdrawn while it is the current text. ``circulated_only``: those made on versions the
    parties have seen, as for the pending ones. Three queries besides the text's."""
    open_ones = list(open_proposals(process, circulated_only=circulated_only).order_by("pk"))
    decided = [p for p in open_ones if p.status != ProposalStatus.PENDING]
    if not decided:
        return []
    decisions = _decisions(decided)
    stored_at = _stored_at(version)
    pure = pure_version(version)
    agreed = _agreed_text(process, pure, open_ones)
    return [
        DecidedProposal(
            proposal=p,
            label=pure.label_of(p.paragraph) if p.paragraph in pure else None,
            decided_at=decisions.get(p.pk, (None, ""))[0],
            reason=decisions.get(p.pk, (None, ""))[1],
            agreed=_agreed_wording(p, agreed) if p.status == ProposalStatus.ACCEPTED else None,
        )
        for p in decided
        if _decided_on(p, version, decisions.get(p.pk, (None, ""))[0], stored_at)
    ]


def _decisions(proposals) -> dict[int, tuple[dt.datetime, str]]:
    """Each proposal's last recorded decision: its moment and the note given with it."""
    entries = ActivityLog.objects.filter(
        action_type=DECIDED,
        content_type=ContentType.objects.get_for_model(Proposal),
        object_id__in=[str(p.pk) for p in proposals],
    ).order_by("timestamp", "pk")
    return {int(e.object_id): (e.timestamp, e.data.get("note", "")) for e in entries}


def _stored_at(version: Version) -> dt.datetime | None:
    entry = ActivityLog.objects.filter(
        action_type__in=VERSION_STORED,
        content_type=ContentType.objects.get_for_model(Version),
        object_id=str(version.pk),
    ).order_by("timestamp", "pk")
    return entry.values_list("timestamp", flat=True).first()


def _decided_on(proposal, version, decided_at, stored_at) -> bool:
    """Whether a decided proposal belongs to ``version``'s story: an accepted one waits for
    the next revision; another was decided while ``version`` was the text. Where a moment
    is not recorded the proposal is shown rather than hidden."""
    if proposal.status == ProposalStatus.ACCEPTED or proposal.made_on_id == version.pk:
        return True
    return decided_at is None or stored_at is None or decided_at >= stored_at


def _agreed_text(process, pure: texts.Version, proposals) -> texts.Version | None:
    """The text the next revision would issue; None where the accepted proposals cannot
    all be applied yet (stale or overlapping: the secretariat settles them first)."""
    try:
        return revise(
            pure,
            [pure_proposal(p) for p in proposals],
            label=pure.label,
            date=pure.date,
            history=history_of(process),
        )
    except (RevisionError, texts.TextError, pure_proposals.ProposalError):
        return None


def _agreed_wording(proposal: Proposal, agreed: texts.Version | None) -> str:
    if proposal.action == pure_proposals.Action.ADD:
        return proposal.new
    if agreed is None:  # cannot be previewed yet: the proposal's own words
        return proposal.new
    return agreed.paragraph(proposal.paragraph).text if proposal.paragraph in agreed else ""


# -- versions as each user may read them -------------------------------------------------------


def versions_for(process: Process, user):
    """The versions ``user`` may read: every one for the secretariat, the circulated ones
    for anyone else (a draft kept to the secretariat does not exist for them)."""
    versions = versions_of(process)
    return versions if is_secretariat(user) else versions.filter(circulated=True)


def get_version_for(process: Process, label: str, user) -> Version:
    version = versions_for(process, user).filter(label__iexact=(label or "").strip()).first()
    if version is None:
        known = ", ".join(versions_for(process, user).values_list("label", flat=True))
        raise NotFound(f"{process.code} has no version {label!r} (versions: {known or 'none yet'})")
    return version


def latest_version_for(process: Process, user) -> Version | None:
    return versions_for(process, user).last()


def may_see_proposals(user, process: Process) -> bool:
    """Proposals are the parties' business: the secretariat's and the focal points' of the
    states the process is open to (the public sees the versions only)."""
    if is_secretariat(user):
        return True
    state = _focal_state(user)
    if state is None or process.visibility == Visibility.SECRETARIAT:
        return False
    return in_audience(process, state)


# -- silence procedures ----------------------------------------------------------------------


def silences_of(process: Process):
    return process.silences.select_related("version").order_by("until", "pk")


def get_silence(process: Process, silence_id):
    """One of the process's silence procedures, by id; NotFound naming the process."""
    silence = silences_of(process).filter(pk=silence_id).first()
    if silence is None:
        raise NotFound(f"{process.code} has no silence procedure {silence_id!r}")
    return silence


def open_silence(process):
    """The silence procedure running on the process's text, if one is."""
    running = Silence.objects.filter(process=process, status=SilenceStatus.UNDER_SILENCE)
    return running.select_related("version").first()


# -- facilitators, milestones, consultations ---------------------------------------------------


def facilitators_of(process: Process):
    return process.facilitators.select_related("state", "person").order_by("pk")


def get_facilitator(process: Process, facilitator_id):
    """One of the process's facilitators, by id; NotFound naming the process."""
    facilitator = facilitators_of(process).filter(pk=facilitator_id).first()
    if facilitator is None:
        raise NotFound(f"{process.code} has no facilitator {facilitator_id!r}")
    return facilitator


def milestones_of(process: Process):
    return process.milestones.order_by("date_not_before", "pk")


def get_milestone(process: Process, milestone_id):
    """One of the process's milestones, by id; NotFound naming the process."""
    milestone = milestones_of(process).filter(pk=milestone_id).first()
    if milestone is None:
        raise NotFound(f"{process.code} has no milestone {milestone_id!r}")
    return milestone


def consulted_meeting_ids(process: Process) -> set[int]:
    """The meetings already linked to the process as its consultations."""
    return set(process.consultations.values_list("meeting_id", flat=True))
