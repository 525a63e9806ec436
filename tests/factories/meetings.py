import datetime as dt
import itertools

from plenipo.bodies.queries import get_body
from plenipo.meetings.models import Room
from plenipo.meetings.services.delegations import invite
from plenipo.meetings.services.meetings import record_meeting
from plenipo.meetings.services.venues import define_room, define_venue
from plenipo.meetings.spec import MeetingSpec
from tests.factories.registry import SourceFactory, state

_numbers = itertools.count(1)


def room():
    venue = define_venue(
        code="TESTVIC",
        name="Test Centre",
        city="Vienna",
        timezone="Europe/Vienna",
        source=SourceFactory(),
        by=None,
    )
    return Room.objects.filter(venue=venue, code="BR").first() or define_room(
        venue=venue, code="BR", name="Board Room B", capacity=80, source=SourceFactory(), by=None
    )


def meeting(**extra):
    """A working-group meeting of the Working Group on Trafficking in Persons."""
    defaults = {
        "body": get_body("WG-TIP"),
        "title": f"Test meeting {next(_numbers)}",
        "kind": "working_group",
        "status": "scheduled",
        "start": "2030-04-14",
        "end": "2030-04-15",
        "city": "Vienna",
        "timezone": "Europe/Vienna",
        "languages": ["ar", "zh", "en", "fr", "ru", "es"],
        "source": SourceFactory(),
    }
    return record_meeting(MeetingSpec(**{**defaults, **extra}), by=None)


def delegation(meeting, code="AUT", **extra):
    return invite(
        meeting=meeting,
        party=state(code),
        invited_on=dt.date(2030, 3, 4),
        reference="CU 2030/1 (A)",
        by=None,
        **extra,
    )


THREE = [
    {"role": "head", "name": "Anna Berger", "title": "Ambassador"},
    {"role": "alternate", "name": "Bernd Huber", "title": "Counsellor"},
    {"role": "adviser", "name": "Clara Wagner", "title": "Legal adviser"},
]
