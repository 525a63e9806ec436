"""API: the proposals of an earlier version stay readable once a revision applied them
(``?version=``), and a list narrows to one status (``?status=``); the default is unchanged."""

import datetime as dt

import pytest

from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import texts
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
URL = f"/api/negotiations/{CODE}/proposals"


@pytest.fixture
def revised():
    """Austria's accepted replacement in OP1 applied in Rev.1; Belgium's proposal rejected."""
    process = factories.process(CODE)
    austria = factories.propose(process, "AUT", "replace", "OP1", old="combat", new="eradicate")
    belgium = factories.propose(process, "BEL", "delete", "OP3")
    for proposal, status in ((austria, "accepted"), (belgium, "rejected")):
        texts.set_proposal_status(proposal=proposal, status=status, expected_revision=None,
                                  by=None)  # fmt: skip
    process = get_process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=dt.date(2026, 4, 1), expected_revision=None, by=None)  # fmt: skip
    return get_process(CODE)


def _parties(answer):
    assert answer.status_code == 200, answer.json()
    return sorted((p["party"], p["status"]) for p in answer.json())


def test_the_proposals_of_the_version_before_a_revision_are_listed_by_its_label(
    client, secretariat_officer, revised
):
    client.force_login(secretariat_officer)
    # The default, unchanged: what no revision applied (Austria's is applied in Rev.1).
    assert _parties(client.get(URL)) == [("BEL", "rejected")]
    listed = client.get(URL, {"version": "Zero draft"})
    assert _parties(listed) == [("AUT", "accepted"), ("BEL", "rejected")]
    assert _parties(client.get(URL, {"version": "zero draft", "status": "rejected"})) == [
        ("BEL", "rejected")
    ]


@pytest.mark.parametrize(
    ("query", "detail"),
    [
        ({"version": "Rev.7"}, "TIP-RES has no version 'Rev.7' (versions: Zero draft, Rev.1)"),
        (
            {"status": "open"},
            "unknown status 'open' (accepted: pending, accepted, rejected, merged, withdrawn)",
        ),
    ],
)
def test_an_unknown_version_or_status_is_refused_naming_the_accepted_ones(
    client, secretariat_officer, revised, query, detail
):
    client.force_login(secretariat_officer)
    refused = client.get(URL, query)
    assert refused.status_code == 400
    assert refused.json()["detail"] == detail


def test_the_openapi_description_says_the_default(client):
    spec = client.get("/api/openapi.json").json()
    operation = spec["paths"][URL.replace(CODE, "{code}")]["get"]
    assert "The current version's proposals unless version is given" in operation["description"]
    assert {p["name"] for p in operation["parameters"]} >= {"code", "version", "status"}
