"""An office address sent a method no office page answers (DELETE, PUT, PATCH) refuses it
with 405 and the methods it takes, even with a valid CSRF token: it neither shows the page
nor takes the request for a form's submission."""

import pytest
from django.test import Client
from django.views.decorators.http import require_GET, require_POST

from plenipo.office.return_address import _answers_get
from plenipo.ops.methods import methods_listed
from tests.office.test_auth import PASSWORD
from tests.web.test_every_url import GET, POST, TABLE, _url, world  # noqa: F401 -- fixture

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]


def _officer_with_a_token(officer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(officer)
    client.get("/office/")  # the page sets the CSRF cookie
    return client, client.cookies["csrftoken"].value


@pytest.mark.parametrize("method", ["delete", "put", "patch"])
def test_an_office_page_refuses_a_method_it_does_not_answer(method, request, secretariat_officer):
    named = request.getfixturevalue("world")
    client, token = _officer_with_a_token(secretariat_officer)
    tried = 0
    for route, (kind, parameters, *_) in TABLE.items():
        if not route.startswith("office/") or kind not in (GET, POST):
            continue
        response = getattr(client, method)(_url(route, parameters, named), HTTP_X_CSRFTOKEN=token)
        response.close()
        assert response.status_code == 405, (route, response.status_code)
        allowed = {part.strip() for part in response["Allow"].split(",")}
        assert method.upper() not in allowed, route
        assert "POST" in allowed, route
        assert 'id="method-not-allowed"' in response.content.decode(), route
        tried += 1
    assert tried >= 30


def test_the_office_page_itself_still_answers_get_and_its_forms(client, secretariat_officer):
    client.force_login(secretariat_officer)
    assert client.get("/office/").status_code == 200
    assert client.head("/office/").status_code == 200


def _client_without_a_token(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)
    return client


@pytest.mark.parametrize("method", ["delete", "put", "patch"])
@pytest.mark.parametrize(
    ("prefix", "persona"),
    [("office/", "secretariat_officer"), ("portal/", "focal_point_state_a")],
)
def test_a_method_no_page_answers_is_405_even_without_a_csrf_token(
    method, prefix, persona, request
):
    named = request.getfixturevalue("world")
    client = _client_without_a_token(request.getfixturevalue(persona))
    tried = 0
    for route, (kind, parameters, *_) in TABLE.items():
        if not route.startswith(prefix) or kind not in (GET, POST):
            continue
        response = getattr(client, method)(_url(route, parameters, named))
        response.close()
        assert response.status_code == 405, (route, response.status_code)
        allowed = {part.strip() for part in response["Allow"].split(",")}
        assert allowed, route
        assert method.upper() not in allowed, route
        assert 'id="method-not-allowed"' in response.content.decode(), route
        tried += 1
    assert tried >= 5


@pytest.mark.parametrize("signed_in", [False, True])
def test_the_start_page_refuses_a_delete_rather_than_redirect_it(signed_in, request):
    client = Client(enforce_csrf_checks=True)
    if signed_in:
        client.force_login(request.getfixturevalue("focal_point_state_a"))
    response = client.delete("/accounts/home/")
    assert response.status_code == 405
    assert response["Allow"] == "GET, HEAD, POST"


def test_a_form_address_refuses_a_delete_naming_post_alone(request, secretariat_officer):
    named = request.getfixturevalue("world")
    client = _client_without_a_token(secretariat_officer)
    response = client.delete(f"/office/tasks/{named['task']}/done/")
    assert (response.status_code, response["Allow"]) == (405, "POST")


@pytest.mark.parametrize("method", ["delete", "put", "patch"])
@pytest.mark.parametrize(
    ("path", "allow"),
    [
        ("/accounts/login/", "GET, HEAD, POST"),
        ("/accounts/logout/", "POST"),
        ("/accounts/set-password/MQ/set-password/", "GET, HEAD, POST"),
    ],
)
def test_signing_in_and_out_refuse_a_method_they_never_take_before_the_csrf_check(
    method, path, allow
):
    response = getattr(Client(enforce_csrf_checks=True), method)(path)
    assert (response.status_code, response["Allow"]) == (405, allow)
    assert 'id="method-not-allowed"' in response.content.decode()


def test_signing_in_and_out_still_answer_their_own_methods(focal_point_state_a):
    client = Client()
    assert client.get("/accounts/login/").status_code == 200
    assert client.head("/accounts/login/").status_code == 200
    signed_in = client.post(
        "/accounts/login/", {"username": "focal-point-aut", "password": PASSWORD}
    )
    assert signed_in.status_code == 302
    assert client.post("/accounts/logout/").status_code == 200
    assert "_auth_user_id" not in client.session
    assert client.get("/accounts/logout/")["Allow"] == "POST"


def test_an_address_behind_require_post_does_not_answer_get():
    def view(request):
        return None

    assert methods_listed(view) is None
    assert methods_listed(require_POST(view)) == {"POST"}
    assert methods_listed(require_GET(require_POST(view))) == set()
    assert _answers_get(require_POST(view)) is False
    assert _answers_get(view) is True
