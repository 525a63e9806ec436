"""The Akoma Ntoso export names as its author the body the text is the work of (the body
that adopted it, else the body its mandate tasks with it), and "not stated" where the
records name none: never the General Assembly by default."""

import pytest

from plenipo.bodies.models import Mandate
from plenipo.bodies.queries import get_body, get_decision
from plenipo.negotiations.akn import NAMESPACE, parse
from plenipo.negotiations.exporters import version_akn
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
NS = {"akn": NAMESPACE}


def _author(process):
    version = process.versions.get()
    version.symbol = "TEST/1"
    version.save()
    root = parse(version_akn(version))
    href = root.find(".//akn:FRBRWork/akn:FRBRauthor", NS).get("href")
    work = root.find(".//akn:FRBRWork/akn:FRBRuri", NS).get("value")
    names = {o.get("eId"): o.get("showAs") for o in root.findall(".//akn:TLCOrganization", NS)}
    return href, work, names[href.removeprefix("#")]


def test_a_text_adopted_by_the_conference_of_the_parties_is_its_work():
    process = factories.process()
    process.outcome_decision = get_decision("decision 4/4")
    process.save()
    href, work, name = _author(process)
    assert href == "#cop-untoc"
    assert "/deliberation/cop-untoc/" in work
    assert name == get_body("COP-UNTOC").names["en"]
    assert "General Assembly" not in name


def test_the_body_a_mandate_tasks_is_the_author_until_one_adopts_it():
    process = factories.process()
    process.mandate = Mandate.objects.get(decision__symbol="A/RES/71/287")  # tasks the GA
    process.save()
    assert _author(process)[:2] == (
        "#un-ga",
        "/akn/un/statement/deliberation/un-ga/2026-03-02/TEST-1",
    )


def test_no_body_recorded_is_not_stated_not_the_general_assembly():
    href, work, name = _author(factories.process())
    assert (href, name) == ("#not-stated", "not stated")
    assert "/deliberation/not-stated/" in work
