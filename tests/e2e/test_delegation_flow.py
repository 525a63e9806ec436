"""From registration by a focal point to the official list of participants, in a browser."""

import io

import pytest

from plenipo.meetings.models import Delegation
from tests.e2e.conftest import needs_chromium, sign_in, sign_out
from tests.factories import meetings as factories

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_focal_point_registers_secretariat_approves_others_cannot_see(
    live_server, page, dataset, focal_point_state_a, focal_point_state_b, secretariat_officer
):
    meeting = factories.meeting(language="en")  # registration closes after its last day
    austria = factories.delegation(meeting, "AUT")
    factories.delegation(meeting, "BEL")

    # Austria's focal point registers a delegation of three.
    sign_in(page, live_server.url, "focal-point-aut")
    page.click(f"a[href='/portal/meetings/{meeting.pk}/delegation/']")
    people = [
        ("head", "Anna Berger", "Ambassador"),
        ("alternate", "Bernd Huber", "Counsellor"),
        ("adviser", "Clara Wagner", "Legal adviser"),
    ]
    for row, (role, name, title) in enumerate(people):
        page.select_option(f"select[name=p-{row}-role]", role)
        page.fill(f"input[name=p-{row}-name]", name)
        page.fill(f"input[name=p-{row}-title]", title)
    page.click("#delegation-form button[type=submit]")
    assert page.inner_text("#registration-status") == "Pending"
    sign_out(page)

    # The secretariat approves it.
    sign_in(page, live_server.url, "officer")
    page.goto(f"{live_server.url}/office/meetings/{meeting.pk}/")
    page.click("tr[data-party=AUT] button[value=approve]")
    page.wait_for_selector("text=registration approved")
    assert Delegation.objects.get(pk=austria.pk).status == "approved"

    # The list of participants shows Austria, its head first.
    pdf = page.request.get(f"{live_server.url}/meetings/{meeting.pk}/participants.pdf")
    assert pdf.headers["content-type"] == "application/pdf"
    pypdf = pytest.importorskip("pypdf")
    text = pypdf.PdfReader(io.BytesIO(pdf.body())).pages[0].extract_text()
    assert text.index("Austria") < text.index("Anna Berger") < text.index("Bernd Huber")
    sign_out(page)

    # Belgium's focal point can see neither the page nor the API record.
    sign_in(page, live_server.url, "focal-point-bel")
    response = page.goto(f"{live_server.url}/portal/delegations/{austria.pk}/")
    assert response.status == 404
    assert "Anna Berger" not in page.content()
    api = page.request.get(f"{live_server.url}/api/delegations/{austria.pk}")
    assert api.status == 404
    listed = page.request.get(f"{live_server.url}/api/meetings/{meeting.pk}/delegations").json()
    assert [d["party"] for d in listed] == ["BEL"]
