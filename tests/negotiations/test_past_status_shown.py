"""A past meeting or milestone shown on the negotiation page and in the API: a tentative
consultation whose days passed is held, not confirmed; a planned milestone whose day passed
is not said to have happened."""

import datetime as dt

import pytest
from django.urls import reverse

from plenipo.core.partialdates import DateBounds
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.transitions import milestone_shown

pytestmark = pytest.mark.django_db
CODE = "GPA-DECLARATION-2017"
TODAY = dt.date(2026, 11, 25)


def test_a_planned_milestone_past_its_day_is_not_said_to_have_happened():
    past = DateBounds.exact(dt.date(2017, 6, 23))
    assert milestone_shown("planned", past, TODAY) == "planned, not recorded as reached"
    assert milestone_shown("done", past, TODAY) == "done"
    assert milestone_shown("planned", DateBounds.exact(dt.date(2027, 1, 5)), TODAY) == "planned"
    # "2026" may still run to 31 December.
    assert milestone_shown("planned", DateBounds.year(2026), TODAY) == "planned"


def test_the_page_shows_past_consultations_and_milestones_honestly(client):
    process = get_process(CODE)
    tentative = process.consultations.filter(meeting__status="tentative").first()
    assert tentative is not None  # the "(if needed)" informal consultation
    html = client.get(reverse("public:negotiation", args=[CODE])).content.decode()
    row = html.split(f'data-meeting="{tentative.meeting_id}"')[1].split("</tr>")[0]
    assert "Held (not confirmed)" in row
    milestones = html.split('id="milestones"')[1].split("</table>")[0]
    assert "planned, not recorded as reached" in milestones
    assert "<td>planned</td>" not in milestones


def test_the_api_flags_a_past_tentative_meeting_as_not_confirmed(client):
    tentative = get_process(CODE).consultations.filter(meeting__status="tentative").first()
    meeting = client.get(f"/api/meetings/{tentative.meeting_id}").json()
    assert (meeting["status"], meeting["status_confirmed"]) == ("held", False)
    assert meeting["recorded_status"] == "tentative"
    negotiation = client.get(f"/api/negotiations/{CODE}").json()
    shown = {m["title"]: m["status_shown"] for m in negotiation["milestones"]}
    assert "planned, not recorded as reached" in shown.values()
    consultation = next(c for c in negotiation["consultations"] if c["id"] == meeting["id"])
    assert consultation["status_confirmed"] is False
