import datetime as dt
import io
import socket

import pytest
from aiosmtpd.controller import Controller

from plenipo.correspondence.exporters import letter_html, letter_text
from plenipo.correspondence.models import Letter, LetterStatus
from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import Recipient, resolve
from plenipo.correspondence.services.letters import (
    approve,
    flush_outbox,
    merge,
    queue,
    record_reply,
    record_sent,
)
from plenipo.correspondence.services.setup import save_template
from plenipo.registry.queries import get_organization
from plenipo.registry.services.states import ensure_state
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db
JUNE_2015 = dt.date(2015, 6, 15)
HOSTILE = '<script>alert("x")</script><b>bold</b> & "quotes"'


def campaign_merge(recipients):
    return merge(
        template=get_template("campaign-ratification-en"),
        recipients=recipients,
        day=JUNE_2015,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    )


def test_a_missing_fact_stops_that_letter_and_names_it_the_others_proceed():
    known = resolve("ministers:COE:CETS-197", JUNE_2015)
    stranger = Recipient(
        key="AND",
        state=ensure_state("AND", by=None),
        post="Minister for Foreign Affairs of Andorra",
    )
    result = campaign_merge([*known, stranger])
    assert sorted(letter.recipient_key for letter in result.letters) == [
        "CZE",
        "LIE",
        "MCO",
        "RUS",
        "TUR",
    ]
    [(key, reason)] = result.refused
    assert key == "AND"
    assert (
        "no holder of the post “Minister for Foreign Affairs of Andorra” is recorded on 2015-06-15"
        in reason
    )


def test_recipients_without_address_or_email_are_reported_undeliverable():
    result = campaign_merge(resolve("ministers:COE:CETS-197", JUNE_2015))
    assert set(result.undeliverable) == {"CZE", "LIE", "MCO", "RUS", "TUR"}


def test_user_text_is_escaped_in_html_and_kept_in_text(tmp_path):
    office = get_template("campaign-ratification-en").office
    template = save_template(
        name="hostile",
        genre="formal_letter",
        language="en",
        office=office,
        subject=HOSTILE,
        body=f"{HOSTILE}\n\nTo {{{{ recipient.post }}}}.",
        by=None,
    )
    recipient = Recipient(
        key="RUS",
        state=ensure_state("RUS", by=None),
        post=HOSTILE,
        name="Sergey Lavrov",
        address=HOSTILE,
    )
    [letter] = merge(template=template, recipients=[recipient], day=JUNE_2015, by=None).letters
    html = letter_html([letter])
    assert "<script>" not in html
    assert "<b>bold</b>" not in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert HOSTILE in letter_text(letter)


@pytest.fixture
def smtp(settings):
    """A real SMTP server on localhost that can be stopped and started again."""

    class Inbox:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope)
            return "250 OK"

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", port, 5
    inbox = Inbox()
    state = {"controller": None}

    def start():
        state["controller"] = Controller(inbox, hostname="127.0.0.1", port=port)
        state["controller"].start()

    def stop():
        state["controller"].stop()

    inbox.start, inbox.stop = start, stop
    start()
    yield inbox
    if state["controller"] and state["controller"].loop.is_running():
        stop()


def _letters_with_email(count):
    result = campaign_merge(resolve("ministers:COE:CETS-197", JUNE_2015))
    letters = result.letters[:count]
    for number, letter in enumerate(letters):
        letter.recipient_email = f"minister{number}@example.org"
        letter.save()
        approve(letter=letter, by=None)
    return letters


def fake_pdf(letter):
    return b"%PDF-1.4 " + (letter.reference or str(letter.pk)).encode()


def test_sending_attaches_the_pdf_and_moves_the_letter_to_sent(smtp):
    [letter] = _letters_with_email(1)
    queued, refused = queue(letters=[letter], by=None)
    assert (len(queued), refused) == (1, [])
    assert flush_outbox(render_pdf=fake_pdf)["sent"] == 1
    [envelope] = smtp.messages
    assert envelope.rcpt_tos == ["minister0@example.org"]
    assert b"application/pdf" in envelope.content
    letter.refresh_from_db()
    assert letter.status == LetterStatus.SENT
    assert [d.succeeded for d in letter.deliveries.all()] == [True]


