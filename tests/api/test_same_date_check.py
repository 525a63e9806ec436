"""A day out of the years Plenipo reasons about is named the same way by the public list
filters and the API (``core.partialdates.parse_iso_day``): the list shows it ignored above
the list, the API refuses it with 400."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db
OUT_OF_RANGE = "date '0001-01-01' is out of range: years 1000 to 9998 only"


def test_the_meetings_list_and_the_api_name_the_same_problem(client):
    page = client.get(reverse("public:meetings"), {"from": "0001-01-01"})
    assert f"&#x27;from&#x27; is ignored: {OUT_OF_RANGE}".replace("'", "&#x27;") in (
        page.content.decode()
    )
    api = client.get("/api/meetings", {"from": "0001-01-01"})
    assert (api.status_code, api.json()) == (400, {"detail": f"'from': {OUT_OF_RANGE}"})


def test_an_organization_s_members_on_a_day_out_of_range_are_refused(client):
    members = client.get("/api/organizations/UN/members", {"on": "0001-01-01"})
    assert (members.status_code, members.json()) == (400, {"detail": OUT_OF_RANGE})
    named = client.get("/api/organizations/UN/members", {"as_of": "0001-01-01"})
    assert (named.status_code, named.json()) == (400, {"detail": OUT_OF_RANGE})
