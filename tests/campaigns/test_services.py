import datetime as dt

import pytest

from plenipo.campaigns.services.campaigns import start_campaign
from plenipo.registry.queries import get_organization, get_state
from plenipo.treaties.queries import get_instrument
from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db


def test_targets_are_the_members_not_parties_with_their_stage():
    campaign = start_campaign(
        code="cets-2015",
        title="CETS 197, 10th anniversary",
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
        started_on=dt.date(2015, 6, 15),
        by=None,
    )
    assert {t.state.code: t.stage for t in campaign.targets.all()} == {
        "CZE": "not_signed",
        "LIE": "not_signed",
        "MCO": "not_signed",
        "RUS": "not_signed",
        "TUR": "signed",
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
