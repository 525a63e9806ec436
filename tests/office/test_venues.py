"""The office's venues and rooms, as a secretariat officer records them."""

import html
import re

import pytest
from django.urls import reverse

from plenipo.core.models import ActivityLog
from plenipo.meetings.models import Meeting, Room, Venue
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
GENEVA = {
    "code": "PDN",
    "name": "Palais des Nations",
    "city": "Geneva",
    "timezone": "Europe/Zurich",
    "source": "https://example.org/venue-notice",
    "source_title": "Notice of the venue",
}
ROOM_XX = {
    "code": "XX",
    "name": "Room XX",
    "capacity": "754",
    "source": "https://example.org/venue-notice",
    "source_title": "Notice of the venue",
}


def _add_venue(client, **changes):
    return client.post(reverse("office:venues"), {**GENEVA, **changes})


def _add_room(client, venue="PDN", **changes):
    return client.post(reverse("office:room-create", args=[venue]), {**ROOM_XX, **changes})


def _alert(response) -> str:
    match = re.search(r'<div class="error" role="alert">([^<]*)</div>', response.content.decode())
    return html.unescape(match.group(1)) if match else ""


def _text(response) -> str:
    return html.unescape(response.content.decode())


def test_an_officer_records_a_venue_and_a_room_each_citing_its_source(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = _add_venue(client)
    assert response.status_code == 302
    assert response.url == reverse("office:venue", args=["PDN"])
    assert _add_room(client).url == reverse("office:venue", args=["PDN"])
    venue = Venue.objects.get(code="PDN")
    room = venue.rooms.get()
    assert (venue.name, venue.city, venue.timezone) == (
        "Palais des Nations",
        "Geneva",
        "Europe/Zurich",
    )
    assert (room.code, room.name, room.capacity) == ("XX", "Room XX", 754)
    for record in (venue, room):
        assert record.source.url == GENEVA["source"]
        assert record.source.title == GENEVA["source_title"]
    actions = ActivityLog.objects.filter(actor=secretariat_officer).values_list(
        "action_type", flat=True
    )
    assert {"meetings.venue.added", "meetings.room.added"} <= set(actions)
    page = client.get(reverse("office:venue", args=["PDN"])).content.decode()
    assert "Room XX" in page
    assert "754 seats" not in page  # the venue's page gives the number alone, in its column
    assert "<td>754</td>" in page
    assert "Notice of the venue" in page


def test_the_meeting_forms_then_offer_the_new_venue_and_room(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    _add_room(client)
    room = Room.objects.get(venue__code="PDN", code="XX")
    create = client.get(reverse("office:meeting-create")).content.decode()
    edit = client.get(reverse("office:meeting-edit", args=[factories.meeting().pk]))
    for page in (create, edit.content.decode()):
        assert '<option value="PDN">Palais des Nations</option>' in page
        assert f'<option value="{room.pk}">Room XX (Palais des Nations)</option>' in page
    response = client.post(
        reverse("office:meeting-create"),
        {
            "body": "WG-TIP",
            "kind": "working_group",
            "title": "A meeting in the new room",
            "status": "scheduled",
            "start": "2036-05-04",
            "start_time": "10:00",
            "venue": "PDN",
            "room": room.pk,
            "languages": ["en"],
            "limit_policy": "refuse",
            "source": "https://example.org/notice",
            "source_title": "Notice of the meeting",
        },
    )
    assert response.status_code == 302
    meeting = Meeting.objects.get(title="A meeting in the new room")
    assert (meeting.room, meeting.timezone, meeting.city) == (room, "Europe/Zurich", "Geneva")


@pytest.mark.parametrize(
    "zone", ["Geneva", "Europe/Geneva", "europe/zurich", "localtime", "é" * 70]
)
def test_a_time_zone_unknown_to_zoneinfo_is_refused(client, secretariat_officer, zone):
    client.force_login(secretariat_officer)
    response = _add_venue(client, timezone=zone)
    assert response.status_code == 400
    assert "unknown time zone" in response.content.decode() or "at most 64" in (
        response.content.decode()
    )
    assert not Venue.objects.filter(code="PDN").exists()


def test_a_duplicate_venue_code_is_refused_in_one_line_naming_it(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    count = Venue.objects.count()
    response = _add_venue(client, code="pdn", name="Another palace")
    assert response.status_code == 400
    assert _alert(response) == "venue code pdn is taken: PDN is Palais des Nations, Geneva"
    assert Venue.objects.count() == count
    assert not Venue.objects.filter(name="Another palace").exists()


def test_a_duplicate_room_code_is_refused_at_its_venue_only(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    _add_room(client)
    response = _add_room(client, name="Another room XX")
    assert response.status_code == 400
    assert _alert(response) == "room code XX is taken at PDN: XX is Room XX"
    assert Room.objects.filter(venue__code="PDN").count() == 1
    _add_venue(client, code="VIC", name="Vienna International Centre", city="Vienna")
    assert _add_room(client, venue="VIC").status_code == 302
    assert Room.objects.filter(code="XX").count() == 2


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"capacity": "0"}, "Ensure this value is greater than or equal to 1."),
        ({"capacity": "-3"}, "Ensure this value is greater than or equal to 1."),
        ({"capacity": "many"}, "Enter a whole number."),
        ({"code": "A/B"}, "the room's code 'A/B' is not valid"),
        ({"source": ""}, "This field is required."),
    ],
)
def test_bad_room_input_is_refused_and_writes_nothing(
    client, secretariat_officer, changes, message
):
    client.force_login(secretariat_officer)
    _add_venue(client)
    response = _add_room(client, **changes)
    assert response.status_code == 400
    assert message in _text(response)
    assert not Room.objects.filter(venue__code="PDN").exists()


