"""Starting a ratification campaign through the API, as the office's form starts one."""

import pytest

from plenipo.campaigns.models import Campaign
from plenipo.core.models import ActivityLog

pytestmark = pytest.mark.django_db
CETS_2015 = {"instrument": "CETS-197", "members_of": "COE", "as_of": "2015-06-15"}


def test_an_officer_starts_a_campaign_whose_targets_are_the_members_not_parties(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    answer = client.post("/api/campaigns", CETS_2015, content_type="application/json")

    assert answer.status_code == 201
    body = answer.json()
    assert body["campaign"] == "cets-197-coe-20150615"
    # The five members of the Council of Europe that were not parties that day (seed 000).
    assert sorted(t["state"] for t in body["targets"]) == ["CZE", "LIE", "MCO", "RUS", "TUR"]
    campaign = Campaign.objects.get(code="cets-197-coe-20150615")
    assert campaign.title == "Ratification of CETS-197 by the members of COE"
    assert (
        ActivityLog.objects.filter(
            action_type="campaigns.campaign.started", actor=secretariat_officer
        ).count()
        == 1
    )
    listed = client.get("/api/campaigns").json()
    assert [(c["code"], c["targets"]) for c in listed] == [("cets-197-coe-20150615", 5)]


@pytest.mark.parametrize(
    ("payload", "says"),
    [
        ({**CETS_2015, "instrument": "NOPE"}, "NOPE"),
        ({**CETS_2015, "members_of": "NOPE"}, "NOPE"),
        ({**CETS_2015, "as_of": "2015-02-30"}, "2015-02-30"),
        ({**CETS_2015, "as_of": "2004-01-01"}, "before CETS-197 was opened"),
        ({**CETS_2015, "as_of": "2026-11-27"}, "no member of COE is a target"),
        ({**CETS_2015, "title": "x" * 301}, "at most 300"),
        ({"instrument": "CETS-197"}, "members_of"),
    ],
)
def test_what_cannot_start_a_campaign_is_refused_in_one_line_and_nothing_is_written(
    client, secretariat_officer, payload, says
):
    client.force_login(secretariat_officer)
    answer = client.post("/api/campaigns", payload, content_type="application/json")

    assert answer.status_code == 400
    assert says in answer.json()["detail"]
    assert "\n" not in answer.json()["detail"]
    assert not Campaign.objects.exists()


def test_the_same_campaign_twice_is_refused(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post("/api/campaigns", CETS_2015, content_type="application/json")
    again = client.post("/api/campaigns", CETS_2015, content_type="application/json")
    assert again.status_code == 400
    assert "already exists" in again.json()["detail"]
    assert Campaign.objects.count() == 1


def test_only_the_secretariat_starts_campaigns(client, focal_point_state_a):
    assert (
        client.post("/api/campaigns", CETS_2015, content_type="application/json").status_code == 401
    )
    client.force_login(focal_point_state_a)
    assert (
        client.post("/api/campaigns", CETS_2015, content_type="application/json").status_code == 403
    )
    assert client.get("/api/campaigns").status_code == 403
    assert not Campaign.objects.exists()
