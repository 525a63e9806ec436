"""A meeting read from a received letter cites that letter: "Received letter N" and its file
name are the secretariat's, shown to it alone, never on the public page, the API or the
calendar (each persona of tests/web/test_every_url.py)."""

import importlib

import pytest
from django.urls import reverse

from plenipo.bodies.queries import get_body
from plenipo.core.models import Source
from plenipo.correspondence.services.incoming import accept, receive
from plenipo.meetings.models import Meeting

pytestmark = pytest.mark.django_db
FILE_NAME = "nv_invitation_en.txt"
NOTE = (
    b"The Secretariat has the honour to inform the Permanent Missions that the meeting of the "
    b"Working Group will be held in Vienna from 14 to 15 April 2030."
)
PERSONAS = ["anonymous", "focal_point_state_a", "focal_point_state_b", "officer", "admin"]
SECRETARIAT = {"officer", "admin"}


@pytest.fixture
def meeting_from_letter(secretariat_officer):
    letter = receive(name=FILE_NAME, data=NOTE, by=secretariat_officer)
    return accept(letter=letter, item="meetings/0", by=secretariat_officer, body=get_body("WG-TIP"))


def _sign_in(client, request, persona):
    if persona == "anonymous":
        return
    fixture = {"officer": "secretariat_officer", "admin": "admin_user"}.get(persona, persona)
    client.force_login(request.getfixturevalue(fixture))


@pytest.mark.parametrize("persona", PERSONAS)
def test_the_received_letter_a_meeting_was_read_from_is_named_to_the_secretariat_alone(
    client, request, meeting_from_letter, persona
):
    _sign_in(client, request, persona)
    page = client.get(reverse("public:meeting", args=[meeting_from_letter.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    assert meeting_from_letter.title in html
    shown = persona in SECRETARIAT
    assert (FILE_NAME in html) is shown
    assert ("Received letter" in html) is shown
    assert ("<dt>Source</dt>" in html) is shown


@pytest.mark.parametrize("persona", PERSONAS)
def test_neither_the_api_nor_the_calendar_carries_the_received_letter(
    client, request, meeting_from_letter, persona
):
    _sign_in(client, request, persona)
    api = client.get(f"/api/meetings/{meeting_from_letter.pk}")
    ics = client.get(reverse("public:meeting-calendar", args=[meeting_from_letter.pk]))
    for response in (api, ics):
        assert response.status_code == 200
        assert FILE_NAME.encode() not in response.content
        assert b"Received letter" not in response.content
    assert meeting_from_letter.title.encode() in ics.content


def test_a_published_source_is_still_shown_to_everyone(client):
    meeting = Meeting.objects.exclude(source__url="").first()
    html = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
    assert f'<dt>Source</dt><dd><a href="{meeting.source.url}">' in html


def test_the_migration_marks_the_received_letters_already_cited_as_internal():
    from django.apps import apps  # noqa: PLC0415

    migration = importlib.import_module("plenipo.core.migrations.0002_source_internal")
    letter = Source.objects.create(key="r5", title="nv.txt", symbol="Received letter 5")
    other = Source.objects.create(key="o", title="Note", symbol="Received letter of 4 May")
    migration.mark_received_letters(apps, None)
    letter.refresh_from_db()
    other.refresh_from_db()
    assert (letter.internal, other.internal) == (True, False)
