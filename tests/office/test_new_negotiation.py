"""Starting a negotiation from the office: the same checks as ``plenipo negotiation new``,
a refused form comes back as typed with its one-line message, nothing half-written."""

import pytest
from django.test import Client
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.negotiations.models import Process
from plenipo.negotiations.queries import get_process
from tests.factories import negotiations as factories

pytestmark = pytest.mark.django_db
URL = "/office/negotiations/new/"
GOOD = {
    "code": "TIP-DECLARATION",
    "title": "Political declaration on trafficking in persons",
    "mandate": "A/RES/71/287 OP10",
    "visibility": "member_states",
    "audience": "un",
    "timezone": "America/New_York",
}


@pytest.fixture
def officer(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return client


def test_the_list_links_to_the_form(officer):
    listed = officer.get(reverse("office:negotiations")).content.decode()
    assert f'href="{URL}"' in listed
    form = officer.get(URL)
    assert form.status_code == 200
    html = form.content.decode()
    for name in GOOD:
        assert f'name="{name}"' in html
    assert 'name="csrfmiddlewaretoken"' in html


def test_an_officer_starts_a_process_and_lands_on_its_page(officer, secretariat_officer):
    response = officer.post(URL, GOOD)
    assert response.status_code == 302
    assert response["Location"] == reverse("office:negotiation", args=["TIP-DECLARATION"])
    process = get_process("TIP-DECLARATION")
    assert process.title == GOOD["title"]
    assert process.visibility == "member_states"
    assert process.audience.code == "UN"
    assert process.timezone == "America/New_York"
    assert str(process.mandate.decision.symbol) == "A/RES/71/287"
    entry = ActivityLog.objects.get(
        action_type="negotiations.process.created", object_id=str(process.pk)
    )
    assert entry.actor == secretariat_officer
    page = officer.get(response["Location"]).content.decode()
    assert "Started TIP-DECLARATION: Political declaration on trafficking in persons." in page
    assert 'id="upload-form"' in page


def test_the_optional_fields_may_stay_empty(officer):
    response = officer.post(
        URL, {"code": "TIP-INFORMALS", "title": "Informals", "visibility": "secretariat"}
    )
    assert response.status_code == 302
    process = get_process("TIP-INFORMALS")
    assert (process.mandate, process.audience, process.timezone) == (None, None, "")
    assert process.visibility == "secretariat"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"audience": "NOWHERE"}, "unknown organization code &#x27;NOWHERE&#x27;"),
        ({"code": "TIP-RES"}, "a negotiation &#x27;TIP-RES&#x27; already exists"),
        ({"code": "tip-res"}, "a negotiation &#x27;tip-res&#x27; already exists"),
        ({"timezone": "Mars/Olympus_Mons"}, "Mars/Olympus_Mons"),
        ({"mandate": "A/RES/71/287 OP99"}, "A/RES/71/287 OP99: no mandate"),
        ({"code": "TIP RES"}, "is not a process code"),
        ({"code": "new"}, "&#x27;new&#x27; is reserved"),
        ({"visibility": "everyone"}, "Select a valid choice"),
        ({"title": ""}, "This field is required"),
    ],
)
def test_bad_input_is_refused_with_the_form_kept(officer, change, message):
    factories.process("TIP-RES", draft=False)
    before = Process.objects.count()
    response = officer.post(URL, GOOD | change)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert f'value="{(GOOD | change)["code"]}"' in html  # kept as typed
    assert Process.objects.count() == before


def test_the_form_is_the_secretariat_s(client, focal_point_state_a):
    anonymous = client.post(URL, GOOD)
    assert anonymous.status_code == 302
    assert anonymous["Location"].startswith("/accounts/login/")
    client.force_login(focal_point_state_a)
    assert client.post(URL, GOOD).status_code == 403
    assert not Process.objects.filter(code="TIP-DECLARATION").exists()


def test_the_form_needs_its_csrf_token(secretariat_officer):
    guarded = Client(enforce_csrf_checks=True)
    guarded.force_login(secretariat_officer)
    assert guarded.post(URL, GOOD).status_code == 403
    assert not Process.objects.filter(code="TIP-DECLARATION").exists()
