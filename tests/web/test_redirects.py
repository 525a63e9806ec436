"""Every address a form or a sign-in goes back to stays on this site: a ``next``, ``back``
or ``from`` naming another host (or written so that a browser reads one) is ignored."""

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse

from plenipo.correspondence.services.tasks import add_task
from tests.conftest import PASSWORD
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
ELSEWHERE = [
    "//evil.example",
    "https://evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https:evil.example",
    " //evil.example",
]


def _on_this_site(location: str) -> bool:
    return location.startswith("/") and not location.startswith(("//", "/\\"))


@pytest.mark.parametrize("url", ["/accounts/login/", "/admin/login/"])
@pytest.mark.parametrize("elsewhere", ELSEWHERE)
def test_signing_in_never_goes_to_another_site(url, elsewhere, admin_user):
    admin_user.set_password(PASSWORD)
    admin_user.save()
    response = Client().post(
        f"{url}?next={elsewhere}",
        {"username": admin_user.username, "password": PASSWORD, "next": elsewhere},
    )
    assert response.status_code == 302
    assert _on_this_site(response["Location"]), response["Location"]


@pytest.mark.parametrize("elsewhere", ELSEWHERE)
def test_the_office_forms_go_back_on_this_site_only(client, secretariat_officer, elsewhere):
    task = add_task(what="Send the list", due_on=dt.date(2030, 4, 1), by=None)
    delegation = factories.delegation(factories.meeting(), "AUT")
    client.force_login(secretariat_officer)
    posts = [
        (reverse("office:task-done", args=[task.pk]), {"back": elsewhere, "from": elsewhere}),
        (reverse("office:task-reopen", args=[task.pk]), {"back": f"q={elsewhere}"}),
        (reverse("office:credentials", args=[delegation.pk]), {"back": elsewhere}),
        (reverse("office:record-reply", args=[delegation.pk]), {"back": elsewhere}),
    ]
    for url, data in posts:
        response = client.post(url, data)
        assert response.status_code == 302, url
        assert _on_this_site(response["Location"]), (url, response["Location"])
