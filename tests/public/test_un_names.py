"""Every page, export and list names a state as the UN named it on the day it is about;
CLDR names only where the UN names a territory nowhere."""

import csv
import io

import pytest
from django.urls import reverse

from tests.factories.registry import state

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]

CETS = "CETS-197"


def _status_html(client, **params):
    response = client.get(reverse("public:instrument", args=[CETS]), params)
    assert response.status_code == 200
    return response.content.decode()


def test_a_2015_status_page_uses_the_names_of_2015(client):
    html = _status_html(client, as_of="2015-06-15", members_of="COE")
    assert "The former Yugoslav Republic of Macedonia" in html  # a party
    assert ">Turkey</a>" in html  # a member not a party (signed only)
    assert "North Macedonia" not in html
    assert "Türkiye" not in html


def test_todays_status_page_uses_todays_names(client):
    html = _status_html(client, members_of="COE")
    assert "North Macedonia" in html
    assert "Türkiye" in html
    assert "The former Yugoslav Republic of Macedonia" not in html


def _csv_names(client, as_of):
    url = reverse("public:export", args=[CETS, "csv"])
    rows = csv.DictReader(io.StringIO(client.get(url, {"as_of": as_of}).content.decode()))
    return {row["party"]: row["name"] for row in rows}


def test_the_status_export_names_parties_as_on_its_day(client):
    assert _csv_names(client, "2015-06-15")["MKD"] == "The former Yugoslav Republic of Macedonia"
    assert _csv_names(client, "2016-12-31")["TUR"] == "Turkey"
    today = _csv_names(client, "")
    assert (today["MKD"], today["TUR"]) == ("North Macedonia", "Türkiye")


def test_the_state_page_is_headed_by_todays_un_name_and_lists_the_earlier_ones(client):
    html = client.get(reverse("public:state", args=["MKD"])).content.decode()
    assert "<h1>North Macedonia</h1>" in html
    assert "<title>North Macedonia" in html
    assert 'id="names"' in html
    assert "The former Yugoslav Republic of Macedonia" in html
    assert "2019-02-14" in html  # the day the name changed


def test_the_state_page_uses_un_names_in_the_other_languages(client):
    html = client.get(reverse("public:state", args=["RUS"])).content.decode()
    assert "<h1>Russian Federation</h1>" in html
    assert "Fédération de Russie" in html


def test_the_state_list_uses_todays_un_names(client):
    def listed(code):
        return client.get(reverse("public:states"), {"q": code}).content.decode()

    assert ">Türkiye</a>" in listed("TUR")
    assert ">Holy See</a>" in listed("VAT")
    congo = listed("COG")
    assert ">Congo</a>" in congo
    assert "Congo - Brazzaville" not in congo  # CLDR's name


def test_a_territory_the_un_does_not_name_keeps_its_cldr_name(client):
    state("GRL")
    html = client.get(reverse("public:state", args=["GRL"])).content.decode()
    assert "<h1>Greenland</h1>" in html
    assert "No UN name recorded" in html


@pytest.mark.parametrize("extra", [0, 3])
def test_the_state_list_reads_in_constant_queries(client, django_assert_num_queries, extra):
    for code in ["ABW", "AIA", "ALA"][:extra]:
        state(code)
    with django_assert_num_queries(3):  # how many states, a page of them, the UN names
        assert client.get(reverse("public:states")).status_code == 200
