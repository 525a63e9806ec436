"""Reads of jobs for the surfaces."""

from pathlib import Path

from django.conf import settings

from plenipo.core.errors import NotFound
from plenipo.jobs.models import Job


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
