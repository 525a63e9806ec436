"""A sign-in lasts a working day (12 hours), not Django's two weeks; a deployment may
choose another length with ``PLENIPO_SESSION_SECONDS``."""

import os
import subprocess
import sys

import pytest

from tests.conftest import PASSWORD

TWELVE_HOURS = 12 * 60 * 60


@pytest.mark.django_db
def test_a_sign_in_lasts_twelve_hours(client, secretariat_officer):
    client.post(
        "/accounts/login/", {"username": secretariat_officer.username, "password": PASSWORD}
    )
    assert client.cookies["sessionid"]["max-age"] == TWELVE_HOURS


def test_a_deployment_sets_its_own_length():
    env = {
        **os.environ,
        "PLENIPO_SESSION_SECONDS": "3600",
        "DJANGO_SETTINGS_MODULE": "plenipo.settings",
    }
    read = "from django.conf import settings; print(settings.SESSION_COOKIE_AGE)"
    result = subprocess.run(
        [sys.executable, "-c", read],
        check=False,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "3600", result.stderr
