"""API: negotiations, through the same visibility rules as the pages."""

import pytest
from django.urls import reverse

from plenipo.negotiations.models import Visibility
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import texts
from plenipo.registry.models import Organization
from plenipo.registry.services.focal_points import appoint_focal_point
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
PROPOSAL = {"version": "Zero draft", "paragraph": "OP1", "party": "AUT", "action": "replace",
            "old": "combat", "new": "eradicate"}  # fmt: skip


def test_show_the_built_in_declaration(client):
    listed = client.get("/api/negotiations").json()
    assert "GPA-DECLARATION-2017" in [p["code"] for p in listed]
    shown = client.get("/api/negotiations/GPA-DECLARATION-2017").json()
    assert shown["mandate"]["reference"] == "A/RES/71/287 OP10"
    assert {f["state"] for f in shown["facilitators"]} == {"QAT", "BEL"}
    assert shown["outcome"]["symbol"] == "A/RES/72/1"
    assert shown["outcome"]["date"] == "2017-09-27"


def test_versions_with_paragraphs(client, focal_point_state_a):
    factories.process(CODE)
    assert client.get(f"/api/negotiations/{CODE}/versions").status_code == 404
    client.force_login(focal_point_state_a)
    [version] = client.get(f"/api/negotiations/{CODE}/versions").json()
    assert [p["label"] for p in version["paragraphs"]] == [
        "PP1", "PP2", "OP1", "OP2", "OP3", "OP4",
    ]  # fmt: skip


def test_a_focal_point_proposes_and_the_secretariat_decides(
    client, focal_point_state_a, secretariat_officer
):
    factories.process(CODE)
    url = f"/api/negotiations/{CODE}/proposals"
    anonymous = client.post(url, PROPOSAL, content_type="application/json")
    assert anonymous.status_code == 401
    assert "detail" in anonymous.json()
    client.force_login(focal_point_state_a)
    made = client.post(url, PROPOSAL, content_type="application/json")
    assert made.status_code == 201, made.json()
    proposal = made.json()
    assert (proposal["party"], proposal["paragraph"], proposal["status"]) == ("AUT", "OP1",
                                                                             "pending")  # fmt: skip
    compiled = client.get(f"/api/negotiations/{CODE}/versions/Zero draft/compilation").json()
    assert compiled["formula"] == "The General Assembly,"  # the opening words are kept
    op1 = next(p for p in compiled["paragraphs"] if p["label"] == "OP1")
    assert "[combat] [eradicate — AUT]" in op1["text"]
    assert op1["status"] == "bracketed"
    decision = f"{url}/{proposal['id']}/decision"
    revision = get_process(CODE).revision
    body = {"decision": "accept", "revision": revision}
    assert client.post(decision, body, content_type="application/json").status_code == 403
    client.force_login(secretariat_officer)
    assert client.post(url, PROPOSAL, content_type="application/json").status_code == 403
    accepted = client.post(decision, body, content_type="application/json")
    assert accepted.json()["status"] == "accepted"
    again = client.post(decision, body | {"decision": "reject"}, content_type="application/json")
    assert again.status_code == 409


def test_refusals_are_one_line_json(client, focal_point_state_a):
    factories.process(CODE)
    client.force_login(focal_point_state_a)
    url = f"/api/negotiations/{CODE}/proposals"
    wrong_words = client.post(url, PROPOSAL | {"old": "eliminate"},
                              content_type="application/json")  # fmt: skip
    assert wrong_words.status_code == 400
    assert "eliminate" in wrong_words.json()["detail"]
    other_state = client.post(url, PROPOSAL | {"party": "BEL"}, content_type="application/json")
    assert other_state.status_code == 400
    assert "not for BEL" in other_state.json()["detail"]


