import datetime as dt

import pytest

from plenipo.core.errors import NotFound
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


@pytest.mark.parametrize(
    ("written", "code"),
    [
        ("STCE n° 197", "CETS-197"),
        ("STCE nº 197", "CETS-197"),
        (
            "Convention du Conseil de l'Europe sur la lutte contre la traite des êtres humains",
            "CETS-197",
        ),
        (
            "convención de las naciones unidas contra la delincuencia organizada transnacional",
            "UNTOC",
        ),
        ("Organized Crime Convention", "UNTOC"),
    ],
)
def test_an_instrument_is_found_by_its_french_series_number_and_by_any_of_its_titles(written, code):
    assert get_instrument(written).code == code


def test_a_title_close_to_but_not_an_instruments_is_not_taken_for_it():
    with pytest.raises(NotFound):
        get_instrument("Convention du Conseil de l'Europe sur la lutte contre la corruption")
    with pytest.raises(NotFound):
        get_instrument("STCE n° 198")


def test_check_data_reports_a_stated_entry_into_force_the_clauses_cannot_give():
    """MONTHLY_RULE: ten instruments, in force the first day of the month after three
    months. Ten deposits on 2007-01-10 put it in force by 2007-05-01 (earlier if an
    unrecorded deposit came first); a source stating 2007-09-01 for one party cannot be
    right, one stating 2007-05-01 can."""
    from plenipo.treaties.queries import data_coverage  # noqa: PLC0415
    from plenipo.treaties.services.actions import record_action  # noqa: PLC0415
    from tests.factories.registry import SourceFactory, state  # noqa: PLC0415
    from tests.factories.treaties import instrument  # noqa: PLC0415

    treaty = instrument(eligibility={})
    codes = ["ALB", "AUT", "BEL", "CYP", "DNK", "EST", "FIN", "FRA", "GEO", "HRV"]
    for code in codes:
        stated = {"ALB": "2007-09-01", "AUT": "2007-05-01"}.get(code)
        record_action(
            instrument=treaty,
            party=state(code),
            kind="accession",
            date="2007-01-10",
            recorded_eif=stated,
            source=SourceFactory(),
            by=None,
        )
    report = data_coverage()[treaty.code]
    (disagreement,) = report["entry_into_force_disagreements"]
    assert disagreement["party"] == "ALB"
    assert disagreement["stated"] == "2007-09-01"
    assert disagreement["computed"].endswith("2007-05-01")
