"""Starting, running, recording, retrying and recovering jobs: the only writer of jobs.

A job is a list of steps (a recipient, a letter, a document). Each step is recorded in the
same transaction as its effect, so a job run again after its worker died skips what was
done and finishes the rest: nothing is lost and nothing is done twice."""

import datetime as dt
import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.jobs.models import Job, JobStatus, JobStep
from plenipo.jobs.transitions import JOB


def _stored_status(job) -> str:
    """The job's status as the database holds it now, the row locked until commit."""
    return Job.objects.select_for_update().values_list("status", flat=True).get(pk=job.pk)


def start_job(*, kind: str, params: dict, by) -> Job:
    """Record the job and hand it to the task backend; the immediate backend (development,
    tests) runs it before this returns, a queue's worker later."""
    from plenipo.jobs.kinds import KINDS  # noqa: PLC0415 -- kinds import the services

    if kind not in KINDS:
        raise InvalidInput(f"unknown kind of job {kind!r} (known: {', '.join(sorted(KINDS))})")
    title, total = KINDS[kind].plan(params)  # refuses bad parameters before anything is saved
    with transaction.atomic():
        job = Job.objects.create(kind=kind, title=title, params=params, total=total, created_by=by)
        log_action(job, "jobs.job.started", by=by, data={"kind": kind, "params": params})
    return _enqueue(job)


def retry_job(*, job, by) -> Job:
    """Run a failed job again: the steps it recorded are kept and skipped."""
    with transaction.atomic():
        if _stored_status(job) != JobStatus.FAILED:
            raise InvalidInput(f"{job} has not failed; only a failed job is retried")
        JOB.check(JobStatus.FAILED, JobStatus.QUEUED)
        Job.objects.filter(pk=job.pk).update(status=JobStatus.QUEUED, error="", finished_at=None)
        log_action(job, "jobs.job.retried", by=by)
    return _enqueue(job)


def recover_stale_jobs(*, silent_for: dt.timedelta) -> list[Job]:
    """Queue again the running jobs whose worker has said nothing for ``silent_for``: it
    died (killed, out of memory, machine restarted). Their recorded steps are skipped."""
    cutoff = timezone.now() - silent_for
    recovered = []
    for job in Job.objects.filter(status=JobStatus.RUNNING, heartbeat_at__lt=cutoff):
        with transaction.atomic():
            taken = Job.objects.filter(
                pk=job.pk, status=JobStatus.RUNNING, heartbeat_at__lt=cutoff
            ).update(status=JobStatus.QUEUED)  # JOB allows running → queued
            if not taken:
                continue  # it spoke up meanwhile, or another scheduler took it
            log_action(job, "jobs.job.recovered", by=None, data={"silent_since": str(cutoff)})
        recovered.append(_enqueue(job))
    return recovered


def _enqueue(job) -> Job:
    from plenipo.jobs.tasks import run_job  # noqa: PLC0415 -- the task imports this module

    result = run_job.enqueue(job.pk)
    Job.objects.filter(pk=job.pk).update(task_id=str(result.id)[:64])
    job.refresh_from_db()
    return job


def begin_run(job_id) -> Job | None:
    """Mark the job running for this worker; None when there is nothing left to run."""
    with transaction.atomic():
        job = Job.objects.select_for_update().filter(pk=job_id).first()
        if job is None or job.finished:
            return None
        JOB.check(job.status, JobStatus.RUNNING)
        now = timezone.now()
        job.status, job.started_at, job.heartbeat_at = JobStatus.RUNNING, now, now
        job.runs += 1
        job.save(update_fields=["status", "started_at", "heartbeat_at", "runs"])
    return job


class Progress:
    """Runs a job's steps, skipping those a previous run recorded."""

    def __init__(self, job):
        self.job = job
        self.recorded = set(job.steps.values_list("key", flat=True))

    def step(self, key: str, work, *, atomic=True):
        """Do ``work()`` for ``key`` unless done already; its return value (a dict) is kept.
        With ``atomic`` the work and its record commit together; without, the work manages
        its own transactions (sending mail) and is recorded once it returned."""
        if key in self.recorded:
            return None
        if atomic:
            with transaction.atomic():
                outcome = work()
                self._record(key, outcome)
        else:
            outcome = work()
            with transaction.atomic():
                self._record(key, outcome)
        self.recorded.add(key)
        return outcome

    def _record(self, key, outcome):
        JobStep.objects.create(job=self.job, key=key, outcome=outcome or {})
        Job.objects.filter(pk=self.job.pk).update(done=F("done") + 1, heartbeat_at=timezone.now())

    def outcomes(self) -> list[dict]:
        return list(self.job.steps.order_by("pk").values_list("outcome", flat=True))


def save_result(job, *, name: str, content: bytes) -> str:
    """Write the job's file whole (a temporary file renamed into place) and return its
    path under MEDIA_ROOT: a full disk leaves nothing partial to download."""
    folder = Path(settings.MEDIA_ROOT) / "jobs" / str(job.pk)
    folder.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=folder, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(content)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, folder / name)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return f"jobs/{job.pk}/{name}"


def finish(job, *, summary: dict, result_file: str = "", result_name: str = "") -> None:
    with transaction.atomic():
        JOB.check(_stored_status(job), JobStatus.DONE)
        Job.objects.filter(pk=job.pk).update(
            status=JobStatus.DONE,
            summary=summary,
            result_file=result_file,
            result_name=result_name,
            finished_at=timezone.now(),
            heartbeat_at=timezone.now(),
        )
        log_action(job, "jobs.job.done", by=None, data=summary)


def fail(job, error: str) -> None:
    """The job stops with one line saying why; its recorded steps stay for a retry."""
    with transaction.atomic():
        JOB.check(_stored_status(job), JobStatus.FAILED)
        Job.objects.filter(pk=job.pk).update(
            status=JobStatus.FAILED, error=error[:1000], finished_at=timezone.now()
        )
        log_action(job, "jobs.job.failed", by=None, data={"error": error[:1000]})
