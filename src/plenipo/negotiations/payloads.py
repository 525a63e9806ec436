"""The JSON shapes of processes, proposals and silences, shared by the surfaces."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from plenipo.core.partialdates import DateBounds
from plenipo.meetings.queries import meeting_payload
from plenipo.negotiations.models import NoticeKind, Process, SilenceStatus
from plenipo.negotiations.queries import party_names, pure_version, versions_of
from plenipo.negotiations.texts import number_of
from plenipo.negotiations.transitions import milestone_shown


def bounds_payload(bounds: DateBounds | None) -> dict | None:
    """``{"date": …}`` for a known day, else the bounds; None when no source gives one."""
    if bounds is None:
        return None
    if bounds.is_exact:
        return {"date": bounds.day.isoformat()}
    return {
        "date": None,
        "not_before": bounds.not_before.isoformat() if bounds.not_before else None,
        "not_after": bounds.not_after.isoformat() if bounds.not_after else None,
        "text": str(bounds),
    }


def mandate_payload(process: Process) -> dict | None:
    mandate = process.mandate
    if mandate is None:
        return None
    number = mandate.paragraph_number
    return {
        "decision": mandate.decision.symbol,
        "paragraph": number or None,
        "reference": f"{mandate.decision.symbol} OP{number}" if number else mandate.decision.symbol,
    }


def facilitator_payload(facilitator) -> dict:
    return {
        "phase": facilitator.phase,
        "role": facilitator.role,
        "state": facilitator.state.code,
        "person": facilitator.person.name if facilitator.person_id else None,
        "appointed_by": facilitator.appointed_by or None,
        "appointed_on": bounds_payload(facilitator.appointed_on),
        "source": facilitator.source.key if facilitator.source_id else None,
    }


def milestone_payload(milestone, today: dt.date | None = None) -> dict:
    today = today or dt.date.today()  # noqa: DTZ011 -- milestone days are calendar days
    return {
        "kind": milestone.kind,
        "title": milestone.title,
        **bounds_payload(milestone.date),
        "time": milestone.time_text or None,
        "status": milestone.status,
        "status_shown": milestone_shown(milestone.status, milestone.date, today),
        "source": milestone.source.key if milestone.source_id else None,
    }


def deadline_passed_unrecorded(silence, now: dt.datetime | None = None) -> bool:
    """A silence still recorded as running whose deadline is behind: it passes only once
    that is recorded (and its result notice waits for it)."""
    now = now or dt.datetime.now(dt.UTC)
    return silence.status == SilenceStatus.UNDER_SILENCE and now >= silence.until


def silence_payload(silence, now=None) -> dict:
    local = silence.until.astimezone(ZoneInfo(silence.timezone))
    drafted = dict.fromkeys(NoticeKind.values, 0)
    for link in silence.notices.all():
        drafted[link.notice] += 1
    breaks = list(silence.breaks.select_related("letter"))
    # the parties named as the UN named them on the version's day (two queries, if any broke)
    names = party_names({entry.party for entry in breaks}, silence.version.date) if breaks else {}
    return {
        "id": silence.pk,
        "version": silence.version.label,
        "until": local.isoformat(),
        "timezone": silence.timezone,
        "status": silence.status,
        "deadline_passed": deadline_passed_unrecorded(silence, now),
        "breaks": [
            {
                "party": entry.party,
                "name": names.get(entry.party) or entry.party,
                "at": entry.at.astimezone(ZoneInfo(silence.timezone)).isoformat(),
                "letter": entry.letter.reference or entry.letter.pk if entry.letter_id else None,
            }
            for entry in breaks
        ],
        "notices": drafted,  # letters drafted to the missions, by notice
    }


def outcome_payload(process: Process) -> dict | None:
    if not process.outcome_symbol:
        return None
    tally = None
    if process.outcome_method == "vote":
        tally = {
            "for": process.votes_for,
            "against": process.votes_against,
            "abstentions": process.abstentions,
        }
    return {
        "symbol": process.outcome_symbol,
        **(bounds_payload(process.outcome_date) or {"date": None}),
        "method": process.outcome_method or None,
        "tally": tally,
        "source": process.outcome_source.key if process.outcome_source_id else None,
    }


def version_payload(version) -> dict:
    return {
        "label": version.label,
        "circulated": version.circulated,
        "date": version.date.isoformat() if version.date else None,
        "symbol": version.symbol or None,
        "paragraphs": version.paragraphs.count(),
    }


def process_payload(process: Process, now=None, *, versions=None, user=None) -> dict:
    """``versions``: those the reader may see (default: all, as the secretariat); ``user``:
    the reader, for the documents of the consultations (None: the public)."""
    versions = list(versions_of(process) if versions is None else versions)
    shown = {v.pk for v in versions}
    consultations = process.consultations.select_related("meeting__body", "meeting__room__venue")
    return {
        "code": process.code,
        "title": process.title,
        "visibility": process.visibility,
        "audience": process.audience.code if process.audience_id else None,
        "mandate": mandate_payload(process),
        "facilitators": [
            facilitator_payload(f)
            for f in process.facilitators.select_related("state", "person", "source")
        ],
        "milestones": [milestone_payload(m) for m in process.milestones.select_related("source")],
        "consultations": [meeting_payload(c.meeting, user=user) for c in consultations],
        "letters": [
            {
                "id": link.letter.pk,
                "reference": link.letter.reference,
                "date": str(link.letter.date),
            }
            for link in process.letters.filter(notice="").select_related("letter")
        ],
        "versions": [version_payload(v) for v in versions],
        "silence": [
            silence_payload(s, now)
            for s in process.silences.select_related("version").prefetch_related("notices")
            if s.version_id in shown
        ],
        "outcome": outcome_payload(process),
        "revision": process.revision,
        "source": process.source.key if process.source_id else None,
    }


def decided_payload(decided) -> dict:
    """A proposal decided on a version and not yet applied (``queries.DecidedProposal``)."""
    return {
        "proposal": decided.proposal.pk,
        "party": decided.proposal.party,
        "paragraph": decided.label,
        "status": decided.proposal.status,
        "decided_at": decided.decided_at.isoformat() if decided.decided_at else None,
        "reason": decided.reason or None,
        "agreed": decided.agreed,
    }


def proposal_payload(proposal, label: str | None = None) -> dict:
    return {
        "id": proposal.pk,
        "version": proposal.made_on.label,
        "paragraph": label,
        "party": proposal.party,
        "action": proposal.action,
        "old": proposal.old or None,
        "new": proposal.new or None,
        "supporters": proposal.supporters,
        "objectors": proposal.objectors,
        "status": proposal.status,
        "applied_in": proposal.applied_in.label if proposal.applied_in_id else None,
    }


def version_detail_payload(version) -> dict:
    """A version with its paragraphs, each under its label as negotiators cite it."""
    pure = pure_version(version)
    return {
        **version_payload(version),
        "title": pure.title,
        "formula": pure.formula,
        "paragraphs": [
            {
                "id": p.pid,
                "label": pure.label_of(p.pid),
                "number": number_of(pure, p.pid),
                "kind": p.kind.value,
                "text": p.text,
            }
            for p in pure.paragraphs
        ],
    }


def compilation_payload(compilation, proposals: dict) -> dict:
    """The compilation text as data; ``proposals`` are the stored ones by id (as text)."""
    return {
        "version": compilation.version.label,
        "formula": compilation.version.formula,
        "paragraphs": [
            {
                "label": p.label,
                "number": p.number,
                "status": p.status.value,
                "text": p.text,
                "proposals": [int(i) for i in p.proposals],
                "conflicting": [int(i) for i in p.conflicting],
            }
            for p in compilation.paragraphs
        ],
        "stale": [
            {"proposal": int(s.proposal.id), "party": s.proposal.by, "reason": s.stale}
            for s in compilation.stale
        ],
        "proposals": [
            proposal_payload(proposals[key], label=label_for(compilation, proposals[key]))
            for key in sorted(proposals, key=int)
        ],
    }


def label_for(compilation, proposal) -> str | None:
    """The label of the paragraph a proposal acts on, in the compiled version."""
    version = compilation.version
    return version.label_of(proposal.paragraph) if proposal.paragraph in version else None
