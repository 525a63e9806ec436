"""The office's background jobs: start one, watch its progress, take its file, retry it."""

from django.contrib import messages
from django.http import FileResponse, Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.jobs.queries import get_job, recent_jobs, refusals, result_path
from plenipo.jobs.services.jobs import retry_job, start_job
from plenipo.office.roles import office_permission

CAN_SEE = office_permission("jobs.view_job")
CAN_START = office_permission("jobs.add_job")


def _job(pk):
    try:
        return get_job(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def start(request, *, kind, params, back):
    """Start a job from a form and show its page; a refusal goes back with its message."""
    try:
        job = start_job(kind=kind, params=params, by=request.user)
    except PlenipoError as exc:
        messages.error(request, str(exc))
        return redirect(*back)
    return redirect("office:job", pk=job.pk)


@CAN_SEE
def job_list(request):
    return render(request, "office/jobs.html", {"jobs": recent_jobs()})


@CAN_SEE
def job_detail(request, pk):
    job = _job(pk)
    context = {"job": job, "refusals": refusals(job), "has_file": result_path(job) is not None}
    return render(request, "office/job.html", context)


@CAN_SEE
def job_file(request, pk):
    job = _job(pk)
    path = result_path(job)
    if path is None:
        raise Http404("this job has no finished file")
    return FileResponse(path.open("rb"), as_attachment=True, filename=job.result_name)


@require_POST
@CAN_START
def job_retry(request, pk):
    job = _job(pk)
    try:
        retry_job(job=job, by=request.user)
    except PlenipoError as exc:
        messages.error(request, str(exc))
    return redirect("office:job", pk=job.pk)


@require_POST
@CAN_START
def participants_job(request, meeting_id):
    return start(
        request,
        kind="participants-pdf",
        params={"meeting": meeting_id},
        back=("office:reply-matrix", meeting_id),
    )
