"""The office home lists the day's work, each line linked to the screen that does it, in a
number of queries that does not grow with the data."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.urls import reverse

from plenipo.campaigns.queries import targets_due_a_letter
from plenipo.campaigns.services.campaigns import start_campaign
from plenipo.correspondence.models import IncomingLetter, Task
from plenipo.correspondence.queries import InvitationLetters
from plenipo.meetings.models import Meeting
from plenipo.meetings.services.delegations import invite
from plenipo.office.day import NAMED_TARGETS, next_step
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument
from tests.factories import campaigns as campaign_factories
from tests.factories import correspondence as letter_factories
from tests.factories import meetings as factories
from tests.factories.registry import state

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()
READING = {
    "meetings": [{"title": "A meeting"}],
    "deadlines": [{"what": "Reply"}, {"what": "Send names"}],
    "enclosures": [],
}


def _work(count):
    """``count`` of everything the dashboard lists."""
    for n in range(count):
        letter = IncomingLetter.objects.create(
            name=f"letter-{n}.txt",
            format="text",
            text="…",
            reading=READING,
            decisions={"deadlines/0": {"status": "rejected"}},
            received_on=TODAY,
        )
        Task.objects.create(
            what=f"Answer {n}", due_on=TODAY + dt.timedelta(days=3), from_letter=letter
        )
        Task.objects.create(
            what=f"Overdue {n}", due_on=TODAY - dt.timedelta(days=5), from_letter=letter
        )
        meeting = factories.meeting(
            start=str(TODAY + dt.timedelta(days=40 + n)), end=str(TODAY + dt.timedelta(days=41 + n))
        )
        if n % 2:
            delegation = factories.delegation(meeting, "AUT")
            delegation.status = "pending"
            delegation.save(update_fields=["status"])


def _campaign():
    return campaign_factories.cets_2015("CETS 197 as of 2015")


def test_each_kind_of_work_is_listed_with_the_screen_that_does_it(client, secretariat_officer):
    _work(2)
    _campaign()
    past_due = Task.objects.create(what="Send the names", due_on=TODAY - dt.timedelta(days=30))
    Task.objects.create(what="Already sent", due_on=TODAY - dt.timedelta(days=20), done=True)
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:dashboard")).content.decode()
    deadlines = html.split('<section id="deadlines">')[1].split("</section>")[0]
    assert deadlines.index("Send the names") < deadlines.index("Answer 0")
    assert f"<strong>Overdue</strong> since {past_due.due_on}" in deadlines
    assert "Already sent" not in deadlines
    letter = IncomingLetter.objects.get(name="letter-0.txt")
    assert f'href="{reverse("office:review", args=[letter.pk])}">letter-0.txt</a>' in html
    assert "2 items to decide" in html  # one meeting and one deadline left, one rejected
    assert "Answer 0" in html
    invited, fresh = [], []
    for meeting in Meeting.objects.filter(title__startswith="Test meeting"):
        (invited if meeting.delegations.exists() else fresh).append(meeting)
    assert (
        f'href="{reverse("office:reply-matrix", args=[invited[0].pk])}">1 registration to decide'
        in html
    )
    assert "invitation to send" in html
    campaign = reverse("office:campaign", args=["cets-2015"])
    # The only target not a party today (the others deposited after 2015).
    assert (
        f'href="{campaign}">CETS 197 as of 2015</a>: 1 target due a letter '
        '<span class="muted">(Russian Federation)</span>'
    ) in html
    assert "Liechtenstein" not in html


def test_the_number_of_queries_does_not_grow_with_the_work(
    client, secretariat_officer, django_assert_max_num_queries
):
    client.force_login(secretariat_officer)
    _work(1)
    with django_assert_max_num_queries(20) as small:
        client.get(reverse("office:dashboard"))
    _work(8)
    _campaign()
    # One more, once: the UN names of the campaign targets, read only when there are some.
    with django_assert_max_num_queries(len(small.captured_queries) + 1):
        assert client.get(reverse("office:dashboard")).status_code == 200


@pytest.mark.parametrize(
    ("counts", "letters", "expected"),
    [
        ({}, (False, 0), "invitation to send"),
        ({}, (True, 0), None),  # invited by letters sent before invitations were recorded
        ({"invited": 27}, (True, 25), "25 invited states without a letter"),
        ({"invited": 1, "pending": 1}, (False, 1), "1 invited state without a letter"),
        ({"invited": 3, "pending": 2, "approved": 1}, (True, 0), "2 registrations to decide"),
        ({"invited": 3, "approved": 1}, (True, 0), "list of participants to publish"),
        ({"invited": 3, "approved": 1, "participants_published": True}, (True, 0), None),
    ],
)
def test_a_meetings_next_step(counts, letters, expected):
    fields = {"pk": 7, "invited": 0, "pending": 0, "approved": 0, "participants_published": False}
    step = next_step(SimpleNamespace(**(fields | counts)), letters=InvitationLetters(*letters))
    assert (step.label if step else None) == expected


def test_invited_states_without_a_sent_letter_are_counted(
    client, secretariat_officer, focal_point_state_a, focal_point_state_b
):
    meeting = factories.meeting(
        start=str(TODAY + dt.timedelta(days=40)), end=str(TODAY + dt.timedelta(days=41))
    )
    for code in ("AUT", "BEL", "DEU"):  # invited from the meeting's page: no letter yet
        invite(meeting=meeting, party=state(code), invited_on=TODAY, reference="", by=None)
    letter_factories.sent_invitations(meeting, "AUT")  # BEL's stays a draft; DEU has none
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:dashboard")).content.decode()
    row = html.split(f'data-meeting="{meeting.pk}">')[1].split("</li>")[0]
    assert "2 invited states without a letter" in row
    assert "nothing due" not in row


def test_a_campaigns_targets_are_counted_and_only_the_first_named(client, secretariat_officer):
    campaign_factories.cets_2015()
    early = start_campaign(  # the UN members not yet party when the Protocol came into force
        code="tip-2004",
        title="Palermo Protocol in its first year",
        instrument=get_instrument("TIP-PROTOCOL"),
        organization=get_organization("UN"),
        started_on=dt.date(2004, 1, 1),
        by=None,
    )
    due = sum(1 for row in targets_due_a_letter(TODAY) if row["target"].campaign == early)
    assert due > NAMED_TARGETS
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:dashboard")).content.decode()
    section = html.split('<section id="campaign-targets">')[1].split("</section>")[0]
    assert f"{due} targets due a letter" in section
    assert f"and {due - NAMED_TARGETS} more)" in section
    assert section.count("<li") == 2  # one line per campaign


def test_the_office_home_links_every_part_of_the_office(client, secretariat_officer):
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:dashboard")).content.decode()
    for name in ("letters", "replies", "inbox", "tasks", "meetings", "campaigns", "negotiations"):
        assert f'href="{reverse(f"office:{name}")}"' in html, name
