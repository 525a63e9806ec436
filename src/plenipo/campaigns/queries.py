"""Reads of campaigns shared by the office, the API and the CLI."""

from django.db.models import Count

from plenipo.campaigns.models import Campaign, Stage, Target
from plenipo.core.errors import NotFound


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


def progress(campaign) -> dict:
    targets = list(campaign.targets.select_related("state").prefetch_related("letters"))
    return {
        "campaign": campaign.code,
        "instrument": campaign.instrument.code,
        "targets": [
            {
                "state": t.state.code,
                "name": t.state.name,
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


def targets_due_a_letter():
    """Targets that have not deposited and have had no letter yet, campaign by campaign."""
    return (
        Target.objects.exclude(stage=Stage.DEPOSITED)
        .filter(letters__isnull=True)
        .select_related("campaign", "state")
        .order_by("campaign__code", "state__code")
    )


def all_campaigns():
    """Every campaign, newest first, with its instrument, organization and target count."""
    return (
        Campaign.objects.select_related("instrument", "organization")
        .annotate(target_count=Count("targets"))
        .order_by("-started_on", "code")
    )
