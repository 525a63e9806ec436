"""A number too large for the database in an API path or body is refused (4xx), never a
server error: an attacker probing ids gets nothing but "not found"."""

import pytest

pytestmark = pytest.mark.django_db
HUGE = "99999999999999999999"


@pytest.mark.parametrize(
    "url",
    [
        f"/api/meetings/{HUGE}",
        f"/api/letters/{HUGE}",
        f"/api/inbox/{HUGE}",
        f"/api/tasks/{HUGE}",
        f"/api/meetings/{HUGE}/delegations",
    ],
)
def test_a_huge_id_in_the_path_is_not_found(client, secretariat_officer, url):
    client.force_login(secretariat_officer)
    answer = client.get(url)
    assert 400 <= answer.status_code < 500, (url, answer.status_code)


def test_a_huge_number_in_a_body_is_refused(client, secretariat_officer):
    client.force_login(secretariat_officer)
    body = {"item": "meetings/0", "meeting": int(HUGE)}
    answer = client.post(f"/api/inbox/{HUGE}/accept", body, content_type="application/json")
    assert 400 <= answer.status_code < 500
