"""Status mail goes through a real SMTP server on localhost."""

import socket
from email.header import decode_header, make_header

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.handlers import Message

from plenipo.meetings.services.delegations import decide_registration, register_delegation
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


class Inbox(Message):
    def __init__(self):
        super().__init__()
        self.messages = []

    def handle_message(self, message):
        self.messages.append(message)


@pytest.fixture
def smtp_server(settings):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", port
    yield inbox
    controller.stop()


def test_approval_mail_reaches_the_focal_point_in_its_language(
    smtp_server, focal_point_state_a, django_capture_on_commit_callbacks
):
    delegation = factories.delegation(factories.meeting())
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=__import__("datetime").date(2030, 3, 10),
    )
    with django_capture_on_commit_callbacks(execute=True):
        decide_registration(delegation=delegation, approve=True, by=None)
    [message] = smtp_server.messages
    assert message["To"] == "focal.point@aut.example"
    subject = str(make_header(decode_header(message["Subject"])))
    assert subject.startswith("Inscription approuvée")
    assert "L'inscription de la délégation de Autriche" in message.get_payload(decode=True).decode()


def test_plain_text_mail_is_not_html_escaped(
    mailoutbox, focal_point_state_a, django_capture_on_commit_callbacks
):
    title = "Consultation on women & children's protection <2030>"
    delegation = factories.delegation(factories.meeting(title=title))
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=__import__("datetime").date(2030, 3, 10),
    )
    with django_capture_on_commit_callbacks(execute=True):
        decide_registration(delegation=delegation, approve=True, by=None, note="Q & A's <b>")
    [message] = mailoutbox
    assert message.subject.endswith(title)
    assert f"« {title} »" in message.body
    assert "Q & A's <b>" in message.body
    assert "&amp;" not in message.body + message.subject
    assert "&#x27;" not in message.body + message.subject
