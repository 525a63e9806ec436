"""The portal's "Decided on this version": once the secretariat decides on a proposal, the
parties still see it, with its decision, until a revision applies it."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from plenipo.negotiations.queries import decided_proposals, get_process, latest_version
from plenipo.negotiations.services import texts
from plenipo.negotiations.services.status import set_status
from tests.conftest import _focal_point
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "ANTI-TIP"


def _decide(proposal, status, by, note=""):
    if note:  # the service's one writer of status fields takes the secretariat's reason
        return set_status(proposal, status, by=by, note=note, data={"process": CODE})
    return texts.set_proposal_status(
        proposal=proposal, status=status, expected_revision=None, by=by
    )


@pytest.fixture
def story(secretariat_officer):
    process = factories.process(CODE)
    ours = [
        factories.propose(process, "AUT", "replace", "OP1", old="combat", new="eradicate"),
        factories.propose(process, "AUT", "replace", "OP2", old="strengthen", new="deepen"),
    ]
    theirs = factories.propose(process, "EU", "delete", "OP4")
    pending = factories.propose(process, "BEL", "delete", "OP3")
    for proposal in ours:
        _decide(proposal, "accepted", secretariat_officer)
    _decide(theirs, "rejected", secretariat_officer, note="the operative part needs OP4")
    return process, ours, theirs, pending


def test_a_focal_point_sees_its_accepted_and_anothers_rejected_proposal(
    client, focal_point_state_a, story
):
    _process, ours, theirs, pending = story
    client.force_login(focal_point_state_a)
    page = client.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    decided = page[page.index('id="decided-heading"') :]
    compilation = page[page.index('id="compilation"') : page.index('id="decided-heading"')]
    assert "Decided on this version" in decided
    for proposal in ours:
        row = _row(decided, proposal)
        assert f"{proposal.pk} · Austria</strong>" in row
        assert "Accepted" in row
        assert "not recorded" not in row  # the moment the decision was logged
    assert "Agreed ad ref.: “Calls upon Member States to eradicate trafficking" in decided
    assert "Agreed ad ref.: “Encourages Member States to deepen international" in decided
    rejected = _row(decided, theirs)
    assert f"{theirs.pk} · European Union</strong>" in rejected
    assert "Rejected" in rejected
    assert "Agreed ad ref." not in rejected
    assert "Reason: the operative part needs OP4" in rejected
    # The text keeps its wording until a revision; the pending proposal stays in brackets.
    assert "to combat trafficking" in compilation
    assert f'id="proposal-{pending.pk}"' in compilation
    assert f'id="decided-{pending.pk}"' not in decided
    assert f'id="proposal-{theirs.pk}"' not in compilation


def _row(html, proposal):
    start = html.index(f'id="decided-{proposal.pk}"')
    return html[start : html.index("</tr>", start)]


def test_a_revision_settles_what_was_decided_on_the_version_before(
    client, focal_point_state_b, secretariat_officer, story
):
    process, ours, theirs, pending = story
    texts.issue_revision(process=get_process(CODE), base=latest_version(process), label="Rev.1",
                         date=factories.DAY, expected_revision=None,
                         by=secretariat_officer)  # fmt: skip
    _decide(pending, "withdrawn", None)
    client.force_login(focal_point_state_b)
    page = client.get(reverse("portal:negotiation", args=[CODE])).content.decode()
    assert "Current text: Rev.1" in page
    decided = page[page.index('id="decided-heading"') :]
    assert f'id="decided-{pending.pk}"' in decided
    assert "Withdrawn" in decided
    for settled in [*ours, theirs]:  # applied, or rejected before Rev.1 was issued
        assert f'id="decided-{settled.pk}"' not in decided


def test_a_proposal_on_a_version_kept_to_the_secretariat_is_not_shown_decided(
    secretariat_officer,
):
    process = factories.process(CODE)
    texts.issue_revision(process=process, base=latest_version(process), label="Rev.1",
                         date=factories.DAY, expected_revision=None, circulated=False,
                         by=None)  # fmt: skip
    hidden = factories.propose(process, "facilitators", "delete", "OP3")
    _decide(hidden, "rejected", secretariat_officer)
    shown = latest_version(process)
    assert decided_proposals(process, shown, circulated_only=True) == []
    [decided] = decided_proposals(process, shown)
    assert (decided.proposal.pk, decided.agreed) == (hidden.pk, None)


def test_a_focal_point_outside_the_audience_still_gets_404(client, django_user_model, story):
    client.force_login(_focal_point(django_user_model, "USA"))  # not a Council of Europe member
    assert client.get(reverse("portal:negotiation", args=[CODE])).status_code == 404


def test_the_decided_proposals_cost_the_same_queries_however_many(secretariat_officer, story):
    process, *_ = story
    version = latest_version(process)
    with CaptureQueriesContext(connection) as few:
        assert len(decided_proposals(process, version)) == 3
    for label, old in [("PP1", "Recalling"), ("PP2", "Concerned")]:
        more = factories.propose(process, "BEL", "replace", label, old=old, new="Noting")
        _decide(more, "rejected", secretariat_officer)
    with CaptureQueriesContext(connection) as many:
        assert len(decided_proposals(process, version)) == 5
    assert len(many) == len(few)
