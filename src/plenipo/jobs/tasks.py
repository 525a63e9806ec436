"""The one task the backend runs: a job by its id. What the job does is its kind's."""

import logging

from plenipo.core.errors import PlenipoError
from plenipo.jobs.backend import task
from plenipo.jobs.services import jobs

logger = logging.getLogger(__name__)


@task()
def run_job(job_id: int) -> str:
    from plenipo.jobs.kinds import KINDS  # noqa: PLC0415 -- kinds import the domain apps

    job = jobs.begin_run(job_id)
    if job is None:
        return "nothing to run"
    try:
        KINDS[job.kind].run(job, jobs.Progress(job))
    except Exception as exc:
        if not isinstance(exc, PlenipoError | OSError):  # bad data or a full disk are expected
            logger.exception("job %s failed", job_id)
        jobs.fail(job, _one_line(exc))  # one line for the office; the steps stay for a retry
        return "failed"
    return "done"


def _one_line(exc) -> str:
    where = f"{exc.filename}: " if isinstance(exc, OSError) and exc.filename else ""
    text = f"{where}{getattr(exc, 'strerror', None) or exc}" or type(exc).__name__
    return " ".join(text.split())
