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


def test_a_nomination_letter_is_kept_by_no_cache_on_the_way(client, nominated, focal_point_state_a):
    client.force_login(focal_point_state_a)
    response = client.get(reverse("nomination-letter", args=[nominated.pk]))
    assert response["Cache-Control"] == "private, no-store"
    response.close()


@pytest.mark.parametrize(
    ("sent_as", "kept_as"),
    [("letter.html", "letter.html.pdf"), ("letter.svg", "letter.svg.pdf"), ("l.PDF", "l.PDF")],
)
def test_an_upload_is_served_as_what_it_contains_whatever_its_name(
    client, nominated, focal_point_state_a, sent_as, kept_as
):
    # A PDF that a browser reading it as a page would run.
    polyglot = PDF + b"<html><script>alert(document.cookie)</script></html>"
    upload_nomination_letter(
        delegation=nominated, name=sent_as, data=polyglot, by=focal_point_state_a
    )
    client.force_login(focal_point_state_a)
    response = client.get(reverse("nomination-letter", args=[nominated.pk]))
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"] == f'attachment; filename="{kept_as}"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert _body(response) == polyglot


def test_a_document_file_sent_under_another_name_is_kept_as_what_it_is():
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting, kind="agenda", title="Agenda", source=SourceFactory(), by=None
    )
    version = attach_document_file(
        document=document, language="en", name="../agenda.html", data=PDF, by=None
    )
    assert version.file.name == f"documents/{meeting.pk}/{document.pk}/en/agenda.html.pdf"


@pytest.fixture
def embargoed():
    """An agenda to be issued tomorrow, its English file already attached."""
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting,
        kind="agenda",
        title="Provisional agenda",
        issued_on=dt.date.today() + dt.timedelta(days=1),
        source=SourceFactory(),
        by=None,
    )
    return attach_document_file(
        document=document, language="en", name="agenda.pdf", data=PDF, by=None
    )


def test_a_document_file_is_nobody_elses_before_its_day_of_issue(
    client, embargoed, focal_point_state_a
):
    url = reverse("document-file", args=[embargoed.pk])
    page = reverse("public:meeting", args=[embargoed.document.meeting_id])
    for user in (None, focal_point_state_a):
        if user is not None:
            client.force_login(user)
        assert client.get(url).status_code == 404
        assert url not in client.get(page).content.decode()


def test_the_secretariat_has_a_document_file_before_its_day_of_issue(
    client, embargoed, secretariat_officer
):
    client.force_login(secretariat_officer)
    url = reverse("document-file", args=[embargoed.pk])
    assert (
        url
        in client.get(
            reverse("public:meeting", args=[embargoed.document.meeting_id])
        ).content.decode()
    )
    response = client.get(url)
    assert _body(response) == PDF
    assert response["Cache-Control"] == "private, no-store"


def test_a_document_file_is_everyones_on_its_day_of_issue(client, embargoed):
    embargoed.document.issued_on = dt.date.today()
    embargoed.document.save()
    assert _body(client.get(reverse("document-file", args=[embargoed.pk]))) == PDF
