"""Silence procedures: a version under silence until a moment in the venue's zone; each
break recorded with its party, moment and letter; the outcome, passed or broken."""

import datetime as dt

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.moments import moment_text
from plenipo.negotiations import cautions
from plenipo.negotiations.models import Silence, SilenceBreak, SilenceStatus
from plenipo.negotiations.queries import latest_version, open_silence, resolve_party
from plenipo.negotiations.services.status import set_status
from plenipo.negotiations.services.texts import check_still_negotiated


def zone_of_breaks(process) -> str:
    """The zone a break's local time is written in: that of the running silence's deadline
    (the venue's), or the process's when none runs."""
    running = open_silence(process)
    return running.timezone if running else process.timezone


@transaction.atomic
def start_silence(
    *,
    process,
    version,
    until: dt.datetime,
    timezone,
    note="",
    source=None,
    by,
    now=None,
    confirmed: bool = False,
):
    """``until`` is an aware moment; ``timezone`` is the zone it was given in. ``now``: the
    moment the silence starts (default: the current time), given when recording one that
    ran in the past. Unless ``confirmed``, proposals still pending refuse it
    (``cautions.NeedsConfirmation``); confirmed, the audit entry names them."""
    if until.tzinfo is None:
        raise InvalidInput("the end of a silence procedure needs its time zone")
    check_still_negotiated(process)
    if open_silence(process) is not None:
        raise InvalidInput(f"{process.code} is already under silence")
    now = now or dt.datetime.now(dt.UTC)
    if until <= now:
        raise InvalidInput(f"the deadline {moment_text(until)} is already past")
    current = latest_version(process)
    if current is None or current.pk != version.pk:
        raise InvalidInput(
            f"a silence runs on the current version of {process.code} "
            f"({current.label if current else 'none yet'}), not on {version.label}"
        )
    cautions.check_silence(process, confirmed=confirmed)
    pending = [p.pk for p in cautions.pending_proposals(process)]
    silence = Silence.objects.create(
        process=process,
        version=version,
        started=now.astimezone(dt.UTC),
        until=until.astimezone(dt.UTC),
        timezone=timezone,
        note=note,
        source=source,
    )
    log_action(
        silence,
        "negotiations.silence.started",
        by=by,
        data={
            "process": process.code,
            "version": version.label,
            "until": until.isoformat(),
            **({"pending_confirmed": pending} if pending else {}),
        },
    )
    return silence


@transaction.atomic
def break_silence(*, process, party, at: dt.datetime, letter=None, note="", by) -> SilenceBreak:
    silence = open_silence(process)
    if silence is None:
        raise InvalidInput(f"{process.code} is not under silence")
    zone = silence.timezone
    if at > silence.until:
        raise InvalidInput(
            f"the silence ended at {moment_text(silence.until, zone)}; a break at "
            f"{moment_text(at, zone)} comes after it"
        )
    if silence.started is not None and at < silence.started:
        raise InvalidInput(
            f"the silence started at {moment_text(silence.started, zone)}; a break at "
            f"{moment_text(at, zone)} comes before it"
        )
    code, _ = resolve_party(party)
    entry = SilenceBreak.objects.create(
        silence=silence, party=code, at=at, letter=letter, note=note
    )
    set_status(silence, SilenceStatus.BROKEN, by=by, data={"party": code, "at": at.isoformat()})
    return entry


@transaction.atomic
def close_silence(*, process, now: dt.datetime, by) -> Silence:
    """Once its time has passed unbroken, the silence passed."""
    silence = open_silence(process)
    if silence is None:
        raise InvalidInput(f"{process.code} is not under silence")
    if now < silence.until:
        raise InvalidInput(f"the silence runs until {moment_text(silence.until, silence.timezone)}")
    set_status(silence, SilenceStatus.PASSED, by=by)
    return silence
