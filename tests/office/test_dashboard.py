"""The office home lists the day's work, each line linked to the screen that does it, in a
number of queries that does not grow with the data."""

import datetime as dt
from types import SimpleNamespace

import pytest
from django.urls import reverse

from plenipo.correspondence.models import IncomingLetter, Task
from plenipo.meetings.models import Meeting
from plenipo.office.day import next_step
from tests.factories import campaigns as campaign_factories
from tests.factories import meetings as factories

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
    assert f'href="{campaign}">CETS 197 as of 2015</a>: Russian Federation' in html
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
    ("counts", "has_letters", "expected"),
    [
        ({}, False, "invitation to send"),
        ({}, True, None),  # invited by letters sent before invitations were recorded
        ({"invited": 3, "pending": 2, "approved": 1}, False, "2 registrations to decide"),
        ({"invited": 3, "approved": 1}, False, "list of participants to publish"),
        ({"invited": 3, "approved": 1, "participants_published": True}, False, None),
    ],
)
def test_a_meetings_next_step(counts, has_letters, expected):
    fields = {"pk": 7, "invited": 0, "pending": 0, "approved": 0, "participants_published": False}
    step = next_step(SimpleNamespace(**(fields | counts)), has_letters=has_letters)
    assert (step.label if step else None) == expected
