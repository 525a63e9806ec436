"""Every page's title is plain text: no markup, nothing escaped twice, and it names the
page before the site ("… · Plenipo")."""

import html
import re

import pytest

from tests.web.pages import pages_for
from tests.web.test_every_url import _user, world  # noqa: F401 -- the world fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]
TITLE = re.compile(r"<title>(.*?)</title>", re.DOTALL)
ENTITY = re.compile(r"&(#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")


def title_problem(page: str) -> str | None:
    """What is wrong with a page's title, or None."""
    found = TITLE.findall(page)
    if len(found) != 1:
        return f"{len(found)} <title> elements"
    source = found[0]
    if re.search(r"<[a-zA-Z/!]", source):
        return f"markup in the title: {source!r}"
    text = html.unescape(source)
    if ENTITY.search(text):
        return f"escaped twice: {text!r}"
    name, _, site = text.rpartition(" · ")
    if site.strip() != "Plenipo" or not name.strip():
        return f"does not read '<page> · Plenipo': {text!r}"
    return None


@pytest.mark.parametrize(
    ("page", "problem"),
    [
        ("<title>States · Plenipo</title>", None),
        ("<title>Bosnia &amp; Herzegovina · Plenipo</title>", None),
        ("<title><em>Belarus</em> · Plenipo</title>", "markup in the title"),
        ("<title>Bosnia &amp;amp; Herzegovina · Plenipo</title>", "escaped twice"),
        ("<title> · Plenipo</title>", "does not read"),
    ],
)
def test_the_title_check_tells_plain_text_from_markup(page, problem):
    found = title_problem(page)
    assert (found is None) if problem is None else found.startswith(problem)


@pytest.mark.parametrize("persona", ["anonymous", "focal_point_state_a", "officer"])
def test_every_page_has_a_plain_text_title(client, request, world, persona):  # noqa: F811
    user = _user(persona, request)
    if user is not None:
        client.force_login(user)
    urls = pages_for(persona, world)
    assert len(urls) > 5
    problems = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        problem = title_problem(response.content.decode())
        if problem:
            problems[url] = problem
    assert problems == {}
