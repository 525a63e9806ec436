"""Venues and rooms: data files define them again alike; the office adds them once."""

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.meetings.models import Room, Venue
from plenipo.meetings.services.venues import (
    add_room,
    add_venue,
    define_room,
    define_venue,
    edit_room,
    edit_venue,
)
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
GENEVA = {
    "code": "PDN",
    "name": "Palais des Nations",
    "city": "Geneva",
    "timezone": "Europe/Zurich",
}


def test_a_data_file_defines_a_venue_twice_alike():
    source = SourceFactory()
    first = define_venue(**GENEVA, source=source, by=None)
    again = define_venue(**{**GENEVA, "name": "Palais des Nations (UNOG)"}, source=source, by=None)
    assert first.pk == again.pk
    assert Venue.objects.get(code="PDN").name == "Palais des Nations (UNOG)"
    room = define_room(venue=again, code="XX", name="Room XX", source=source, by=None)
    assert define_room(venue=again, code="XX", name="Room XX", source=source, by=None) == room


def test_the_office_adds_a_venue_once():
    add_venue(**GENEVA, source=SourceFactory(), by=None)
    with pytest.raises(InvalidInput, match=r"^venue code Pdn is taken: PDN is Palais des Nations"):
        add_venue(**{**GENEVA, "code": "Pdn"}, source=SourceFactory(), by=None)
    assert Venue.objects.filter(code__iexact="PDN").count() == 1
    assert ActivityLog.objects.filter(action_type="meetings.venue.added").count() == 1


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"code": "UN/HQ"}, "the venue's code 'UN/HQ' is not valid"),
        ({"code": ""}, "the venue's code '' is not valid"),
        ({"code": "X" * 33}, "the venue's code is 33 characters long (at most 32)"),
        ({"name": "  "}, "the venue needs a name"),
        ({"city": "Gen\x00eva"}, "the venue's city is not plain text"),
        ({"timezone": "Geneva"}, "venue PDN: unknown time zone 'Geneva'"),
        ({"timezone": "é" * 300}, "venue PDN: unknown time zone"),
    ],
)
def test_a_bad_venue_is_refused_by_the_office_and_by_data_files_alike(changes, message):
    for write in (add_venue, define_venue):
        with pytest.raises(InvalidInput, match=message.replace("(", r"\(").replace(")", r"\)")):
            write(**{**GENEVA, **changes}, source=SourceFactory(), by=None)
    assert not Venue.objects.filter(name="Palais des Nations").exists()


@pytest.mark.parametrize("capacity", [0, -1, True, 2**31, "80"])
def test_a_capacity_is_a_whole_number_of_seats(capacity):
    venue = add_venue(**GENEVA, source=SourceFactory(), by=None)
    with pytest.raises(InvalidInput, match="a room's capacity is a whole number of seats"):
        add_room(
            venue=venue, code="XX", name="Room XX", capacity=capacity, source=venue.source, by=None
        )
    assert not Room.objects.filter(venue=venue).exists()


def test_edits_keep_codes_unique_and_say_what_changed():
    source = SourceFactory()
    venue = add_venue(**GENEVA, source=source, by=None)
    other = add_venue(
        **{**GENEVA, "code": "VIC", "name": "VIC", "city": "Vienna"}, source=source, by=None
    )
    with pytest.raises(InvalidInput, match="venue code PDN is taken"):
        edit_venue(other, **{**GENEVA, "name": "VIC"}, source=source, by=None)
    other.refresh_from_db()
    assert other.code == "VIC"
    edit_venue(venue, **{**GENEVA, "city": "Genève"}, source=source, by=None)
    entry = ActivityLog.objects.filter(action_type="meetings.venue.edited").get()
    assert entry.data == {"code": "PDN", "changed": ["city"]}
    first = add_room(venue=venue, code="XX", name="Room XX", source=source, by=None)
    second = add_room(venue=venue, code="XIX", name="Room XIX", capacity=20, source=source, by=None)
    with pytest.raises(InvalidInput, match="room code xx is taken at PDN: XX is Room XX"):
        edit_room(second, code="xx", name="Room XIX", source=source, by=None)
    edit_room(first, code="XX", name="Room XX", capacity=754, source=source, by=None)
    assert Room.objects.get(pk=first.pk).capacity == 754
    assert Room.objects.get(pk=second.pk).code == "XIX"
