"""A signed-in browser tricked into posting from another site changes nothing: every form
and every API write of a session needs its CSRF token."""

import datetime as dt

import pytest
from django.test import Client

from plenipo.correspondence.services.tasks import add_task
from plenipo.meetings.models import Delegation
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db


@pytest.fixture
def browser(secretariat_officer):
    client = Client(enforce_csrf_checks=True)
    client.force_login(secretariat_officer)
    return client


def test_an_office_form_without_its_token_is_refused(browser):
    task = add_task(what="Send the list", due_on=dt.date(2030, 4, 1), by=None)
    assert browser.post(f"/office/tasks/{task.pk}/done/").status_code == 403
    task.refresh_from_db()
    assert not task.done


def test_an_api_write_of_a_session_without_its_token_is_refused(browser):
    delegation = factories.delegation(factories.meeting(), "AUT")
    response = browser.post(
        f"/api/delegations/{delegation.pk}/decision",
        {"approve": True},
        content_type="application/json",
    )
    assert (response.status_code, response.json()) == (403, {"detail": "CSRF check Failed"})
    assert Delegation.objects.get(pk=delegation.pk).status == delegation.status
