"""Jobs in one process: the office starts them and shows their progress and file; a job
whose run died is run again and skips what it did; a full disk leaves nothing partial."""

import datetime as dt
import errno
import os

import pytest
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from plenipo.campaigns.services import letters as mail_merge
from plenipo.correspondence.models import Letter, LetterStatus
from plenipo.correspondence.services import letters as letter_service
from plenipo.jobs.models import Job, JobStatus
from plenipo.jobs.services import jobs as job_service
from plenipo.jobs.tasks import run_job
from tests.factories import meetings as factories

pytestmark = pytest.mark.django_db
MERGE = {
    "template": "campaign-ratification-en",
    "to": "ministers:COE:CETS-197",
    "date": "2015-06-15",
}
DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}


class Killed(BaseException):
    """What a worker's death looks like from inside: nothing after it runs."""


@pytest.fixture
def queued_only(settings):
    """Jobs wait in the database queue instead of running at once."""
    settings.TASKS = DATABASE_QUEUE
    settings.TASK_BACKEND = "database"


def _needs_pango():
    try:
        import weasyprint  # noqa: F401
    except OSError as exc:
        pytest.skip(f"WeasyPrint cannot load its system libraries: {exc}")


def test_the_office_starts_a_merge_and_shows_its_progress(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:merge-job"), MERGE)
    job = Job.objects.get()
    assert response.url == reverse("office:job", args=[job.pk])
    page = client.get(response.url).content.decode()
    assert "Done: 5 of 5 done" in page
    assert '<progress max="5" value="5">' in page
    assert 'http-equiv="refresh"' not in page  # a finished job's page stops refreshing
    assert "draft letters written: 5" in page
    assert Letter.objects.count() == 5
    listing = client.get(reverse("office:jobs")).content.decode()
    assert job.title in listing


def test_a_running_job_page_refreshes_itself(client, secretariat_officer, queued_only):
    client.force_login(secretariat_officer)
    client.post(reverse("office:merge-job"), MERGE)
    job = Job.objects.get()
    assert job.status == JobStatus.QUEUED
    page = client.get(reverse("office:job", args=[job.pk])).content.decode()
    assert "Queued: 0 of 5 done" in page
    assert '<meta http-equiv="refresh" content="2">' in page


def test_a_bad_merge_is_refused_before_any_job_is_saved(client, secretariat_officer):
    client.force_login(secretariat_officer)
    response = client.post(
        reverse("office:merge-job"), {**MERGE, "date": "15/06/2015"}, follow=True
    )
    assert response.redirect_chain[-1][0] == reverse("office:letters")
    assert not Job.objects.exists()


def test_a_merge_whose_worker_died_resumes_without_writing_a_letter_twice(queued_only, monkeypatch):
    job = job_service.start_job(kind="letters-merge", params=dict(MERGE), by=None)
    real_merge, calls = mail_merge.merge, []

    def dies_at_the_third(**kwargs):
        calls.append(kwargs["recipients"][0].key)
        if len(calls) == 3:
            raise Killed
        return real_merge(**kwargs)

    monkeypatch.setattr(mail_merge, "merge", dies_at_the_third)
    with pytest.raises(Killed):
        run_job.call(job.pk)
    job.refresh_from_db()
    assert (job.status, job.done, job.total) == (JobStatus.RUNNING, 2, 5)
    assert Letter.objects.count() == 2  # the third recipient's letter rolled back whole

    monkeypatch.setattr(mail_merge, "merge", real_merge)
    assert job_service.recover_stale_jobs(silent_for=dt.timedelta(minutes=5)) == []  # not yet
    Job.objects.filter(pk=job.pk).update(heartbeat_at=timezone.now() - dt.timedelta(minutes=6))
    [recovered] = job_service.recover_stale_jobs(silent_for=dt.timedelta(minutes=5))
    assert recovered.status == JobStatus.QUEUED
    run_job.call(job.pk)
    job.refresh_from_db()
    assert (job.status, job.done, job.runs) == (JobStatus.DONE, 5, 2)
    keys = sorted(Letter.objects.values_list("recipient_key", flat=True))
    assert keys == ["CZE", "LIE", "MCO", "RUS", "TUR"]


def test_the_list_of_participants_is_built_by_a_job_and_offered_when_done(
    client, secretariat_officer
):
    _needs_pango()
    meeting = factories.meeting()
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:participants-job", args=[meeting.pk]))
    job = Job.objects.get()
    page = client.get(response.url).content.decode()
    assert "Done: 1 of 1 done" in page
    assert f"list-of-participants-{meeting.pk}.pdf" in page
    download = client.get(reverse("office:job-file", args=[job.pk]))
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    download.close()


def test_a_full_disk_fails_the_job_with_a_message_and_offers_nothing(
    client, secretariat_officer, monkeypatch, settings
):
    _needs_pango()
    meeting = factories.meeting()

    def disk_full(descriptor):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(job_service.os, "fsync", disk_full)
    job = job_service.start_job(kind="participants-pdf", params={"meeting": meeting.pk}, by=None)
    assert (job.status, job.result_file) == (JobStatus.FAILED, "")
    assert job.error == "No space left on device"
    assert list((settings.MEDIA_ROOT / "jobs" / str(job.pk)).iterdir()) == []  # no partial file
    client.force_login(secretariat_officer)
    assert client.get(reverse("office:job-file", args=[job.pk])).status_code == 404
    assert "No space left on device" in client.get(reverse("office:job", args=[job.pk])).text

    monkeypatch.undo()
    client.post(reverse("office:job-retry", args=[job.pk]))
    job.refresh_from_db()
    assert job.status == JobStatus.DONE
    download = client.get(reverse("office:job-file", args=[job.pk]))
    assert download.status_code == 200
    download.close()


def test_only_a_failed_job_is_retried(client, secretariat_officer):
    job = job_service.start_job(kind="letters-merge", params=dict(MERGE), by=None)
    client.force_login(secretariat_officer)
    page = client.post(reverse("office:job-retry", args=[job.pk]), follow=True).content.decode()
    assert "has not failed; only a failed job is retried" in page


def test_a_letter_claimed_by_a_sender_that_died_is_not_sent_again(queued_only):
    letter = _queued_letter()
    Letter.objects.filter(pk=letter.pk).update(
        sending_since=timezone.now() - dt.timedelta(minutes=1)
    )
    job = job_service.start_job(kind="outbox", params={}, by=None)
    run_job.call(job.pk)
    letter.refresh_from_db()
    assert letter.status == LetterStatus.FAILED
    assert letter.last_error.startswith("interrupted while being sent at ")
    assert "check before sending it again" in letter.last_error
    job.refresh_from_db()
    assert job.summary == {"interrupted": 1}


def test_the_scheduler_queues_the_outbox_and_recovers_silent_jobs(queued_only):
    letter = _queued_letter()
    merge = job_service.start_job(kind="letters-merge", params=dict(MERGE), by=None)
    Job.objects.filter(pk=merge.pk).update(
        status=JobStatus.RUNNING, heartbeat_at=timezone.now() - dt.timedelta(hours=1)
    )
    call_command("scheduler", "--once")
    outbox = Job.objects.get(kind="outbox")
    assert outbox.params == {"letters": [letter.pk]}
    merge.refresh_from_db()
    assert merge.status == JobStatus.QUEUED
    call_command("scheduler", "--once")  # the outbox job is still waiting: no second one
    assert Job.objects.filter(kind="outbox").count() == 1


def test_the_worker_refuses_when_jobs_run_in_the_web_process():
    with pytest.raises(CommandError, match="set PLENIPO_TASK_BACKEND=database"):
        call_command("worker", "--batch")


def test_focal_points_see_no_job(client, focal_point_state_b):
    job = job_service.start_job(kind="letters-merge", params=dict(MERGE), by=None)
    client.force_login(focal_point_state_b)
    assert client.get(reverse("office:job", args=[job.pk])).status_code == 403
    assert client.get(reverse("office:jobs")).status_code == 403


def _queued_letter():
    from tests.correspondence.services.test_letters import _letters_with_email  # noqa: PLC0415

    [letter] = _letters_with_email(1)
    letter_service.queue(letters=[letter], by=None)
    return letter


def test_sending_queued_email_with_nothing_queued_starts_no_job(client, secretariat_officer):
    client.force_login(secretariat_officer)
    page = client.post(reverse("office:flush"), follow=True)
    assert page.redirect_chain[-1][0] == reverse("office:letters")
    assert "Nothing is queued: no e-mail to send, no job started." in page.content.decode()
    assert not Job.objects.filter(kind="outbox").exists()


def test_sending_queued_email_starts_the_outbox_job(client, secretariat_officer, queued_only):
    _queued_letter()
    client.force_login(secretariat_officer)
    response = client.post(reverse("office:flush"))
    job = Job.objects.get(kind="outbox")
    assert response.url == reverse("office:job", args=[job.pk])
