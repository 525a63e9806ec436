"""Lists answered by the API read in a number of queries that does not grow with the list."""

import datetime as dt

import pytest
from django.utils import timezone

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import approve, merge, record_reply, record_sent
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
DAY = dt.date(2015, 6, 15)


def _letters(count):
    return merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", DAY)[:count],
        day=DAY,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters


@pytest.mark.parametrize("count", [1, 5])
def test_the_letter_list_does_not_grow_with_letters(
    client, secretariat_officer, django_assert_num_queries, count
):
    letters = _letters(count)
    client.force_login(secretariat_officer)
    client.get("/api/letters")  # the session and permissions are read once
    with django_assert_num_queries(6):
        listed = client.get("/api/letters").json()
    assert [item["id"] for item in listed] == sorted((x.pk for x in letters), reverse=True)


def test_the_letter_list_counts_each_letters_replies(client, secretariat_officer):
    answered, *others = _letters(5)
    approve(letter=answered, by=None)
    record_sent(letter=answered, channel="hand", by=None, on=timezone.now())
    record_reply(letter=answered, received_on=dt.date.today(), channel="post", by=None)
    client.force_login(secretariat_officer)
    replies = {item["id"]: item["replies"] for item in client.get("/api/letters").json()}
    assert replies == {answered.pk: 1, **{letter.pk: 0 for letter in others}}
    assert client.get(f"/api/letters/{answered.pk}").json()["replies"] == 1


@pytest.mark.parametrize("codes", [["AUT"], ["AUT", "BEL", "FRA", "DEU"]])
def test_a_meetings_delegations_do_not_grow_the_queries(
    client, secretariat_officer, django_assert_num_queries, codes
):
    meeting = factories.meeting()
    for code in codes:
        factories.delegation(meeting, code)
    client.force_login(secretariat_officer)
    url = f"/api/meetings/{meeting.pk}/delegations"
    client.get(url)
    with django_assert_num_queries(7):
        listed = client.get(url).json()
    assert sorted(d["party"] for d in listed) == sorted(codes)


@pytest.mark.parametrize("count", [1, 4])
def test_the_task_list_does_not_grow_with_tasks(
    client, secretariat_officer, django_assert_num_queries, count
):
    from plenipo.correspondence.services import incoming  # noqa: PLC0415
    from plenipo.correspondence.services.tasks import add_task, mark_done  # noqa: PLC0415

    for number in range(count):
        letter = incoming.receive(
            name=f"note-{number}.txt",
            data=f"Please reply by {number + 10} March 2031.".encode(),
            by=None,
        )
        incoming.accept(letter=letter, item="deadlines/0", by=None)
        mark_done(
            task=add_task(what=f"By hand {number}", due_on=DAY, by=None), by=secretariat_officer
        )
    client.force_login(secretariat_officer)
    client.get("/api/tasks")
    with django_assert_num_queries(5):  # the same for one task of each kind or four
        listed = client.get("/api/tasks").json()
    assert sum(bool(t["from_letter_name"]) for t in listed) == count
    assert sum(t["done_by"] == "officer" for t in listed) == count
