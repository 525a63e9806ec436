"""The API names states as the UN named them on the day an answer is about."""

import pytest

from tests.factories import campaigns as campaign_factories

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]


def _member_names(client, day):
    members = client.get("/api/organizations/COE/members", {"on": day}).json()
    return {m["state"]: m["name"] for m in members}


def test_coe_members_in_2015_and_today(client):
    then = _member_names(client, "2015-06-15")
    assert (then["MKD"], then["TUR"], then["CZE"]) == (
        "The former Yugoslav Republic of Macedonia",
        "Turkey",
        "Czech Republic",
    )
    now = _member_names(client, "")
    assert (now["MKD"], now["TUR"], now["CZE"]) == ("North Macedonia", "Türkiye", "Czechia")


@pytest.mark.parametrize("organization", ["CIS", "COE"])
def test_member_lists_read_in_constant_queries(client, django_assert_num_queries, organization):
    # the organization, its memberships with their states, the UN names of the day
    with django_assert_num_queries(3):
        assert client.get(f"/api/organizations/{organization}/members").status_code == 200


def test_a_state_carries_todays_un_name_and_its_earlier_names(client):
    body = client.get("/api/states/MKD").json()
    assert body["name"] == "North Macedonia"
    assert body["un_names"]["fr"] == "Macédoine du Nord"
    earlier = next(n for n in body["names_over_time"] if n["short"].startswith("The former"))
    assert earlier["end"]["date"] == "2019-02-14"


def test_the_state_list_carries_un_names(client):
    states = {s["code"]: s for s in client.get("/api/states").json()}
    assert states["COG"]["name"] == "Congo"
    assert states["COG"]["names"]["en"] == "Congo - Brazzaville"  # CLDR, for the interface
    assert states["VAT"]["name"] == "Holy See"


def test_the_monitoring_table_names_states_as_the_un_does_today(client):
    rows = {r["state"]: r["name"] for r in client.get("/api/monitoring/GRETA/table").json()}
    assert rows["MKD"] == "North Macedonia"
    assert rows["TUR"] == "Türkiye"


def test_a_campaign_names_its_targets_as_the_un_does_today(client, secretariat_officer):
    campaign_factories.cets_2015("CETS 197, 10th anniversary")
    client.force_login(secretariat_officer)
    targets = client.get("/api/campaigns/cets-2015").json()["targets"]
    names = {t["state"]: t["name"] for t in targets}
    assert (names["TUR"], names["CZE"], names["RUS"]) == (
        "Türkiye",
        "Czechia",
        "Russian Federation",
    )
