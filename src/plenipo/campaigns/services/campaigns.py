"""Ratification campaigns: targets from the status engine, letters, pledges, outcomes."""

import datetime as dt

from django.db import transaction

from plenipo.campaigns.models import Campaign, Stage, Target
from plenipo.campaigns.stages import STAGE, stage_began, stage_on
from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.status import change_status
from plenipo.treaties.models import Participation
from plenipo.treaties.queries import status_of
from plenipo.treaties.services.status import participation_facts


@transaction.atomic
def start_campaign(
    *, code, title, instrument, organization, started_on, by, template=None
) -> Campaign:
    """Open a campaign; its targets are the members of ``organization`` that are not parties
    to ``instrument`` on ``started_on``. A campaign with no target is refused: it would
    write to nobody and chart nothing."""
    if Campaign.objects.filter(code=code).exists():
        raise InvalidInput(f"a campaign {code!r} already exists")
    longest = Campaign._meta.get_field("title").max_length
    if len(title) > longest:
        raise InvalidInput(f"the title is {len(title)} characters long; at most {longest}")
    status = status_of(instrument, started_on, members_of=organization)
    _refuse_without_targets(status, instrument, organization, started_on)
    campaign = Campaign.objects.create(
        code=code,
        title=title,
        instrument=instrument,
        organization=organization,
        started_on=started_on,
        template=template,
    )
    for item in status.members_not_parties:
        Target.objects.create(
            campaign=campaign,
            state=item["state"],
            stage=Stage.SIGNED if item["signed"] else Stage.NOT_SIGNED,
            stage_since=started_on,
        )
    log_action(
        campaign,
        "campaigns.campaign.started",
        by=by,
        data={"instrument": instrument.code, "targets": campaign.targets.count()},
    )
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    if started_on < today:
        # Targets taken on a past day: what the treaty data record since then applies now.
        refresh_stages(instrument=instrument, day=today, by=by)
    return campaign


def start_campaign_for(
    *, instrument, organization, started_on, by, title="", template=None
) -> Campaign:
    """A campaign coded and titled the one way the office, the CLI and the API name it:
    ``cets-197-coe-20150615``, "Ratification of CETS-197 by the members of COE"."""
    return start_campaign(
        code=f"{instrument.code}-{organization.code}-{started_on:%Y%m%d}".lower(),
        title=title or f"Ratification of {instrument.code} by the members of {organization.code}",
        instrument=instrument,
        organization=organization,
        started_on=started_on,
        by=by,
        template=template,
    )


def _refuse_without_targets(status, instrument, organization, day: dt.date) -> None:
    if status.members_not_parties:
        return
    if not status.members:
        raise InvalidInput(f"no member of {organization.code} is recorded on {day}: no target")
    raise InvalidInput(
        f"no member of {organization.code} is a target on {day}: all {len(status.members)} "
        f"are parties to {instrument.code}"
    )


def refresh_stages(*, instrument, day: dt.date | None = None, by=None) -> int:
    """Move targets to the stage the treaty data now shows (after a signature or deposit
    is recorded). Domestic approval, recorded by hand, is kept until a deposit."""
    day = day or dt.date.today()  # noqa: DTZ011 -- calendar day
    moved = 0
    rows = {
        p.state_id: p
        for p in Participation.objects.filter(instrument=instrument, state__isnull=False)
    }
    for target in Target.objects.filter(campaign__instrument=instrument).select_related("campaign"):
        row = rows.get(target.state_id)
        fact = participation_facts([row])[0] if row else None
        stage = stage_on(fact, day, approval_under_way=target.stage == Stage.DOMESTIC_APPROVAL)
        if stage != target.stage:
            since = stage_began(fact, stage, day)
            set_status(target, stage, by=by, note="the treaty data", since=since)
            moved += 1
    return moved


@transaction.atomic
def set_status(target, new, *, by, note="", since=None) -> Target:
    """The one writer of a target's stage; refuses a move the stage table does not allow,
    with the reason. ``since``: the day the target reached it (default today)."""
    change_status(
        target,
        new,
        machine=STAGE,
        field="stage",
        by=by,
        event="campaigns.target.stage_changed",
        note=note,
        changes={"stage_since": since or dt.date.today()},  # noqa: DTZ011 -- calendar day
    )
    return target


@transaction.atomic
def note_target(*, target, by, stage=None, contacts=None, pledge=None, outcome=None) -> Target:
    if stage is not None and stage != target.stage:
        set_status(target, stage, by=by)
    for name, value in (("contacts", contacts), ("pledge", pledge), ("outcome", outcome)):
        if value is not None:
            setattr(target, name, value)
    target.save(update_fields=["contacts", "pledge", "outcome"])
    log_action(target, "campaigns.target.noted", by=by, data={"stage": target.stage})
    return target


@transaction.atomic
def attach_letters(*, campaign, letters, by) -> int:
    """Link written letters to the campaign targets they are addressed to."""
    targets = {t.state_id: t for t in campaign.targets.all()}
    attached = 0
    for letter in letters:
        target = targets.get(letter.recipient_state_id)
        if target is not None:
            target.letters.add(letter)
            attached += 1
    log_action(campaign, "campaigns.letters.attached", by=by, data={"letters": attached})
    return attached
