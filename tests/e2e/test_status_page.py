"""Drive the real status page in headless Chromium (Debian's package, via Playwright)."""

import os
import shutil

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

pytestmark = [
    pytest.mark.e2e,
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM), reason="needs Debian's chromium (apt-get install chromium)"
    ),
]


@pytest.fixture
def page():
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 -- optional, e2e only

    # Playwright's sync API runs an event loop that Django's async-safety check notices.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield browser.new_page()
        browser.close()


def test_as_of_picker_changes_the_status(live_server, page, django_db_setup):
    from plenipo.core.importing import import_files  # noqa: PLC0415
    from plenipo.treaties.dataset import builtin_files, database_is_empty  # noqa: PLC0415

    if database_is_empty():  # after another transactional test flushed the database
        import_files(builtin_files(), by=None)
    page.goto(f"{live_server.url}/instruments/CETS-197/")
    page.fill("#as_of", "2015-06-15")
    page.select_option("select[name=members_of]", "COE")
    page.click("button[type=submit]")
    page.wait_for_url("**as_of=2015-06-15**")
    assert page.inner_text("#party-count") == "43"
    members = page.inner_text("#members-not-parties")
    for name in ("Czechia", "Liechtenstein", "Monaco", "Russia", "Türkiye"):
        assert name in members
    assert page.locator("svg.chart path.min").count() == 1
