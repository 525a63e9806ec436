import datetime as dt

import pytest

from plenipo.bodies.models import Mandate
from plenipo.bodies.queries import get_decision, mandates_of_decision
from plenipo.meetings.queries import mandate_report, mandate_reports

pytestmark = pytest.mark.django_db


def _every_mandate():
    return list(
        Mandate.objects.select_related("creates", "tasks", "superseded_by", "decision__body")
    )


def test_a_list_of_mandates_is_reported_in_two_queries(django_assert_num_queries):
    mandates = _every_mandate()
    assert len(mandates) >= 2
    with django_assert_num_queries(2):  # their requirements, the meetings of their bodies
        reports = mandate_reports(mandates, dt.date(2010, 6, 1))
    assert [r["symbol"] for r in reports] == [m.decision.symbol for m in mandates]


def test_the_list_and_the_single_report_agree():
    day = dt.date(2010, 6, 1)
    [mandate] = mandates_of_decision(get_decision("decision 4/4"))
    [listed] = [r for r in mandate_reports(_every_mandate(), day) if r["symbol"] == "decision 4/4"]
    assert listed == mandate_report(mandate, day)
    assert listed["required_meetings"][1]["satisfied_by"][0]["start"] == "2010-01-27"
