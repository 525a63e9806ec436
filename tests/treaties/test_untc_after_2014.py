"""UNTOC and the TIP Protocol after the UN tables of 27 January 2014.

Expected values are copied from the cited sources: the Austrian gazette BGBl. III 232/2014
and 57/2025, allAfrica (25 Nov 2024), the Dutch treaty database, Dawn (27 Oct 2024), the UNODC
releases of 2018 and 2020, The Rising Nepal (5 Sep 2024), Stampa Parlamento (29 Sep 2023), the
US TIP reports of 2015, 2020 and 2023 (Sierra Leone, Palau, Tonga), the Vanuatu Daily Post
(the 2020 report's release on 25 Jun 2020) and UNODC (12 Jul 2017).
"""

import datetime as dt

import pytest

from plenipo.treaties.exporters import status_as_dict
from plenipo.treaties.models import Action
from plenipo.treaties.queries import get_instrument, status_of

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]

TODAY = dt.date(2026, 11, 25)


def _status(code, day):
    return status_as_dict(status_of(get_instrument(code), day))


def _party(code, state, day):
    return next((p for p in _status(code, day)["parties"] if p["state"] == state), None)


@pytest.mark.parametrize(("code", "parties"), [("UNTOC", 190), ("TIP-PROTOCOL", 181)])
def test_todays_party_count_is_certain_and_open_above(code, parties):
    """Every recorded party is certain; no source since the last stated total shows the
    records complete, so the maximum stays open."""
    payload = _status(code, TODAY)
    assert payload["counts"]["parties"] == {"min": parties, "max": None}
    assert all(p["certain"] for p in payload["parties"])


@pytest.mark.parametrize(
    ("code", "day", "stated"),
    [
        ("UNTOC", dt.date(2017, 7, 12), 188),
        ("UNTOC", dt.date(2018, 10, 19), 189),
        ("UNTOC", dt.date(2020, 10, 12), 190),
        ("UNTOC", dt.date(2023, 9, 29), 191),
        ("TIP-PROTOCOL", dt.date(2018, 10, 19), 173),
        ("TIP-PROTOCOL", dt.date(2020, 10, 12), 178),
    ],
)
def test_recorded_parties_never_exceed_a_count_the_un_stated(code, day, stated):
    assert _status(code, day)["counts"]["parties"]["min"] <= stated


def test_somalia_is_a_party_to_untoc_only_within_its_bounds():
    assert _party("UNTOC", "SOM", dt.date(2024, 11, 22)) is None
    assert _party("UNTOC", "SOM", dt.date(2025, 1, 15))["certain"] is False
    settled = _party("UNTOC", "SOM", dt.date(2025, 3, 25))
    assert settled["certain"] is True
    assert settled["action"] == "accession"


@pytest.mark.parametrize(
    ("code", "states"),
    [
        ("UNTOC", ["SLE", "TON"]),
        ("TIP-PROTOCOL", ["AFG", "AGO", "AND", "BGD", "BRB", "BRN", "BTN", "COM"]),
    ],
)
def test_deposits_whose_kind_no_source_states_are_not_given_one(code, states):
    kinds = dict(
        Action.objects.filter(
            instrument__code=code, state__code__in=states, date_not_after__gt=dt.date(2014, 1, 27)
        )
        .exclude(kind__in=["reservation", "declaration"])
        .values_list("state__code", "kind")
    )
    assert kinds == dict.fromkeys(states, "deposit")


@pytest.mark.parametrize("state", ["ERI", "PAK", "PSE"])
def test_protocol_parties_named_by_the_dutch_database_are_parties_today(state):
    assert _party("TIP-PROTOCOL", state, TODAY)["certain"] is True
    assert _party("TIP-PROTOCOL", state, dt.date(2014, 1, 27)) is None


def test_nepals_protocol_deposit_is_dated_to_the_day_the_rising_nepal_gives():
    assert _party("TIP-PROTOCOL", "NPL", dt.date(2020, 6, 15)) is None
    nepal = _party("TIP-PROTOCOL", "NPL", dt.date(2020, 6, 16))
    assert nepal["certain"] is True
    assert (nepal["date"], nepal["action"]) == ("2020-06-16", "deposit")
    assert nepal["entry_into_force"] == "2020-07-16"


@pytest.mark.parametrize("code", ["UNTOC", "TIP-PROTOCOL"])
def test_bhutan_joined_after_its_assembly_ratified_on_1_december_2022(code):
    """Business Bhutan: the National Assembly ratified on 1 Dec 2022 and Bhutan 'will
    join'; the one instrument for both was handed over on 21 Mar 2023 (Bhutan MFA)."""
    assert _party(code, "BTN", dt.date(2022, 12, 1)) is None
    assert _party(code, "BTN", dt.date(2023, 1, 15))["certain"] is False
    assert _party(code, "BTN", dt.date(2023, 3, 22))["certain"] is True


def test_bhutans_stated_entry_into_force_fits_its_deposit():
    bhutan = _party("UNTOC", "BTN", TODAY)
    bounds = bhutan["entry_into_force_bounds"]
    assert bounds["not_before"] <= "2023-03-22" <= bounds["not_after"]


def test_sierra_leone_joined_the_protocol_in_august_2014_kind_unstated():
    """Wikipedia (weak): 'ratified ... in August 2014'; the 2015 TIP report says 'acceded',
    but Sierra Leone had signed, so the kind is left open."""
    assert _party("TIP-PROTOCOL", "SLE", dt.date(2014, 7, 31)) is None
    assert _party("TIP-PROTOCOL", "SLE", dt.date(2014, 8, 15))["certain"] is False
    settled = _party("TIP-PROTOCOL", "SLE", dt.date(2014, 9, 1))
    assert (settled["certain"], settled["action"]) == (True, "deposit")


def test_palau_is_a_protocol_party_by_the_day_the_2020_tip_report_appeared():
    """The 2020 TIP report (published 25 Jun 2020) counts Palau's accession."""
    assert _party("TIP-PROTOCOL", "PLW", dt.date(2014, 1, 27)) is None
    assert _party("TIP-PROTOCOL", "PLW", dt.date(2020, 6, 24))["certain"] is False
    assert _party("TIP-PROTOCOL", "PLW", dt.date(2020, 6, 25))["certain"] is True


def test_untoc_parties_without_a_dated_source_are_not_recorded():
    """Samoa, the DPRK and Palau are UNTOC parties by the UN's counts, but no source
    reached dates their deposits; a bounded Palau record would let the 2015-2017 counts
    place it among the parties of those years, which nothing supports."""
    for state in ["WSM", "PRK", "PLW"]:
        assert _party("UNTOC", state, TODAY) is None


def test_tonga_is_not_a_protocol_party_in_2023():
    assert _party("TIP-PROTOCOL", "TON", dt.date(2023, 6, 15)) is None
