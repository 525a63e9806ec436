"""Every endpoint that answers for a day names it ``as_of``; the registry's members and post
holders also take ``on``, the name they first had, so existing scripts keep working."""

import pytest

pytestmark = pytest.mark.django_db


def _states(response):
    assert response.status_code == 200, response.json()
    return {row["state"] for row in response.json()}


def test_an_organizations_members_on_a_day_are_asked_as_of_it(client):
    url = "/api/organizations/COE/members"
    as_of = _states(client.get(url, {"as_of": "2022-03-17"}))
    assert "RUS" not in as_of
    assert "RUS" in _states(client.get(url, {"as_of": "2022-03-15"}))
    assert as_of == _states(client.get(url, {"on": "2022-03-17"}))


def test_post_holders_are_asked_as_of_a_day(client):
    url = "/api/posts/sg-coe/holders"
    holders = client.get(url, {"as_of": "2015-06-15"}).json()
    assert [h["person"] for h in holders] == ["Thorbjørn Jagland"]
    assert client.get(url, {"on": "2015-06-15"}).json() == holders
    missing = client.get(url)
    assert (missing.status_code, missing.json()) == (
        400,
        {"detail": "give the day as as_of=YYYY-MM-DD"},
    )


def test_two_different_days_are_refused(client):
    response = client.get(
        "/api/organizations/COE/members", {"as_of": "2022-03-17", "on": "2010-01-01"}
    )
    assert response.status_code == 400
    assert response.json() == {"detail": "give the day once, as as_of (on is its older name)"}


def test_the_openapi_document_names_as_of(client):
    paths = client.get("/api/openapi.json").json()["paths"]
    for path in ("/api/organizations/{code}/members", "/api/posts/{key}/holders"):
        names = [p["name"] for p in paths[path]["get"]["parameters"] if p["in"] == "query"]
        assert names == ["as_of", "on"]
