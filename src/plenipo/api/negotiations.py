"""API: negotiation processes, their versions, compilation texts, proposals and silence
procedures.

Who may read a process is decided by ``negotiations.queries`` (a process one may not read
is a 404, as one that does not exist); its proposals and compilation are for the
secretariat and the focal points of the states it is open to; focal points propose for
their state or a group they are registered for; the secretariat decides, and runs the silence
procedure (start, a party's break as its letter records it, passed)."""

import datetime as dt

from ninja import Field, Router, Schema, Status

from plenipo.api.auth import signed_in
from plenipo.api.meetings import MeetingOut
from plenipo.api.schemas import Error
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.meetings.schedule import ScheduleError, local_moment
from plenipo.negotiations import exporters
from plenipo.negotiations import queries as negotiations
from plenipo.negotiations.cautions import NeedsConfirmation
from plenipo.negotiations.payloads import (
    compilation_payload,
    decided_payload,
    process_payload,
    proposal_payload,
    silence_payload,
    version_detail_payload,
)
from plenipo.negotiations.services import silence as silence_services
from plenipo.negotiations.services import texts as text_services

router = Router(tags=["negotiations"])
NOT_A_PARTY = {"detail": "proposals are for the secretariat and the parties to the process"}
DECISIONS = {"accept": "accepted", "reject": "rejected"}


class NegotiationSummaryOut(Schema):
    code: str
    title: str
    visibility: str
    outcome: str | None


class DayOrBoundsOut(Schema):
    date: str | None
    not_before: str | None = None
    not_after: str | None = None
    text: str | None = None


class NegotiationMandateOut(Schema):
    decision: str
    paragraph: str | None
    reference: str


class FacilitatorOut(Schema):
    phase: str
    role: str
    state: str
    person: str | None
    appointed_by: str | None
    appointed_on: DayOrBoundsOut | None


class MilestoneOut(DayOrBoundsOut):
    kind: str
    title: str
    time: str | None
    status: str
    status_shown: str = Field(
        description='As shown: "planned, not recorded as reached" once its day passed unrecorded'
    )


class SilenceBreakOut(Schema):
    party: str
    name: str = Field(description="The party as the UN named it on the version's day")
    at: str


class SilenceOut(Schema):
    id: int
    version: str
    until: str
    timezone: str
    status: str
    deadline_passed: bool = Field(
        description="Still recorded as under silence, its deadline behind: not yet recorded "
        "as passed"
    )
    breaks: list[SilenceBreakOut]


class OutcomeOut(DayOrBoundsOut):
    symbol: str
    method: str | None
    tally: dict[str, int | None] | None = Field(
        None, description='For a vote: "for", "against", "abstentions"'
    )


class VersionOut(Schema):
    label: str
    circulated: bool
    date: str | None
    symbol: str | None
    paragraphs: int


class NegotiationOut(Schema):
    code: str
    title: str
    visibility: str
    audience: str | None
    mandate: NegotiationMandateOut | None
    facilitators: list[FacilitatorOut]
    milestones: list[MilestoneOut]
    consultations: list[MeetingOut]
    versions: list[VersionOut]
    silence: list[SilenceOut]
    outcome: OutcomeOut | None
    revision: int


class ParagraphOut(Schema):
    id: str
    label: str
    number: str | None
    kind: str
    text: str


class VersionTextOut(VersionOut):
    title: str | None
    formula: str | None = None
    paragraphs: list[ParagraphOut]


class ProposalOut(Schema):
    id: int
    version: str
    paragraph: str | None
    party: str
    action: str
    old: str | None
    new: str | None
    supporters: list[str]
    objectors: list[str]
    status: str
    applied_in: str | None


class CompiledParagraphOut(Schema):
    label: str
    number: str | None
    status: str
    text: str
    proposals: list[int]
    conflicting: list[int]


class StaleProposalOut(Schema):
    proposal: int
    party: str
    reason: str


