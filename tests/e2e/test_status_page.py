"""Drive the real status page in headless Chromium."""

import pytest

from tests.e2e.conftest import needs_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_as_of_picker_changes_the_status(live_server, page, dataset):
    page.goto(f"{live_server.url}/instruments/CETS-197/")
    page.fill("#as_of", "2015-06-15")
    page.select_option("select[name=members_of]", "COE")
    page.click("main button[type=submit]")
    page.wait_for_url("**as_of=2015-06-15**")
    assert page.inner_text("#party-count") == "43"
    members = page.inner_text("#members-not-parties")
    # named as the United Nations named them on 15 June 2015
    for name in ("Czech Republic", "Liechtenstein", "Monaco", "Russian Federation", "Turkey"):
        assert name in members
    assert page.locator("svg.chart path.min").count() == 1
