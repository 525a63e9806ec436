"""A body's members as a letter's recipients: an open-ended body has none to write to, said
in words with the lists that can be written to instead."""

import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.recipients import resolve

pytestmark = pytest.mark.django_db
DAY = dt.date(2025, 6, 2)


def test_an_open_ended_body_is_refused_in_words_with_the_lists_to_use():
    with pytest.raises(InvalidInput) as refusal:
        resolve("members:WG-TIP:UN-VIE", DAY)
    message = str(refusal.value)
    assert message == (
        "WG-TIP is open-ended: it has no fixed membership to write to; write to "
        "members:COP-UNTOC:UN-VIE (the members of COP-UNTOC) or missions:UN-VIE"
    )
    assert resolve("members:COP-UNTOC:UN-VIE", DAY)  # the list offered instead works
