"""A meeting document's language versions promise a download only where there is a file:
a version the records list as issued, with no file published here, says so (public and
office pages alike)."""

import pytest
from django.urls import reverse

from plenipo.meetings.services.meetings import attach_document_file, issue_document
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
PDF = b"%PDF-1.4\n% an agenda\n"


@pytest.fixture
def agenda():
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting,
        symbol="TEST/2030/1",
        kind="agenda",
        title="Provisional agenda",
        languages={"en": "available", "fr": "available"},
        source=SourceFactory(),
        by=None,
    )
    english = attach_document_file(
        document=document, language="en", name="agenda.pdf", data=PDF, by=None
    )
    return meeting, english, document.versions.get(language="fr")


def test_the_public_page_links_only_the_versions_with_a_file(client, agenda):
    meeting, english, french = agenda
    html = client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
    assert reverse("document-file", args=[english.pk]) in html
    assert reverse("document-file", args=[french.pk]) not in html
    assert html.count(">Available<") == 1  # the English version's link, nothing else
    assert "Listed, no file published" in html


def test_the_office_page_says_which_versions_have_no_file(client, agenda, secretariat_officer):
    meeting, english, french = agenda
    client.force_login(secretariat_officer)
    html = client.get(reverse("office:meeting-edit", args=[meeting.pk])).content.decode()
    assert reverse("document-file", args=[english.pk]) in html
    assert reverse("document-file", args=[french.pk]) not in html
    assert 'data-language="fr">fr: Listed, no file published</span>' in html


def test_the_api_gives_a_file_only_for_the_versions_with_one(client, agenda):
    meeting, english, _french = agenda
    [document] = client.get(f"/api/meetings/{meeting.pk}").json()["documents"]
    assert document["languages"] == {"en": "available", "fr": "available"}
    assert document["files"] == {"en": reverse("document-file", args=[english.pk])}
