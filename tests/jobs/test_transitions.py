"""A job's status table, and the services that refuse what it refuses."""

import pytest

from plenipo.core.transitions import RefusedTransition
from plenipo.jobs.models import Job, JobStatus
from plenipo.jobs.services.jobs import fail, finish, retry_job, start_job
from plenipo.jobs.transitions import JOB


@pytest.mark.parametrize(
    ("current", "new", "reason"),
    [
        ("done", "queued", "a done job is final; start a new one"),
        ("done", "running", "a done job is final; start a new one"),
        ("done", "failed", "a done job cannot become failed"),
        ("failed", "running", "a failed job cannot become running"),
        ("failed", "done", "a failed job cannot become done"),
        ("queued", "queued", "the job is already queued"),
    ],
)
def test_refused_moves_say_why(current, new, reason):
    with pytest.raises(RefusedTransition) as refused:
        JOB.check(current, new)
    assert str(refused.value) == reason


def test_the_lifecycle_and_its_recoveries_are_allowed():
    for current, new in [
        ("queued", "running"),
        ("running", "done"),
        ("running", "failed"),
        ("running", "queued"),  # its worker went silent: queued again
        ("running", "running"),  # the next run of its task takes over
        ("failed", "queued"),  # retried
    ]:
        JOB.check(current, new)
    JOB.check_initial("queued")
    with pytest.raises(RefusedTransition):
        JOB.check_initial("done")


@pytest.mark.django_db
def test_a_done_job_is_neither_failed_nor_finished_again():
    job = start_job(kind="outbox", params={}, by=None)  # nothing queued: done at once
    assert Job.objects.get(pk=job.pk).status == JobStatus.DONE
    with pytest.raises(RefusedTransition, match="a done job cannot become failed"):
        fail(job, "late error")
    with pytest.raises(RefusedTransition, match="the job is already done"):
        finish(job, summary={})
    with pytest.raises(Exception, match="only a failed job is retried"):
        retry_job(job=job, by=None)
    assert Job.objects.get(pk=job.pk).status == JobStatus.DONE
