import pytest
from django.urls import reverse

from plenipo.monitoring.models import Step

pytestmark = pytest.mark.django_db
URL = reverse("office:record-step", args=["GRETA"])
FORM = {
    "round": 4,
    "state": "NOR",
    "kind": "questionnaire_sent",
    "date": "2024-01-15",
    "source": "https://www.coe.int/en/web/anti-human-trafficking/norway",
    "source_title": "GRETA, Norway country page",
}


def test_anonymous_is_sent_to_sign_in(client):
    response = client.get(reverse("office:dashboard"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("login"))


def test_a_focal_point_may_not_open_the_step_form(client, focal_point_state_b):
    client.force_login(focal_point_state_b)
    assert client.get(URL).status_code == 403
    assert client.post(URL, FORM).status_code == 403
    assert not Step.objects.filter(round__number=4, state__code="NOR").exists()


def test_an_officer_records_a_step_through_the_form(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(URL, FORM)
    assert response.status_code == 302
    step = Step.objects.get(round__number=4, state__code="NOR", kind="questionnaire_sent")
    assert step.source.url == FORM["source"]


def test_the_form_shows_a_refusal_and_writes_nothing(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post(URL, {**FORM, "kind": "visit", "date": "2024-03-03"})
    response = client.post(URL, {**FORM, "kind": "final_adopted", "date": "2024-01-01"})
    assert response.status_code == 200
    assert "cannot precede the country visit" in response.content.decode()
    assert not Step.objects.filter(
        round__number=4, state__code="NOR", kind="final_adopted"
    ).exists()


@pytest.mark.parametrize("persona", ["focal_point_state_a", "focal_point_state_b"])
def test_a_focal_point_may_not_open_the_office(client, request, persona):
    client.force_login(request.getfixturevalue(persona))
    assert client.get(reverse("office:dashboard")).status_code == 403
