"""The office's and the portal's lists: searched, filtered and paged from the URL, a bad
parameter named and set aside, in a number of queries that does not grow with the list."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services import incoming
from plenipo.correspondence.services.letters import approve, merge, record_sent
from plenipo.meetings.services.delegations import register_delegation
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
DAY = dt.date(2015, 6, 15)


def _problems(html):
    found = re.findall(r'class="warning list-problem" role="status">([^<]*)<', html)
    return [p.replace("&#x27;", "'") for p in found]


def _sent_by_hand(letter):
    approve(letter=letter, by=None)
    record_sent(letter=letter, channel="hand", by=None)


def _letters(count, day=DAY):
    return merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", day)[:count],
        day=day,
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters


def _rows(html, table):
    body = html.split(f'id="{table}"', 1)[1].split("</table>", 1)[0]
    return body.count("<tr") - body.count("<thead")


def test_letters_are_filtered_by_status_words_and_dates(client, secretariat_officer):
    letters = _letters(3)
    approve(letter=letters[0], by=secretariat_officer)
    client.force_login(secretariat_officer)
    url = reverse("office:letters")
    approved = client.get(url, {"status": "approved"}).content.decode()
    assert _rows(approved, "letters") == 1
    assert reverse("office:letter", args=[letters[0].pk]) + '"' in approved
    name = letters[1].recipient_name.split()[-1]
    by_name = client.get(url, {"q": name}).content.decode()
    assert reverse("office:letter", args=[letters[1].pk]) + '"' in by_name
    before = client.get(url, {"to": "2015-06-14"}).content.decode()
    assert "No letter matches." in before
    on_the_day = client.get(url, {"from": "2015-06-15", "to": "2015-06-15"}).content.decode()
    assert _rows(on_the_day, "letters") == 3
    refused = client.get(url, {"status": "lost", "from": "15/06/2015"})
    assert refused.status_code == 200
    assert [p.split(" (")[0].split(":")[0] for p in _problems(refused.content.decode())] == [
        "unknown status 'lost'",
        "'from' is ignored",
    ]


def test_the_inbox_is_searched_by_words_of_the_letter(client, secretariat_officer):
    for number, city in enumerate(["Geneva", "Nairobi"]):
        incoming.receive(
            name=f"note-{number}.txt",
            data=f"The meeting will be held on 14 April 2031 in {city}.".encode(),
            by=secretariat_officer,
        )
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:inbox"), {"q": "nairobi"}).content.decode()
    assert "note-1.txt" in html
    assert "note-0.txt" not in html
    later = client.get(reverse("office:inbox"), {"from": "2999-01-01"}).content.decode()
    assert "No received letter matches." in later


def test_the_office_meetings_are_filtered_and_keep_their_filters_across_pages(
    client, secretariat_officer
):
    for number in range(52):
        factories.meeting(title=f"Round {number}", start="2031-01-10", end="2031-01-11")
    factories.meeting(title="Other business", start="2031-01-10", end="2031-01-11")
    client.force_login(secretariat_officer)
    url = reverse("office:meetings")
    first = client.get(url, {"q": "round", "body": "WG-TIP"}).content.decode()
    assert _rows(first, "meetings") == 50
    assert "1–50 of 52" in first
    assert 'href="?q=round&amp;body=WG-TIP&amp;page=2"' in first
    second = client.get(url, {"q": "round", "body": "WG-TIP", "page": "2"}).content.decode()
    assert _rows(second, "meetings") == 2
    assert "Other business" not in first + second


@pytest.mark.parametrize("count", [1, 4])
def test_the_office_meetings_list_does_not_grow(
    client, secretariat_officer, django_assert_num_queries, count
):
    for _ in range(count):
        factories.meeting()
    client.force_login(secretariat_officer)
    client.get(reverse("office:meetings"))
    # Constant, whatever the number of meetings; a list reads no documents.
    with django_assert_num_queries(8):
        html = client.get(reverse("office:meetings"), {"q": "test meeting"}).content.decode()
    assert _rows(html, "meetings") == count


def test_a_meetings_delegations_are_searched_and_filtered(client, secretariat_officer):
    meeting = factories.meeting()
    austria = factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")
    register_delegation(
        delegation=austria,
        participants=factories.THREE,
        expected_version=austria.version,
        by=None,
        today=dt.date(2030, 3, 10),
    )
    client.force_login(secretariat_officer)
    url = reverse("office:reply-matrix", args=[meeting.pk])
    found = client.get(url, {"q": "belgium"}).content.decode()
    assert 'data-party="BEL"' in found
    assert 'data-party="AUT"' not in found
    pending = client.get(url, {"status": "pending"}).content.decode()
    assert 'data-party="AUT"' in pending
    assert 'data-party="BEL"' not in pending


def test_the_portal_lists_its_own_delegations_searched(client, focal_point_state_a):
    kept = factories.meeting(title="Budapest talks", start="2031-02-01", end="2031-02-02")
    other = factories.meeting(title="Lisbon talks", start="2032-02-01", end="2032-02-02")
    factories.delegation(kept, "AUT")
    factories.delegation(other, "AUT")
    client.force_login(focal_point_state_a)
    html = client.get(reverse("portal:home"), {"q": "budapest"}).content.decode()
    assert "Budapest talks" in html
    assert "Lisbon talks" not in html
    dated = client.get(reverse("portal:home"), {"from": "2032-01-01"}).content.decode()
    assert "Lisbon talks" in dated
    assert "Budapest talks" not in dated
    bad = client.get(reverse("portal:home"), {"page": "last"})
    assert bad.status_code == 200
    assert _problems(bad.content.decode()) == ["page 'last' is not a number: showing page 1"]


def test_the_letters_awaiting_a_reply_are_searched(client, secretariat_officer):
    letters = _letters(2)
    for letter in letters:
        letter.expects_reply = True
        letter.save(update_fields=["expects_reply"])
        _sent_by_hand(letter)
    client.force_login(secretariat_officer)
    name = letters[0].recipient_name.split()[-1]
    html = client.get(reverse("office:replies"), {"q": name}).content.decode()
    assert reverse("office:letter", args=[letters[0].pk]) + '"' in html
    assert reverse("office:letter", args=[letters[1].pk]) + '"' not in html


def test_only_sent_letters_await_a_reply(client, secretariat_officer):
    draft, sent = _letters(2)
    for letter in (draft, sent):
        letter.expects_reply = True
        letter.save(update_fields=["expects_reply"])
    _sent_by_hand(sent)
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:replies")).content.decode()
    assert reverse("office:letter", args=[sent.pk]) + '"' in html
    assert reverse("office:letter", args=[draft.pk]) + '"' not in html
