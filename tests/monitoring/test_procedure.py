import datetime as dt

import pytest

from plenipo.core.partialdates import DateBounds
from plenipo.monitoring.procedure import (
    Definition,
    StepFact,
    StepKind,
    StepOrderError,
    check_order,
    evaluated_on,
    milestone_bounds,
    overdue_steps,
)

D = dt.date


def step(kind, when):
    return StepFact(StepKind(kind), DateBounds.parse(when))


def test_a_final_report_cannot_precede_the_visit():
    with pytest.raises(
        StepOrderError, match=r"final report adopted .* cannot precede the country visit"
    ):
        check_order([step("visit", "2014-03-03")], step("final_adopted", "2014-01-01"))


def test_a_visit_cannot_follow_the_published_report():
    with pytest.raises(StepOrderError, match="cannot follow the report published"):
        check_order([step("published", "2012-01-01")], step("visit", "2012-06-01"))


def test_overlapping_bounds_are_not_an_error():
    check_order([step("visit", "2014-03")], step("draft_adopted", "2014-03-15"))


def test_publication_is_bounded_by_the_steps_around_it():
    steps = [step("final_adopted", "2014-06-30"), step("cp_recommendation", "2014-12-05")]
    bounds = milestone_bounds(steps, StepKind.PUBLISHED)
    assert (bounds.not_before, bounds.not_after) == (D(2014, 6, 30), D(2014, 12, 5))


def test_evaluated_is_unknown_inside_the_bounds_and_settled_outside():
    steps = [step("published", "2014-09")]
    assert evaluated_on(steps, D(2014, 8, 31)) is False
    assert evaluated_on(steps, D(2014, 9, 15)) is None
    assert evaluated_on(steps, D(2014, 10, 1)) is True


def test_a_later_visit_means_not_yet_evaluated():
    assert evaluated_on([step("visit", "2016-10-03")], D(2015, 6, 15)) is False


def test_definition_adopted_counts_earlier():
    steps = [step("final_adopted", "2015-07-03"), step("published", "2015-10-14")]
    assert evaluated_on(steps, D(2015, 8, 1), Definition.ADOPTED) is True
    assert evaluated_on(steps, D(2015, 8, 1), Definition.PUBLISHED) is False


def test_nothing_recorded_is_unknown():
    assert evaluated_on([], D(2015, 6, 15)) is None


def test_overdue_steps_from_the_timetable():
    timetable = {"reply_received": {"after": "questionnaire_sent", "days": 150}}
    steps = [step("questionnaire_sent", "2010-02-01")]
    # 150 days after 1 February 2010 is 1 July: due that day, overdue the next.
    assert overdue_steps(steps, timetable, D(2010, 7, 1)) == []
    assert overdue_steps(steps, timetable, D(2010, 7, 2)) == [
        (StepKind.REPLY_RECEIVED, D(2010, 7, 1))
    ]
