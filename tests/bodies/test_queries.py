import datetime as dt

import pytest

from plenipo.bodies.queries import get_body, get_decision, get_mandate, mandates_of_decision
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.meetings.queries import mandate_report

pytestmark = pytest.mark.django_db

SEED_FUNCTIONS = [
    "Facilitate implementation of the Trafficking in Persons Protocol through the exchange of "
    "experience and practices between experts and practitioners in this area, including by "
    "contributing to the identification of weaknesses, gaps and challenges;",
    "Make recommendations to the Conference on how States parties can better implement the "
    "provisions of the Trafficking in Persons Protocol;",
    "Assist the Conference in providing guidance to its secretariat on its activities relating "
    "to the implementation of the Trafficking in Persons Protocol;",
    "Make recommendations to the Conference on how it can better coordinate with the various "
    "international bodies combating trafficking in persons with respect to implementing, "
    "supporting and promoting the Trafficking in Persons Protocol.",
]


def test_decision_4_4_creates_the_working_group_with_the_seed_letters_four_functions():
    [mandate] = mandates_of_decision(get_decision("decision 4/4"))
    report = mandate_report(mandate, dt.date(2009, 3, 4))
    assert report["body"]["code"] == "WG-TIP"
    assert report["functions"] == SEED_FUNCTIONS
    assert [r["text"] for r in report["required_meetings"]] == [
        "meet during the fifth session of the Conference",
        "hold at least one intersessional meeting before that session",
    ]
    # On the day of the note verbale no meeting had yet been held: the mandate was active.
    assert report["status"] == "active"


def test_its_status_follows_the_recorded_meetings():
    [mandate] = mandates_of_decision(get_decision("decision 4/4"))
    report = mandate_report(mandate, dt.date(2010, 6, 1))
    before = report["required_meetings"][1]
    assert before["held"] is True
    assert before["satisfied_by"][0]["start"] == "2010-01-27"


def test_unknown_and_malformed_symbols():
    with pytest.raises(NotFound, match="no decision decision 99/1"):
        get_decision("decision 99/1")
    with pytest.raises(InvalidInput, match="cannot read"):
        get_decision("decision ninety")


def test_the_working_group_sits_beneath_the_conference():
    assert get_body("WG-TIP").parent.code == "COP-UNTOC"


def test_a_mandate_is_named_by_its_decision_and_paragraph():
    mandate = get_mandate("decision 4/4")
    assert (mandate.decision.symbol, mandate.subject.code) == ("decision 4/4", "WG-TIP")
    with pytest.raises(InvalidInput, match="decision 4/4 OP99: no mandate"):
        get_mandate("decision 4/4 OP99")
