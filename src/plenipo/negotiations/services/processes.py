"""Writes to processes: creating one, its facilitators, milestones, consultations, letters
and outcome."""

import re

from django.db import transaction
from django.utils.timezone import localdate

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.moments import moment_text
from plenipo.core.userdates import user_bounds
from plenipo.meetings.schedule import ScheduleError, zone
from plenipo.negotiations.models import (
    Consultation,
    Facilitator,
    FacilitatorRole,
    Milestone,
    MilestoneKind,
    MilestoneStatus,
    NoticeKind,
    OutcomeMethod,
    Process,
    ProcessLetter,
    Visibility,
)
from plenipo.negotiations.queries import latest_version, open_silence
from plenipo.negotiations.transitions import MILESTONE

CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,59}$")
# /office/negotiations/new/ is the form that starts a process: a process of that code could
# not be reached there.
RESERVED_CODES = {"new"}


def _check_choice(value, choices, what):
    if value not in choices.values:
        known = ", ".join(choices.values)
        raise InvalidInput(f"unknown {what} {value!r} (known: {known})")


def _check_zone(timezone):
    if timezone:
        try:
            zone(timezone)
        except ScheduleError as exc:
            raise InvalidInput(str(exc)) from None


@transaction.atomic
def create_process(
    *,
    code,
    title,
    mandate=None,
    visibility=Visibility.SECRETARIAT,
    audience=None,
    timezone="",
    note="",
    source=None,
    by,
) -> Process:
    if not CODE.match(code or ""):
        raise InvalidInput(f"{code!r} is not a process code (letters, digits and '-')")
    if code.lower() in RESERVED_CODES:
        raise InvalidInput(f"{code!r} is reserved: choose another process code")
    if not (title or "").strip():
        raise InvalidInput("a process needs a title")
    _check_choice(visibility, Visibility, "visibility")
    _check_zone(timezone)
    if Process.objects.filter(code__iexact=code).exists():
        raise InvalidInput(f"a negotiation {code!r} already exists")
    process = Process.objects.create(
        code=code,
        title=title.strip(),
        mandate=mandate,
        visibility=visibility,
        audience=audience,
        timezone=timezone,
        note=note,
        source=source,
    )
    log_action(process, "negotiations.process.created", by=by, data={"code": code})
    return process


@transaction.atomic
def appoint_facilitator(
    *,
    process,
    phase,
    role,
    state,
    person=None,
    appointed_by="",
    appointed_on=None,
    note="",
    source=None,
    by,
) -> Facilitator:
    """Record who facilitates a phase; who appointed them and when stay empty unless a
    source says."""
    _check_choice(role, FacilitatorRole, "facilitator role")
    if not (phase or "").strip():
        raise InvalidInput("name the phase the facilitator serves in")
    phase = check_text(Facilitator, "phase", phase.strip(), what="the phase")
    check_text(Facilitator, "appointed_by", appointed_by, what="who appointed them")
    if process.facilitators.filter(phase=phase, state=state).exists():
        raise InvalidInput(f"{state.code} already facilitates {phase!r} of {process.code}")
    facilitator = Facilitator.objects.create(
        process=process,
        phase=phase,
        role=role,
        state=state,
        person=person,
        appointed_by=appointed_by,
        appointed_on=user_bounds(appointed_on, "appointed on", required=False),
        note=note,
        source=source,
    )
    log_action(
        facilitator,
        "negotiations.facilitator.appointed",
        by=by,
        data={"process": process.code, "state": state.code, "phase": phase},
    )
    return facilitator


@transaction.atomic
def remove_facilitator(facilitator, *, by) -> None:
    """Take back an appointment recorded in error or no longer held: the process's page and
    its letters then no longer name that state for the phase; the audit log keeps who it was."""
    data = {
        "process": facilitator.process.code,
        "state": facilitator.state.code,
        "phase": facilitator.phase,
        "role": facilitator.role,
    }
    log_action(facilitator, "negotiations.facilitator.removed", by=by, data=data)
    facilitator.delete()


@transaction.atomic
def add_milestone(
    *, process, kind, title, date, status, time_text="", note="", source=None, by
) -> Milestone:
    _check_choice(kind, MilestoneKind, "milestone kind")
    if not (title or "").strip():
        raise InvalidInput("a milestone needs a title (e.g. Zero draft circulated)")
    title = check_text(Milestone, "title", title.strip(), what="the milestone's title")
    check_text(Milestone, "time_text", time_text, what="the milestone's time")
    _check_choice(status, MilestoneStatus, "milestone status")
    MILESTONE.check_initial(status)
    milestone = Milestone.objects.create(
        process=process,
        kind=kind,
        title=title,
        date=user_bounds(date, "milestone date"),
        time_text=time_text,
        status=status,
        note=note,
        source=source,
    )
    log_action(milestone, "negotiations.milestone.added", by=by, data={"process": process.code})
    return milestone


@transaction.atomic
def set_milestone_status(milestone, new, *, by) -> Milestone:
    """Mark an announced milestone done (the zero draft circulated, the deadline passed)."""
    stored = Milestone.objects.select_for_update().values_list("status", flat=True)
    MILESTONE.check(stored.get(pk=milestone.pk), new)
    milestone.status = new
    milestone.save(update_fields=["status"])
    log_action(milestone, "negotiations.milestone.status", by=by, data={"status": new})
    return milestone


