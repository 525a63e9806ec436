"""The secretariat records a delegation announced outside the portal (for a state that was
not invited), and approves another after seeing who is in it, in a browser."""

import datetime as dt

import pytest

from plenipo.meetings.models import Delegation
from plenipo.meetings.services.delegations import register_delegation
from tests.e2e.conftest import needs_chromium, sign_in
from tests.factories import meetings as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_officer_records_an_uninvited_delegation_and_approves_one_seeing_its_names(
    live_server, page, dataset, focal_point_state_a, secretariat_officer
):
    meeting = factories.meeting(language="en")
    austria = factories.delegation(meeting, "AUT")
    register_delegation(
        delegation=austria,
        participants=factories.THREE,
        expected_version=austria.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )

    # France was not invited; its delegation came by note verbale: the officer records it.
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/{meeting.pk}/")
    page.click("#record-delegation")
    page.fill("input[name=party]", "FRA")
    page.fill("input[name=source]", "note verbale No. 123")
    people = [("head", "Camille Martin", "Ambassador"), ("adviser", "Luc Bernard", "Counsellor")]
    for row, (role, name, title) in enumerate(people):
        page.select_option(f"select[name=p-{row}-role]", role)
        page.fill(f"input[name=p-{row}-name]", name)
        page.fill(f"input[name=p-{row}-title]", title)
    page.fill("input[name=p-0-email]", "c.martin@example.org")
    page.click("#delegation-entry-form button[type=submit]")
    page.wait_for_selector("text=entered by the secretariat")
    france = page.locator("tr[data-party=FRA]")
    assert "not invited, registered by the secretariat" in france.inner_text()
    assert "Camille Martin, Ambassador" in france.inner_text()
    assert "from note verbale No. 123" in france.inner_text()
    assert "c.martin@example.org" not in page.content()  # not even on the office's list

    # Austria's registration: the officer sees its names in the row, then approves it.
    row = page.locator("tr[data-party=AUT]")
    for shown in ("Anna Berger, Ambassador", "Bernd Huber, Counsellor", "Clara Wagner"):
        assert shown in row.inner_text()
    row.locator("button[value=approve]").click()
    page.wait_for_selector("text=registration approved")
    assert Delegation.objects.get(pk=austria.pk).status == "approved"
    assert Delegation.objects.get(meeting=meeting, state__code="FRA").status == "pending"
