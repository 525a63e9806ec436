"""Schemathesis generates requests, valid and malformed, from /api/openapi.json: no
operation may answer with a server error, signed in as the secretariat (so that writes get
past authentication and their bodies are read)."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from plenipo.wsgi import application

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]
schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
CSRF_TOKEN = "f" * 32  # sent as cookie and header, as the browser's script would


@pytest.fixture
def officer_cookies(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return {"sessionid": client.cookies["sessionid"].value, "csrftoken": CSRF_TOKEN}


@schema.parametrize()
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_operation_answers_with_a_server_error(case, officer_cookies):
    response = case.call(cookies=officer_cookies, headers={"X-CSRFToken": CSRF_TOKEN})
    assert response.status_code < 500, (case.method, case.formatted_path, response.text[:300])
