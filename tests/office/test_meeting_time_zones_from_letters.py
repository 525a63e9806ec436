"""A meeting accepted from a received letter has the time zone of the city the letter says
it is held in (the registry's venues there, the zone named after the city, or the table of
the cities the bodies meet in), with or without a time; where none is known the decision
says "time zone not stated" and none is guessed."""

import pytest
from django.urls import reverse

from plenipo.bodies.queries import get_body
from plenipo.correspondence.services import incoming

pytestmark = pytest.mark.django_db


def _note(city, when="du 14 au 16 avril 2027"):
    """A made-up note verbale announcing a meeting in ``city``."""
    return (
        "La Mission permanente de la République du Nordland auprès de l'Office des Nations "
        "Unies à Vienne présente ses compliments au Secrétariat et a l'honneur de l'informer "
        f"que la deuxième réunion du Groupe de travail se tiendra à {city} {when}.\n\n"
        "La Mission permanente saisit cette occasion pour renouveler au Secrétariat les "
        "assurances de sa très haute considération.\n\nVienne, le 20 novembre 2026\n"
    ).encode()


def _accepted(city, **kwargs):
    letter = incoming.receive(name="note.txt", data=_note(city, **kwargs), by=None)
    [read] = letter.reading["meetings"]
    assert read["city"] == city
    meeting = incoming.accept_meeting(letter=letter, index=0, by=None, body=get_body("WG-TIP"))
    return letter, meeting


@pytest.mark.parametrize(
    ("city", "zone"),
    [
        ("Paris", "Europe/Paris"),
        ("Genève", "Europe/Zurich"),
        ("Strasbourg", "Europe/Paris"),
        ("New York", "America/New_York"),
    ],
)
def test_the_meeting_has_its_citys_zone(city, zone):
    letter, meeting = _accepted(city)
    assert meeting.timezone == zone
    assert "timezone_note" not in letter.decisions["meetings/0"]


def test_a_city_whose_zone_is_not_known_is_said_so_not_guessed(client, secretariat_officer):
    letter, meeting = _accepted("Lyon")
    assert meeting.timezone == ""
    assert letter.decisions["meetings/0"]["timezone_note"] == "time zone not stated"
    client.force_login(secretariat_officer)
    page = client.get(reverse("office:review", args=[letter.pk])).content.decode()
    assert "Time zone not stated" in page
