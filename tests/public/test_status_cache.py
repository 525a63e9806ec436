"""The status of a day is remembered between requests and dropped by the next write."""

import pytest

from plenipo.registry.queries import get_state
from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db
PAGE = "/instruments/CETS-197/?as_of=2015-06-15"


def test_asking_again_reads_far_less(client, django_assert_max_num_queries):
    first = client.get(PAGE).content
    with django_assert_max_num_queries(4):  # the instrument itself; the session and cache aside
        again = client.get(PAGE).content
    assert again == first


def accede(treaty, code, day):
    record_action(
        instrument=treaty,
        party=get_state(code),
        kind="accession",
        date=day,
        source=SourceFactory(),
        by=None,
    )


def test_a_recorded_action_shows_at_once_on_the_page_and_in_the_api(client):
    treaty = instrument(eligibility={})
    accede(treaty, "AUT", "2010-01-10")
    api = f"/api/instruments/{treaty.code}/status?as_of=2015-06-15"
    page = f"/instruments/{treaty.code}/?as_of=2015-06-15"
    before = client.get(api).json()
    assert {p["state"] for p in before["parties"]} == {"AUT"}
    assert "Russian Federation" not in client.get(page).content.decode()  # remembered now
    accede(treaty, "RUS", "2015-01-10")
    after = client.get(api).json()
    assert {p["state"] for p in after["parties"]} == {"AUT", "RUS"}
    assert after["counts"]["parties"]["min"] == before["counts"]["parties"]["min"] + 1
    assert "Russian Federation" in client.get(page).content.decode()
