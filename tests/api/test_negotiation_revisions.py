"""API: the secretariat issues the next version of a text from its accepted proposals, as
the office page and `plenipo negotiation revise` do."""

import pytest

from plenipo.core.models import ActivityLog
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import texts
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
URL = f"/api/negotiations/{CODE}/revisions"
REV1 = {"base": "Zero draft", "label": "Rev.1", "date": "2026-04-01"}


def _post(client, body):
    return client.post(URL, body, content_type="application/json")


@pytest.fixture
def accepted():
    """A zero draft with Austria's accepted replacement in OP1 and Belgium's pending one."""
    process = factories.process(CODE)
    proposal = factories.propose(process, "AUT", "replace", "OP1", old="combat", new="eradicate")
    texts.set_proposal_status(proposal=proposal, status="accepted", expected_revision=None,
                              by=None)  # fmt: skip
    factories.propose(process, "BEL", "delete", "OP3")
    return get_process(CODE)


def test_the_secretariat_issues_rev1_with_the_accepted_proposal_applied(
    client, secretariat_officer, accepted
):
    client.force_login(secretariat_officer)
    made = _post(client, REV1 | {"revision": accepted.revision})
    assert made.status_code == 201, made.json()
    version = made.json()
    assert version["label"] == "Rev.1"
    op1 = next(p for p in version["paragraphs"] if p["label"] == "OP1")
    assert "eradicate trafficking" in op1["text"]
    assert any(p["label"] == "OP3" for p in version["paragraphs"])  # pending: not applied
    assert latest_version(get_process(CODE)).label == "Rev.1"
    entry = ActivityLog.objects.filter(actor=secretariat_officer).latest("pk")
    assert entry.action_type.startswith("negotiations.version")


def test_focal_points_and_the_anonymous_are_refused(client, focal_point_state_a, accepted):
    assert _post(client, REV1).status_code == 401
    client.force_login(focal_point_state_a)
    refused = _post(client, REV1)
    assert refused.status_code == 403
    assert refused.json()["detail"] == "the secretariat issues revisions"
    assert latest_version(get_process(CODE)).label == "Zero draft"


@pytest.mark.parametrize(
    ("change", "status", "words"),
    [
        ({"base": "Rev.7"}, 400, "Rev.7"),
        ({"label": "Zero draft"}, 400, "Zero draft"),
        ({"label": ""}, 400, "label"),
        ({"revision": 0}, 409, "changed since you read it"),
        ({"date": "2026-02-30"}, 400, "date"),
    ],
)
def test_a_bad_request_is_refused_with_its_reason_and_nothing_saved(
    client, secretariat_officer, accepted, change, status, words
):
    client.force_login(secretariat_officer)
    refused = _post(client, REV1 | change)
    assert refused.status_code == status
    assert words in refused.json()["detail"]
    assert latest_version(get_process(CODE)).label == "Zero draft"
