"""A meeting document before its day of issue is the secretariat's alone: not its file only
but its title, on every surface that lists documents (one query, ``documents_visible_to``)."""

import datetime as dt
import json

import pytest
from django.urls import reverse

from plenipo.core.importing import ImportFailed, import_files
from plenipo.core.models import ActivityLog
from plenipo.meetings.models import Document
from plenipo.meetings.queries import documents_visible_to
from plenipo.meetings.services.meetings import attach_document_file, issue_document
from tests.cli.test_commands import run
from tests.factories import meetings as factories
from tests.factories.registry import SourceFactory

pytestmark = pytest.mark.django_db
SECRET = "Draft outcome not yet issued"


@pytest.fixture
def embargoed():
    meeting = factories.meeting()
    document = issue_document(
        meeting=meeting,
        symbol="TEST/2030/EMBARGO",
        kind="agenda",
        title=SECRET,
        issued_on=dt.date.today() + dt.timedelta(days=1),
        source=SourceFactory(),
        by=None,
    )
    attach_document_file(
        document=document, language="en", name="a.pdf", data=b"%PDF-1.4\n% x\n", by=None
    )
    return document


def _everywhere(client, meeting):
    """What the public page, the API's list and detail and the calendar answer."""
    return [
        client.get(reverse("public:meeting", args=[meeting.pk])).content.decode(),
        json.dumps(client.get("/api/meetings", {"from": "2030-04-01", "to": "2030-04-30"}).json()),
        json.dumps(client.get(f"/api/meetings/{meeting.pk}").json()),
        client.get(reverse("public:meeting-calendar", args=[meeting.pk])).content.decode(),
    ]


def test_nobody_but_the_secretariat_knows_of_a_document_before_its_day_of_issue(
    client, embargoed, focal_point_state_a
):
    for user in (None, focal_point_state_a):
        if user is not None:
            client.force_login(user)
        for answer in _everywhere(client, embargoed.meeting):
            assert SECRET not in answer
            assert "TEST/2030/EMBARGO" not in answer
    assert SECRET not in run("meetings", "--from", "2030-04-01", "--to", "2030-04-30", "--json")


def test_the_secretariat_knows_of_it_and_everyone_does_on_its_day(
    client, embargoed, secretariat_officer
):
    client.force_login(secretariat_officer)
    assert all(SECRET in answer for answer in _everywhere(client, embargoed.meeting)[:3])
    client.logout()
    embargoed.issued_on = dt.date.today()
    embargoed.save()
    assert all(SECRET in answer for answer in _everywhere(client, embargoed.meeting)[:3])
    assert SECRET in run("meetings", "--from", "2030-04-01", "--to", "2030-04-30", "--json")


def test_a_document_the_secretariat_issues_without_a_day_is_issued_today():
    document = issue_document(meeting=factories.meeting(), title="Note", kind="agenda", by=None)
    assert document.issued_on == dt.date.today()
    entry = ActivityLog.objects.filter(action_type="meetings.document.issued").latest("pk")
    assert entry.data["issued_on"] == dt.date.today().isoformat()


def test_a_document_recorded_from_a_source_keeps_its_day_not_stated_and_public():
    document = issue_document(
        meeting=factories.meeting(), title="Note", kind="agenda", source=SourceFactory(), by=None
    )
    assert document.issued_on is None
    assert documents_visible_to(None).filter(pk=document.pk).exists()


def _meeting_file(tmp_path, issued_on):
    text = f"""
sources:
  s: {{title: "A test source", url: "https://example.org/documents", as_of: 2030-01-01}}
meetings:
  - body: UNGA
    title: "A meeting with documents"
    kind: informal
    status: scheduled
    start: 2030-04-10
    city: Geneva
    source: s
    documents:
      - {{symbol: TEST/2030/UNDATED, title: "Not dated by its source", kind: agenda}}
      - {{symbol: TEST/2030/LATER, title: "Issued later", kind: report, issued_on: {issued_on}}}
"""
    path = tmp_path / "meetings.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_an_imported_day_of_issue_is_kept(tmp_path):
    later = dt.date.today() + dt.timedelta(days=2)
    import_files([_meeting_file(tmp_path, later.isoformat())], by=None)
    undated = Document.objects.get(symbol="TEST/2030/UNDATED")
    dated = Document.objects.get(symbol="TEST/2030/LATER")
    assert (undated.issued_on, dated.issued_on) == (None, later)
    public = set(documents_visible_to(None).values_list("symbol", flat=True))
    assert "TEST/2030/UNDATED" in public
    assert "TEST/2030/LATER" not in public


def test_an_imported_day_of_issue_that_is_no_day_is_refused(tmp_path):
    with pytest.raises(ImportFailed) as failure:
        import_files([_meeting_file(tmp_path, "soon")], by=None)
    assert any("issued_on 'soon' is not a day (YYYY-MM-DD)" in e for e in failure.value.errors)
    assert not Document.objects.filter(symbol__startswith="TEST/2030/").exists()
