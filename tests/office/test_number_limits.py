"""A number past what a count can be (a quota, a vote) is refused on the form with one
line, never stored: SQLite overflows beyond 2**63 - 1 and PostgreSQL's integer beyond
2**31 - 1."""

import pytest
from django.urls import reverse

from plenipo.core.errors import InvalidInput
from plenipo.meetings.models import Meeting
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services.processes import MAX_VOTES, record_outcome
from tests.factories import meetings as meeting_factories
from tests.factories import negotiations as negotiation_factories
from tests.office.test_meeting_screens import meeting_form

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999"
CODE = "TIP-RES"


@pytest.fixture
def officer(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return client


def test_a_huge_default_quota_is_refused_when_creating_a_meeting(officer):
    response = officer.post(reverse("office:meeting-create"), meeting_form(default_quota=HUGE))
    assert response.status_code in (200, 400)
    assert "less than or equal to 10000" in response.content.decode()
    assert not Meeting.objects.filter(title=meeting_form()["title"]).exists()


def test_a_huge_default_quota_is_refused_when_editing_a_meeting(officer):
    meeting = meeting_factories.meeting()
    url = reverse("office:meeting-edit", args=[meeting.pk])
    response = officer.post(url, meeting_form(title="Renamed", default_quota=HUGE))
    assert "less than or equal to 10000" in response.content.decode()
    assert Meeting.objects.get(pk=meeting.pk).title != "Renamed"


@pytest.mark.parametrize("field", ["votes_for", "votes_against", "abstentions"])
def test_a_huge_tally_is_refused_on_the_outcome_form(officer, field):
    negotiation_factories.process(CODE)
    tally = {"votes_for": "120", "votes_against": "8", "abstentions": "40"} | {field: HUGE}
    outcome = {"symbol": "A/RES/81/1", "date": "2026-04-02", "method": "vote"}
    url = reverse("office:negotiation-outcome", args=[CODE])
    response = officer.post(url, outcome | tally)
    assert response.status_code == 400
    assert "less than or equal to 10000" in response.content.decode()
    assert not get_process(CODE).outcome_symbol


def test_the_outcome_service_refuses_a_tally_past_any_assembly():
    process = negotiation_factories.process(CODE)
    with pytest.raises(InvalidInput, match="none above 10,000"):
        record_outcome(
            process=process,
            symbol="A/RES/81/1",
            date="2026-04-02",
            method="vote",
            votes_for=MAX_VOTES + 1,
            by=None,
        )
