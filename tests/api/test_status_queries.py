"""The API's status answer reads the same few tables whatever the number of parties."""

import pytest

from plenipo.treaties.services.actions import record_action
from tests.factories.registry import SourceFactory, state
from tests.factories.treaties import instrument

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("party_count", [1, 4])
def test_the_status_answer_does_not_grow_with_parties(
    client, django_assert_num_queries, party_count
):
    treaty = instrument(eligibility={})
    codes = ["ALB", "AUT", "BEL", "BGR"][:party_count]
    for code in codes:
        record_action(
            instrument=treaty,
            party=state(code),
            kind="accession",
            date="2007-01-10",
            source=SourceFactory(),
            by=None,
        )
    # As the status page: the instrument (with its derived note, which its summary reads),
    # its participations (their names too), the UN names of the day, its reservations, its
    # derived note read afresh for the status.
    with django_assert_num_queries(5):
        body = client.get(f"/api/instruments/{treaty.code}/status", {"as_of": "2008-01-01"}).json()
    assert sorted(p["state"] for p in body["parties"]) == codes
    assert body["parties"][0]["name"] == "Albania"
