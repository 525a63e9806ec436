"""`plenipo tasks`: the tasks as the office lists them, marked done and reopened."""

import datetime as dt
import json
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from plenipo.core.models import ActivityLog
from plenipo.correspondence.services.tasks import add_task

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_the_list_is_the_offices_open_first_and_a_task_is_marked_done_and_reopened():
    overdue = add_task(what="Book the room", due_on=TODAY - dt.timedelta(days=1), by=None)
    ahead = add_task(what="Order badges", due_on=TODAY, due_time="17:00", by=None)
    out = run("tasks", "done", str(ahead.pk))
    assert out.rstrip() == f"{ahead.pk:>5}  {TODAY} 17:00  [done on {TODAY}]  Order badges"
    listed = run("tasks", "list").splitlines()
    assert listed == [
        f"{overdue.pk:>5}  {overdue.due_on}  [OVERDUE]  Book the room",
        f"{ahead.pk:>5}  {TODAY} 17:00  [done on {TODAY}]  Order badges",
    ]
    rows = json.loads(run("tasks", "list", "--state", "done", "--json"))
    assert [(r["id"], r["state"], r["done_on"], r["due_on"]) for r in rows] == [
        (ahead.pk, "done", str(TODAY), str(TODAY))
    ]
    assert json.loads(run("tasks", "list", "--search", "room", "--json"))[0]["id"] == overdue.pk
    run("tasks", "reopen", str(ahead.pk))
    logged = ActivityLog.objects.filter(action_type__startswith="correspondence.task.")
    assert [e.action_type for e in logged.order_by("pk")][-2:] == [
        "correspondence.task.done",
        "correspondence.task.reopened",
    ]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("done", "x1"), "bad task id 'x1': give the number list printed"),
        (("done", "999999"), "no task 999999"),
        (("reopen", "{id}"), "the task is already open"),
    ],
)
def test_a_bad_id_or_move_is_one_line(args, message):
    task = add_task(what="Book the room", due_on=TODAY, by=None)
    with pytest.raises(CommandError, match=message):
        run("tasks", *(a.format(id=task.pk) for a in args))
