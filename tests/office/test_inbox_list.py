"""The inbox's list of received letters: every letter, enclosures under the letter that
enclosed them, kinds in words, what still waits for a decision, and its filters."""

import datetime as dt
import re

import pytest
from django.urls import reverse

from plenipo.correspondence.services.incoming import accept, receive

pytestmark = pytest.mark.django_db
ENCLOSING = (
    b"The Permanent Mission of Austria presents its compliments and has the honour to "
    b"enclose herewith a copy of the national report. The report is due by 30 June 2031."
)


def _rows(html):
    table = html[html.index('<table id="received">') : html.index("</table>")]
    return table.split("<tr>")[2:]  # after the table and the header's rows


def test_an_accepted_enclosure_is_listed_under_the_letter_that_enclosed_it(
    client, secretariat_officer
):
    day = dt.date.today() - dt.timedelta(days=10)
    older = receive(name="older.txt", data=b"Thank you.", by=secretariat_officer, received_on=day)
    letter = receive(name="report-nv.txt", data=ENCLOSING, by=secretariat_officer, received_on=day)
    enclosure = accept(letter=letter, item="enclosures/0", by=secretariat_officer)
    later = receive(name="later.txt", data=b"Thank you again.", by=secretariat_officer)
    client.force_login(secretariat_officer)
    rows = _rows(client.get(reverse("office:inbox")).content.decode())
    assert len(rows) == 4
    listed = [re.search(r'<a href="/office/inbox/\d+/">([^<]+)</a>', row)[1] for row in rows]
    assert listed == [later.name, letter.name, enclosure.name, older.name]
    review = reverse("office:review", args=[letter.pk])
    assert f'Enclosed in: <a href="{review}">report-nv.txt</a> (letter {letter.pk})' in rows[2]
    assert "Enclosed in" not in "".join(rows[:2] + rows[3:])


def _cells(row):
    return re.findall(r"<td[^>]*>(.*?)</td>", row)


def test_the_kind_is_in_words_and_the_items_to_decide_are_counted(client, secretariat_officer):
    letter = receive(name="report-nv.txt", data=ENCLOSING, by=secretariat_officer)
    thanks = receive(name="thanks.txt", data=b"Dear Sir, thank you.", by=secretariat_officer)
    client.force_login(secretariat_officer)
    rows = _rows(client.get(reverse("office:inbox")).content.decode())
    assert (
        "<th>Kind</th><th>Dated</th><th>To decide</th>"
        in client.get("/office/inbox/").content.decode()
    )
    _, _, kind, _, waiting, _ = _cells(rows[1])
    assert (kind, waiting) == ("Note verbale", "2")  # a deadline and an enclosure
    assert _cells(rows[0])[4] == "—"
    assert "note_verbale" not in "".join(rows)
    accept(letter=letter, item="deadlines/0", by=secretariat_officer)
    rows = _rows(client.get(reverse("office:inbox")).content.decode())
    assert _cells(rows[1])[4] == "1"
    assert thanks.reading["deadlines"] == []


def test_the_list_and_the_office_home_count_the_same_items_waiting(client, secretariat_officer):
    letter = receive(name="report-nv.txt", data=ENCLOSING, by=secretariat_officer)
    accept(letter=letter, item="deadlines/0", by=secretariat_officer)
    # an item whose decision was undone waits again
    letter.decisions["enclosures/0"] = {"status": "undecided"}
    letter.save(update_fields=["decisions"])
    client.force_login(secretariat_officer)
    home = client.get(reverse("office:dashboard")).content.decode()
    to_review = home.split('<section id="to-review">')[1].split("</section>")[0]
    assert "Nothing waits for review" not in to_review
    assert "1 item to decide" in to_review
    rows = _rows(client.get(reverse("office:inbox")).content.decode())
    assert _cells(rows[0])[4] == "1"


def test_the_dates_filter_the_day_received_and_say_so(client, secretariat_officer):
    receive(
        name="old.txt", data=b"Thank you.", by=secretariat_officer, received_on=dt.date(2020, 1, 5)
    )
    receive(name="new.txt", data=b"Thank you again.", by=secretariat_officer)
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:inbox"), {"to": "2020-01-31"}).content.decode()
    assert '<label>Received from <input type="date" name="from"' in html
    assert '<label>Received to <input type="date" name="to" value="2020-01-31">' in html
    assert [_cells(row)[1].split(">")[1].split("<")[0] for row in _rows(html)] == ["old.txt"]


@pytest.mark.parametrize(
    ("written", "searched"),
    [("réunion", "reunion"), ("reunion", "réunion"), ("Réunion", "RÉUNION"), ("Genève", "geneve")],
)
def test_the_search_ignores_accents_both_ways(client, secretariat_officer, written, searched):
    receive(name="a.txt", data=f"La {written} aura lieu.".encode(), by=secretariat_officer)
    receive(name="b.txt", data=b"Nothing to see.", by=secretariat_officer)
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:inbox"), {"q": searched}).content.decode()
    assert len(_rows(html)) == 1
    assert ">a.txt</a>" in html
