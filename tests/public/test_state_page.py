"""A state's page lists its treaty actions grouped by instrument, a page of instruments at a
time, in a number of queries that does not grow with the instruments or the actions."""

import re

import pytest
from django.urls import reverse

from plenipo.public import views
from plenipo.treaties.models import Action
from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory, state
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db

# Aruba: no action of it in the built-in dataset, so the page lists only what a test records.
CODE = "ABW"


def _acts(treaty, kind, date):
    record_action(
        instrument=treaty,
        party=state(CODE),
        kind=kind,
        date=date,
        source=SourceFactory(title=f"Depositary notification {treaty.code} {kind}"),
        by=None,
    )


def _treaties(count):
    found = []
    for _ in range(count):
        treaty = instrument(eligibility={})
        _acts(treaty, "signature", "2006-03-01")
        _acts(treaty, "ratification", "2008-07-15")
        found.append(treaty)
    return found


def _actions_table(html):
    return html.split('id="actions"', 1)[1].split("</table>", 1)[0]


def _instrument_links(html):
    return re.findall(r'<a href="/instruments/([^/]+)/">', _actions_table(html))


def test_each_instrument_is_named_once_with_its_actions_in_order(client):
    assert not Action.objects.filter(state__code=CODE).exists()
    (treaty,) = _treaties(1)
    html = client.get(reverse("public:state", args=[CODE])).content.decode()
    table = _actions_table(html)
    assert _instrument_links(html) == [treaty.code]
    assert 'rowspan="2"' in table
    assert table.index("Signature") < table.index("Ratification")
    assert "2006-03-01" in table
    assert "2008-07-15" in table
    assert f"Depositary notification {treaty.code} ratification" in table


def test_the_instruments_come_a_page_at_a_time(client, monkeypatch):
    monkeypatch.setattr(views, "STATE_INSTRUMENTS_PER_PAGE", 2)
    codes = sorted(t.code for t in _treaties(3))
    url = reverse("public:state", args=[CODE])
    first = client.get(url).content.decode()
    second = client.get(url, {"page": "2"}).content.decode()
    assert _instrument_links(first) == codes[:2]
    assert _instrument_links(second) == codes[2:]
    assert "1–2 of 3" in first
    assert 'href="?page=2"' in first


def test_a_page_beyond_the_last_shows_the_last_and_says_so(client, monkeypatch):
    monkeypatch.setattr(views, "STATE_INSTRUMENTS_PER_PAGE", 2)
    codes = sorted(t.code for t in _treaties(3))
    html = client.get(reverse("public:state", args=[CODE]), {"page": "9"}).content.decode()
    assert "there is no page 9 (pages 1 to 2)" in html
    assert _instrument_links(html) == codes[2:]


def test_a_state_with_no_action_says_so(client):
    state(CODE)
    html = client.get(reverse("public:state", args=[CODE])).content.decode()
    assert "None recorded." in _actions_table(html)


@pytest.mark.parametrize("count", [1, 4])
def test_the_state_page_does_not_grow_with_instruments_or_actions(
    client, django_assert_num_queries, count
):
    _treaties(count)
    # The state; its UN names; its names over time; its memberships; how many instruments it
    # acted on, the page of them, and their actions with sources; its monitoring steps.
    with django_assert_num_queries(8):
        html = client.get(reverse("public:state", args=[CODE])).content.decode()
    assert len(_instrument_links(html)) == count


def test_a_source_title_is_escaped_in_the_rows(client):
    treaty = instrument(eligibility={})
    record_action(
        instrument=treaty,
        party=state(CODE),
        kind="accession",
        date="2009-02-03",
        source=SourceFactory(title="<script>Notification</script>", url=""),
        by=None,
    )
    table = _actions_table(client.get(reverse("public:state", args=[CODE])).content.decode())
    assert "&lt;script&gt;Notification&lt;/script&gt;" in table
    assert "<script>" not in table
    assert f'<td rowspan="1"><a href="/instruments/{treaty.code}/">{treaty.code}</a></td>' in table
