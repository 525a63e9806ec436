"""A received letter that cites the reference of a letter the secretariat sent is proposed
as its reply on the review page; accepted, the sent letter has its reply (it no longer
awaits one), and undone, it awaits it again."""

import datetime as dt

import pytest
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.correspondence.queries import reference_key, sent_letter_cited_by
from plenipo.correspondence.services.incoming import receive
from plenipo.correspondence.services.incoming_links import decided_links
from plenipo.correspondence.services.replies import link_reply, reply_proposed, unlink_reply
from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import record_reply
from tests.factories import correspondence as letter_factories
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
SENT_ON, RECEIVED_ON = dt.date(2030, 3, 5), dt.date(2030, 3, 20)


def _reply_note(reference):
    """A made-up reply whose reference line quotes the note verbale it answers."""
    return (
        f"Ref.: {reference}\n\n"
        "The Permanent Mission of the Republic of Austria to the United Nations (Vienna) "
        "presents its compliments to the Secretariat and has the honour to inform it that "
        "Austria will take part in the meeting.\n\n"
        "Vienna, 19 March 2030\n"
    ).encode()


@pytest.fixture
def sent(focal_point_state_a):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT")
    return letter_factories.sent_invitations(meeting, "AUT", day=SENT_ON)["AUT"]


def _received(reference, name="reply.txt"):
    return receive(name=name, data=_reply_note(reference), by=None, received_on=RECEIVED_ON)


def test_references_are_compared_spaces_and_case_aside():
    assert reference_key("cu 2030/1(a)") == reference_key("CU  2030/1 (A)")


def test_a_letter_citing_a_sent_letters_reference_is_proposed_as_its_reply(sent):
    written = sent.reference.lower().replace(" (", "(")  # "cu 2030/1(a)"
    received = _received(written)
    assert sent_letter_cited_by(received) == sent


def test_a_reply_citing_a_sent_letters_reference_in_a_sentence_is_proposed(sent):
    text = (
        "The Permanent Mission of the Republic of Austria to the United Nations (Vienna) "
        "presents its compliments to the Secretariat and, with reference to the note verbale "
        f"{sent.reference} of 5 March 2030, has the honour to inform it that Austria will "
        "take part in the meeting.\n\nVienna, 19 March 2030\n"
    )
    received = receive(name="reply.txt", data=text.encode(), by=None, received_on=RECEIVED_ON)
    assert received.reading["reference"] != sent.reference
    assert sent_letter_cited_by(received) == sent


def test_a_letter_citing_no_sent_reference_is_proposed_as_no_reply(sent):
    assert sent_letter_cited_by(_received("XY 1999/99 (Z)")) is None


def test_the_officer_accepts_and_undoes_the_reply(client, secretariat_officer, sent):
    received = _received(sent.reference)
    client.force_login(secretariat_officer)
    review = reverse("office:review", args=[received.pk])
    assert f'Reply to <a href="{reverse("office:letter", args=[sent.pk])}">' in (
        client.get(review).content.decode()
    )
    replies = reverse("office:replies")
    assert '<span class="uncertain">none</span>' in client.get(replies).content.decode()

    url = reverse("office:decide-reply", args=[received.pk])
    answer = client.post(url, {"decision": "accept", "letter": sent.pk})
    assert answer.status_code == 302
    received.refresh_from_db()
    assert received.answers == sent
    [reply] = sent.replies.all()
    assert (reply.received_on, reply.received_letter, reply.recorded_by) == (
        RECEIVED_ON,
        received,
        secretariat_officer,
    )
    listed = client.get(replies).content.decode()
    assert '<span class="uncertain">none</span>' not in listed
    assert f'<a href="{review}">{received.name}</a>' in listed
    assert "recorded" in client.get(review).content.decode()
    assert ActivityLog.objects.filter(action_type="correspondence.incoming.reply_linked").exists()

    assert client.post(url, {"decision": "undo"}).status_code == 302
    received.refresh_from_db()
    assert received.answers is None
    assert not sent.replies.exists()
    assert ActivityLog.objects.filter(action_type="correspondence.incoming.reply_unlinked").exists()


def test_a_letter_is_the_reply_to_one_letter_at_a_time(client, secretariat_officer, sent):
    received = _received(sent.reference)
    link_reply(letter=received, sent=sent, by=None)
    client.force_login(secretariat_officer)
    url = reverse("office:decide-reply", args=[received.pk])
    again = client.post(url, {"decision": "accept", "letter": sent.pk})
    assert again.status_code == 400
    assert "already recorded as the reply" in again.content.decode()
    assert sent.replies.count() == 1


def test_a_bad_choice_is_refused_on_the_page(client, secretariat_officer, sent):
    received = _received(sent.reference)
    client.force_login(secretariat_officer)
    url = reverse("office:decide-reply", args=[received.pk])
    assert client.post(url, {"decision": "undo"}).status_code == 400
    missing = client.post(url, {"decision": "accept", "letter": "999999"})
    assert missing.status_code == 400
    assert "no letter 999999" in missing.content.decode()


def test_the_reply_to_an_invitation_is_the_invited_states_reply_to_the_meeting(sent):
    received = _received(sent.reference)
    delegation = Delegation.objects.get(meeting=sent.meeting, state__code="AUT")
    assert delegation.replied_on is None
    link_reply(letter=received, sent=sent, by=None)
    delegation.refresh_from_db()
    assert (delegation.replied_on, delegation.reply_channel) == (RECEIVED_ON, "note verbale")
    unlink_reply(letter=received, by=None)
    delegation.refresh_from_db()
    assert delegation.replied_on is None
    assert ActivityLog.objects.filter(action_type="meetings.delegation.reply_undone").exists()


def test_a_reply_recorded_before_is_kept(sent):
    delegation = Delegation.objects.get(meeting=sent.meeting, state__code="AUT")
    record_reply(delegation=delegation, replied_on=dt.date(2030, 3, 10), channel="e-mail", by=None)
    link_reply(letter=_received(sent.reference), sent=sent, by=None)
    delegation.refresh_from_db()
    assert (delegation.replied_on, delegation.reply_channel) == (dt.date(2030, 3, 10), "e-mail")


def _note_from(state_words, reference):
    return (
        f"The Permanent Mission of {state_words} to the United Nations (Vienna) presents its "
        "compliments to the Secretariat and, with reference to the note verbale "
        f"{reference} of 5 March 2030, has the honour to inform it that it will take part "
        "in the meeting.\n\nVienna, 19 March 2030\n"
    ).encode()


def test_a_cited_letter_sent_to_another_state_is_proposed_with_a_warning(
    client, secretariat_officer, sent
):
    data = _note_from("the Federal Republic of Germany", sent.reference)
    received = receive(name="de.txt", data=data, by=None, received_on=RECEIVED_ON)
    proposed = reply_proposed(received, decided_links(received)["correspondents"])
    assert proposed["letter"] == sent
    assert not proposed["confident"]
    assert "(AUT), not to the sender's state (DEU)" in proposed["warning"]
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:review", args=[received.pk])).content.decode()
    assert 'class="warning reply-warning"' in html
    assert "The letter cites its reference." not in html


def test_a_cited_letter_sent_to_the_senders_state_is_proposed_without_warning(sent):
    data = _note_from("the Republic of Austria", sent.reference)
    received = receive(name="at.txt", data=data, by=None, received_on=RECEIVED_ON)
    proposed = reply_proposed(received, decided_links(received)["correspondents"])
    assert (proposed["letter"], proposed["warning"], proposed["confident"]) == (sent, "", True)
