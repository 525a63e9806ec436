"""Reads of campaigns shared by the office, the API and the CLI."""

import datetime as dt
import unicodedata

from django.db.models import Count, Prefetch
from django.utils import translation

from plenipo.campaigns.models import Campaign, Stage, Target
from plenipo.core.errors import NotFound
from plenipo.correspondence.models import Letter
from plenipo.correspondence.recipients import Distribution, distribution, ministers_of_states
from plenipo.registry.queries import interface_language, official_names_on
from plenipo.treaties.models import Action
from plenipo.treaties.queries import status_of
from plenipo.treaties.status import change_points, count_parties


def get_campaign(code) -> Campaign:
    campaign = (
        Campaign.objects.select_related("instrument", "organization", "template")
        .filter(code=code)
        .first()
    )
    if campaign is None:
        raise NotFound(f"no campaign {code!r}")
    return campaign


def campaign_for(instrument, organization):
    return Campaign.objects.filter(instrument=instrument, organization=organization).first()


def progress(campaign, *, day: dt.date | None = None) -> dict:
    """Each target's stage; targets are named as the UN names them on ``day`` (today)."""
    targets = list(campaign.targets.select_related("state").prefetch_related("letters"))
    day = day or dt.date.today()  # noqa: DTZ011 -- calendar day
    language = interface_language(translation.get_language())
    names = official_names_on(day, language=language, states=[t.state.code for t in targets])
    return {
        "campaign": campaign.code,
        "instrument": campaign.instrument.code,
        "targets": [
            {
                "state": t.state.code,
                "name": names.get(t.state.code) or t.state.name,
                "stage": t.stage,
                "stage_since": t.stage_since.isoformat() if t.stage_since else None,
                "letters": [letter.reference or letter.pk for letter in t.letters.all()],
                "pledge": t.pledge,
                "outcome": t.outcome,
            }
            for t in targets
        ],
        "by_stage": {s.label: sum(t.stage == s.value for t in targets) for s in Stage},
    }


def targets_due_a_letter(day: dt.date) -> list[dict]:
    """Targets that have not deposited and have had no letter yet, campaign by campaign,
    each named as the UN names it on ``day``, in the order of those names:
    ``{"target", "name"}``."""
    targets = list(
        Target.objects.exclude(stage=Stage.DEPOSITED)
        .filter(letters__isnull=True)
        .select_related("campaign", "state")
        .order_by("campaign__code", "state__code")
    )
    language = interface_language(translation.get_language())
    names = official_names_on(day, language=language, states=[t.state.code for t in targets])
    rows = [{"target": t, "name": names.get(t.state.code) or t.state.name} for t in targets]
    return sorted(rows, key=lambda row: (row["target"].campaign.code, name_order(row["name"])))


def name_order(name: str) -> str:
    """A state's name as it sorts in a list read by people: by the name shown, accents and
    case aside ("Côte d'Ivoire" among the C's), never by its ISO code."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def campaign_distribution(campaign: Campaign, day: dt.date) -> Distribution:
    """The ministers of a campaign's targets, named as on ``day``, to write to about it:
    those not yet certainly parties on ``day`` (a letter urging ratification is never written
    to a state that has deposited its instrument)."""
    states = [
        t.state
        for t in campaign.targets.select_related("state")
        if not (t.stage == Stage.DEPOSITED and t.stage_since and t.stage_since <= day)
    ]
    return Distribution(
        ministers_of_states(states, day),
        instrument=campaign.instrument,
        organization=campaign.organization,
        campaign=campaign,
    )


def distribution_list(spec: str, day: dt.date, *, at: str = "") -> Distribution:
    """Any list letters are written to: a campaign's targets (``campaign:CODE``), or one the
    correspondence app resolves (``missions:UN-VIE``, ``members:BODY`` at ``at`` …)."""
    kind, _, code = (spec or "").partition(":")
    if kind == "campaign":
        return campaign_distribution(get_campaign(code), day)
    return distribution(spec, day, at=at)


def all_campaigns():
    """Every campaign, newest first, with its instrument, organization and target count."""
    return (
        Campaign.objects.select_related("instrument", "organization")
        .annotate(target_count=Count("targets"))
        .order_by("-started_on", "code")
    )


def next_step(target, letters, today) -> str:
    """What the secretariat does next for a target, from its stage and its letters."""
    if target.stage == Stage.DEPOSITED:
        return "none: a party"
    if not letters:
        return "write the first letter"
    last = letters[-1]
    if last.status in {"draft", "approved", "queued", "failed"}:
        return f"send {last.reference or 'the letter'} ({last.get_status_display().lower()})"
    if any(letter.replies.all() for letter in letters):
        return (
            "follow up the reply: the ratification"
            if target.stage == Stage.SIGNED
            else "follow up the reply"
        )
    if last.expects_reply_by and last.expects_reply_by < today:
        return f"remind: the reply was expected by {last.expects_reply_by}"
    return "await the reply"


ACTION_DATE = (Action.date.not_before, Action.date.not_after, Action.date.precision)


def _date_order(action) -> dt.date:
    return action.date.not_after or action.date.not_before or dt.date.min


def last_actions(campaign) -> dict[int, Action]:
    """Each target state's latest recorded action on the campaign's instrument, by state id,
    in one query: what "since" means on the campaign's page (its date as the source gives
    it, bounds and all), never the day the campaign took its targets."""
    latest: dict[int, Action] = {}
    # In the order recorded: of two actions dated alike, the later recorded is shown.
    actions = (
        Action.objects.filter(
            instrument=campaign.instrument, state__in=campaign.targets.values("state")
        )
        .only("state_id", "kind", *ACTION_DATE)
        .order_by("pk")
    )
    for action in actions:
        known = latest.get(action.state_id)
        if known is None or _date_order(action) >= _date_order(known):
            latest[action.state_id] = action
    return latest


def campaign_targets(campaign, today) -> list[dict]:
    """Each target, named as the UN names it ``today``, with its stage, its latest action on
    the instrument, letters, replies and next step, in five queries; in the order of the
    names shown."""
    letters = Letter.objects.prefetch_related("replies").order_by("date", "pk")
    targets = list(
        campaign.targets.select_related("state").prefetch_related(
            Prefetch("letters", queryset=letters)
        )
    )
    language = interface_language(translation.get_language())
    names = official_names_on(today, language=language, states=[t.state.code for t in targets])
    latest = last_actions(campaign)
    rows = []
    for target in targets:
        written = list(target.letters.all())
        rows.append(
            {
                "target": target,
                "name": names.get(target.state.code) or target.state.name,
                "last_action": latest.get(target.state_id),
                "letters": written,
                "replies": [reply for letter in written for reply in letter.replies.all()],
                "next_step": next_step(target, written, today),
            }
        )
    return sorted(rows, key=lambda row: name_order(row["name"]))


def targets_parties_over_time(campaign, until):
    """How many of the campaign's targets were parties, day by day from its start: a
    series of (day, Count) for a step chart."""
    codes = set(campaign.targets.values_list("state__code", flat=True))
    status = status_of(campaign.instrument, until)
    mine = [p for p in status.participations if p.party in codes]
    days = [campaign.started_on] + [
        d for d in change_points(mine) if campaign.started_on < d <= until
    ]
    return [(day, count_parties(mine, day)) for day in days]
