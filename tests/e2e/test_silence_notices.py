"""A silence procedure in a browser: the facilitator places a version under silence,
records the United States breaking it, drafts the result notice to every mission in New
York and approves the notes on the batch page; the process page holds on a phone."""

import datetime as dt

import pytest

from plenipo.correspondence.models import Letter
from plenipo.negotiations.queries import get_process
from plenipo.negotiations.services import processes, texts
from plenipo.negotiations.texts import import_text
from plenipo.registry.queries import get_organization
from tests.e2e.conftest import needs_chromium, sign_in
from tests.e2e.test_negotiation_flow import WIDE
from tests.negotiations.conftest import ZERO_DRAFT

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def _new_york_process():
    process = processes.create_process(
        code="NY-TEXT", title="Draft declaration on cooperation", audience=get_organization("UN"),
        timezone="America/New_York", by=None,
    )  # fmt: skip
    meeting = get_process("GPA-DECLARATION-2017").consultations.first().meeting
    processes.link_consultation(process=process, meeting=meeting, by=None)
    day = dt.date(2026, 3, 20)
    draft = import_text(ZERO_DRAFT, label="Rev.1", date=day, symbol="A/81/L.99").version
    texts.import_version(process=process, imported=draft, expected_revision=None, by=None)


def test_a_broken_silence_notified_to_all_missions(live_server, page, dataset, secretariat_officer):
    _new_york_process()
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/negotiations/NY-TEXT/")
    page.fill("#silence-form input[name=until]", "2036-03-27T18:00")
    page.click("#silence-form button[type=submit]")
    page.wait_for_selector("text=is under silence until")
    page.fill("#break-form input[name=party]", "USA")
    page.fill("#break-form input[name=at]", "2036-03-26T11:00")
    page.click("#break-form button[type=submit]")
    page.wait_for_selector("text=broken by USA")
    page.set_viewport_size({"width": 390, "height": 844})
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, page.evaluate(WIDE)
    page.set_viewport_size({"width": 1280, "height": 800})

    row = page.locator("#silence-notices tbody tr").first
    # The consultations are in New York: their missions' place is chosen already.
    assert row.locator("form:has(input[value=result]) select[name=place]").input_value() == "UN-NY"
    row.locator("form:has(input[value=result]) input[name=date]").fill("2036-03-26")
    row.locator("form:has(input[value=result]) button").click()
    page.wait_for_selector("text=draft notices to the missions written")
    assert "template=silence-result-nv-en" in page.url
    assert page.locator("tr[data-key=USA] td.status").inner_text() == "Draft"
    page.click("#approve-form button")
    page.wait_for_selector("text=letters approved")
    notes = Letter.objects.filter(template__name="silence-result-nv-en")
    assert notes.count() > 190
    assert set(notes.values_list("status", flat=True)) == {"approved"}
    assert "was broken by the United States of America on 26 March 2036" in notes.first().body
