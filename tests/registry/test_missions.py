"""The built-in permanent missions, and how distribution lists name and reach them."""

import datetime as dt

import pytest

from plenipo.correspondence.protocol import uninverted
from plenipo.correspondence.recipients import resolve
from plenipo.registry.models import Organization, PermanentMission
from plenipo.registry.queries import members_on

pytestmark = [pytest.mark.django_db, pytest.mark.dataset]

TODAY = dt.date(2026, 11, 25)


def _by_code(spec, day=TODAY):
    return {recipient.key: recipient for recipient in resolve(spec, day)}


def test_number_of_recorded_missions_per_place():
    counts = {
        code: PermanentMission.objects.filter(place__code=code).count()
        for code in ("UN-NY", "UN-GE", "UN-VIE", "COE")
    }
    assert counts == {"UN-NY": 195, "UN-GE": 11, "UN-VIE": 22, "COE": 9}


def test_every_member_state_and_observer_has_a_reachable_mission_in_new_york():
    members = {state.code for state, _ in members_on(Organization.objects.get(code="UN"), TODAY)}
    assert len(members) == 193
    recipients = _by_code("missions:UN-NY")
    assert set(recipients) == members | {"VAT", "PSE"}
    assert [code for code, r in recipients.items() if not r.deliverable] == []
    russia = recipients["RUS"]
    assert (russia.address, russia.email) == (
        "136 East 67th Street, New York, NY 10065",
        "press@russiaun.ru",
    )
    # the Blue Book copy's "Hammarskj√∂ld" (UTF-8 read as Mac Roman) is decoded back
    assert recipients["CHL"].address.startswith("One Dag Hammarskjöld Plaza, 885 Second Avenue")
    assert recipients["VAT"].address == "25 East 39th Street, New York, N.Y. 10016-0903"


def test_every_recorded_mission_cites_its_source():
    missing = PermanentMission.objects.filter(source__url="").values_list("state__code", "place")
    assert list(missing) == []


def test_all_missions_in_vienna_lists_each_one_and_says_which_cannot_be_reached():
    recipients = _by_code("missions:UN-VIE")
    recorded = set(
        PermanentMission.objects.filter(place__code="UN-VIE").values_list("state__code", flat=True)
    )
    assert set(recipients) == recorded
    unreachable = {code for code, r in recipients.items() if not r.deliverable}
    assert unreachable == recorded - {"RUS"}  # only Russia's address is sourced
    austria = recipients["AUT"]
    assert austria.problems == [
        "no address or e-mail is recorded for the Permanent Mission of Austria "
        "to the United Nations (Vienna) (source: Permanent Mission of Austria to the UN in "
        "Vienna (BMEIA) — Tasks of a Permanent Mission); it cannot be reached"
    ]
    assert recipients["RUS"].problems == []
    assert recipients["RUS"].address == "Erzherzog Karl-Straße 182, Wien 22"


def test_missions_are_named_with_the_un_formal_name():
    new_york = _by_code("missions:UN-NY")
    assert new_york["RUS"].mission == (
        "Permanent Mission of the Russian Federation to the United Nations"
    )
    assert new_york["RUS"].post == (
        "Permanent Representative of the Russian Federation to the United Nations"
    )
    assert new_york["GBR"].mission == (
        "Permanent Mission of the United Kingdom of Great Britain and Northern Ireland "
        "to the United Nations"
    )
    assert new_york["VAT"].mission == (
        "Permanent Observer Mission of the Holy See to the United Nations"
    )
    assert new_york["PSE"].mission == (
        "Permanent Observer Mission of the State of Palestine to the United Nations"
    )
    vienna = _by_code("missions:UN-VIE")
    assert vienna["IRN"].mission == (
        "Permanent Mission of the Islamic Republic of Iran to the United Nations (Vienna)"
    )


def test_names_follow_the_letters_date():
    before_2012 = _by_code("missions:UN-NY", dt.date(2009, 3, 4))
    assert before_2012["PSE"].mission == (
        "Permanent Observer Mission of Palestine to the United Nations"
    )
    assert _by_code("missions:UN-NY", dt.date(2017, 6, 19))["QAT"].name == (
        "Alya Ahmed Saif Al-Thani"
    )


def test_short_names_are_turned_for_running_text():
    assert uninverted("Iran (Islamic Republic of)") == "Islamic Republic of Iran"
    assert uninverted("Austria") == "Austria"


def test_in_geneva_only_the_missions_with_a_sourced_address_are_reachable():
    recipients = _by_code("missions:UN-GE")
    reachable = {code for code, r in recipients.items() if r.deliverable}
    assert reachable == {"AUT", "CHE"}
    assert recipients["CHE"].address == "Rue de Varembé 9-11, 1202 Geneva, Switzerland"
    assert recipients["VAT"].mission == (
        "Permanent Observer Mission of the Holy See to the United Nations Office at Geneva"
    )


def test_council_of_europe_members_reachable_at_strasbourg_are_those_with_a_sourced_address():
    members = {state.code for state, _ in members_on(Organization.objects.get(code="COE"), TODAY)}
    assert len(members) == 46
    recipients = _by_code("missions:COE")
    # only members' representations are recorded, each for a state the source names
    assert set(recipients) <= members
    reachable = {code for code, r in recipients.items() if r.deliverable and code in members}
    assert reachable == {"CHE", "CZE", "DEU", "FRA"}
    assert recipients["CZE"].address == "53, Allée de la Robertsau, 67000, Strasbourg"
    assert recipients["CZE"].email == "coe.strasbourg@embassy.mzv.cz"
    assert recipients["DEU"].address == "6, Quai Mullenheim, 67000 Strasbourg"
    # the missions there are "Permanent Representations", in French too
    assert recipients["CHE"].mission == (
        "Permanent Representation of Switzerland to the Council of Europe"
    )
    assert recipients["FRA"].mission_in("fr") == (
        "Représentation permanente de la France auprès du Conseil de l'Europe"
    )
    # a representation whose source gives no address is listed and says it cannot be reached
    assert not recipients["NLD"].deliverable
    assert recipients["NLD"].problems[0].startswith("no address or e-mail is recorded")