class DecidedOut(Schema):
    proposal: int
    party: str
    paragraph: str | None
    status: str = Field(description="accepted, rejected, merged or withdrawn")
    decided_at: str | None = Field(
        description="When the decision was recorded (ISO 8601, UTC); null: not recorded"
    )
    reason: str | None = Field(description="The reason recorded with the decision, if any")
    agreed: str | None = Field(
        description="Accepted: the paragraph as the next revision will word it (agreed ad "
        'referendum until then; "" for a paragraph deleted); null otherwise'
    )


class CompilationOut(Schema):
    version: str
    formula: str | None = Field(
        None, description='The text\'s opening words, e.g. "The General Assembly,"'
    )
    paragraphs: list[CompiledParagraphOut]
    stale: list[StaleProposalOut]
    proposals: list[ProposalOut]
    decided: list[DecidedOut] = Field(
        description="The proposals decided on this version and not yet applied by a revision"
    )


class ProposalIn(Schema):
    version: str
    paragraph: str
    party: str
    action: str
    old: str = ""
    new: str = ""
    occurrence: int = 1


CONFIRM = Field(
    False,
    description="true: go ahead despite the warning (accepting a proposal a party objected "
    "to; a silence while proposals are still pending); false: such a step is refused (400) "
    "with the objections or the pending proposals",
)


class ProposalDecisionIn(Schema):
    decision: str
    revision: int
    confirm: bool = CONFIRM


class StanceIn(Schema):
    party: str
    stance: str


class SilenceStartIn(Schema):
    version: str
    until: str = Field(description="YYYY-MM-DD HH:MM, local time in `timezone` (or with offset)")
    timezone: str | None = Field(
        None, description="IANA zone, e.g. America/New_York; omitted: the process's venue zone"
    )
    confirm: bool = CONFIRM


class RevisionIn(Schema):
    base: str = Field(description="The label of the latest version, which the revision revises")
    label: str = Field(description='The new version\'s label, e.g. "Rev.1"')
    date: dt.date
    symbol: str | None = None
    revision: int | None = Field(
        None,
        description="The process's revision as read: refused (409) if someone saved since; "
        "omitted: not checked",
    )
    circulated: bool = Field(True, description="false: kept to the secretariat until circulated")


class SilenceBreakIn(Schema):
    party: str = Field(description="A state's code (USA) or a group's (EU)")
    at: str | None = Field(None, description="Local time at the venue; omitted: now")


def _process(request, code):
    user = request.user if request.user.is_authenticated else None
    return negotiations.get_process(code, user=user, system=False)


@router.get("/negotiations", response={200: list[NegotiationSummaryOut]})
def list_negotiations(request):
    """The processes this user may read: the public ones to everyone."""
    user = request.user if request.user.is_authenticated else None
    return [
        {
            "code": p.code,
            "title": p.title,
            "visibility": p.visibility,
            "outcome": p.outcome_symbol or None,
        }
        for p in negotiations.processes_listed_for(user)
    ]


@router.get("/negotiations/{code}", response={200: NegotiationOut, 404: Error})
def negotiation_detail(request, code: str):
    process = _process(request, code)
    return process_payload(
        process, versions=negotiations.versions_for(process, request.user), user=request.user
    )


@router.get("/negotiations/{code}/versions", response={200: list[VersionTextOut], 404: Error})
def negotiation_versions(request, code: str):
    """Every version, oldest first, with its paragraphs under their labels."""
    process = _process(request, code)
    return [version_detail_payload(v) for v in negotiations.versions_for(process, request.user)]


def _party_process(request, code):
    """The process, or the answer refusing its proposals to this user."""
    process = _process(request, code)
    if not negotiations.may_see_proposals(request.user, process):
        return None, Status(403, NOT_A_PARTY)
    return process, None


