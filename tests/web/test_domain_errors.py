"""An unknown id or a malformed one in a URL is the client's mistake: 404 or 400 with the
message, never a server error."""

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url", "status", "message"),
    [
        ("/office/meetings/99999/edit/", 404, "no meeting 99999"),
        ("/office/meetings/99999/", 404, "no meeting 99999"),
        ("/office/meetings/99999/copy/", 404, "no meeting 99999"),
    ],
)
def test_unknown_meeting_is_404_with_the_message(client, secretariat_officer, url, status, message):
    client.force_login(secretariat_officer)
    response = client.get(url)
    assert response.status_code == status
    assert message in response.content.decode()


def test_unknown_agenda_item_is_404(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post("/office/agenda/99999/", {"title": "Opening"})
    assert response.status_code == 404
    assert "no agenda item 99999" in response.content.decode()


def test_an_agenda_item_edited_beyond_its_length_is_refused_with_a_message(
    client, secretariat_officer
):
    from plenipo.meetings.services.meetings import add_agenda_item  # noqa: PLC0415
    from tests.factories import meetings as factories  # noqa: PLC0415

    item = add_agenda_item(meeting=factories.meeting(), number="1", title="Opening", by=None)
    client.force_login(secretariat_officer)
    response = client.post(f"/office/agenda/{item.pk}/", {"number": "9" * 50, "title": "T"})
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "the agenda item&#x27;s number is 50 characters long (at most 10)" in page
