"""The office's "Replies awaited" page: every reply received to a letter, each linked to
the received letter it is; and, for a letter still unanswered whose meeting has a
registration deadline, the day to reply by, marked once it has passed."""

import datetime as dt

import pytest
from django.urls import reverse

from plenipo.correspondence.models import Letter
from plenipo.correspondence.queries import letters_expecting_reply, reply_matrix
from plenipo.correspondence.services.incoming import receive
from plenipo.correspondence.services.letters import record_reply
from plenipo.correspondence.services.replies import link_reply
from tests.factories import correspondence as letter_factories
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
SENT_ON, DEADLINE = dt.date(2030, 3, 5), dt.date(2030, 3, 25)


def _reply_note(reference, day):
    """A made-up reply quoting the reference of the note verbale it answers."""
    return (
        f"Ref.: {reference}\n\n"
        "The Permanent Mission of the Republic of Austria to the United Nations (Vienna) "
        "presents its compliments to the Secretariat and has the honour to inform it that "
        f"Austria will take part in the meeting.\n\nVienna, {day} March 2030\n"
    ).encode()


@pytest.fixture
def invitations(focal_point_state_a, focal_point_state_b):
    meeting = factories.meeting(registration_deadline=DEADLINE)
    factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    return letter_factories.sent_invitations(meeting, "AUT", "BEL", day=SENT_ON)


def _row(rows, letter):
    return next(row for row in rows if row["letter"] == letter)


def test_each_reply_to_one_letter_is_shown_with_its_received_letter(
    client, secretariat_officer, invitations
):
    sent = invitations["AUT"]
    first = receive(
        name="first.txt", data=_reply_note(sent.reference, 19), by=None, received_on=SENT_ON
    )
    link_reply(letter=first, sent=sent, by=None)
    second = receive(
        name="second.txt", data=_reply_note(sent.reference, 21), by=None, received_on=SENT_ON
    )
    record_reply(
        letter=sent,
        received_on=dt.date(2030, 3, 22),
        channel="note verbale",
        by=None,
        received_letter=second,
    )
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:replies")).content.decode()
    for received in (first, second):
        review = reverse("office:review", args=[received.pk])
        assert f'<a href="{review}">{received.name}</a>' in page
    assert "22 March 2030 (note verbale)" in page


def test_an_unanswered_invitation_shows_the_meetings_registration_deadline(
    client, secretariat_officer, invitations
):
    link_reply(
        letter=receive(
            name="aut.txt",
            data=_reply_note(invitations["AUT"].reference, 19),
            by=None,
            received_on=SENT_ON,
        ),
        sent=invitations["AUT"],
        by=None,
    )
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:replies")).content.decode()
    assert page.count("Reply by 2030-03-25") == 1  # Belgium's, not Austria's: it replied
    assert "(overdue)" not in page
    rows = reply_matrix(letters_expecting_reply(), today=DEADLINE + dt.timedelta(days=1))
    assert _row(rows, invitations["BEL"])["overdue"] is True
    assert _row(rows, invitations["AUT"])["reply_by"] is None
    on_the_day = reply_matrix(letters_expecting_reply(), today=DEADLINE)
    assert _row(on_the_day, invitations["BEL"])["overdue"] is False


def test_a_letter_whose_meeting_has_no_deadline_shows_none(
    client, secretariat_officer, invitations
):
    meeting = invitations["BEL"].meeting
    meeting.registration_deadline = None
    meeting.save(update_fields=["registration_deadline"])
    client.force_login(secretariat_officer)
    assert "· Reply by" not in client.get(reverse("office:replies")).content.decode()
    assert Letter.objects.filter(meeting=meeting, expects_reply=True).count() == 2


def test_a_state_that_registered_on_the_portal_has_answered_its_invitation(
    client, secretariat_officer, invitations
):
    from plenipo.meetings.models import Delegation  # noqa: PLC0415
    from plenipo.meetings.services.delegations import record_reply as delegation_reply  # noqa: PLC0415

    austria = Delegation.objects.get(meeting=invitations["AUT"].meeting, state__code="AUT")
    delegation_reply(delegation=austria, replied_on=dt.date(2030, 3, 12), channel="portal", by=None)
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:replies")).content.decode()

    matrix = reverse("office:reply-matrix", args=[austria.meeting_id])
    assert f'2030-03-12 (portal): <a href="{matrix}">recorded on the delegation</a>' in page
    assert page.count("Reply by 2030-03-25") == 1  # Belgium's alone
    rows = reply_matrix(letters_expecting_reply(), today=SENT_ON)
    assert _row(rows, invitations["AUT"])["reply_by"] is None
    assert _row(rows, invitations["BEL"])["delegation_reply"] is None


def test_no_reminder_for_an_invitation_answered_on_the_delegation(invitations):
    from plenipo.correspondence.queries import awaiting_reply  # noqa: PLC0415
    from plenipo.meetings.models import Delegation  # noqa: PLC0415
    from plenipo.meetings.services.delegations import record_reply as delegation_reply  # noqa: PLC0415

    Letter.objects.filter(pk__in=[x.pk for x in invitations.values()]).update(
        expects_reply_by=DEADLINE
    )
    later = DEADLINE + dt.timedelta(days=1)
    assert set(awaiting_reply(later)) == set(invitations.values())
    austria = Delegation.objects.get(meeting=invitations["AUT"].meeting, state__code="AUT")
    delegation_reply(delegation=austria, replied_on=dt.date(2030, 3, 12), channel="portal", by=None)
    assert list(awaiting_reply(later)) == [invitations["BEL"]]
