"""The built-in dataset answers the seed letters' questions (loaded once per session)."""

import datetime as dt

import pytest

from plenipo.registry.queries import find_post, get_organization, get_state, holders_on, members_on
from plenipo.treaties.exporters import eif_as_dict, status_as_dict
from plenipo.treaties.models import Action
from plenipo.treaties.queries import get_instrument, status_of

pytestmark = pytest.mark.django_db


def test_every_action_and_membership_cites_a_source():
    from plenipo.registry.models import Membership  # noqa: PLC0415

    assert not Action.objects.filter(source__isnull=True).exists()
    assert not Membership.objects.filter(source__url="", source__symbol="").exists()


def test_first_seed_letter_43_parties_including_belarus_on_15_june_2015():
    cets = get_instrument("CETS-197")
    payload = status_as_dict(
        status_of(cets, dt.date(2015, 6, 15), members_of=get_organization("COE"))
    )
    assert payload["counts"]["parties"] == {"min": 43, "max": 43}
    belarus = next(p for p in payload["parties"] if p["state"] == "BLR")
    assert belarus["action"] == "accession"
    assert {(m["state"], m["signed"]) for m in payload["members_not_parties"]} == {
        ("CZE", False),
        ("LIE", False),
        ("MCO", False),
        ("RUS", False),
        ("TUR", True),
    }


def test_cets_197_entry_into_force_computed_from_the_first_ten():
    payload = eif_as_dict(get_instrument("CETS-197"))
    assert payload["entry_into_force"] == "2008-02-01"
    assert payload["threshold_reached_on"] == "2007-10-24"
    assert payload["agrees_with_record"] is True


@pytest.mark.parametrize(
    ("code", "recorded"), [("UNTOC", "2003-09-29"), ("TIP-PROTOCOL", "2003-12-25")]
)
def test_un_instruments_eif_is_computed_or_the_missing_dates_are_named(code, recorded):
    payload = eif_as_dict(get_instrument(code))
    assert payload["recorded"] == recorded
    if payload["entry_into_force"] is None:
        assert payload["missing"] or payload["notes"]
        bounds = payload["bounds"]
        assert bounds["not_before"] <= recorded <= bounds["not_after"]
    else:
        assert payload["entry_into_force"] == recorded


def test_cets_197_has_48_parties_including_israel_as_the_latest_source_says():
    """Exactly 48 up to the last day the CoE's current page may speak for (2026-11-23);
    after it, at least 48: an accession since then would not be recorded."""
    on_source = status_as_dict(status_of(get_instrument("CETS-197"), dt.date(2026, 11, 23)))
    assert on_source["counts"]["parties"] == {"min": 48, "max": 48}
    assert "ISR" in {p["state"] for p in on_source["parties"]}
    later = status_as_dict(status_of(get_instrument("CETS-197"), dt.date(2026, 11, 24)))
    assert later["counts"]["parties"] == {"min": 48, "max": None}


def test_russia_is_not_a_coe_member_on_17_march_2022():
    coe = get_organization("COE")
    assert "RUS" in {s.code for s, _ in members_on(coe, dt.date(2022, 3, 15))}
    assert "RUS" not in {s.code for s, _ in members_on(coe, dt.date(2022, 3, 17))}
    assert len(members_on(coe, dt.date(2022, 3, 17))) == 46


def test_greece_was_not_a_coe_member_during_its_withdrawal():
    coe = get_organization("COE")
    assert "GRC" not in {s.code for s, _ in members_on(coe, dt.date(1972, 1, 1))}
    assert "GRC" in {s.code for s, _ in members_on(coe, dt.date(1980, 1, 1))}


def test_lavrov_was_minister_on_the_date_of_the_first_seed_letter():
    post = find_post("Minister for Foreign Affairs of the Russian Federation")
    [(holding, certain)] = holders_on(post, dt.date(2015, 6, 15))
    assert (holding.person.name, certain) == ("Sergey Lavrov", True)


def test_state_names_come_from_cldr_in_six_languages():
    assert get_state("FRA").names == {
        "en": "France",
        "fr": "France",
        "es": "Francia",
        "ru": "Франция",
        "ar": "فرنسا",
        "zh": "法国",
    }
