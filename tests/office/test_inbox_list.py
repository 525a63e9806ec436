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
