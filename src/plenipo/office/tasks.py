"""The secretariat's tasks: the list (open first, soonest due first, then those done), a
task's page to edit it, adding one by hand, marking one done and reopening it. Every write
goes through the correspondence services with the officer as ``by``; a refusal shows their
one-line message and keeps what was typed."""

import datetime as dt
from urllib.parse import parse_qsl, urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.text import Truncator
from django.views.decorators.http import require_POST

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.correspondence.queries import find_tasks, get_task, task_state_choices
from plenipo.correspondence.services import tasks as service
from plenipo.correspondence.transitions import TASK_DONE, TASK_OPEN
from plenipo.office.roles import office_permission
from plenipo.office.task_forms import TaskForm

CAN_SEE = office_permission("correspondence.change_task")
BAD_INPUT = 400
# The list's own parameters: a done/reopen button sends the officer back to the same page.
KEPT = ("q", "status", "from", "to", "page")


def _today() -> dt.date:
    return dt.date.today()  # noqa: DTZ011 -- calendar day


def _task(pk):
    try:
        return get_task(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def _short(task) -> str:
    return Truncator(task.what).chars(60)


def _save(form, write) -> bool:
    """Run ``write(fields)`` with the form's fields; a refusal goes on the form."""
    if not form.is_valid():
        return False
    try:
        with transaction.atomic():
            write(form.cleaned_data)
    except PlenipoError as exc:
        form.add_error(None, str(exc))
        return False
    return True


@CAN_SEE
def task_list(request):
    form = TaskForm(request.POST or None)
    if request.method == "POST":
        if not request.user.has_perm("correspondence.add_task"):
            raise PermissionDenied("adding a task needs the correspondence.add_task permission")
        added = []

        def write(fields):
            added.append(service.add_task(**fields, by=request.user))

        if _save(form, write):
            messages.success(request, f"Task added, due {added[0].due_on}: {_short(added[0])}")
            return redirect("office:tasks")
    listing = read_listing(request.GET, statuses=task_state_choices(), dates=True)
    found = find_tasks(q=listing.q, status=listing.status, start=listing.start, end=listing.end)
    context = {
        "tasks": paginate(listing, found, request.GET),
        "listing": listing,
        "form": form,
        "today": _today(),
        "back": request.GET.urlencode(),
    }
    status = BAD_INPUT if form.is_bound else 200
    return render(request, "office/tasks.html", context, status=status)


@CAN_SEE
def task_edit(request, pk):
    task = _task(pk)
    form = TaskForm(request.POST or None, task=task)
    if request.method == "POST":

        def write(fields):
            service.edit_task(task, **fields, by=request.user)

        if _save(form, write):
            messages.success(request, f"Saved: task due {task.due_on}, {_short(task)}")
            return redirect("office:task", pk=task.pk)
        task.refresh_from_db()
    context = {"task": task, "form": form, "today": _today()}
    status = BAD_INPUT if form.is_bound else 200
    return render(request, "office/task.html", context, status=status)


def _back(request, task):
    """Where a done/reopen button was pressed: the task's page, or the list as it was
    filtered (only the list's own parameters are kept)."""
    if request.POST.get("from") == "task":
        return redirect("office:task", pk=task.pk)
    kept = [(k, v) for k, v in parse_qsl(request.POST.get("back", "")) if k in KEPT]
    return redirect(reverse("office:tasks") + (f"?{urlencode(kept)}" if kept else ""))


# What each state's button says once it is pressed.
DONE_WORDS = {TASK_DONE: "Done", TASK_OPEN: "Reopened"}


@require_POST
@CAN_SEE
def task_state(request, pk, state):
    """Mark a task done or open it again (``state``, from the URL: its "done" and "reopen"
    buttons); a refusal (already so) is a message, and the officer goes back where the
    button was."""
    task = _task(pk)
    try:
        service.set_task_state(task, state, by=request.user)
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{DONE_WORDS[state]}: {_short(task)}")
    return _back(request, task)
