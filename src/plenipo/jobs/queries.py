"""Reads of jobs for the surfaces."""

import hashlib
from pathlib import Path

from django.conf import settings

from plenipo.core.errors import NotFound
from plenipo.jobs.models import Job, JobStatus

LIST_PDF = "participants-pdf"
LIST_VERSION = "version of the list"  # in the summary of a list of participants job


def recent_jobs(limit=50):
    return list(Job.objects.select_related("created_by")[:limit])


def get_job(pk) -> Job:
    job = Job.objects.filter(pk=pk).first()
    if job is None:
        raise NotFound(f"no job {pk}")
    return job


def refusals(job) -> list[str]:
    """The reasons steps gave for not doing their part (a letter not written)."""
    outcomes = job.steps.order_by("pk").values_list("outcome", flat=True)
    return [outcome["refused"] for outcome in outcomes if outcome.get("refused")]


def result_path(job):
    """The job's finished file, or None."""
    if not job.result_file:
        return None
    path = Path(settings.MEDIA_ROOT) / job.result_file
    return path if path.is_file() else None


def unfinished(kind: str) -> bool:
    """Is a job of this kind queued or running?"""
    return Job.objects.filter(kind=kind, status__in=["queued", "running"]).exists()


def list_version(html: str) -> str:
    """Names one state of a list of participants: the digest of the text printed."""
    return hashlib.sha256(html.encode()).hexdigest()[:32]


def _list_jobs(meeting):
    return Job.objects.filter(kind=LIST_PDF, params__meeting=meeting.pk)


def built_list(meeting, version: str):
    """The stored PDF of this version of the meeting's list of participants, or None."""
    done = _list_jobs(meeting).filter(status=JobStatus.DONE)
    for job in done.filter(**{f"summary__{LIST_VERSION}": version}).order_by("-pk")[:3]:
        if path := result_path(job):
            return path
    return None


def list_being_built(meeting) -> bool:
    return _list_jobs(meeting).filter(status__in=[JobStatus.QUEUED, JobStatus.RUNNING]).exists()


def list_failed(meeting, version: str) -> bool:
    """Did the job started for this version of the list fail (and no retry succeed)?"""
    return _list_jobs(meeting).filter(status=JobStatus.FAILED, params__list=version).exists()
