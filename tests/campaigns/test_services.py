import datetime as dt

import pytest

from plenipo.campaigns.services.campaigns import start_campaign
from plenipo.registry.queries import get_organization, get_state
from plenipo.treaties.queries import get_instrument
from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db


def test_targets_are_the_members_not_parties_then_with_their_stage_now():
    """Taken as of 15 June 2015; four have deposited since, on the days the data record."""
    campaign = start_campaign(
        code="cets-2015",
        title="CETS 197, 10th anniversary",
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
        started_on=dt.date(2015, 6, 15),
        by=None,
    )
    stages = {t.state.code: (t.stage, str(t.stage_since)) for t in campaign.targets.all()}
    assert stages == {
        "CZE": ("deposited", "2017-03-29"),
        "LIE": ("deposited", "2016-01-27"),
        "MCO": ("deposited", "2015-11-30"),
        "RUS": ("not_signed", "2015-06-15"),
        "TUR": ("deposited", "2016-05-02"),
    }


def test_targets_move_when_the_treaty_data_records_a_deposit(django_capture_on_commit_callbacks):
    instrument = get_instrument("CETS-197")
    campaign = start_campaign(
        code="cets-2015",
        title="CETS 197",
        instrument=instrument,
        organization=get_organization("COE"),
        started_on=dt.date(2015, 6, 15),
        by=None,
    )
    # Any recorded action sends the signal; the data already holds the later deposits
    # (Türkiye 2 May 2016, the Czech Republic in March 2017 …), so the targets move on.
    with django_capture_on_commit_callbacks(execute=True):
        record_action(
            instrument=instrument,
            party=get_state("AUT"),
            kind="declaration",
            date="2026-11-01",
            source=SourceFactory(),
            by=None,
        )
    stages = {t.state.code: t.stage for t in campaign.targets.all()}
    assert stages == {
        "CZE": "deposited",
        "LIE": "deposited",
        "MCO": "deposited",
        "TUR": "deposited",
        "RUS": "not_signed",
    }
