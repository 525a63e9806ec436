import pytest
from django.core.cache import cache
from django.urls import reverse

pytestmark = pytest.mark.django_db
PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_failed_sign_ins_are_rate_limited(client, focal_point_state_a, settings):
    settings.LOGIN_FAILURE_LIMIT = 3
    url = reverse("login")
    for _ in range(3):
        assert (
            client.post(url, {"username": "focal-point-aut", "password": "wrong"}).status_code
            == 200
        )
    refused = client.post(url, {"username": "focal-point-aut", "password": PASSWORD})
    assert refused.status_code == 429
    assert "Too many failed sign-ins" in refused.content.decode()


def test_a_successful_sign_in_goes_to_the_portal(client, focal_point_state_a):
    response = client.post(
        reverse("login"), {"username": "focal-point-aut", "password": PASSWORD}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("portal:home")
