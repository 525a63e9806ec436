"""Every reading endpoint refuses a query parameter it does not know, with one line naming
it and the ones it accepts, before anything (a cached answer included) is served."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "detail"),
    [
        (
            "/api/instruments/CETS-197/status?date=2010-01-01",
            "unknown query parameter 'date' (accepted: as_of, members_of)",
        ),
        (
            "/api/instruments/CETS-197/status.csv?on=2010-01-01",
            "unknown query parameter 'on' (accepted: as_of, members_of)",
        ),
        (
            "/api/organizations/COE/members?date=2010-01-01",
            "unknown query parameter 'date' (accepted: as_of, on)",
        ),
        (
            "/api/instruments/CETS-197?as_of=2010-01-01&x=1",
            "unknown query parameters 'as_of', 'x' (this endpoint takes none)",
        ),
    ],
)
def test_an_unknown_query_parameter_is_refused_by_name(client, url, detail):
    response = client.get(url)
    assert response.status_code == 400
    assert response.json() == {"detail": detail}


def test_the_refusal_comes_before_a_remembered_answer(client):
    today = client.get("/api/instruments/CETS-197/status")
    assert today.status_code == 200
    misspelt = client.get("/api/instruments/CETS-197/status", {"date": "2010-01-01"})
    assert misspelt.status_code == 400
    assert "'date'" in misspelt.json()["detail"]


def test_known_parameters_still_answer(client):
    response = client.get("/api/instruments/CETS-197/status", {"as_of": "2010-01-01"})
    assert response.status_code == 200
    assert response.json()["as_of"] == "2010-01-01"


def test_every_reading_endpoint_is_checked(client):
    """No GET endpoint of the OpenAPI document escapes the check."""
    paths = client.get("/api/openapi.json").json()["paths"]
    reading = [path for path, operations in paths.items() if "get" in operations]
    assert len(reading) > 10
    for path in reading:
        url = re.sub(r"\{[^}]+\}", "1", path)
        response = client.get(url, {"nonsense": "1"})
        assert response.status_code == 400, path
        assert "unknown query parameter 'nonsense'" in response.json()["detail"], path
