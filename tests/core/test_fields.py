"""DateBoundsField: one DateBounds over three columns, and SQL that asks what DateBounds asks."""

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenipo.core.fields import span_covers_q
from plenipo.core.partialdates import UNKNOWN, DateBounds, Precision, span_covers
from plenipo.registry.models import Membership
from tests.factories.registry import MembershipFactory

pytestmark = pytest.mark.django_db

DAYS = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2003, 12, 31))


@st.composite
def bounds(draw, *, optional=False):
    """Any DateBounds the data files can express, or None (no date at all)."""
    if optional and draw(st.booleans()):
        return None
    low = draw(st.one_of(st.none(), DAYS))
    high = draw(st.one_of(st.none(), DAYS))
    if low and high and low > high:
        low, high = high, low
    if draw(st.booleans()) and low:
        return DateBounds.exact(low)
    return DateBounds(low, high, Precision.BOUNDS)


def test_reads_back_what_was_written():
    membership = MembershipFactory()
    membership.start = DateBounds.month(2004, 5)
    membership.end = None
    membership.save()
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.start == DateBounds.month(2004, 5)
    assert stored.start.precision is Precision.MONTH
    assert stored.end is None
    assert (stored.end_not_before, stored.end_not_after, stored.end_precision) == (None, None, "")


def test_an_event_on_an_unknown_day_is_not_no_event():
    membership = MembershipFactory()
    membership.end = UNKNOWN
    membership.save()
    stored = Membership.objects.get(pk=membership.pk)
    assert stored.end == UNKNOWN
    assert stored.end is not None
    assert stored.end_precision == "bounds"


def test_accepts_the_data_file_forms():
    membership = MembershipFactory()
    membership.start = "2007-03"
    assert membership.start == DateBounds.month(2007, 3)
    membership.start = {"not_after": "2008-01-24"}
    assert membership.start == DateBounds(None, dt.date(2008, 1, 24), Precision.BOUNDS)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(start=bounds(), end=bounds(optional=True), day=DAYS)
def test_sql_span_agrees_with_the_engine(start, end, day):
    """The SQL twin of span_covers answers exactly as the pure function does."""
    Membership.objects.filter(organization__code="TST-SPAN").delete()
    membership = MembershipFactory(organization__code="TST-SPAN")
    membership.start, membership.end = start, end
    membership.save()
    rows = Membership.objects.filter(pk=membership.pk)
    certainly, possibly = span_covers_q(Membership.start, Membership.end, day)
    expected = span_covers(start, end, day)
    assert rows.filter(certainly).exists() is (expected is True)
    assert rows.filter(possibly).exists() is (expected is not False)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=bounds(optional=True), day=DAYS)
def test_field_questions_agree_with_dateBounds(value, day):
    Membership.objects.filter(organization__code="TST-Q").delete()
    membership = MembershipFactory(organization__code="TST-Q")
    membership.end = value
    membership.save()
    rows = Membership.objects.filter(pk=membership.pk)
    field = Membership.end
    assert rows.filter(field.certainly_by(day)).exists() is bool(value and value.certainly_by(day))
    assert rows.filter(field.possibly_by(day)).exists() is bool(value and value.possibly_by(day))
    assert rows.filter(field.is_none()).exists() is (value is None)
