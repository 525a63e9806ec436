"""A delegation's category and a document's kind are set apart from the name or title
they follow, so that "Austria" and "Member States" do not read as one name."""

import pytest
from django.urls import reverse

from plenipo.meetings.services.meetings import issue_document
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
TITLE = "Provisional agenda and proposed organization of work"


def test_the_category_and_the_kind_stand_apart(client, secretariat_officer):
    meeting = factories.meeting()
    factories.delegation(meeting, "AUT", category="member_state")
    issue_document(meeting=meeting, title=TITLE, kind="agenda", symbol="X/1", by=None)
    client.force_login(secretariat_officer)
    matrix = client.get(reverse("office:reply-matrix", args=[meeting.pk])).content.decode()
    assert 'Austria <span class="muted">(Member States)</span>' in matrix
    kind = f'{TITLE} <span class="muted">(Agenda)</span>'
    assert kind in client.get(reverse("office:meeting-edit", args=[meeting.pk])).content.decode()
    assert kind in client.get(reverse("public:meeting", args=[meeting.pk])).content.decode()
