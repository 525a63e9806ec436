"""CETS 197 in the built-in dataset: the deposit and signature days the sources give, and a
coverage statement in docs/data.md that stays true to the loaded data."""

import datetime as dt
import re
from pathlib import Path

import pytest

from plenipo.core.partialdates import Precision
from plenipo.treaties.models import Action

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]

DATA_DOC = Path(__file__).resolve().parents[2] / "docs" / "data.md"
CONSENT_KINDS = ("ratification", "acceptance", "approval", "accession")


def _consents():
    return Action.objects.filter(instrument__code="CETS-197", kind__in=CONSENT_KINDS)


def _one(code, kinds):
    return Action.objects.get(instrument__code="CETS-197", state__code=code, kind__in=kinds)


@pytest.mark.parametrize(
    ("code", "day"),
    [
        ("FRA", dt.date(2008, 1, 9)),  # Treaty Office: reservations in the instrument
        ("POL", dt.date(2008, 11, 17)),  # Treaty Office: reservation in the instrument
        ("CZE", dt.date(2017, 3, 29)),  # Dutch treaty database
        ("LIE", dt.date(2016, 1, 27)),  # Liechtenstein government press release
        ("ISL", dt.date(2012, 2, 23)),  # Government of Iceland, 8 June 2012
    ],
)
def test_deposit_day_is_the_one_the_source_gives(code, day):
    consent = _one(code, CONSENT_KINDS)
    assert consent.date_precision == Precision.DAY
    assert consent.date_not_before == consent.date_not_after == day


@pytest.mark.parametrize(
    ("code", "day"),
    [("DEU", dt.date(2005, 11, 17)), ("ISL", dt.date(2005, 5, 16))],
)
def test_signature_day_is_the_one_the_source_gives(code, day):
    signature = _one(code, ("signature",))
    assert signature.date_precision == Precision.DAY
    assert signature.date_not_before == day


def test_czech_deposit_keeps_the_news_reports_other_day_as_a_conflict():
    consent = _one("CZE", CONSENT_KINDS)
    assert {c["date"] for c in consent.conflicts} == {"2017-03-28"}


def test_israels_accession_stays_bounded_to_may_2021():
    consent = _one("ISR", CONSENT_KINDS)
    assert consent.date_precision == Precision.BOUNDS
    assert (consent.date_not_before, consent.date_not_after) == (
        dt.date(2021, 5, 1),
        dt.date(2021, 5, 28),
    )


def test_bounded_deposits_are_those_docs_data_md_names():
    text = DATA_DOC.read_text(encoding="utf-8")
    counts = re.search(r"\*\*Deposits: (\d+) exact, (\d+) bounded, (\d+) unknown\*\*", text)
    named = re.search(r"Bounded deposits: ([A-Z]{3}(?:, [A-Z]{3})*)\.", text)
    assert counts, "docs/data.md no longer states the CETS 197 deposit counts"
    assert named, "docs/data.md no longer names the bounded CETS 197 deposits"
    exact, bounded, unknown = (int(n) for n in counts.groups())

    consents = list(_consents().select_related("state"))
    not_exact = {a.state.code for a in consents if a.date_precision != Precision.DAY}
    assert len(consents) - len(not_exact) == exact
    assert len(not_exact) == bounded
    assert set(named.group(1).split(", ")) == not_exact
    assert unknown == 48 - len(consents)