def test_a_room_without_a_known_capacity_is_recorded_without_one(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    assert _add_room(client, capacity="").status_code == 302
    assert Room.objects.get(venue__code="PDN", code="XX").capacity is None


def test_an_officer_edits_a_venue_and_a_room(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    _add_room(client)
    page = client.get(reverse("office:venue", args=["PDN"])).content.decode()
    assert 'value="Europe/Zurich"' in page  # the form shows what is recorded
    response = client.post(
        reverse("office:venue", args=["PDN"]),
        {**GENEVA, "name": "Palais des Nations (UNOG)", "source_title": "UNOG"},
    )
    assert response.url == reverse("office:venue", args=["PDN"])
    venue = Venue.objects.get(code="PDN")
    assert (venue.name, venue.source.title) == ("Palais des Nations (UNOG)", "UNOG")
    room = venue.rooms.get()
    url = reverse("office:room", args=[room.pk])
    assert 'value="754"' in client.get(url).content.decode()
    response = client.post(url, {**ROOM_XX, "name": "Assembly Hall XX", "capacity": ""})
    assert response.url == reverse("office:venue", args=["PDN"])
    room.refresh_from_db()
    assert (room.name, room.capacity) == ("Assembly Hall XX", None)
    edited = ActivityLog.objects.filter(action_type="meetings.room.edited").get()
    assert edited.data["changed"] == ["capacity", "name"]


def test_an_edit_cannot_take_another_venues_code(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    _add_venue(client, code="VIC", name="Vienna International Centre", city="Vienna")
    response = client.post(reverse("office:venue", args=["VIC"]), {**GENEVA, "code": "PDN"})
    assert response.status_code == 400
    assert _alert(response) == "venue code PDN is taken: PDN is Palais des Nations, Geneva"
    assert Venue.objects.get(code="VIC").name == "Vienna International Centre"


def test_the_list_is_searched_by_room_as_well(client, secretariat_officer):
    client.force_login(secretariat_officer)
    _add_venue(client)
    _add_room(client)
    factories.room()  # the Test Centre in Vienna
    found = client.get(reverse("office:venues"), {"q": "room xx"}).content.decode()
    assert 'data-venue="PDN"' in found
    assert 'data-venue="TESTVIC"' not in found
    everything = client.get(reverse("office:venues")).content.decode()
    assert 'data-venue="PDN"' in everything
    assert 'data-venue="TESTVIC"' in everything


def test_the_meetings_pages_lead_to_the_venues(client, secretariat_officer):
    client.force_login(secretariat_officer)
    venues = reverse("office:venues")
    for name in ("dashboard", "meetings", "meeting-create"):
        assert f'href="{venues}"' in client.get(reverse(f"office:{name}")).content.decode()


def test_focal_points_can_neither_read_nor_write(client, focal_point_state_a):
    room = factories.room()
    client.force_login(focal_point_state_a)
    for url in (
        reverse("office:venues"),
        reverse("office:venue", args=[room.venue.code]),
        reverse("office:room-create", args=[room.venue.code]),
        reverse("office:room", args=[room.pk]),
    ):
        assert client.get(url).status_code == 403
        assert client.post(url, {**GENEVA, **ROOM_XX}).status_code == 403
    assert not Venue.objects.filter(code="PDN").exists()
    assert list(room.venue.rooms.values_list("code", flat=True)) == ["BR"]


def test_an_unknown_venue_or_room_is_not_found(client, secretariat_officer):
    client.force_login(secretariat_officer)
    assert client.get(reverse("office:venue", args=["NOWHERE"])).status_code == 404
    assert client.get(reverse("office:room", args=[999999])).status_code == 404


def test_an_edit_that_leaves_the_source_keeps_the_built_in_one(client, secretariat_officer):
    client.force_login(secretariat_officer)
    venue = Venue.objects.get(code="UNHQ")
    declared = venue.source
    url = reverse("office:venue", args=["UNHQ"])
    page = html.unescape(client.get(url).content.decode())
    assert f'value="{declared.reference}"' in page
    form = {
        "code": "UNHQ",
        "name": venue.name,
        "city": "New York",
        "timezone": "America/New_York",
        "source": declared.reference,
        "source_title": declared.title,
    }
    assert client.post(url, form).status_code == 302
    assert Venue.objects.get(code="UNHQ").source == declared
    client.post(url, {**form, "source": "https://example.org/un-headquarters"})
    cited = Venue.objects.get(code="UNHQ").source
    assert (cited.url, cited.title) == ("https://example.org/un-headquarters", declared.title)


def test_a_venue_code_with_a_nul_is_simply_not_found(client, secretariat_officer):
    client.force_login(secretariat_officer)
    assert client.get("/office/venues/a%00b/").status_code == 404