def test_a_focal_point_speaks_for_a_group_only_when_registered_as_its_focal_point(
    client, focal_point_state_a
):
    process = factories.process(CODE)
    client.force_login(focal_point_state_a)  # Austria's, an EU member's, not the EU's
    url = f"/api/negotiations/{CODE}/proposals"
    for_the_eu = client.post(url, PROPOSAL | {"party": "EU"}, content_type="application/json")
    assert for_the_eu.status_code == 400
    assert "not for EU" in for_the_eu.json()["detail"]
    assert "\n" not in for_the_eu.json()["detail"]
    belgian = factories.propose(process, "BEL", "delete", "OP3")
    stance = f"{url}/{belgian.pk}/stance"
    refused = client.post(stance, {"party": "EU", "stance": "object"},
                          content_type="application/json")  # fmt: skip
    assert (refused.status_code, belgian.objectors) == (400, [])
    assert "not for EU" in refused.json()["detail"]
    eu = Organization.objects.get(code="EU")
    austria = focal_point_state_a.focal_point.state
    appoint_focal_point(user=focal_point_state_a, state=austria, groups=[eu], by=None)
    made = client.post(url, PROPOSAL | {"party": "EU"}, content_type="application/json")
    assert (made.status_code, made.json()["party"]) == (201, "EU")
    objected = client.post(stance, {"party": "EU", "stance": "object"},
                           content_type="application/json")  # fmt: skip
    assert objected.status_code == 200, objected.json()
    belgian.refresh_from_db()
    assert belgian.objectors == ["EU"]


def test_secretariat_only_processes_are_404_and_public_ones_keep_proposals_to_parties(
    client, focal_point_state_b
):
    factories.process(CODE, visibility=Visibility.SECRETARIAT)
    factories.process("OPEN-TEXT", visibility=Visibility.PUBLIC)
    client.force_login(focal_point_state_b)
    assert client.get(f"/api/negotiations/{CODE}").status_code == 404
    assert client.get(f"/api/negotiations/{CODE}/proposals").status_code == 404
    assert client.get("/api/negotiations/OPEN-TEXT/proposals").status_code == 200
    client.logout()
    assert client.get("/api/negotiations/OPEN-TEXT").status_code == 200
    assert client.get("/api/negotiations/OPEN-TEXT/proposals").status_code == 401


def test_a_version_kept_to_the_secretariat_is_404_to_focal_points(
    client, focal_point_state_a, secretariat_officer
):
    process = factories.process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=factories.DAY, expected_revision=None, circulated=False,
                         by=None)  # fmt: skip
    client.force_login(focal_point_state_a)
    labels = [v["label"] for v in client.get(f"/api/negotiations/{CODE}/versions").json()]
    assert labels == ["Zero draft"]
    shown = client.get(f"/api/negotiations/{CODE}").json()
    assert [v["label"] for v in shown["versions"]] == ["Zero draft"]
    hidden = client.get(f"/api/negotiations/{CODE}/versions/Rev.1/compilation")
    assert hidden.status_code == 404
    client.force_login(secretariat_officer)
    shown = client.get(f"/api/negotiations/{CODE}").json()
    assert [(v["label"], v["circulated"]) for v in shown["versions"]] == [
        ("Zero draft", True), ("Rev.1", False),
    ]  # fmt: skip


def test_a_proposal_on_a_version_kept_to_the_secretariat_is_404_to_focal_points(
    client, focal_point_state_a, secretariat_officer
):
    process = factories.process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=factories.DAY, expected_revision=None, circulated=False,
                         by=None)  # fmt: skip
    hidden = factories.propose(process, "facilitators", "delete", "OP3")
    url = f"/api/negotiations/{CODE}/proposals/{hidden.pk}/stance"
    client.force_login(focal_point_state_a)
    answer = client.post(url, {"party": "AUT", "stance": "object"}, content_type="application/json")
    assert answer.status_code == 404
    assert "OP3" not in answer.content.decode()
    hidden.refresh_from_db()
    assert hidden.objectors == []
    texts.circulate(version=hidden.made_on, by=None)
    shown = client.post(url, {"party": "AUT", "stance": "object"}, content_type="application/json")
    assert shown.status_code == 200
    assert shown.json()["objectors"] == ["AUT"]


