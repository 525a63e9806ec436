"""The UN Treaty Collection status tables of 27 January 2014 for UNTOC and the TIP Protocol.

Expected values are copied from the tables (zmjones/untreaties, commit b85e1e2,
treaties/18-12.csv and treaties/18-12-a.csv).
"""

import datetime as dt

import pytest

from plenipo.treaties.eif import CONSENT_KINDS
from plenipo.treaties.exporters import eif_as_dict, status_as_dict
from plenipo.treaties.models import Action
from plenipo.treaties.queries import get_instrument, status_of

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]

TABLE_DAY = dt.date(2014, 1, 27)
TABLE_SOURCE = {"UNTOC": "untc-xviii-12-2014", "TIP-PROTOCOL": "untc-xviii-12-a-2014"}


def _status_on_table_day(code):
    return status_as_dict(status_of(get_instrument(code), TABLE_DAY))


@pytest.mark.parametrize(
    ("code", "parties", "signed_only"),
    [
        ("UNTOC", 179, {"BRB", "COG", "IRN", "JPN", "KOR", "SLE"}),
        ("TIP-PROTOCOL", 159, {"BRB", "COG", "CZE", "JPN", "KOR", "LKA", "SLE", "UGA"}),
    ],
)
def test_the_table_day_counts_are_exact(code, parties, signed_only):
    payload = _status_on_table_day(code)
    assert payload["counts"]["parties"] == {"min": parties, "max": parties}
    assert len(payload["parties"]) == parties
    assert all(p["certain"] for p in payload["parties"])
    assert {p["state"] for p in payload["signatories"]} == signed_only


@pytest.mark.parametrize(
    ("code", "party", "kind", "day"),
    [
        ("UNTOC", "RUS", "ratification", "2004-05-26"),
        ("UNTOC", "ARM", "ratification", "2003-07-01"),
        ("UNTOC", "MNE", "succession", "2006-10-23"),
        ("UNTOC", "VAT", "accession", "2012-01-25"),
        ("UNTOC", "MKD", "ratification", "2005-01-12"),
        ("UNTOC", "BOL", "ratification", "2005-10-10"),
        ("UNTOC", "COK", "accession", "2004-03-04"),
        ("UNTOC", "EU", "approval", "2004-05-21"),
        ("TIP-PROTOCOL", "RUS", "ratification", "2004-05-26"),
        ("TIP-PROTOCOL", "LAO", "accession", "2003-09-26"),
        ("TIP-PROTOCOL", "FIN", "acceptance", "2006-09-07"),
        ("TIP-PROTOCOL", "NLD", "acceptance", "2005-07-27"),
        ("TIP-PROTOCOL", "MNE", "succession", "2006-10-23"),
        ("TIP-PROTOCOL", "CHN", "accession", "2010-02-08"),
        ("TIP-PROTOCOL", "EU", "approval", "2006-09-06"),
        # The row has neither a signature nor a kind suffix: the kind is not stated.
        ("TIP-PROTOCOL", "ATG", "deposit", "2010-02-17"),
    ],
)
def test_named_parties_have_the_tables_day_and_kind(code, party, kind, day):
    parties = {p["state"]: p for p in _status_on_table_day(code)["parties"]}
    assert (parties[party]["action"], parties[party]["date"]) == (kind, day)


@pytest.mark.parametrize(
    ("code", "eif", "fortieth_day"),
    [("UNTOC", "2003-09-29", "2003-07-01"), ("TIP-PROTOCOL", "2003-12-25", "2003-09-26")],
)
def test_entry_into_force_is_computed_from_the_fortieth_instrument(code, eif, fortieth_day):
    payload = eif_as_dict(get_instrument(code))
    assert payload["threshold_reached_on"] == fortieth_day
    assert payload["entry_into_force"] == eif
    assert payload["missing"] == []
    assert payload["agrees_with_record"] is True


@pytest.mark.parametrize("code", ["UNTOC", "TIP-PROTOCOL"])
def test_no_deposit_up_to_the_table_day_is_a_ratification_unless_the_table_says_so(code):
    deposits = Action.objects.filter(
        instrument__code=code, kind__in=CONSENT_KINDS, date_not_after__lte=TABLE_DAY
    ).prefetch_related("other_sources")
    ratifications = [a for a in deposits if a.kind == "ratification"]
    assert len(ratifications) > 100
    unsupported = [
        a.state.code
        for a in ratifications
        if TABLE_SOURCE[code] not in {a.source.key, *(s.key for s in a.other_sources.all())}
    ]
    assert unsupported == []


def test_a_declaration_made_on_accession_is_dated_to_the_deposit():
    declarations = Action.objects.filter(
        instrument__code="UNTOC", state__code="VAT", kind="declaration"
    )
    assert [(a.date_not_before, a.date_not_after) for a in declarations] == [
        (dt.date(2012, 1, 25), dt.date(2012, 1, 25))
    ]
    assert declarations[0].text.startswith("“By acceding to the United Nations Convention")
