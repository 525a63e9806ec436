"""A meeting accepted from a received letter, then opened and saved on the office's
meeting page: what the letter gave (its room and venue as written) stays."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from plenipo.correspondence.models import IncomingLetter
from plenipo.meetings.models import Meeting
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
NOTE = (
    "Vienna, 2 June 2031\n\nThe Secretariat of the United Nations Office on Drugs and Crime "
    "presents its compliments to the Permanent Missions and has the honour to inform them "
    "that the fifth meeting of the Working Group on Trafficking in Persons will be held from "
    "14 to 15 October 2031 in Conference Room M3, Vienna International Centre, Vienna.\n"
)
WRITTEN = "Conference Room M3, Vienna International Centre"


def as_submitted(form) -> dict:
    """What a browser sends for the form as shown: each field's value, a box only when
    ticked, nothing for a disabled field."""
    data = {}
    for field in form:
        value = field.value()
        if field.field.disabled or value in (None, False, ""):
            continue
        if value is True:
            value = "on"
        data[field.html_name] = value if isinstance(value, list) else str(value)
    return data


def save_unchanged(client, meeting):
    url = reverse("office:meeting-edit", args=[meeting.pk])
    shown = client.get(url)
    response = client.post(url, as_submitted(shown.context["form"]))
    assert response.status_code == 302, response.content.decode()
    return Meeting.objects.get(pk=meeting.pk)


@pytest.fixture
def accepted(client, secretariat_officer):
    client.force_login(secretariat_officer)
    client.post("/office/inbox/", {"file": SimpleUploadedFile("note.txt", NOTE.encode())})
    letter = IncomingLetter.objects.get()
    client.post(f"/office/inbox/{letter.pk}/meetings/0/", {"decision": "accept", "body": "WG-TIP"})
    letter.refresh_from_db()
    return Meeting.objects.get(pk=letter.decisions["meetings/0"]["meeting"])


def test_an_accepted_meeting_saved_unchanged_keeps_the_room_and_venue_the_letter_gave(
    client, accepted
):
    assert (accepted.venue, accepted.city) == (WRITTEN, "Vienna")
    public = client.get(f"/meetings/{accepted.pk}/").content.decode()
    assert WRITTEN in public
    page = client.get(reverse("office:meeting-edit", args=[accepted.pk])).content.decode()
    assert f'value="{WRITTEN}"' in page
    saved = save_unchanged(client, accepted)
    assert (saved.venue, saved.city, saved.room) == (WRITTEN, "Vienna", None)
    assert WRITTEN in client.get(f"/meetings/{accepted.pk}/").content.decode()


def test_a_meeting_at_a_recorded_venue_without_a_room_keeps_its_venue(client, secretariat_officer):
    venue = factories.room().venue
    meeting = factories.meeting(venue=venue.name, city=venue.city)
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:meeting-edit", args=[meeting.pk]))
    assert page.context["form"]["venue"].value() == venue.code
    saved = save_unchanged(client, meeting)
    assert (saved.venue, saved.city) == (venue.name, venue.city)


def test_a_written_venue_gives_way_to_a_recorded_room_chosen_for_it(client, accepted):
    room = factories.room()
    url = reverse("office:meeting-edit", args=[accepted.pk])
    data = as_submitted(client.get(url).context["form"]) | {"room": room.pk, "timezone": ""}
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()
    saved = Meeting.objects.get(pk=accepted.pk)
    assert (saved.room, saved.venue, saved.timezone) == (room, "Test Centre", "Europe/Vienna")


def test_a_written_venue_the_officer_retypes_is_kept(client, accepted):
    url = reverse("office:meeting-edit", args=[accepted.pk])
    data = as_submitted(client.get(url).context["form"]) | {"written_venue": "Board Room C, VIC"}
    assert client.post(url, data).status_code == 302
    assert Meeting.objects.get(pk=accepted.pk).venue == "Board Room C, VIC"
