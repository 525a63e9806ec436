"""Uploaded files are served only through views that check who asks, never as media."""

import datetime as dt

import pytest
from django.test import override_settings
from django.urls import reverse

from plenipo.meetings.services.delegations import register_delegation, upload_nomination_letter
from plenipo.meetings.services.meetings import attach_document_file, issue_document
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n% a nomination letter\n"


@pytest.fixture
def nominated(focal_point_state_a):
    meeting = factories.meeting()
    delegation = factories.delegation(meeting, "AUT")
    register_delegation(
        delegation=delegation,
        participants=factories.THREE,
        expected_version=delegation.version,
        by=focal_point_state_a,
        today=dt.date(2030, 3, 10),
    )
    delegation.refresh_from_db()
    return upload_nomination_letter(
        delegation=delegation, name="nomination.pdf", data=PDF, by=focal_point_state_a
    )


def _body(response):
    return b"".join(response.streaming_content)


def test_the_own_state_and_the_secretariat_get_the_nomination_letter(
    client, nominated, focal_point_state_a, secretariat_officer
):
    url = reverse("nomination-letter", args=[nominated.pk])
    for user in (focal_point_state_a, secretariat_officer):
        client.force_login(user)
        response = client.get(url)
        assert response.status_code == 200
        assert _body(response) == PDF
        assert response["Content-Disposition"].startswith("attachment")


def test_nobody_else_gets_the_nomination_letter(client, nominated, focal_point_state_b):
    url = reverse("nomination-letter", args=[nominated.pk])
    assert client.get(url).status_code == 302  # to sign-in
    client.force_login(focal_point_state_b)
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("debug", [False, True])
def test_nothing_under_media_root_is_reachable_by_its_path(
    client, nominated, secretariat_officer, settings, debug
):
    stored = nominated.nomination_letter.name
    assert (settings.MEDIA_ROOT / stored).exists()
    client.force_login(secretariat_officer)
    with override_settings(DEBUG=debug):
        for prefix in ("/media/", "/", "/static/", "/files/"):
            assert client.get(prefix + stored).status_code == 404


def test_meeting_documents_are_served_through_their_view(client):
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting,
        symbol="TEST/2030/1",
        kind="agenda",
        title="Provisional agenda",
        languages={"en": "in_translation"},
        source=SourceFactory(),
        by=None,
    )
    version = attach_document_file(
        document=document, language="en", name="agenda.pdf", data=PDF, by=None
    )
    page = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
    url = reverse("document-file", args=[version.pk])
    assert url in page
    assert _body(client.get(url)) == PDF
