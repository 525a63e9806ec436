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


def _plenipo(*args, **env):
    script = os.path.join(os.path.dirname(sys.executable), "plenipo")
    return subprocess.run(
        [script, *args],
        check=False,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=60,
    )


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("PLENIPO_SESSION_SECONDS", "12h", "a whole number of 1 or more"),
        ("PLENIPO_PASSWORD_LINK_SECONDS", "0", "a whole number of 1 or more"),
        ("PLENIPO_EMAIL_PORT", "70000", "a whole number from 1 to 65535"),
        ("PLENIPO_CONN_MAX_AGE", "-5", "a whole number of 0 or more"),
        ("PLENIPO_DEBUG", "maybe", "one of 1/0, true/false, yes/no, on/off"),
        ("PLENIPO_HTTPS", "sure", "one of 1/0, true/false, yes/no, on/off"),
    ],
)
@pytest.mark.parametrize("command", ["check", "help", "no-such-command"])
def test_a_bad_setting_is_one_line_whatever_the_command(command, variable, value, expected):
    result = _plenipo(command, **{variable: value})
    assert result.returncode == 2
    assert result.stderr == f"ImproperlyConfigured: {variable}={value!r}: expected {expected}\n"
    assert result.stdout == ""


def test_settings_read_whole_numbers_and_yes_or_no(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured  # noqa: PLC0415

    from plenipo.settings import env_bool, env_int  # noqa: PLC0415

    monkeypatch.setenv("PLENIPO_TEST_NUMBER", " 42 ")
    monkeypatch.setenv("PLENIPO_TEST_SWITCH", "Off")
    monkeypatch.setenv("PLENIPO_TEST_EMPTY", "")
    assert env_int("PLENIPO_TEST_NUMBER", 7, minimum=1) == 42
    assert env_int("PLENIPO_TEST_EMPTY", 7) == 7
    assert env_int("PLENIPO_TEST_UNSET", 7) == 7
    assert env_bool("PLENIPO_TEST_SWITCH", default=True) is False
    assert env_bool("PLENIPO_TEST_EMPTY", default=True) is True
    with pytest.raises(ImproperlyConfigured, match=r"^PLENIPO_TEST_NUMBER=' 42 ': .* to 40$"):
        env_int("PLENIPO_TEST_NUMBER", 7, minimum=1, maximum=40)
    with pytest.raises(ImproperlyConfigured, match="PLENIPO_TEST_NUMBER"):
        env_bool("PLENIPO_TEST_NUMBER", default=False)
