"""API and CLI: a received letter recorded as the reply to a sent letter, as the review
page's "Record as the reply" does; the letter shows the sent letter its reading cites."""

import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from plenipo.core.models import ActivityLog
from tests.office.test_reply_links import _received, sent  # noqa: F401 (fixture)

pytestmark = pytest.mark.django_db


def _json(client, url, payload):
    return client.post(url, payload, content_type="application/json")


def test_the_letter_proposes_the_sent_letter_it_cites(client, secretariat_officer, sent):  # noqa: F811
    received = _received(sent.reference)
    client.force_login(secretariat_officer)
    shown = client.get(f"/api/inbox/{received.pk}").json()
    assert shown["reply_proposed"] == {"id": sent.pk, "reference": sent.reference}
    assert (
        client.get(f"/api/inbox/{_received('XY 1/2', 'other.txt').pk}").json()["reply_proposed"]
        is None
    )


def test_an_officer_records_the_reply_by_reference_and_undoes_it(
    client,
    secretariat_officer,
    sent,  # noqa: F811
):
    received = _received(sent.reference)
    client.force_login(secretariat_officer)
    written = sent.reference.lower().replace(" ", "")
    done = _json(client, f"/api/inbox/{received.pk}/reply", {"letter": written})
    assert done.status_code == 200, done.json()
    assert done.json() == {"id": received.pk, "answers": sent.pk, "reference": sent.reference}
    assert sent.replies.get().received_letter == received
    assert client.get(f"/api/inbox/{received.pk}").json()["answers"] == sent.pk
    assert ActivityLog.objects.filter(action_type="correspondence.incoming.reply_linked").exists()

    again = _json(client, f"/api/inbox/{received.pk}/reply", {"letter": str(sent.pk)})
    assert again.status_code == 400
    assert "already recorded as the reply" in again.json()["detail"]

    undone = _json(client, f"/api/inbox/{received.pk}/undo", {"item": "reply"})
    assert undone.status_code == 200, undone.json()
    assert not sent.replies.exists()


@pytest.mark.parametrize("named", ["XY 1999/99 (Z)", "999999", "99999999999999999999"])
def test_an_unknown_sent_letter_is_a_404_naming_it(client, secretariat_officer, sent, named):  # noqa: F811
    received = _received(sent.reference)
    client.force_login(secretariat_officer)
    answer = _json(client, f"/api/inbox/{received.pk}/reply", {"letter": named})
    assert answer.status_code == 404
    assert answer.json()["detail"] == f"no sent letter {named!r}"
    assert not sent.replies.exists()


def test_a_focal_point_cannot_record_a_reply(client, focal_point_state_a, sent):  # noqa: F811
    received = _received(sent.reference)
    client.force_login(focal_point_state_a)
    answer = _json(client, f"/api/inbox/{received.pk}/reply", {"letter": sent.reference})
    assert answer.status_code == 403
    assert not sent.replies.exists()


def _run(*args):
    out = StringIO()
    call_command("inbox", *args, stdout=out)
    return out.getvalue()


def test_the_cli_records_and_undoes_the_reply(sent):  # noqa: F811
    received = _received(sent.reference)
    said = _run("reply", str(received.pk), "--to", sent.reference)
    assert said == f"letter {received.pk} is recorded as the reply to {sent.reference}\n"
    assert sent.replies.get().received_letter == received
    undone = json.loads(_run("reply", str(received.pk), "--undo", "--json"))
    assert undone == {"id": received.pk, "answers": None, "reference": sent.reference}
    assert not sent.replies.exists()
    with pytest.raises(CommandError, match="recorded as the reply to no letter"):
        _run("reply", str(received.pk), "--undo")
    with pytest.raises(CommandError, match="no sent letter 'AB 1/1'"):
        _run("reply", str(received.pk), "--to", "AB 1/1")
