"""Headless Chromium (Debian's package) driven by Playwright, for the end-to-end tests."""

import os
import shutil

import pytest

from tests.conftest import PASSWORD

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(
    not os.path.exists(CHROMIUM), reason="needs Debian's chromium (make system-deps)"
)


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


def sign_in(page, url, username, password=PASSWORD):
    """Sign in through the sign-in page, as a person would."""
    page.goto(f"{url}/accounts/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("main button[type=submit]")


def sign_out(page):
    page.click("header button.link")


@pytest.fixture
def two_rooms():
    """Two rooms of one venue, for a meeting held in both."""
    from plenipo.meetings.services.venues import define_room  # noqa: PLC0415
    from tests.factories import meetings as factories  # noqa: PLC0415
    from tests.factories.registry import SourceFactory  # noqa: PLC0415

    first = factories.room()
    second = define_room(
        venue=first.venue, code="M3", name="Conference Room M3", source=SourceFactory(), by=None
    )
    return first, second
