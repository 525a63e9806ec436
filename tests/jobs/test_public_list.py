"""The public list of participants PDF comes from a job and is served only while it shows the
list as it stands: a change to the delegations is never answered with the old PDF."""

import datetime as dt
import io

import pytest
from django.core.management import call_command

from plenipo.jobs.models import Job, JobStatus
from plenipo.jobs.services import jobs as job_service
from plenipo.jobs.tasks import run_job
from plenipo.meetings.services.delegations import (
    decide_registration,
    register_delegation,
    withdraw,
)
from plenipo.meetings.services.editing import update_meeting
from tests.factories import meetings as factories

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("keep_the_test_connection")]
pypdf = pytest.importorskip("pypdf")
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
WITH_CONTACTS = [
    {**person, "email": "contact@aut.example", "phone": "+43 1 000 0000"}
    for person in factories.THREE
]


@pytest.fixture(autouse=True)
def _needs_pango():
    try:
        import weasyprint  # noqa: F401
    except OSError as exc:
        pytest.skip(f"WeasyPrint cannot load its system libraries: {exc}")


@pytest.fixture
def queued_only(settings):
    """Jobs wait in the database queue instead of running at once."""
    settings.TASKS = DATABASE_QUEUE
    settings.TASK_BACKEND = "database"


def _approved(meeting, code, focal_point, people):
    delegation = factories.delegation(meeting, code)
    register_delegation(
        delegation=delegation,
        participants=people,
        expected_version=delegation.version,
        by=focal_point,
        today=dt.date(2030, 3, 10),
    )
    decide_registration(delegation=delegation, approve=True, by=None)
    return delegation


@pytest.fixture
def published(focal_point_state_a):
    meeting = factories.meeting(language="en", participants_published=True)
    _approved(meeting, "AUT", focal_point_state_a, WITH_CONTACTS)
    return meeting


def _url(meeting):
    return f"/meetings/{meeting.pk}/participants.pdf"


def _text(response):
    content = b"".join(response.streaming_content)
    response.close()
    assert content.startswith(b"%PDF")
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)


def test_the_public_pdf_is_built_by_a_job_once_and_then_served_from_its_file(client, published):
    first = client.get(_url(published))
    assert first.status_code == 200
    assert first["Content-Type"] == "application/pdf"
    assert f'filename="participants-{published.pk}.pdf"' in first["Content-Disposition"]
    text = _text(first)
    assert "Anna Berger" in text
    assert "contact@aut.example" not in text  # a published list carries no contact data
    assert "+43" not in text
    [job] = Job.objects.all()
    assert (job.kind, job.status, job.created_by) == ("participants-pdf", JobStatus.DONE, None)
    assert "Anna Berger" in _text(client.get(_url(published)))
    assert Job.objects.count() == 1  # the same list: the stored file, no new job


def test_a_change_to_the_delegations_is_never_served_from_the_old_pdf(
    client, published, focal_point_state_b
):
    assert "Belgium" not in _text(client.get(_url(published)))
    belgium = _approved(published, "BEL", focal_point_state_b, factories.THREE[:1])
    assert "Belgium" in _text(client.get(_url(published)))
    withdraw(delegation=belgium, by=None)
    assert "Belgium" not in _text(client.get(_url(published)))
    update_meeting(published, {"title": "Renamed working group"}, by=None)
    assert "Renamed working group" in _text(client.get(_url(published)))
    # Without Belgium the list was as at first: the first file shows it, no job was needed.
    assert Job.objects.filter(status=JobStatus.DONE).count() == 3


def test_while_a_worker_builds_it_the_reader_is_told_to_come_back(
    client, published, queued_only, focal_point_state_b
):
    waiting = client.get(_url(published))
    assert waiting.status_code == 503
    assert waiting["Retry-After"] == "30"
    assert waiting.content.decode() == (
        "The PDF of this list of participants is being prepared; try again in a minute."
    )
    client.get(_url(published))
    [job] = Job.objects.all()  # one job, however many readers ask
    run_job.call(job.pk)  # the worker
    assert "Anna Berger" in _text(client.get(_url(published)))
    _approved(published, "BEL", focal_point_state_b, factories.THREE[:1])
    assert client.get(_url(published)).status_code == 503  # not the PDF without Belgium
    run_job.call(Job.objects.filter(status=JobStatus.QUEUED).get().pk)
    assert "Belgium" in _text(client.get(_url(published)))


def test_a_failed_build_is_said_and_not_started_again_by_every_reader(
    client, published, monkeypatch
):
    def disk_full(descriptor):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(job_service.os, "fsync", disk_full)
    refused = client.get(_url(published))
    assert refused.status_code == 503
    assert "could not be prepared" in refused.content.decode()
    client.get(_url(published))
    assert Job.objects.get().status == JobStatus.FAILED  # still the one job
    monkeypatch.undo()
    job_service.retry_job(job=Job.objects.get(), by=None)  # from the office's jobs page
    assert "Anna Berger" in _text(client.get(_url(published)))


def test_an_unpublished_list_is_not_built_for_the_public(client, focal_point_state_a):
    meeting = factories.meeting(language="en")
    _approved(meeting, "AUT", focal_point_state_a, factories.THREE)
    assert client.get(_url(meeting)).status_code == 404
    assert not Job.objects.exists()


def test_the_scheduler_builds_a_published_list_that_changed(published, queued_only):
    call_command("scheduler", "--once")
    [job] = Job.objects.all()
    assert job.params == {"meeting": published.pk, "list": job.params["list"]}
    call_command("scheduler", "--once")
    assert Job.objects.count() == 1  # being built: not started twice
    run_job.call(job.pk)
    call_command("scheduler", "--once")
    assert Job.objects.count() == 1  # built and unchanged: nothing to do