@router.get(
    "/negotiations/{code}/versions/{label}/compilation",
    response={200: CompilationOut, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def compilation(request, code: str, label: str):
    """The version with every pending proposal in place, bracketed and attributed."""
    process, refused = _party_process(request, code)
    if refused:
        return refused
    version = negotiations.get_version_for(process, label, request.user)
    hidden = not negotiations.is_secretariat(request.user)
    compiled = exporters.compilation_of(process, version, circulated_only=hidden)
    stored = negotiations.proposals_by_id(process, circulated_only=hidden)
    decided = negotiations.decided_proposals(process, version, circulated_only=hidden)
    return compilation_payload(compiled, stored) | {
        "decided": [decided_payload(d) for d in decided]
    }


@router.get(
    "/negotiations/{code}/proposals",
    response={200: list[ProposalOut], 400: Error, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def list_proposals(request, code: str, version: str = "", status: str = ""):
    """The current version's proposals unless version is given: those not yet applied by a
    revision, labelled in the version they were made on. ``version`` (a version's label, as
    /versions names it: "Zero draft", "Rev.1") lists every proposal made on that version,
    decided and applied ones too; ``status`` (pending, accepted, rejected, merged,
    withdrawn) narrows the list to one status. An unknown version or status is a 400 naming
    the accepted ones."""
    process, refused = _party_process(request, code)
    if refused:
        return refused
    hidden = not negotiations.is_secretariat(request.user)
    try:
        made_on = negotiations.get_version_for(process, version, request.user) if version else None
        proposals = negotiations.listed_proposals(
            process, version=made_on, status=status.strip().lower(), circulated_only=hidden
        )
    except (NotFound, InvalidInput) as exc:
        return Status(400, {"detail": str(exc)})
    return [proposal_payload(p, label=_label(p)) for p in proposals]


def _label(proposal):
    made_on = negotiations.pure_version(proposal.made_on)
    return made_on.label_of(proposal.paragraph) if proposal.paragraph in made_on else None


@router.post(
    "/negotiations/{code}/proposals",
    response={201: ProposalOut, 400: Error, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def propose(request, code: str, payload: ProposalIn):
    """A focal point proposes, for its state or a group it is registered to speak for."""
    process = _process(request, code)
    if getattr(request.user, "focal_point", None) is None:
        return Status(403, {"detail": "proposals are made by the focal points of the parties"})
    if not negotiations.may_see_proposals(request.user, process):
        return Status(403, NOT_A_PARTY)
    proposal = text_services.propose(
        process=process,
        version=negotiations.get_version_for(process, payload.version, request.user),
        action=payload.action.strip().lower(),
        label=payload.paragraph.strip().upper(),
        party=payload.party,
        old=payload.old,
        new=payload.new,
        occurrence=payload.occurrence,
        by=request.user,
    )
    return Status(201, proposal_payload(proposal, label=payload.paragraph.strip().upper()))


@router.post(
    "/negotiations/{code}/proposals/{proposal_id}/decision",
    response={200: ProposalOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error},
    auth=signed_in,
)
def decide(request, code: str, proposal_id: int, payload: ProposalDecisionIn):
    """The facilitators' decision (secretariat officers): accept or reject. ``revision`` is
    the process's as read; a decision over someone else's newer save is refused (409)."""
    process = _process(request, code)
    if not negotiations.is_secretariat(request.user):
        return Status(403, {"detail": "only secretariat officers decide on proposals"})
    if payload.decision not in DECISIONS:
        return Status(400, {"detail": f"unknown decision {payload.decision!r}: accept or reject"})
    proposal = negotiations.get_proposal(process, proposal_id)
    try:
        text_services.set_proposal_status(
            proposal=proposal,
            status=DECISIONS[payload.decision],
            expected_revision=payload.revision,
            by=request.user,
            confirmed=payload.confirm,
        )
    except NeedsConfirmation as exc:
        return Status(400, {"detail": f'{exc} (send it again with "confirm": true)'})
    except text_services.ConcurrentEdit as exc:
        return Status(409, {"detail": str(exc)})
    return proposal_payload(proposal, label=_label(proposal))


@router.post(
    "/negotiations/{code}/proposals/{proposal_id}/stance",
    response={200: ProposalOut, 400: Error, 401: Error, 403: Error, 404: Error},
    auth=signed_in,
)
def take_stance(request, code: str, proposal_id: int, payload: StanceIn):
    """A focal point's state (or group) supports or objects to a pending proposal."""
    process = _process(request, code)
    if getattr(request.user, "focal_point", None) is None:
        return Status(403, {"detail": "stances are taken by the focal points of the parties"})
    if not negotiations.may_see_proposals(request.user, process):
        return Status(403, NOT_A_PARTY)
    proposal = negotiations.get_proposal(process, proposal_id)
    text_services.take_stance(
        proposal=proposal, party=payload.party, stance=payload.stance, by=request.user
    )
    return proposal_payload(proposal, label=_label(proposal))


def _secretariat_process(request, code, refusal="the secretariat runs the silence procedure"):
    """The process, or the answer refusing a secretariat's step to this user."""
    process = _process(request, code)
    if not negotiations.is_secretariat(request.user):
        return None, Status(403, {"detail": refusal})
    return process, None


def _named_version(process, label):
    """The version a request's body names: one it does not have is a bad request (400)."""
    try:
        return negotiations.get_version(process, label)
    except NotFound as exc:
        raise InvalidInput(str(exc)) from None


@router.post(
    "/negotiations/{code}/revisions",
    response={201: VersionTextOut, 400: Error, 401: Error, 403: Error, 404: Error, 409: Error},
    auth=signed_in,
)
def issue_revision(request, code: str, payload: RevisionIn):
    """The next version: the latest one with its accepted proposals applied (secretariat)."""
    process, refused = _secretariat_process(request, code, "the secretariat issues revisions")
    if refused:
        return refused
    base = _named_version(process, payload.base)
    try:
        version = text_services.issue_revision(
            process=process,
            base=base,
            label=payload.label,
            date=payload.date,
            symbol=payload.symbol,
            expected_revision=payload.revision,
            circulated=payload.circulated,
            by=request.user,
        )
    except text_services.ConcurrentEdit as exc:
        return Status(409, {"detail": str(exc)})
    return Status(201, version_detail_payload(version))


def _moment(text: str, timezone: str) -> dt.datetime:
    try:
        return local_moment(text, timezone)
    except ScheduleError as exc:
        raise InvalidInput(str(exc)) from None


SILENCE_ANSWERS = {400: Error, 401: Error, 403: Error, 404: Error}


@router.post(
    "/negotiations/{code}/silence",
    response={201: SilenceOut, **SILENCE_ANSWERS},
    auth=signed_in,
)
def start_silence(request, code: str, payload: SilenceStartIn):
    """Put a version under silence until a local moment at the venue (secretariat)."""
    process, refused = _secretariat_process(request, code)
    if refused:
        return refused
    version = _named_version(process, payload.version)
    # As the command line does: the deadline is read at the venue unless a zone is given.
    timezone = payload.timezone or process.timezone
    if not timezone:
        raise InvalidInput(f"{process.code} records no venue time zone: give 'timezone'")
    try:
        silence = silence_services.start_silence(
            process=process,
            version=version,
            until=_moment(payload.until, timezone),
            timezone=timezone,
            by=request.user,
            confirmed=payload.confirm,
        )
    except NeedsConfirmation as exc:
        return Status(400, {"detail": f'{exc} (send it again with "confirm": true)'})
    return Status(201, silence_payload(silence))


@router.post(
    "/negotiations/{code}/silence/breaks",
    response={201: SilenceOut, **SILENCE_ANSWERS},
    auth=signed_in,
)
def break_silence(request, code: str, payload: SilenceBreakIn):
    """Record that a party broke the silence, at the moment its letter gives (secretariat)."""
    process, refused = _secretariat_process(request, code)
    if refused:
        return refused
    at = (
        _moment(payload.at, silence_services.zone_of_breaks(process))
        if payload.at
        else dt.datetime.now(dt.UTC)
    )
    entry = silence_services.break_silence(
        process=process, party=payload.party, at=at, by=request.user
    )
    return Status(201, silence_payload(entry.silence))


@router.post(
    "/negotiations/{code}/silence/passed",
    response={200: SilenceOut, **SILENCE_ANSWERS},
    auth=signed_in,
)
def record_silence_passed(request, code: str):
    """Record the running silence as passed, once its deadline is behind (secretariat)."""
    process, refused = _secretariat_process(request, code)
    if refused:
        return refused
    now = dt.datetime.now(dt.UTC)
    return silence_payload(
        silence_services.close_silence(process=process, now=now, by=request.user)
    )
