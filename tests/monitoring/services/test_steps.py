import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.monitoring.models import Step
from plenipo.monitoring.queries import get_mechanism, get_round
from plenipo.monitoring.services.steps import record_step
from tests.factories.registry import SourceFactory, state

pytestmark = pytest.mark.django_db


def round_4():
    return get_round(get_mechanism("GRETA"), 4)


def test_record_step_writes_the_audit_log(secretariat_officer):
    step = record_step(
        evaluation_round=round_4(),
        state=state("NOR"),
        kind="questionnaire_sent",
        date="2024-01-15",
        source=SourceFactory(),
        by=secretariat_officer,
    )
    entry = ActivityLog.objects.get(action_type="monitoring.step.recorded", object_id=str(step.pk))
    assert entry.actor == secretariat_officer


def test_steps_out_of_order_are_refused_and_nothing_is_written():
    record_step(
        evaluation_round=round_4(),
        state=state("NOR"),
        kind="visit",
        date="2024-03-03",
        source=SourceFactory(),
        by=None,
    )
    with pytest.raises(
        InvalidInput, match=r"final report adopted .* cannot precede the country visit"
    ):
        record_step(
            evaluation_round=round_4(),
            state=state("NOR"),
            kind="final_adopted",
            date="2024-01-01",
            source=SourceFactory(),
            by=None,
        )
    assert not Step.objects.filter(
        round=round_4(), state__code="NOR", kind="final_adopted"
    ).exists()


def test_a_state_not_party_is_refused():
    # The United States is not a party to CETS 197.
    with pytest.raises(InvalidInput, match="not a party to CETS-197"):
        record_step(
            evaluation_round=round_4(),
            state=state("USA"),
            kind="questionnaire_sent",
            date="2024-01-15",
            source=SourceFactory(),
            by=None,
        )


def test_a_state_before_it_became_a_party_is_refused():
    # Israel acceded in May 2021.
    first = get_round(get_mechanism("GRETA"), 1)
    with pytest.raises(InvalidInput, match="Israel is not a party to CETS-197 on 2012-01-01"):
        record_step(
            evaluation_round=first,
            state=state("ISR"),
            kind="questionnaire_sent",
            date="2012-01-01",
            source=SourceFactory(),
            by=None,
        )


def test_a_second_step_of_the_same_kind_is_refused():
    record_step(
        evaluation_round=round_4(),
        state=state("NOR"),
        kind="questionnaire_sent",
        date="2024-01-15",
        source=SourceFactory(),
        by=None,
    )
    with pytest.raises(InvalidInput, match="already recorded"):
        record_step(
            evaluation_round=round_4(),
            state=state("NOR"),
            kind="questionnaire_sent",
            date="2024-01-16",
            source=SourceFactory(),
            by=None,
        )
