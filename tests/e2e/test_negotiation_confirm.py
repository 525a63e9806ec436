"""A facilitator accepting a proposal that Austria objected to is shown the objection and
asked to confirm; once confirmed, the proposal is accepted."""

import pytest

from plenipo.negotiations.models import Proposal, ProposalStatus
from plenipo.negotiations.services import texts
from tests.e2e.conftest import needs_chromium, sign_in
from tests.factories import negotiations as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_accepting_an_objected_proposal_asks_to_confirm(
    live_server, page, dataset, secretariat_officer
):
    process = factories.process("TIP-RES")
    proposal = factories.propose(process, "EU", "replace", "OP1", old="combat", new="eradicate")
    texts.take_stance(proposal=proposal, party="AUT", stance="object", by=None)
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/negotiations/TIP-RES/versions/Zero draft/")
    page.locator(f"#proposal-{proposal.pk} button[value=accept]").click()
    warning = page.wait_for_selector("#confirm-warning")
    assert "objected to by AUT" in warning.inner_text()
    assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PENDING
    page.click("#confirm-form button[type=submit]")
    page.wait_for_selector("text=: accepted.")
    assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.ACCEPTED
