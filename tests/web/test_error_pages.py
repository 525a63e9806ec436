"""Refusals and failures answer with the site's own pages: they say what happened and what to
do next, in the site's layout, never Django's bare "403 Forbidden"."""

import pytest
from django.test import Client, RequestFactory
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


def test_a_focal_point_refused_the_office_is_sent_back_to_its_start_page(
    client, focal_point_state_a
):
    client.force_login(focal_point_state_a)
    response = client.get("/office/")
    html = response.content.decode()
    assert response.status_code == 403
    assert "<title>Not allowed · Plenipo</title>" in html
    assert 'href="/accounts/home/"' in html


def test_the_portal_says_to_an_officer_why_it_refuses(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.get("/portal/")
    assert response.status_code == 403
    assert "the portal is for the focal points of permanent missions" in response.content.decode()


def test_an_anonymous_visitor_asking_for_an_office_page_is_sent_to_sign_in_and_back(client):
    response = client.get("/office/inbox/?page=2")
    assert response.status_code == 302
    assert response["Location"] == "/accounts/login/?next=/office/inbox/%3Fpage%3D2"


def test_a_refusal_to_the_anonymous_offers_to_sign_in(rf):
    from django.contrib.auth.models import AnonymousUser  # noqa: PLC0415
    from django.core.exceptions import PermissionDenied  # noqa: PLC0415
    from django.views.defaults import permission_denied  # noqa: PLC0415

    request = rf.get("/office/inbox/?page=2")
    request.user = AnonymousUser()
    response = permission_denied(request, PermissionDenied("the office is for officers"))
    assert response.status_code == 403
    assert 'href="/accounts/login/?next=/office/inbox/%3Fpage%3D2"' in response.content.decode()


def test_a_form_sent_without_its_token_says_that_nothing_was_saved():
    response = Client(enforce_csrf_checks=True).post(
        "/accounts/login/", {"username": "x", "password": "y"}
    )
    html = response.content.decode()
    assert response.status_code == 403
    assert "<title>Form expired · Plenipo</title>" in html
    assert "Nothing was saved" in html


def test_a_server_error_page_is_the_sites_own():
    response = server_error(RequestFactory().get("/"))
    assert response.status_code == 500
    assert "<title>Server error · Plenipo</title>" in response.content.decode()


def test_a_wrong_password_is_said_once_and_the_user_name_kept(client):
    response = client.post("/accounts/login/", {"username": "nobody", "password": "wrong"})
    html = response.content.decode()
    assert response.status_code == 200
    assert html.count('role="alert"') == 1
    assert "Please enter a correct username and password" in html
    assert 'value="nobody"' in html
