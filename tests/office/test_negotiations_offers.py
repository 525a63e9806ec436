"""The process page offers only the steps the services would take now: no adoption without
a text or during a silence, a silence on the current version only."""

import datetime as dt

import pytest
from django.urls import reverse

from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services import silence, texts
from plenipo.negotiations.texts import import_text
from tests.factories import negotiations as factories
from tests.negotiations.conftest import ZERO_DRAFT

pytestmark = pytest.mark.django_db
CODE = "OFFERS-1"


@pytest.fixture
def officer(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return client


def _page(officer):
    return officer.get(reverse("office:negotiation", args=[CODE])).content.decode()


def test_no_adoption_is_offered_or_taken_before_a_draft(officer):
    factories.process(CODE, draft=False)
    html = _page(officer)
    assert 'id="outcome-form"' not in html
    assert "OFFERS-1 has no text yet: upload its draft before recording an adoption" in html
    form = {"symbol": "A/RES/99/1", "date": "2026-01-05", "method": "consensus"}
    refused = officer.post(reverse("office:negotiation-outcome", args=[CODE]), form)
    assert refused.status_code == 400
    assert "has no text yet" in refused.content.decode()
    assert not get_process(CODE).outcome_symbol


def test_an_adoption_before_the_latest_version_is_refused_from_the_office(officer):
    factories.process(CODE)
    assert 'id="outcome-form"' in _page(officer)
    form = {"symbol": "A/RES/99/1", "date": "1900-01-01", "method": "consensus"}
    refused = officer.post(reverse("office:negotiation-outcome", args=[CODE]), form)
    assert refused.status_code == 400
    assert "before Zero draft, the latest version, dated 2026-03-02" in refused.content.decode()
    assert not get_process(CODE).outcome_symbol


def test_only_the_current_version_is_offered_for_silence_and_no_adoption_during_it(officer):
    process = factories.process(CODE)
    rev = import_text(ZERO_DRAFT, label="Rev.1", date=dt.date(2026, 3, 20)).version
    texts.import_version(process=process, imported=rev, expected_revision=None, by=None)
    html = _page(officer)
    assert '<option value="Rev.1"' in html
    assert '<option value="Zero draft"' not in html
    until = dt.datetime.now(dt.UTC) + dt.timedelta(days=3)
    silence.start_silence(process=get_process(CODE), version=process.versions.get(label="Rev.1"),
                          until=until, timezone="Europe/Vienna", by=None)  # fmt: skip
    running = _page(officer)
    assert 'id="outcome-form"' not in running
    assert "Rev.1 is under silence until" in running
    assert "record the silence passed or broken first" in running
