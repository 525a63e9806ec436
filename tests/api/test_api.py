import json

import pytest

pytestmark = pytest.mark.django_db


def test_status_endpoint(client):
    response = client.get(
        "/api/instruments/CETS-197/status", {"as_of": "2015-06-15", "members_of": "COE"}
    )
    assert response.status_code == 200
    body = response.json()
    assert body["counts"]["parties"] == {"min": 43, "max": 43}
    assert [m["state"] for m in body["members_not_parties"]] == ["CZE", "LIE", "MCO", "RUS", "TUR"]


@pytest.mark.parametrize(
    ("url", "status", "detail"),
    [
        ("/api/instruments/NOPE/status", 404, "unknown instrument code 'NOPE'"),
        ("/api/instruments/CETS-197/status?as_of=2015-02-30", 400, "impossible date"),
        ("/api/instruments/CETS-197/status?members_of=XYZ", 404, "unknown organization code"),
        ("/api/organizations/COE/members?on=yesterday", 400, "malformed date"),
        ("/api/instruments/CETS-197/status.pdf", 400, "unknown export format"),
    ],
)
def test_bad_input_is_a_4xx_with_a_json_detail(client, url, status, detail):
    response = client.get(url)
    assert response.status_code == status
    assert detail in response.json()["detail"]


def test_eif_endpoint(client):
    body = client.get("/api/instruments/CETS-197/eif").json()
    assert (body["entry_into_force"], body["nth_instrument"]) == ("2008-02-01", "CYP")


def test_openapi_document_lists_the_endpoints(client):
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.")
    assert "/api/instruments/{code}/status" in document["paths"]


def test_members_and_post_holders(client):
    members = client.get("/api/organizations/COE/members", {"on": "2022-03-17"}).json()
    assert len(members) == 46
    assert "RUS" not in {m["state"] for m in members}
    holders = client.get("/api/posts/sg-coe/holders", {"on": "2015-06-15"}).json()
    assert [h["person"] for h in holders] == ["Thorbjørn Jagland"]


def test_state_detail(client):
    body = client.get("/api/states/BLR").json()
    accession = next(
        a for a in body["actions"] if a["instrument"] == "CETS-197" and a["kind"] == "accession"
    )
    assert accession["date"] == "2013-11-26"
    assert body["names"]["ru"] == "Беларусь"


def test_csv_download(client):
    response = client.get("/api/instruments/CETS-197/status.csv", {"as_of": "2015-06-15"})
    assert response["Content-Type"].startswith("text/csv")
    assert b"BLR,Belarus,party,accession,2013-11-26" in response.content


def test_csv_download_with_the_members_of_an_organization_not_parties(client):
    response = client.get(
        "/api/instruments/CETS-197/status.csv", {"as_of": "2015-06-15", "members_of": "COE"}
    )
    assert response.status_code == 200
    assert b'RUS,Russian Federation,"member of COE, not a party",not signed' in response.content


def test_openapi_document_has_no_duplicated_keys(client):
    """Swagger UI refuses a document with a key twice (it renders nothing at all)."""

    def refuse_duplicates(pairs):
        keys = [key for key, _ in pairs]
        assert len(keys) == len(set(keys)), f"duplicated keys in {keys}"
        return dict(pairs)

    json.loads(client.get("/api/openapi.json").content, object_pairs_hook=refuse_duplicates)
