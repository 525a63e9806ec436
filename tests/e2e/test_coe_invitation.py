"""A Council of Europe body's meeting in a browser: the invitation letters open with the
Secretary General's invitation, and no United Nations template is offered for it."""

import pytest

from plenipo.bodies.queries import get_body
from tests.e2e.conftest import needs_chromium, sign_in, sign_out
from tests.factories import meetings as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_the_invitation_to_a_greta_meeting_is_the_council_of_europes(
    live_server, page, dataset, secretariat_officer
):
    meeting = factories.meeting(
        body=get_body("GRETA"), title="GRETA plenary", start="2030-07-06", end="2030-07-10"
    )
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/{meeting.pk}/")
    page.click("#invitation-letters")
    offered = page.locator("#draft-form select[name=template] option")
    assert offered.evaluate_all("options => options.map(o => o.value)") == [
        "meeting-invitation-coe-en"
    ]
    assert page.locator("#no-invitation").count() == 0
    sign_out(page)