def test_a_letter_without_email_is_not_queued():
    letter = campaign_merge(resolve("ministers:COE:CETS-197", JUNE_2015)).letters[0]
    approve(letter=letter, by=None)
    queued, refused = queue(letters=[letter], by=None)
    assert queued == []
    assert "no e-mail address" in refused[0][1]


def test_smtp_dying_mid_batch_loses_nothing_and_sends_nothing_twice(smtp):
    letters = _letters_with_email(5)
    queue(letters=letters, by=None)
    sent_before = {"n": 0}

    def pdf_then_die(letter):
        sent_before["n"] += 1
        if sent_before["n"] == 3:
            smtp.stop()  # the server goes away after two letters
        return fake_pdf(letter)

    first = flush_outbox(render_pdf=pdf_then_die)
    assert first["sent"] == 2
    assert first["retry"] == 3
    waiting = Letter.objects.filter(status=LetterStatus.QUEUED)
    assert waiting.count() == 3
    assert all(letter.last_error for letter in waiting)
    smtp.start()
    assert flush_outbox(render_pdf=fake_pdf)["sent"] == 3
    recipients = sorted(rcpt for envelope in smtp.messages for rcpt in envelope.rcpt_tos)
    assert recipients == sorted(f"minister{n}@example.org" for n in range(5))
    assert Letter.objects.filter(status=LetterStatus.SENT).count() == 5


def test_sent_by_hand_and_a_reply():
    letter = campaign_merge(resolve("ministers:COE:CETS-197", JUNE_2015)).letters[0]
    approve(letter=letter, by=None)
    record_sent(letter=letter, channel="hand", by=None)
    reply = record_reply(
        letter=letter,
        received_on=dt.date(2015, 7, 1),
        channel="letter",
        summary="Intends to sign.",
        by=None,
    )
    assert letter.replies.get() == reply
    assert io.StringIO(letter_text(letter)).read().startswith("Strasbourg, 15 June 2015")


def test_a_letter_refers_to_an_earlier_one_and_they_form_a_thread():
    from plenipo.correspondence.queries import thread  # noqa: PLC0415

    office = get_template("campaign-ratification-en").office
    template = save_template(
        name="follow-up",
        genre="formal_letter",
        language="en",
        office=office,
        body="Further to my letter dated {{ earlier.date }}, I enclose a letter received.",
        by=None,
    )
    recipient = Recipient(
        key="RUS", state=ensure_state("RUS", by=None), post="Minister", name="Sergey Lavrov"
    )
    first = campaign_merge(resolve("ministers:COE:CETS-197", JUNE_2015)).letters[0]
    [second] = merge(
        template=template, recipients=[recipient], day=dt.date(2017, 6, 19), by=None, earlier=first
    ).letters
    assert second.body.startswith("Further to my letter dated 15 June 2015,")
    assert thread(second) == [first, second]
    assert thread(first) == [first, second]


@pytest.mark.parametrize(
    ("day", "tense", "french"),
    [
        (dt.date(2009, 3, 4), "which will be held in Vienna", "qui se tiendra à"),
        (dt.date(2026, 11, 26), "which was held in Vienna", "qui s'est tenue à"),
    ],
)
def test_a_letter_speaks_of_the_meeting_in_the_tense_of_its_own_date(day, tense, french):
    from plenipo.meetings.models import Meeting  # noqa: PLC0415

    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    austria = [r for r in resolve("missions:UN-VIE", day) if r.key == "AUT"]
    for name, expected in [
        ("wg-tip-invitation-nv-en", tense),
        ("meeting-invitation-nv-en", tense),
        ("meeting-invitation-nv-fr", french),
    ]:
        [letter] = merge(
            template=get_template(name), recipients=austria, day=day, by=None, meeting=meeting
        ).letters
        assert expected in letter.body
