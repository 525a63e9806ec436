"""A decision of the Council of Europe's Ministers' Deputies, under its own symbol, is
recorded and gives a mandate as a UN resolution does."""

import pytest

from plenipo.bodies.queries import get_body, get_decision, get_mandate
from plenipo.bodies.services.bodies import define_mandate, record_decision
from plenipo.core.errors import InvalidInput
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
SYMBOL = "CM/Del/Dec(2026)1450/4.1"


def test_a_ministers_deputies_decision_gives_a_mandate():
    decision = record_decision(
        symbol=SYMBOL, body=get_body("COE-CM"), title="Test decision", source=SourceFactory(),
        by=None,
    )  # fmt: skip
    define_mandate(decision=decision, source=SourceFactory(), by=None, tasks=get_body("GRETA"))
    assert get_decision("cm/del/dec(2026)1450/4.1").symbol == SYMBOL
    assert get_mandate(SYMBOL).decision == decision


def test_a_malformed_council_of_europe_symbol_is_refused_in_one_line():
    with pytest.raises(InvalidInput, match=r"cannot read 'CM/Del/Dec\(2026\)/4.1'"):
        record_decision(symbol="CM/Del/Dec(2026)/4.1", body=get_body("COE-CM"), title="x",
                        source=SourceFactory(), by=None)  # fmt: skip
