"""A meeting's invitations in a browser: the office opens the invitation letters from the
meeting's page, ticks whom to write to; a focal point registers within the quota."""

import pytest

from plenipo.correspondence.models import Letter
from tests.e2e.conftest import needs_chromium, sign_in, sign_out
from tests.factories import meetings as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_the_office_opens_the_invitation_letters_from_the_meeting_and_ticks_whom(
    live_server, page, dataset, secretariat_officer
):
    meeting = factories.meeting(language="en")
    factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "RUS")

    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/{meeting.pk}/")
    page.click("#invitation-letters")
    chosen = "#draft-form select[name={}] option:checked"
    assert page.inner_text(chosen.format("template")).startswith("wg-tip-invitation-nv-en")
    assert page.inner_text(chosen.format("meeting")).endswith(meeting.title)
    assert page.inner_text(chosen.format("to")) == f"The states invited to {meeting.title}"
    boxes = page.locator("#recipient-ticks input[type=checkbox]")
    assert sorted(boxes.evaluate_all("boxes => boxes.map(b => b.value)")) == ["AUT", "RUS"]
    # Both were invited without a letter: the one that can be reached is ticked.
    ticked = page.locator("#recipient-ticks input:checked")
    assert ticked.evaluate_all("boxes => boxes.map(b => b.value)") == ["RUS"]
    assert "cannot be reached" in page.inner_text("#recipient-ticks label:has(input[value=AUT])")
    page.click("#merge-form button[type=submit]")
    assert "1 draft letter written." in page.inner_text("main")
    [letter] = Letter.objects.all()
    assert (letter.recipient_key, letter.meeting_id) == ("RUS", meeting.pk)
    sign_out(page)


def test_a_focal_point_gets_as_many_rows_as_the_quota_and_a_refusal_on_the_page(
    live_server, page, dataset, focal_point_state_a
):
    meeting = factories.meeting(language="en", default_quota=2, limit_policy="refuse")
    factories.delegation(meeting, "AUT")

    sign_in(page, live_server.url, "focal-point-aut")
    page.click(f"a[href='/portal/meetings/{meeting.pk}/delegation/']")
    assert page.locator("#participants-form tbody tr").count() == 2
    assert "Up to 2 participants" in page.inner_text("#quota-note")
    page.fill("input[name=p-0-name]", "Anna Berger")
    page.select_option("select[name=p-1-role]", "head")
    page.fill("input[name=p-1-name]", "Bernd Huber")
    with page.expect_response(lambda r: r.request.method == "POST") as refused:
        page.click("#delegation-form button[type=submit]")
    assert refused.value.status == 400
    assert "exactly one head of delegation" in page.inner_text("#delegation-form [role=alert]")
    assert page.input_value("input[name=p-1-name]") == "Bernd Huber"
    page.select_option("select[name=p-1-role]", "alternate")
    page.click("#delegation-form button[type=submit]")
    assert page.inner_text("#registration-status") == "Pending"
