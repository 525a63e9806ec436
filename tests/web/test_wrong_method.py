"""An address that takes a form's submission, opened from the browser's address bar, answers
the site's page saying so (405, with the methods it takes), not an empty page."""

import pytest

from tests.web.test_every_url import POST, TABLE, _url, world  # noqa: F401 -- fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]


def test_a_form_address_opened_in_the_browser_says_how_it_is_used(
    client, request, secretariat_officer
):
    named = request.getfixturevalue("world")  # one of everything a URL can name
    client.force_login(secretariat_officer)
    refused = {}
    for route, (method, parameters, *_) in TABLE.items():
        if method != POST or route.startswith("api/"):
            continue
        response = client.get(_url(route, parameters, named))
        response.close()
        if response.status_code == 405:
            refused[route] = response
    assert len(refused) >= 5
    for route, response in refused.items():
        html = response.content.decode()
        assert "POST" in response["Allow"], route
        assert 'id="method-not-allowed"' in html, route
        assert "go back to the page that holds the form" in html, route


def test_the_api_keeps_its_own_answer(client):
    response = client.get("/api/inbox")
    assert response.status_code == 405
    assert 'id="method-not-allowed"' not in response.content.decode()
