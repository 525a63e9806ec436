import datetime as dt

import pytest

from plenipo.monitoring.procedure import Definition
from plenipo.monitoring.queries import get_mechanism, monitoring_status

pytestmark = pytest.mark.django_db


def test_first_seed_letter_39_countries_evaluated_on_15_june_2015():
    payload = monitoring_status(get_mechanism("GRETA"), dt.date(2015, 6, 15))
    assert payload["evaluated"]["min"] <= 39 <= payload["evaluated"]["max"]
    assert payload["parties"] == {"min": 43, "max": 43}
    not_yet = {s["state"] for s in payload["states"] if s["evaluated"] is False}
    assert {"BLR", "EST", "GRC", "CHE"} <= not_yet


def test_switzerland_counts_earlier_when_adoption_is_enough():
    mechanism = get_mechanism("GRETA")
    day = dt.date(2015, 8, 1)  # adopted 3 July 2015, published 14 October 2015
    published = monitoring_status(mechanism, day)
    adopted = monitoring_status(mechanism, day, definition=Definition.ADOPTED)
    swiss = {p["state"]: p["evaluated"] for p in published["states"]}["CHE"]
    swiss_adopted = {p["state"]: p["evaluated"] for p in adopted["states"]}["CHE"]
    assert (swiss, swiss_adopted) == (False, True)


def test_monitoring_by_round():
    payload = monitoring_status(get_mechanism("GRETA"), dt.date(2017, 6, 1), round_number=2)
    armenia = next(s for s in payload["states"] if s["state"] == "ARM")
    assert (armenia["evaluated"], armenia["published"]) == (True, "2017-03-20")
