"""The office's lists read in a number of queries that does not grow with the list."""

import datetime as dt

import pytest
from django.urls import reverse

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.letters import approve, merge, record_sent
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db
DAY = dt.date(2015, 6, 15)


def _sent_by_hand(letter):
    approve(letter=letter, by=None)
    record_sent(letter=letter, channel="hand", by=None)


def _letters(count, template="campaign-ratification-en"):
    return merge(
        template=get_template(template),
        recipients=resolve("ministers:COE:CETS-197", DAY)[:count],
        day=DAY,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters


@pytest.mark.parametrize("count", [1, 5])
# The lists are paged: one COUNT query more than an unpaged list; the letters page's quick
# form reads its lists' and meetings' choices (six queries, however many letters: the
# ministers' lists read the organizations with members and the instruments once each).
@pytest.mark.parametrize(("page", "queries"), [("office:letters", 16), ("office:replies", 8)])
def test_letter_lists_do_not_grow(
    client, secretariat_officer, django_assert_num_queries, count, page, queries
):
    letters = _letters(count)
    for letter in letters:
        letter.expects_reply = True
        letter.save(update_fields=["expects_reply"])
        _sent_by_hand(letter)
    client.force_login(secretariat_officer)
    client.get(reverse(page))
    with django_assert_num_queries(queries):
        html = client.get(reverse(page)).content.decode()
    assert sum(html.count(reverse("office:letter", args=[x.pk]) + '"') for x in letters) == count


@pytest.mark.parametrize("count", [1, 3])
def test_the_inbox_does_not_grow(client, secretariat_officer, django_assert_num_queries, count):
    for number in range(count):
        incoming.receive(
            name=f"note-{number}.txt",
            data=f"The meeting will be held on {number + 14} April 2031 in Geneva.".encode(),
            by=secretariat_officer,
        )
    client.force_login(secretariat_officer)
    client.get(reverse("office:inbox"))
    with django_assert_num_queries(7):
        html = client.get(reverse("office:inbox")).content.decode()
    assert html.count("note-") == count


@pytest.mark.parametrize("count", [1, 3])
def test_the_inbox_with_enclosures_does_not_grow(
    client, secretariat_officer, django_assert_num_queries, count
):
    for number in range(count):
        letter = incoming.receive(
            name=f"note-{number}.txt",
            data=f"The Mission has the honour to enclose herewith report {number}.".encode(),
            by=secretariat_officer,
        )
        incoming.accept(letter=letter, item="enclosures/0", by=secretariat_officer)
    client.force_login(secretariat_officer)
    client.get(reverse("office:inbox"))
    with django_assert_num_queries(7):
        html = client.get(reverse("office:inbox")).content.decode()
    assert html.count("Enclosed in: ") == count


@pytest.mark.parametrize("count", [1, 4])
def test_the_venues_do_not_grow(client, secretariat_officer, django_assert_num_queries, count):
    from plenipo.meetings.services.venues import define_room, define_venue  # noqa: PLC0415
    from tests.factories.registry import SourceFactory  # noqa: PLC0415

    source = SourceFactory()
    for number in range(count):
        venue = define_venue(
            code=f"V{number}", name=f"Venue {number}", city="Geneva", timezone="Europe/Zurich",
            source=source, by=None,
        )  # fmt: skip
        for room in ("A", "B"):
            define_room(venue=venue, code=room, name=f"Room {room}", source=source, by=None)
    client.force_login(secretariat_officer)
    client.get(reverse("office:venues"))
    with django_assert_num_queries(8):  # the same for one venue or four
        html = client.get(reverse("office:venues")).content.decode()
    assert html.count('data-venue="V') == count


@pytest.mark.parametrize("count", [1, 4])
def test_the_tasks_do_not_grow(client, secretariat_officer, django_assert_num_queries, count):
    from plenipo.correspondence.services.tasks import add_task, mark_done  # noqa: PLC0415

    for number in range(count):
        letter = incoming.receive(
            name=f"note-{number}.txt",
            data=f"Please reply by {number + 10} March 2031.".encode(),
            by=secretariat_officer,
        )
        incoming.accept(letter=letter, item="deadlines/0", by=secretariat_officer)
        done = add_task(what=f"By hand {number}", due_on=DAY, by=None)
        mark_done(task=done, by=secretariat_officer)
    client.force_login(secretariat_officer)
    client.get(reverse("office:tasks"))
    with django_assert_num_queries(7):  # the same for one task of each kind or four
        html = client.get(reverse("office:tasks")).content.decode()
    assert html.count("note-") == count
    assert html.count("Done by officer") == count
