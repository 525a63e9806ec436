"""The compilation's ``decided``: the proposals decided on a version and not yet applied,
the same read as the portal's "Decided on this version"."""

import pytest

from plenipo.negotiations.services import texts
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "ANTI-TIP"


def test_the_compilation_lists_the_decided_proposals_for_the_parties(
    client, focal_point_state_b, secretariat_officer
):
    process = factories.process(CODE)
    accepted = factories.propose(process, "AUT", "replace", "OP1", old="combat", new="end")
    rejected = factories.propose(process, "EU", "delete", "OP4")
    pending = factories.propose(process, "BEL", "delete", "OP3")
    for proposal, status in [(accepted, "accepted"), (rejected, "rejected")]:
        texts.set_proposal_status(proposal=proposal, status=status, expected_revision=None,
                                  by=secretariat_officer)  # fmt: skip
    client.force_login(focal_point_state_b)
    compiled = client.get(f"/api/negotiations/{CODE}/versions/Zero draft/compilation").json()
    decided = {d["proposal"]: d for d in compiled["decided"]}
    assert set(decided) == {accepted.pk, rejected.pk}  # not the pending one
    assert pending.pk not in decided
    ours = decided[accepted.pk]
    assert (ours["party"], ours["paragraph"], ours["status"]) == ("AUT", "OP1", "accepted")
    assert ours["agreed"].startswith("Calls upon Member States to end trafficking")
    assert ours["decided_at"] is not None
    assert ours["reason"] is None
    theirs = decided[rejected.pk]
    assert (theirs["status"], theirs["agreed"]) == ("rejected", None)
