"""One rule for "a party on a date": the SQL over stored participations (the list pages'
counts) and the engine (the status page) give the same answer, uncertainty included."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenipo.core.partialdates import DateBounds, Precision
from plenipo.treaties import status as engine
from plenipo.treaties.models import DerivedNote, Participation
from plenipo.treaties.queries import status_matrix, status_of
from plenipo.treaties.services.status import participation_facts
from tests.factories.treaties import instrument as make_instrument

pytestmark = pytest.mark.django_db

DAYS = st.dates(min_value=dt.date(2005, 1, 1), max_value=dt.date(2012, 12, 31))
CODES = ["ALB", "AUT", "BEL", "CYP", "DNK", "EST"]


@st.composite
def bounds(draw, *, optional):
    if optional and draw(st.booleans()):
        return None
    low, high = draw(st.one_of(st.none(), DAYS)), draw(st.one_of(st.none(), DAYS))
    if low and high and low > high:
        low, high = high, low
    if low and draw(st.booleans()):
        return DateBounds.exact(low)
    return DateBounds(low, high, Precision.BOUNDS)


@st.composite
def participation_rows(draw):
    rows = []
    for code in draw(st.lists(st.sampled_from(CODES), unique=True, max_size=len(CODES))):
        rows.append(
            {
                "party_code": code,
                "consent": draw(bounds(optional=True)),
                "out": draw(bounds(optional=True)),
            }
        )
    return rows


def _store(instrument, rows):
    Participation.objects.filter(instrument=instrument).delete()
    Participation.objects.bulk_create(Participation(instrument=instrument, **row) for row in rows)


@pytest.fixture
def test_instrument():
    return make_instrument()


def _complete_until(instrument, day):
    """Record, as a complete list would, that every party up to ``day`` is recorded."""
    DerivedNote.objects.update_or_create(instrument=instrument, defaults={"complete_until": day})


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(rows=participation_rows(), day=DAYS, complete=st.one_of(st.none(), DAYS))
def test_sql_counts_agree_with_the_engine(test_instrument, rows, day, complete):
    _store(test_instrument, rows)
    _complete_until(test_instrument, complete)
    facts = participation_facts(Participation.objects.filter(instrument=test_instrument))
    expected = engine.party_count(facts, day, complete)
    if day < test_instrument.open_from:  # nobody could sign or join before the opening
        expected = engine.Count(0, 0)
    assert status_matrix(day)[test_instrument.code] == expected.as_dict()
    assert status_of(test_instrument, day).status.counts["parties"] == expected


def test_a_denunciation_known_only_as_not_after_leaves_the_party_uncertain(test_instrument):
    """Consent certain since 2006; denounced with effect some time up to 2010-06-01: on
    2011-01-01 certainly out, on 2008-01-01 possibly still in, never certainly in."""
    _store(
        test_instrument,
        [
            {
                "party_code": "ALB",
                "consent": DateBounds.exact(dt.date(2006, 1, 1)),
                "out": DateBounds(None, dt.date(2010, 6, 1), Precision.BOUNDS),
            }
        ],
    )
    _complete_until(test_instrument, dt.date(2012, 12, 31))
    on_2008 = dt.date(2008, 1, 1)
    assert status_matrix(on_2008)[test_instrument.code] == {"min": 0, "max": 1}
    page = status_of(test_instrument, on_2008)
    assert page.status.counts["parties"].as_dict() == {"min": 0, "max": 1}
    assert status_matrix(dt.date(2011, 1, 1))[test_instrument.code] == {"min": 0, "max": 0}


def test_without_a_source_showing_the_records_complete_the_maximum_stays_open(test_instrument):
    _store(
        test_instrument, [{"party_code": "ALB", "consent": DateBounds.exact(dt.date(2006, 1, 1))}]
    )
    on_2008 = dt.date(2008, 1, 1)
    assert status_matrix(on_2008)[test_instrument.code] == {"min": 1, "max": None}
    assert str(status_of(test_instrument, on_2008).status.counts["parties"]) == "at least 1"
    _complete_until(test_instrument, on_2008)
    assert status_matrix(on_2008)[test_instrument.code] == {"min": 1, "max": 1}
    assert status_matrix(dt.date(2008, 1, 2))[test_instrument.code] == {"min": 1, "max": None}