@transaction.atomic
def link_consultation(*, process, meeting, by) -> Consultation:
    """A recorded meeting held as part of the process: its page and the schedule letter
    list it among the consultations."""
    if process.consultations.filter(meeting=meeting).exists():
        raise InvalidInput(f"{meeting} is already a consultation of {process.code}")
    consultation = Consultation.objects.create(process=process, meeting=meeting)
    log_action(
        consultation,
        "negotiations.consultation.linked",
        by=by,
        data={"process": process.code, "meeting": meeting.pk},
    )
    return consultation


@transaction.atomic
def link_letter(*, process, letter, by, silence=None, notice="") -> ProcessLetter:
    """Link a letter to the process; a silence notice also names its silence procedure
    and which notice it is (``NoticeKind``)."""
    if notice:
        _check_choice(notice, NoticeKind, "notice")
    if bool(silence) != bool(notice):
        raise InvalidInput("a silence notice names both its silence procedure and its kind")
    if silence is not None and silence.process_id != process.pk:
        raise InvalidInput(f"that silence procedure is not one of {process.code}'s")
    link, created = ProcessLetter.objects.get_or_create(
        process=process, letter=letter, defaults={"silence": silence, "notice": notice}
    )
    if created:
        log_action(
            link,
            "negotiations.letter.linked",
            by=by,
            data={"process": process.code, "letter": letter.pk, "notice": notice or None},
        )
    return link


@transaction.atomic
def record_outcome(
    *,
    process,
    symbol,
    date,
    method,
    decision=None,
    votes_for=None,
    votes_against=None,
    abstentions=None,
    source=None,
    by,
) -> Process:
    """The adopted text: its symbol, day, and how it was adopted (a vote with its tally)."""
    symbol = (symbol or "").strip()
    if not symbol:
        raise InvalidInput("the adopted text needs its symbol (e.g. A/RES/72/1)")
    _check_choice(method, OutcomeMethod, "adoption method")
    tally = (votes_for, votes_against, abstentions)
    _check_tally(method, tally)
    day = user_bounds(date, "outcome date")
    _check_adoptable(process, day, sourced=source is not None)
    process.outcome_symbol = symbol
    process.outcome_decision = decision
    process.outcome_date = day
    process.outcome_method = method
    process.votes_for, process.votes_against, process.abstentions = tally
    process.outcome_source = source
    process.save()
    log_action(
        process,
        "negotiations.process.outcome",
        by=by,
        data={"symbol": symbol, "method": method},
    )
    return process


# Votes on one text: far above the largest assembly's members, far below what a database
# column overflows at.
MAX_VOTES = 10_000


def outcome_refusal(process, *, sourced: bool = False) -> str | None:
    """Why no adoption can be recorded on ``process`` now, whatever its date, or None: a
    process without any version has no text to adopt (unless the adoption is ``sourced``:
    a record of the data files may cite an adopted text whose drafts are not stored), and a
    text under silence waits for the silence to pass or be broken (it decides whether the
    text is agreed). The office offers the outcome form only when this is None."""
    if latest_version(process) is None and not sourced:
        return f"{process.code} has no text yet: upload its draft before recording an adoption"
    silence = open_silence(process)
    if silence is not None:
        until = moment_text(silence.until, silence.timezone)
        return (
            f"{process.code} {silence.version.label} is under silence until {until}: "
            "record the silence passed or broken first"
        )
    return None


def _check_adoptable(process, day, *, sourced: bool) -> None:
    """An adoption is recorded once it happened, of a text there is, not before that text's
    latest version was dated, and not while it is under silence (``outcome_refusal``)."""
    refusal = outcome_refusal(process, sourced=sourced)
    if refusal:
        raise InvalidInput(refusal)
    if day.not_before and day.not_before > localdate():
        raise InvalidInput(
            f"the outcome date {day} is still to come: record the adoption once it happened"
        )
    latest = latest_version(process)
    if latest is not None and latest.date and day.not_after and day.not_after < latest.date:
        raise InvalidInput(
            f"the outcome date {day} is before {latest.label}, the latest version, dated "
            f"{latest.date.isoformat()}: an adoption comes after the text it adopts"
        )


def _check_tally(method, tally) -> None:
    """A vote has its tally (at least the votes in favour, none negative, more in favour
    than against: a draft with fewer is not adopted); a consensus has none."""
    votes_for, votes_against, _ = tally
    if method == OutcomeMethod.CONSENSUS and any(v is not None for v in tally):
        raise InvalidInput("an adoption by consensus has no tally")
    if method != OutcomeMethod.VOTE:
        return
    if votes_for is None:
        raise InvalidInput("an adoption by vote needs its tally: at least the votes in favour")
    if any(v is not None and (not isinstance(v, int) or not 0 <= v <= MAX_VOTES) for v in tally):
        raise InvalidInput(
            f"a tally counts votes: whole numbers, none negative, none above {MAX_VOTES:,}"
        )
    if votes_against is not None and votes_for <= votes_against:
        raise InvalidInput(
            f"{votes_for} in favour and {votes_against} against does not adopt a text"
        )
