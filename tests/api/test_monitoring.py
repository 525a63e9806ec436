import pytest

pytestmark = pytest.mark.django_db

STEP = {
    "round": 4,
    "state": "NOR",
    "kind": "questionnaire_sent",
    "date": "2024-01-15",
    "source": "https://www.coe.int/en/web/anti-human-trafficking/norway",
    "source_title": "GRETA, Norway country page",
}


def post(client, payload=STEP):
    return client.post("/api/monitoring/GRETA/steps", payload, content_type="application/json")


def test_monitoring_endpoint(client):
    body = client.get("/api/monitoring/GRETA", {"as_of": "2015-06-15"}).json()
    assert body["evaluated"]["min"] <= 39 <= body["evaluated"]["max"]
    assert {"body", "instrument", "as_of", "round", "evaluated", "parties", "states"} <= set(body)


def test_anonymous_may_not_record_steps(client):
    assert post(client).status_code == 401


def test_a_focal_point_may_not_record_steps(client, focal_point_state_b):
    client.force_login(focal_point_state_b)
    response = post(client)
    assert response.status_code == 403
    assert "secretariat officers" in response.json()["detail"]


def test_a_secretariat_officer_records_a_step(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = post(client)
    assert response.status_code == 201
    assert response.json()["kind"] == "questionnaire_sent"


def test_a_bad_step_is_a_400_naming_the_problem(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = post(client, {**STEP, "state": "USA"})
    assert response.status_code == 400
    assert "not a party to CETS-197" in response.json()["detail"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"document": "G" * 81}, "NOR questionnaire_sent: the document symbol is 81 characters"),
        ({"source": "https://e.org/" + "p" * 1000}, "the source's reference is 1014 characters"),
        ({"source": "S" * 121}, "the source's reference is 121 characters long (at most 120)"),
    ],
)
def test_a_step_whose_text_would_not_fit_is_a_400_and_nothing_is_recorded(
    client, secretariat_officer, change, message
):
    client.force_login(secretariat_officer)
    response = post(client, {**STEP, **change})
    assert response.status_code == 400
    assert message in response.json()["detail"]
    table = client.get("/api/monitoring/GRETA/table")
    assert table.status_code == 200
    assert "2024-01-15" not in table.content.decode()


def test_decision_and_body_endpoints(client):
    decision = client.get("/api/decisions/decision 4/4").json()
    assert len(decision["mandates"][0]["functions"]) == 4
    body = client.get("/api/bodies/COP-UNTOC").json()
    assert "WG-TIP" in {c["code"] for c in body["children"]}
    assert [s["number"] for s in body["sessions"]][:5] == [1, 2, 3, 4, 5]
    assert client.get("/api/decisions/decision four").status_code == 400


def test_round_table_and_state_history(client):
    rows = client.get("/api/monitoring/GRETA/table").json()
    armenia = next(r for r in rows if r["state"] == "ARM")
    assert [s["kind"] for s in armenia["rounds"]["2"]][-1] == "published"
    history = client.get("/api/states/ARM").json()["monitoring"]
    assert {"GRETA"} == {s["mechanism"] for s in history}
    assert {1, 2, 3, 4} == {s["round"] for s in history}
