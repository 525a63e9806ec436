"""What a status says first on a day before the instrument was adopted or opened."""

import datetime as dt
from types import SimpleNamespace

import pytest

from plenipo.core.partialdates import DateBounds
from plenipo.treaties.exporters import opening_note

CETS_197 = SimpleNamespace(
    adopted=DateBounds.parse("2005-05-03"), opened=DateBounds.parse("2005-05-16")
)
IN_A_MONTH = SimpleNamespace(adopted=DateBounds.parse("2000-11"), opened=None)
SOME_DAY_AFTER = SimpleNamespace(adopted=DateBounds.between("2013-04-16", None), opened=None)


@pytest.mark.parametrize(
    ("instrument", "day", "note"),
    [
        (CETS_197, "1990-01-01", "not yet adopted on 1990-01-01 (adopted 2005-05-03)"),
        (CETS_197, "2005-05-10", "not yet opened for signature on 2005-05-10 (opened 2005-05-16)"),
        (CETS_197, "2005-05-16", None),
        (IN_A_MONTH, "2000-11-10", "possibly not yet adopted on 2000-11-10 (adopted 2000-11)"),
        (IN_A_MONTH, "2000-11-30", None),
        (
            SOME_DAY_AFTER,
            "2013-01-01",
            "not yet adopted on 2013-01-01 (adopted on or after 2013-04-16)",
        ),
        (SOME_DAY_AFTER, "2015-06-15", None),
    ],
)
def test_opening_note(instrument, day, note):
    assert opening_note(instrument, dt.date.fromisoformat(day)) == note
