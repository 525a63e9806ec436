"""Production settings, the Content Security Policy, titles and index pages."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings

import plenipo

pytestmark = pytest.mark.django_db
SRC = Path(plenipo.__file__).parent
# Rendered to PDF by WeasyPrint, never served to a browser: their <style> is not a page's.
PRINT_TEMPLATES = {
    "meetings/list_of_participants.html",
    "correspondence/letters.html",
    "negotiations/compilation.html",
    "negotiations/letter.html",
}
PRODUCTION = {  # as docs/deploy.md documents them
    "PLENIPO_SECRET_KEY": "k7Qp2vX9sLm4Tz8Rw1Yb6Nc3Hd5Jf0Ga-Ue7Io2Pa9Sx4Dq1Wz6Ec8Rv3Tb5Yn0Mu",
    "PLENIPO_DEBUG": "false",
    "PLENIPO_HTTPS": "true",
    "PLENIPO_ALLOWED_HOSTS": "treaties.example.org",
}


def _plenipo(*args, env):
    command = [sys.executable, "-m", "plenipo.cli.main", *args]
    return subprocess.run(
        command, check=False, env=env, capture_output=True, text=True, timeout=120
    )


def test_the_deploy_checks_pass_with_the_documented_production_settings(tmp_path):
    env = {**os.environ, **PRODUCTION, "PLENIPO_VAR": str(tmp_path)}
    env.pop("DJANGO_SETTINGS_MODULE", None)
    result = _plenipo("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "no issues" in result.stdout


def test_the_deploy_checks_fail_without_them(tmp_path):
    env = {**os.environ, "PLENIPO_VAR": str(tmp_path), "PLENIPO_DEBUG": "true"}
    result = _plenipo("check", "--deploy", "--fail-level", "WARNING", env=env)
    assert result.returncode != 0
    assert "security.W004" in result.stderr  # no HSTS
    assert "security.W018" in result.stderr  # DEBUG on


def test_debug_is_off_unless_asked_for():
    assert "PLENIPO_DEBUG" not in os.environ
    assert django_settings.DEBUG is False


def test_pages_carry_a_policy_without_inline_code(client):
    policy = client.get("/").headers["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "frame-ancestors 'none'" in policy


@pytest.mark.parametrize(
    "template",
    [
        p
        for p in sorted(SRC.glob("**/templates/**/*.html"))
        if f"{p.parent.name}/{p.name}" not in PRINT_TEMPLATES
    ],
    ids=lambda p: p.name,
)
def test_no_template_has_inline_scripts_or_styles(template):
    html = template.read_text()
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", html)
    assert "<style" not in html
    assert not re.search(r"\sstyle=", html)
    assert not re.search(r"\son[a-z]+=", html)


@pytest.mark.parametrize(
    ("url", "title"),
    [
        ("/states/BLR/", "Belarus · Plenipo"),
        ("/office/", "Office · Plenipo"),
        ("/api/", "API · Plenipo"),
        ("/calendar/", "Calendars · Plenipo"),
    ],
)
def test_titles_are_plain_text(client, secretariat_officer, url, title):
    client.force_login(secretariat_officer)
    html = client.get(url).content.decode()
    shown = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert shown == title


def test_api_and_calendar_folders_have_index_pages(client):
    api = client.get("/api/").content.decode()
    assert 'href="/api/docs"' in api
    assert 'href="/api/openapi.json"' in api
    calendars = client.get("/calendar/").content.decode()
    assert 'href="/calendar/bodies/COP-UNTOC.ics"' in calendars


def test_the_api_docs_load_swagger_ui_from_plenipo_itself(client):
    html = client.get("/api/docs").content.decode()
    assert "/static/ninja/swagger-ui-bundle.js" in html
    assert "cdn" not in html.casefold()
    assert "//" not in "".join(re.findall(r'(?:src|href)="([^"]*)"', html))


def test_the_api_docs_page_says_its_language_and_what_it_is(client):
    html = client.get("/api/docs").content.decode()
    assert re.search(r'<html lang="en">', html)
    assert '<meta charset="utf-8">' in html
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert title == "Plenipo API reference (Swagger UI) · Plenipo"
    assert '<main id="swagger-ui"' in html
