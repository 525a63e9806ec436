"""The API docs render offline and under the Content Security Policy."""

import pytest

from tests.e2e.conftest import needs_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_swagger_ui_renders_from_plenipo_alone(live_server, page):
    outside, refused = [], []
    page.on(
        "request",
        lambda r: (
            r.url.startswith(live_server.url) or r.url.startswith("data:") or outside.append(r.url)
        ),
    )
    page.on("console", lambda m: "Content Security Policy" in m.text and refused.append(m.text))
    page.goto(f"{live_server.url}/api/docs")
    page.wait_for_selector("#swagger-ui .opblock", timeout=15000)
    assert page.locator("#swagger-ui .opblock").count() > 20
    assert outside == []
    assert refused == []
