"""A form posted after the session ended sends the officer to sign in and then back to the
page the form was on, never to the form's POST-only address (which would answer 405)."""

import datetime as dt
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse

from plenipo.correspondence.services.tasks import add_task

pytestmark = pytest.mark.django_db


@pytest.fixture
def task():
    return add_task(what="Send the list", due_on=dt.date(2030, 4, 1), by=None)


def _next(response) -> str:
    assert response.status_code == 302
    location = urlsplit(response["Location"])
    assert location.path == reverse("login")
    return parse_qs(location.query)["next"][0]


def test_a_form_posted_when_signed_out_comes_back_to_the_page_it_was_on(client, task):
    page = reverse("office:tasks") + "?status=open"
    response = client.post(
        reverse("office:task-done", args=[task.pk]), HTTP_REFERER=f"http://testserver{page}"
    )
    assert _next(response) == page


def test_without_a_page_of_this_site_it_comes_back_to_the_objects_page(client, task):
    done = reverse("office:task-done", args=[task.pk])
    for referer in ({}, {"HTTP_REFERER": "https://evil.example/office/tasks/"}):
        assert _next(client.post(done, **referer)) == reverse("office:task", args=[task.pk])


def test_the_page_it_comes_back_to_answers_the_officer(client, task, secretariat_officer):
    back = _next(client.post(reverse("office:task-done", args=[task.pk])))
    client.force_login(secretariat_officer)
    assert client.get(back).status_code == 200


def test_a_page_asked_for_when_signed_out_is_still_the_one_come_back_to(client, task):
    page = reverse("office:task", args=[task.pk]) + "?x=1"
    assert _next(client.get(page)) == page