def test_the_secretariat_runs_a_silence_procedure(client, focal_point_state_a, secretariat_officer):
    factories.process(CODE)
    url = f"/api/negotiations/{CODE}/silence"
    body = {"version": "Zero draft", "until": "2099-01-15 18:00", "timezone": "America/New_York"}
    assert client.post(url, body, content_type="application/json").status_code == 401
    client.force_login(focal_point_state_a)
    refused = client.post(url, body, content_type="application/json")
    assert (refused.status_code, refused.json()["detail"]) == (
        403,
        "the secretariat runs the silence procedure",
    )
    client.force_login(secretariat_officer)
    for wrong, message in [
        ({**body, "until": "next Friday"}, "malformed date and time 'next Friday'"),
        ({**body, "timezone": "Mars/Olympus"}, "unknown time zone 'Mars/Olympus'"),
        ({**body, "version": "Rev.9"}, "TIP-RES has no version 'Rev.9'"),
        ({**body, "until": "2001-01-15 18:00"}, "is already past"),
    ]:
        answer = client.post(url, wrong, content_type="application/json")
        assert answer.status_code == 400
        assert message in answer.json()["detail"]
    started = client.post(url, body, content_type="application/json")
    assert started.status_code == 201, started.json()
    assert started.json() | {"id": 0} == {
        "id": 0,
        "version": "Zero draft",
        "until": "2099-01-15T18:00:00-05:00",
        "timezone": "America/New_York",
        "status": "under_silence",
        "deadline_passed": False,
        "breaks": [],
    }
    again = client.post(url, body, content_type="application/json")
    assert (again.status_code, again.json()["detail"]) == (400, "TIP-RES is already under silence")
    early = client.post(f"{url}/passed", content_type="application/json")
    assert early.status_code == 400
    assert "runs until" in early.json()["detail"]
    broken = client.post(
        f"{url}/breaks",
        {"party": "AUT", "at": "2030-05-04 09:30"},
        content_type="application/json",
    )
    assert broken.status_code == 201, broken.json()
    assert (broken.json()["status"], broken.json()["breaks"]) == (
        "broken",
        [{"party": "AUT", "name": "Austria", "at": "2030-05-04T09:30:00-04:00"}],  # venue's zone
    )
    shown = client.get(f"/api/negotiations/{CODE}").json()["silence"]
    assert [(s["version"], s["status"]) for s in shown] == [("Zero draft", "broken")]
    page = client.get(reverse("office:negotiation", args=[CODE])).content.decode()
    assert "<td>Austria, " in page  # the party named, not its code


def test_a_silence_whose_deadline_is_behind_is_recorded_passed(client, secretariat_officer):
    import datetime as dt  # noqa: PLC0415

    from plenipo.negotiations.services import silence  # noqa: PLC0415

    process = factories.process(CODE)
    silence.start_silence(
        process=process,
        version=latest_version(process),
        until=dt.datetime(2025, 1, 15, 18, tzinfo=dt.UTC),
        timezone="Europe/Vienna",
        by=None,
        now=dt.datetime(2025, 1, 10, tzinfo=dt.UTC),
    )
    client.force_login(secretariat_officer)
    passed = client.post(f"/api/negotiations/{CODE}/silence/passed")
    assert (passed.status_code, passed.json()["status"]) == (200, "passed")
    again = client.post(f"/api/negotiations/{CODE}/silence/passed")
    assert (again.status_code, again.json()["detail"]) == (400, "TIP-RES is not under silence")


def test_a_silence_without_a_zone_is_read_at_the_venue_as_on_the_command_line(
    client, secretariat_officer
):
    factories.process(CODE)  # in Vienna
    client.force_login(secretariat_officer)
    url = f"/api/negotiations/{CODE}/silence"
    started = client.post(
        url, {"version": "Zero draft", "until": "2099-01-15 18:00"}, content_type="application/json"
    )
    assert started.status_code == 201, started.json()
    assert (started.json()["until"], started.json()["timezone"]) == (
        "2099-01-15T18:00:00+01:00",
        "Europe/Vienna",
    )


def test_a_silence_on_an_unknown_process_is_404_whatever_the_body_lacks(
    client, secretariat_officer
):
    client.force_login(secretariat_officer)
    answer = client.post(
        "/api/negotiations/NOPE/silence",
        {"version": "Zero draft", "until": "2099-01-15 18:00"},
        content_type="application/json",
    )
    assert answer.status_code == 404
