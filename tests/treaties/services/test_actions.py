import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.treaties.models import Action
from plenipo.treaties.queries import status_of
from plenipo.treaties.services.actions import record_action, record_new_action, record_snapshot
from tests.factories.registry import SourceFactory, state
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db

CETS_LIKE = {"sign": [{"members_of": "COE"}], "accede": [{"non_members_of": "COE"}]}


def test_record_action_writes_the_audit_log_and_the_derived_status():
    treaty = instrument(eligibility=CETS_LIKE)
    action = record_action(
        instrument=treaty,
        party=state("ALB"),
        kind="ratification",
        date="2007-02-06",
        source=SourceFactory(),
        by=None,
    )
    log = ActivityLog.objects.get(action_type="treaties.action.recorded", object_id=str(action.pk))
    assert log.data["party"] == "ALB"
    status = status_of(treaty, action.date.day)
    assert [p.code for p in status.parties] == ["ALB"]


def test_record_action_refuses_a_date_before_the_opening_for_signature():
    treaty = instrument(opened="2005-05-16")
    with pytest.raises(InvalidInput, match="before the instrument was opened for signature"):
        record_action(
            instrument=treaty,
            party=state("ALB"),
            kind="signature",
            date="2004-01-01",
            source=SourceFactory(),
            by=None,
        )
    assert not Action.objects.filter(instrument=treaty).exists()


def test_record_action_refuses_accession_by_a_member():
    # Russia was a member of the Council of Europe in 2015 (built-in memberships).
    treaty = instrument(eligibility=CETS_LIKE)
    with pytest.raises(InvalidInput, match="Russia is not entitled to accede"):
        record_action(
            instrument=treaty,
            party=state("RUS"),
            kind="accession",
            date="2015-06-15",
            source=SourceFactory(),
            by=None,
        )


def test_record_action_refuses_ratification_by_a_state_that_may_not_sign():
    treaty = instrument(eligibility=CETS_LIKE)
    with pytest.raises(InvalidInput, match="United States is not entitled to ratification"):
        record_action(
            instrument=treaty,
            party=state("USA"),
            kind="ratification",
            date="2015-06-15",
            source=SourceFactory(),
            by=None,
        )


def test_record_action_refuses_an_impossible_date():
    with pytest.raises(InvalidInput, match="impossible date"):
        record_action(
            instrument=instrument(),
            party=state("ALB"),
            kind="signature",
            date="2007-02-30",
            source=SourceFactory(),
            by=None,
        )


def test_record_action_refuses_an_unknown_kind():
    with pytest.raises(InvalidInput, match="unknown action kind 'ratify'"):
        record_action(
            instrument=instrument(),
            party=state("ALB"),
            kind="ratify",
            date="2007-02-03",
            source=SourceFactory(),
            by=None,
        )


def test_snapshot_bounds_an_undated_party():
    treaty = instrument()
    record_snapshot(
        instrument=treaty, as_of="2010-06-30", parties=["MLT"], source=SourceFactory(), by=None
    )
    status = status_of(treaty, treaty.opened.day)
    [row] = status.parties
    assert (row.code, row.certain) == ("MLT", False)
    assert status_of(treaty, __import__("datetime").date(2010, 6, 30)).parties[0].certain


def _ratify(treaty, date, source, *, by=None):
    return record_new_action(
        instrument=treaty,
        party=state("ALB"),
        kind="ratification",
        date=date,
        source=source,
        by=by,
    )


def test_an_action_entered_by_hand_is_recorded_once_and_a_repeat_changes_nothing():
    treaty = instrument(eligibility=CETS_LIKE)
    first = _ratify(treaty, "2007-02-06", SourceFactory())
    assert ActivityLog.objects.filter(object_id=str(first.pk)).count() == 1
    other = SourceFactory()
    # The same deposit, however dated: refused, neither cited again nor kept as a conflict.
    for date in ("2007-02-06", "2008-03-01", {"not_before": "2007-01-01"}):
        with pytest.raises(InvalidInput, match=r"ALB ratification of .* is already recorded"):
            _ratify(treaty, date, other)
    first.refresh_from_db()
    assert first.conflicts == []
    assert list(first.other_sources.all()) == []
    assert Action.objects.filter(instrument=treaty).count() == 1


def test_an_action_entered_by_hand_keeps_the_rules_of_record_action():
    treaty = instrument(opened="2005-05-16", eligibility=CETS_LIKE)
    with pytest.raises(InvalidInput, match="before the instrument was opened"):
        _ratify(treaty, "2004-12-31", SourceFactory())
    with pytest.raises(InvalidInput, match="impossible date"):
        _ratify(treaty, "2007-02-30", SourceFactory())
    assert not Action.objects.filter(instrument=treaty).exists()
