"""A target's stage moves only as the stage table allows (cases from the table itself)."""

import datetime as dt

import pytest

from plenipo.campaigns.models import Campaign, Stage, Target
from plenipo.campaigns.services.campaigns import note_target, set_status
from plenipo.campaigns.stages import STAGE
from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.registry.queries import get_organization, get_state
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db


def _target(stage):
    campaign = Campaign.objects.create(
        code="cets-test",
        title="CETS 197",
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
        started_on=dt.date(2015, 6, 15),
    )
    return Target.objects.create(
        campaign=campaign, state=get_state("RUS"), stage=stage, stage_since=dt.date(2015, 6, 15)
    )


def _events(target):
    return ActivityLog.objects.filter(
        action_type="campaigns.target.stage_changed", object_id=str(target.pk)
    )


def test_the_table_covers_every_stage():
    assert set(STAGE.statuses) == set(Stage.values)


@pytest.mark.parametrize(("current", "new"), STAGE.refused())
def test_a_target_refuses_what_the_stage_table_refuses(current, new):
    target = _target(current)
    with pytest.raises(InvalidInput) as refused:
        set_status(target, new, by=None)
    assert str(refused.value) == f"{target}: {STAGE.refusal(current, new)}"
    target.refresh_from_db()
    assert (target.stage, target.stage_since, _events(target).count()) == (
        current,
        dt.date(2015, 6, 15),
        0,
    )


@pytest.mark.parametrize(
    ("current", "new"), [(a, b) for a in STAGE.statuses for b in sorted(STAGE.allowed[a])]
)
def test_a_target_moves_as_the_stage_table_allows(current, new):
    target = _target(current)
    set_status(target, new, by=None, since=dt.date(2016, 5, 2))
    target.refresh_from_db()
    assert (target.stage, target.stage_since) == (new, dt.date(2016, 5, 2))
    assert _events(target).get().data == {"from": current, "to": new}


def test_a_party_records_no_domestic_approval_by_hand():
    target = _target("deposited")
    with pytest.raises(InvalidInput, match="no domestic approval left to seek"):
        note_target(target=target, stage="domestic_approval", pledge="Will ratify", by=None)
    target.refresh_from_db()
    assert (target.stage, target.pledge) == ("deposited", "")


def test_an_unknown_stage_is_named():
    with pytest.raises(InvalidInput, match="unknown target stage 'ratified'"):
        note_target(target=_target("signed"), stage="ratified", by=None)
