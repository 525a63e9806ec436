import datetime as dt

import pytest

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter():
    return merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", dt.date(2015, 6, 15)),
        day=dt.date(2015, 6, 15),
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters[0]


def test_letters_are_for_the_secretariat(client, letter, focal_point_state_b, secretariat_officer):
    assert client.get("/api/letters").status_code == 401
    client.force_login(focal_point_state_b)
    assert client.get(f"/api/letters/{letter.pk}").status_code == 403
    assert client.post(f"/api/letters/{letter.pk}/approve").status_code == 403
    client.force_login(secretariat_officer)
    assert client.post(f"/api/letters/{letter.pk}/approve").json()["status"] == "approved"
    again = client.post(f"/api/letters/{letter.pk}/approve")
    assert again.status_code == 400
    assert "not a draft" in again.json()["detail"]
