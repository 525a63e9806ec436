"""The office's forms that set up a process, on its page: appoint a facilitator or remove an
appointment, add a milestone or mark its status, link a consultation to a recorded meeting.

Each step reads its form, then writes through the negotiations services with
``by=request.user``; a refusal shows the page again with the form as typed and the one-line
reason above it (400), and nothing is written.
"""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.sources import cited_source
from plenipo.meetings import queries as meetings
from plenipo.negotiations import queries as negotiations
from plenipo.negotiations.services import processes as process_services
from plenipo.office.negotiation_setup_forms import setup_form
from plenipo.office.negotiations import PERMISSION, process_or_404, render_process
from plenipo.office.roles import office_permission
from plenipo.registry.queries import find_person, get_state


def _cited(data):
    return cited_source(reference=data["source"], title=data["source_title"])


def _appoint(request, process, data) -> str:
    facilitator = process_services.appoint_facilitator(
        process=process,
        phase=data["phase"],
        role=data["role"],
        state=get_state(data["state"]),
        person=find_person(data["person"]) if data["person"].strip() else None,
        appointed_by=data["appointed_by"].strip(),
        appointed_on=data["appointed_on"].strip() or None,
        source=_cited(data),
        by=request.user,
    )
    role = facilitator.get_role_display().lower()
    return f"{facilitator.state.code} appointed {role} for the {facilitator.phase}."


def _remove(request, process, data) -> str:
    facilitator = negotiations.get_facilitator(process, data["facilitator"])
    process_services.remove_facilitator(facilitator, by=request.user)
    return f"{facilitator.state.code} is no longer recorded as facilitating {facilitator.phase}."


def _add_milestone(request, process, data) -> str:
    milestone = process_services.add_milestone(
        process=process,
        kind=data["kind"],
        title=data["title"],
        date=data["when"],
        status=data["status"],
        time_text=data["time_text"].strip(),
        source=_cited(data),
        by=request.user,
    )
    return f"Milestone added: {milestone.title}, {milestone.date}."


def _mark_milestone(request, process, data) -> str:
    milestone = negotiations.get_milestone(process, data["milestone"])
    process_services.set_milestone_status(milestone, data["status"], by=request.user)
    return f"{milestone.title}: {milestone.get_status_display().lower()}."


def _link(request, process, data) -> str:
    try:
        meeting = meetings.get_meeting(data["meeting"])
    except NotFound as exc:  # deleted since the page was drawn: a refusal, not a 404
        raise InvalidInput(str(exc)) from None
    process_services.link_consultation(process=process, meeting=meeting, by=request.user)
    return f"{meeting.title} is now a consultation of {process.code}."


def _step(request, code, name, write):
    process = process_or_404(code)
    form = setup_form(name, process, request.POST)
    if form.is_valid():
        try:
            with transaction.atomic():
                done = write(request, process, form.cleaned_data)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
    if form.errors:
        return render_process(request, process, status=400, **{f"{name}_form": form})
    messages.success(request, done)
    return redirect(reverse("office:negotiation", args=[process.code]) + "#setup")


@require_POST
@office_permission(PERMISSION)
def facilitator_add(request, code):
    return _step(request, code, "facilitator", _appoint)


@require_POST
@office_permission(PERMISSION)
def facilitator_remove(request, code):
    return _step(request, code, "removal", _remove)


@require_POST
@office_permission(PERMISSION)
def milestone_add(request, code):
    return _step(request, code, "milestone", _add_milestone)


@require_POST
@office_permission(PERMISSION)
def milestone_status(request, code):
    return _step(request, code, "milestone_status", _mark_milestone)


@require_POST
@office_permission(PERMISSION)
def consultation_link(request, code):
    return _step(request, code, "consultation", _link)
