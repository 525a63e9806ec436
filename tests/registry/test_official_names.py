"""States are named as the United Nations named them on the day a status is about."""

import datetime as dt

import pytest

from plenipo.registry.queries import (
    get_state,
    name_history,
    official_names_in_languages,
    official_names_on,
)
from plenipo.treaties.queries import get_instrument, status_of

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]


def _names(code, day):
    status = status_of(get_instrument(code), day)
    return {row.code: row.name for row in status.parties + status.signatories}


def test_a_2014_status_uses_the_names_of_2014():
    names = _names("UNTOC", dt.date(2014, 1, 27))
    assert names["MKD"] == "The former Yugoslav Republic of Macedonia"
    assert names["SWZ"] == "Swaziland"
    assert names["TUR"] == "Turkey"
    assert names["RUS"] == "Russian Federation"


def test_todays_status_uses_todays_names():
    names = _names("UNTOC", dt.date(2026, 11, 25))
    assert names["MKD"] == "North Macedonia"
    assert names["SWZ"] == "Eswatini"
    assert names["TUR"] == "Türkiye"
    assert names["VAT"] == "Holy See"
    assert names["PSE"] == "State of Palestine"
    assert names["BOL"] == "Bolivia (Plurinational State of)"


def test_names_in_other_un_languages_and_formal_names():
    day = dt.date(2026, 11, 25)
    assert official_names_on(day, language="fr")["MKD"] == "Macédoine du Nord"
    assert official_names_on(day, kind="formal")["RUS"] == "the Russian Federation"
    assert official_names_on(day)["COG"] == "Congo"


def test_an_unknown_interface_language_falls_back_to_english():
    assert official_names_on(dt.date(2026, 11, 25), language="de")["RUS"] == "Russian Federation"


def test_names_of_a_few_states_in_every_un_language_in_one_query(django_assert_num_queries):
    with django_assert_num_queries(1):
        found = official_names_in_languages(dt.date(2015, 6, 15), states=["MKD", "tur"])
    assert set(found) == {"MKD", "TUR"}
    assert found["TUR"]["en"] == "Turkey"
    assert found["MKD"]["en"] == "The former Yugoslav Republic of Macedonia"


def test_a_states_name_history_runs_oldest_first():
    history = name_history(get_state("MKD"))
    un = [item["short"] for item in history if item["scheme"] == "un"]
    assert un == ["The former Yugoslav Republic of Macedonia", "North Macedonia"]
    assert str(history[0]["end"]) == "2019-02-14"
