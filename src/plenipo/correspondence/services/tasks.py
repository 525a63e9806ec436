"""The secretariat's tasks: added by hand or from a received letter's deadline (accepted
through ``incoming.accept``, which adds it here), edited, marked done and reopened. Each
change names who made it and is logged."""

import datetime as dt
import re

from django.db import transaction

from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.limits import check_text
from plenipo.core.transitions import RefusedTransition
from plenipo.correspondence.models import Task
from plenipo.correspondence.transitions import TASK, TASK_DONE, TASK_OPEN

# Longer would not be a task but a letter: the dashboard and the list show it whole.
MAX_WHAT = 2000
# "09:30", "18:00": a time of day on the 24-hour clock, as the reader writes a deadline's.
TIME = re.compile(r"(?:[01]\d|2[0-3]):[0-5]\d")


def _fields(*, what, due_on, due_time) -> dict:
    text = " ".join(check_text(Task, "what", what or "", what="the task").split())
    if not text:
        raise InvalidInput("the task needs a text: say what is to be done")
    if len(text) > MAX_WHAT:
        raise InvalidInput(f"the task is {len(text)} characters long (at most {MAX_WHAT})")
    if not isinstance(due_on, dt.date) or isinstance(due_on, dt.datetime):
        raise InvalidInput(f"the task needs the day it is due, not {str(due_on)[:30]!r}")
    time = check_text(Task, "due_time", str(due_time or "").strip(), what="the time due")
    if time and not TIME.fullmatch(time):
        raise InvalidInput(f"the time due {time!r} is not a time of day: give HH:MM, e.g. 17:00")
    return {"what": text, "due_on": due_on, "due_time": time}


@transaction.atomic
def add_task(*, what, due_on, by, due_time="", from_letter=None) -> Task:
    """The one way a task is made: by hand, or ``from_letter``, the received letter whose
    deadline it is. Logged as ``correspondence.task.added`` (naming the letter, if any);
    a task that cannot be kept is refused whole, with the reason."""
    fields = _fields(what=what, due_on=due_on, due_time=due_time)
    task = Task.objects.create(**fields, from_letter=from_letter)
    data = {"due_on": str(task.due_on)}
    if from_letter is not None:
        data["letter"] = from_letter.pk
    log_action(task, "correspondence.task.added", by=by, data=data)
    return task


@transaction.atomic
def edit_task(task: Task, *, what, due_on, by, due_time="") -> Task:
    """Change what a task says and when it is due; the letter it came from stays. Logs
    ``correspondence.task.edited`` with the fields changed (nothing changed: no entry)."""
    fields = _fields(what=what, due_on=due_on, due_time=due_time)
    changed = sorted(name for name, value in fields.items() if getattr(task, name) != value)
    if not changed:
        return task
    for name in changed:
        setattr(task, name, fields[name])
    task.save(update_fields=changed)
    log_action(task, "correspondence.task.edited", by=by, data={"changed": changed})
    return task


def task_state(task: Task) -> str:
    return TASK_DONE if task.done else TASK_OPEN


@transaction.atomic
def set_task_state(task: Task, state: str, *, by, on: dt.date | None = None) -> Task:
    """The one writer of a task's state: ``done`` (recording who, and ``on`` which day,
    today by default) or ``open`` again (forgetting both). Refuses a task already so, with
    the reason; logs ``correspondence.task.done`` or ``correspondence.task.reopened``."""
    stored = Task.objects.select_for_update().values_list("done", flat=True).get(pk=task.pk)
    current = TASK_DONE if stored else TASK_OPEN
    try:
        TASK.check(current, state)
    except RefusedTransition as exc:
        raise RefusedTransition(f"task {task.pk}: {exc}") from None
    task.done = state == TASK_DONE
    task.done_by = by if task.done else None
    task.done_on = (on or dt.date.today()) if task.done else None  # noqa: DTZ011 -- calendar day
    task.save(update_fields=["done", "done_by", "done_on"])
    event = "correspondence.task.done" if task.done else "correspondence.task.reopened"
    log_action(task, event, by=by, data={"from": current, "to": state})
    return task


def mark_done(*, task: Task, by, on: dt.date | None = None) -> Task:
    return set_task_state(task, TASK_DONE, by=by, on=on)


def reopen(*, task: Task, by) -> Task:
    return set_task_state(task, TASK_OPEN, by=by)
