"""Every page, public, portal and office, holds on a 390 × 844 phone screen: nothing scrolls
sideways (wide tables scroll inside their own wrapper)."""

import datetime as dt

import pytest
from django.test import Client

from tests.e2e.conftest import needs_chromium
from tests.web.pages import pages_for
from tests.web.test_every_url import _user, world  # noqa: F401 -- the world fixture

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True), needs_chromium]
WIDTH, HEIGHT = 390, 844
OVERFLOW = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('body *')]
    .filter(e => e.getBoundingClientRect().right > width + 1 && !e.closest('.table-scroll'))
    .slice(0, 3)
    .map(e => e.tagName + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : ''));
}"""


def _signed_in(page, live_server, user):
    page.context.clear_cookies()
    if user is None:
        return
    client = Client()
    client.force_login(user)
    cookie = client.cookies["sessionid"]
    page.context.add_cookies([{"name": "sessionid", "value": cookie.value, "url": live_server.url}])


@pytest.mark.parametrize("persona", ["anonymous", "focal_point_state_a", "officer"])
def test_every_page_holds_at_390_pixels(live_server, page, dataset, world, request, persona):  # noqa: F811
    _signed_in(page, live_server, _user(persona, request))
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    urls = pages_for(persona, world)
    assert len(urls) > 3
    too_wide = {}
    for url in urls:
        response = page.goto(live_server.url + url)
        assert response.status == 200, url
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        if scroll_width > WIDTH:
            too_wide[url] = (scroll_width, page.evaluate(OVERFLOW))
    assert too_wide == {}


# Every part of these pages matters (a treaty's count of parties, a task's action, each field
# of a delegation): nothing may lie beyond the right edge, not even inside a scrolling box.
OFF_SCREEN = """() => {
  const width = document.documentElement.clientWidth;
  return [...document.querySelectorAll('main th, main td, main input, main select, main button')]
    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > width + 1)
    .slice(0, 3)
    .map(e => e.tagName + (e.name ? '[' + e.name + ']' : '') + ' '
      + (e.textContent || '').trim().slice(0, 30));
}"""
WHOLLY_SHOWN = [
    ("anonymous", "/"),
    ("officer", "/office/tasks/"),
    ("focal_point_state_a", "/portal/meetings/{meeting}/delegation/"),
]


@pytest.mark.parametrize(("persona", "url"), WHOLLY_SHOWN)
def test_these_pages_show_every_column_at_390_pixels(
    live_server,
    page,
    dataset,
    world,  # noqa: F811
    request,
    persona,
    url,
):
    from plenipo.correspondence.services.tasks import add_task  # noqa: PLC0415

    # A task as long as a letter's deadline often is, overdue, from no letter.
    add_task(
        what="Send the composition of the delegation to the secretariat " * 4,
        due_on=dt.date(2020, 1, 6),
        by=None,
    )
    _signed_in(page, live_server, _user(persona, request))
    page.set_viewport_size({"width": WIDTH, "height": HEIGHT})
    response = page.goto(live_server.url + url.format(meeting=world["meeting"]))
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= WIDTH
    assert page.evaluate(OFF_SCREEN) == []


# A laptop's screen: the delegation's table, its inputs included, keeps within the page's
# column (not past its edge into the margin, where the page would not even scroll).
LAPTOP_WIDTH = 1280
LAPTOP_PAGES = ["/portal/meetings/{meeting}/delegation/", "/portal/"]
PAST_THE_COLUMN = """() => {
  const main = document.querySelector('main');
  const padding = parseFloat(getComputedStyle(main).paddingRight);
  const right = main.getBoundingClientRect().right - padding;
  return [...main.querySelectorAll('table, th, td, input, select, button')]
    .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > right + 1)
    .slice(0, 3)
    .map(e => e.tagName + (e.name ? '[' + e.name + ']' : '') + ' '
      + Math.round(e.getBoundingClientRect().right) + ' > ' + Math.round(right));
}"""


@pytest.mark.parametrize("url", LAPTOP_PAGES)
def test_the_portals_delegation_pages_fit_at_1280_pixels(
    live_server,
    page,
    dataset,
    world,  # noqa: F811
    request,
    url,
):
    _signed_in(page, live_server, _user("focal_point_state_a", request))
    page.set_viewport_size({"width": LAPTOP_WIDTH, "height": 800})
    response = page.goto(live_server.url + url.format(meeting=world["meeting"]))
    assert response.status == 200
    assert page.evaluate("document.documentElement.scrollWidth") <= LAPTOP_WIDTH
    assert page.evaluate(OFF_SCREEN) == []
    assert page.evaluate(PAST_THE_COLUMN) == []
