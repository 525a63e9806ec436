"""A visitor's walk through the public pages in Chromium: no request the page makes fails
(the browser's own favicon request included), and no link on a meeting page leads to a 404."""

from urllib.parse import urljoin, urlparse

import pytest

from tests.e2e.conftest import needs_chromium

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]


def test_the_meeting_pages_load_cleanly_and_every_internal_link_answers(live_server, page, dataset):
    failed = []
    page.on("response", lambda r: r.status >= 400 and failed.append((r.status, r.url)))
    page.goto(f"{live_server.url}/")
    page.click("header nav >> text=Meetings")
    meeting_pages = page.eval_on_selector_all(
        "main a[href^='/meetings/']", "links => links.map(a => a.getAttribute('href'))"
    )
    assert meeting_pages
    checked = set()
    for path in meeting_pages:
        page.goto(urljoin(live_server.url, path))
        for href in page.eval_on_selector_all(
            "main a[href]", "links => links.map(a => a.getAttribute('href'))"
        ):
            target = urlparse(urljoin(page.url, href))
            if target.netloc != urlparse(live_server.url).netloc or target.path in checked:
                continue
            checked.add(target.path)
            answer = page.request.get(urljoin(page.url, href))
            assert answer.status < 400, f"{path}: link {href!r} answers {answer.status}"
    assert not failed, failed
