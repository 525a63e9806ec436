"""The delegation form follows the meeting's limit policy: where a registration beyond the
quota is refused, no row beyond it is offered; where it is only flagged, rows beyond it are
offered and the flag is shown. The API accepts and refuses the same registrations."""

import pytest
from django.urls import reverse

from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
THREE = [
    {"role": "head", "name": "Anna Berger"},
    {"role": "adviser", "name": "Bernd Huber"},
    {"role": "adviser", "name": "Clara Wagner"},
]


def _form(client, meeting) -> str:
    return client.get(reverse("portal:edit-delegation", args=[meeting.pk])).content.decode()


def _rows(html) -> int:
    return html.count('aria-label="Name, participant ')


@pytest.mark.parametrize(("policy", "rows"), [("refuse", 2), ("flag", 5)])
def test_rows_beyond_the_quota_only_where_the_policy_flags(
    client, focal_point_state_a, policy, rows
):
    meeting = factories.meeting(default_quota=2, limit_policy=policy)
    factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    html = _form(client, meeting)
    assert _rows(html) == rows  # a flagging meeting: the quota and three more
    assert ("more may be registered, flagged for the secretariat" in html) == (policy == "flag")


def _post(client, meeting, delegation, people):
    data = {"version": delegation.version, "p-TOTAL_FORMS": len(people), "p-INITIAL_FORMS": 0}
    for number, person in enumerate(people):
        data |= {f"p-{number}-{key}": value for key, value in person.items()}
    return client.post(reverse("portal:edit-delegation", args=[meeting.pk]), data)


def test_a_flagged_registration_is_saved_and_its_warning_shown(client, focal_point_state_a):
    meeting = factories.meeting(default_quota=2, limit_policy="flag")
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    assert _post(client, meeting, delegation, THREE).status_code == 302
    html = _form(client, meeting)
    assert "Flagged for the secretariat: 3 participants exceed the quota of 2." in html
    assert _rows(html) == 6  # the three registered and three more
    delegation.refresh_from_db()
    assert delegation.participants.count() == 3


@pytest.mark.parametrize(("policy", "status"), [("refuse", 400), ("flag", 200)])
def test_the_api_accepts_and_refuses_as_the_form_does(client, focal_point_state_a, policy, status):
    meeting = factories.meeting(default_quota=2, limit_policy=policy)
    delegation = factories.delegation(meeting)
    client.force_login(focal_point_state_a)
    response = client.put(
        f"/api/meetings/{meeting.pk}/delegation",
        {"version": delegation.version, "participants": THREE},
        content_type="application/json",
    )
    assert response.status_code == status
    said = response.json().get("flags") or [response.json().get("detail")]
    assert "3 participants exceed the quota of 2" in " ".join(said)
