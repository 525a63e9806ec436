"""The office is warned, and asked to confirm, before accepting a proposal that a party
objected to and before placing a text under silence while proposals are still pending; the
API and the command line refuse such a step unless it is confirmed. Once confirmed, it is
done."""

import datetime as dt
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.negotiations.cautions import NeedsConfirmation
from plenipo.negotiations.models import ProposalStatus, Silence
from plenipo.negotiations.queries import get_process, latest_version
from plenipo.negotiations.services import silence, texts
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
CODE = "TIP-RES"
UNTIL = dt.datetime(2099, 1, 15, 18, 0, tzinfo=dt.UTC)
SILENCE_FORM = {"version": "Zero draft", "until": "2099-01-15T18:00", "timezone": "Europe/Vienna"}


@pytest.fixture
def objected():
    """A proposal of the EU to which Austria objected."""
    process = factories.process(CODE)
    proposal = factories.propose(process, "EU", "replace", "OP1", old="combat", new="eradicate")
    texts.take_stance(proposal=proposal, party="AUT", stance="object", by=None)
    proposal.refresh_from_db()
    return proposal


def _status(proposal):
    proposal.refresh_from_db()
    return proposal.status


def test_the_service_asks_to_confirm_then_does_it(objected):
    process = get_process(CODE)
    with pytest.raises(NeedsConfirmation, match=r"objected to by AUT: confirm"):
        texts.set_proposal_status(proposal=objected, status="accepted", expected_revision=None,
                                  by=None, confirmed=False)  # fmt: skip
    assert _status(objected) == ProposalStatus.PENDING
    with pytest.raises(NeedsConfirmation, match=r"1 proposal on TIP-RES still pending"):
        silence.start_silence(process=process, version=latest_version(process), until=UNTIL,
                              timezone="UTC", by=None, confirmed=False)  # fmt: skip
    assert not Silence.objects.filter(process=process).exists()
    texts.set_proposal_status(proposal=objected, status="accepted", expected_revision=None,
                              by=None, confirmed=True)  # fmt: skip
    assert _status(objected) == ProposalStatus.ACCEPTED


def test_the_services_ask_unless_told_otherwise(objected):
    """Any caller that does not say it confirmed (a script, a future page) is asked."""
    process = get_process(CODE)
    with pytest.raises(NeedsConfirmation):
        texts.set_proposal_status(proposal=objected, status="accepted", expected_revision=None,
                                  by=None)  # fmt: skip
    with pytest.raises(NeedsConfirmation):
        silence.start_silence(process=process, version=latest_version(process), until=UNTIL,
                              timezone="UTC", by=None)  # fmt: skip


def test_a_silence_confirmed_past_pending_proposals_names_them_in_the_audit(objected):
    process = get_process(CODE)
    later = factories.propose(process, "AUT", "delete", "OP3")
    silence.start_silence(process=process, version=latest_version(process), until=UNTIL,
                          timezone="UTC", by=None, confirmed=True)  # fmt: skip
    entry = ActivityLog.objects.get(action_type="negotiations.silence.started")
    assert entry.data["pending_confirmed"] == [objected.pk, later.pk]


def test_a_silence_with_nothing_pending_lists_nothing_confirmed():
    process = factories.process(CODE)
    silence.start_silence(process=process, version=latest_version(process), until=UNTIL,
                          timezone="UTC", by=None)  # fmt: skip
    entry = ActivityLog.objects.get(action_type="negotiations.silence.started")
    assert "pending_confirmed" not in entry.data


def test_a_rejection_and_a_proposal_without_objection_need_no_confirming():
    process = factories.process(CODE)
    plain = factories.propose(process, "EU", "delete", "OP3")
    texts.set_proposal_status(proposal=plain, status="accepted", expected_revision=None,
                              by=None, confirmed=False)  # fmt: skip
    assert _status(plain) == ProposalStatus.ACCEPTED
    silence.start_silence(process=process, version=latest_version(process), until=UNTIL,
                          timezone="UTC", by=None, confirmed=False)  # fmt: skip


def test_the_office_shows_the_objections_and_accepts_once_confirmed(
    client, secretariat_officer, objected
):
    client.force_login(secretariat_officer)
    url = reverse("office:negotiation-decide", args=[CODE, objected.pk])
    form = {"decision": "accept", "revision": get_process(CODE).revision}
    page = client.post(url, form)
    html = page.content.decode()
    assert page.status_code == 200
    assert "objected to by AUT" in html
    assert f'data-proposal="{objected.pk}"' in html
    assert 'name="confirm" value="1"' in html
    assert _status(objected) == ProposalStatus.PENDING
    assert client.post(url, form | {"confirm": "1"}).status_code == 302
    assert _status(objected) == ProposalStatus.ACCEPTED


def test_the_office_shows_the_pending_proposals_before_a_silence(
    client, secretariat_officer, objected
):
    client.force_login(secretariat_officer)
    url = reverse("office:negotiation-silence", args=[CODE, "start"])
    page = client.post(url, SILENCE_FORM)
    assert page.status_code == 200
    assert "still pending" in page.content.decode()
    assert not Silence.objects.filter(process__code=CODE).exists()
    assert client.post(url, SILENCE_FORM | {"confirm": "1"}).status_code == 302
    assert Silence.objects.filter(process__code=CODE).exists()


def test_the_api_refuses_without_confirm_and_does_it_with(client, secretariat_officer, objected):
    client.force_login(secretariat_officer)
    url = f"/api/negotiations/{CODE}/proposals/{objected.pk}/decision"
    body = {"decision": "accept", "revision": get_process(CODE).revision}
    refused = client.post(url, body, content_type="application/json")
    assert refused.status_code == 400
    assert '"confirm": true' in refused.json()["detail"]
    done = client.post(url, body | {"confirm": True}, content_type="application/json")
    assert done.json()["status"] == "accepted"
    url = f"/api/negotiations/{CODE}/silence"
    factories.propose(get_process(CODE), "EU", "delete", "OP3")
    body = {"version": "Zero draft", "until": "2099-01-15 18:00", "timezone": "UTC"}
    assert client.post(url, body, content_type="application/json").status_code == 400
    started = client.post(url, body | {"confirm": True}, content_type="application/json")
    assert started.status_code == 201


def test_the_command_line_refuses_without_confirm(objected):
    quiet = {"stdout": StringIO(), "stderr": StringIO()}
    with pytest.raises(CommandError, match="run it again with --confirm"):
        call_command("negotiation", "decide", CODE, str(objected.pk), "accept", **quiet)
    call_command("negotiation", "decide", CODE, str(objected.pk), "accept", "--confirm", **quiet)
    assert _status(objected) == ProposalStatus.ACCEPTED
    factories.propose(get_process(CODE), "EU", "delete", "OP3")
    args = ["negotiation", "silence", CODE, "--version", "Zero draft", "--until",
            "2099-01-15 18:00"]  # fmt: skip
    with pytest.raises(CommandError, match="still pending"):
        call_command(*args, **quiet)
    call_command(*args, "--confirm", **quiet)
    assert Silence.objects.filter(process__code=CODE).exists()
