"""Reads of campaigns shared by the office, the API and the CLI."""

import datetime as dt

from django.utils import translation

from plenipo.campaigns.models import Campaign, Stage
from plenipo.core.errors import NotFound
from plenipo.registry.queries import interface_language, official_names_on


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
