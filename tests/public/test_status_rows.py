"""The status page's party tables: each row says what is certain and what is not."""

import pytest
from django.urls import reverse

from plenipo.public.status_rows import party_rows, signatory_rows
from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory, state
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db


def _row(**given):
    return {
        "state": "AUT",
        "name": "Austria",
        "party_type": "state",
        "action": "ratification",
        "date": "2008-07-15",
        "not_before": "2008-07-15",
        "not_after": "2008-07-15",
        "entry_into_force": None,
        "entry_into_force_bounds": None,
        "certain": True,
        **given,
    }


def test_a_state_is_linked_and_a_certain_row_is_plain():
    html = str(party_rows([_row(entry_into_force="2008-11-01")]))
    assert html == (
        '<tr><td><a href="/states/AUT/">Austria</a></td><td>ratification</td>'
        "<td>2008-07-15</td><td>2008-11-01</td></tr>"
    )


def test_uncertain_days_are_given_as_their_bounds():
    row = _row(
        date=None,
        not_before="2008-01-01",
        not_after=None,
        certain=False,
        entry_into_force_bounds={"not_before": "2008-04-01", "not_after": None},
    )
    html = str(party_rows([row]))
    assert html.startswith('<tr class="uncertain">')
    assert "<td>between 2008-01-01 and ?</td><td>between 2008-04-01 and ?</td>" in html


def test_an_organization_is_named_not_linked_and_a_missing_instrument_said():
    row = _row(state="EU", name="European Union", party_type="organization", action=None)
    html = str(party_rows([row]))
    assert "<td>European Union</td><td>party (instrument not recorded)</td>" in html
    assert "<td>—</td>" in html  # no entry into force known


def test_names_are_escaped():
    html = str(signatory_rows([_row(name="<b>Ruritania</b>", certain=False)]))
    assert html == (
        '<tr class="uncertain"><td>&lt;b&gt;Ruritania&lt;/b&gt;</td><td>2008-07-15</td></tr>'
    )


def test_the_page_shows_the_rows(client):
    treaty = instrument(eligibility={})
    record_action(
        instrument=treaty,
        party=state("AUT"),
        kind="accession",
        date="2007-01-10",
        source=SourceFactory(),
        by=None,
    )
    html = client.get(reverse("public:instrument", args=[treaty.code]), {"as_of": "2008-01-01"})
    table = html.content.decode().split('id="parties"', 1)[1].split("</table>", 1)[0]
    assert '<a href="/states/AUT/">Austria</a></td><td>accession</td><td>2007-01-10</td>' in table
