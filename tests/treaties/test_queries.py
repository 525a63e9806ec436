import datetime as dt

import pytest

from plenipo.treaties.queries import get_instrument, status_matrix, status_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("day", [dt.date(2008, 1, 15), dt.date(2015, 6, 15), dt.date(2024, 1, 1)])
def test_status_matrix_agrees_with_the_per_instrument_status(day):
    matrix = status_matrix(day)
    for code in ("CETS-197", "UNTOC", "TIP-PROTOCOL"):
        counts = status_of(get_instrument(code), day).status.counts["parties"]
        assert matrix[code] == counts.as_dict(), code


def test_aliases_find_the_instrument():
    assert {get_instrument(a).code for a in ("CETS No. 197", "cets 197", "CETS-197")} == {
        "CETS-197"
    }
    assert get_instrument("Palermo Protocol").code == "TIP-PROTOCOL"
