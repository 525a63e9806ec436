"""The secretariat's tasks: added, edited, marked done and reopened, each by someone and logged."""

import datetime as dt

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.models import ActivityLog
from plenipo.core.transitions import RefusedTransition
from plenipo.correspondence.models import Task
from plenipo.correspondence.queries import find_tasks
from plenipo.correspondence.services.incoming import accept, receive
from plenipo.correspondence.services.tasks import add_task, edit_task, mark_done, reopen
from plenipo.correspondence.transitions import TASK

pytestmark = pytest.mark.django_db
DUE = dt.date(2031, 4, 1)
NOTE = (
    b"The Secretariat has the honour to request the Permanent Missions to communicate the "
    b"names of their representatives by 10 March 2031."
)


def _log(task):
    entries = ActivityLog.objects.filter(
        object_id=str(task.pk), action_type__startswith="correspondence.task"
    )
    return list(entries.order_by("pk").values_list("action_type", "actor__username", "data"))


def test_the_task_table_moves_open_to_done_and_back_only():
    assert TASK.allows("open", "done")
    assert TASK.allows("done", "open")
    assert TASK.refusal("done", "done") == "the task is already done"
    assert TASK.refusal("open", "open") == "the task is already open"


def test_a_task_added_by_hand_is_logged_with_who_added_it(secretariat_officer):
    task = add_task(
        what="  Book the   room\nfor the informals ", due_on=DUE, due_time="09:30",
        by=secretariat_officer,
    )  # fmt: skip
    task.refresh_from_db()
    assert (task.what, task.due_on, task.due_time, task.from_letter) == (
        "Book the room for the informals",
        DUE,
        "09:30",
        None,
    )
    assert _log(task) == [("correspondence.task.added", "officer", {"due_on": "2031-04-01"})]


@pytest.mark.parametrize(
    ("what", "due_on", "due_time", "refusal"),
    [
        ("   ", DUE, "", "the task needs a text: say what is to be done"),
        ("Reply", "2031-04-01", "", "the task needs the day it is due, not '2031-04-01'"),
        (
            "Reply",
            DUE,
            "25:00",
            "the time due '25:00' is not a time of day: give HH:MM, e.g. 17:00",
        ),
        ("Reply", DUE, "9h", "the time due '9h' is not a time of day: give HH:MM, e.g. 17:00"),
        ("Reply", DUE, "17:00:00", "the time due is 8 characters long (at most 5)"),
        ("x" * 2001, DUE, "", "the task is 2001 characters long (at most 2000)"),
        ("Reply\x00", DUE, "", "the task is not plain text"),
    ],
)
def test_a_task_that_cannot_be_kept_is_refused_with_the_reason(what, due_on, due_time, refusal):
    with pytest.raises(InvalidInput) as refused:
        add_task(what=what, due_on=due_on, due_time=due_time, by=None)
    assert str(refused.value) == refusal
    assert not Task.objects.exists()
    assert not ActivityLog.objects.filter(action_type="correspondence.task.added").exists()


def test_editing_a_task_logs_what_changed_and_keeps_its_letter(secretariat_officer):
    letter = receive(name="note.txt", data=NOTE, by=None)
    task = accept(letter=letter, item="deadlines/0", by=None)
    edit_task(
        task, what=task.what, due_on=dt.date(2031, 3, 12), due_time="12:00", by=secretariat_officer
    )
    task.refresh_from_db()
    assert (task.due_on, task.due_time, task.from_letter) == (dt.date(2031, 3, 12), "12:00", letter)
    assert _log(task) == [
        ("correspondence.task.added", None, {"due_on": "2031-03-10", "letter": letter.pk}),
        ("correspondence.task.edited", "officer", {"changed": ["due_on", "due_time"]}),
    ]
    edit_task(task, what=task.what, due_on=task.due_on, due_time="12:00", by=secretariat_officer)
    assert len(_log(task)) == 2  # nothing changed, nothing logged


def test_a_task_marked_done_records_who_and_when_and_reopening_forgets_both(secretariat_officer):
    task = add_task(what="Send the names", due_on=DUE, by=None)
    mark_done(task=task, by=secretariat_officer, on=dt.date(2031, 3, 30))
    task.refresh_from_db()
    assert (task.done, task.done_by, task.done_on) == (
        True,
        secretariat_officer,
        dt.date(2031, 3, 30),
    )
    with pytest.raises(RefusedTransition, match=f"task {task.pk}: the task is already done"):
        mark_done(task=task, by=secretariat_officer)
    reopen(task=task, by=secretariat_officer)
    task.refresh_from_db()
    assert (task.done, task.done_by, task.done_on) == (False, None, None)
    with pytest.raises(RefusedTransition, match="the task is already open"):
        reopen(task=task, by=secretariat_officer)
    assert [entry[:2] for entry in _log(task)] == [
        ("correspondence.task.added", None),
        ("correspondence.task.done", "officer"),
        ("correspondence.task.reopened", "officer"),
    ]
    assert _log(task)[1][2] == {"from": "open", "to": "done"}


def test_marking_done_is_refused_when_someone_else_did_it_meanwhile(secretariat_officer):
    task = add_task(what="Send the names", due_on=DUE, by=None)
    stale = Task.objects.get(pk=task.pk)
    mark_done(task=task, by=None)
    with pytest.raises(RefusedTransition, match="already done"):
        mark_done(task=stale, by=secretariat_officer)
    task.refresh_from_db()
    assert task.done_by is None  # the first one to mark it done keeps it


def test_the_list_shows_open_tasks_soonest_first_then_those_done():
    all_day = add_task(what="Any time of the day", due_on=DUE, by=None)
    sooner = add_task(what="Sooner, in the afternoon", due_on=DUE, due_time="15:00", by=None)
    morning = add_task(what="Sooner, in the morning", due_on=DUE, due_time="09:00", by=None)
    earliest = add_task(what="Earliest", due_on=DUE - dt.timedelta(days=9), by=None)
    done = add_task(what="Done long ago", due_on=DUE - dt.timedelta(days=30), by=None)
    mark_done(task=done, by=None)
    assert list(find_tasks()) == [earliest, all_day, morning, sooner, done]
    assert list(find_tasks(status="open")) == [earliest, all_day, morning, sooner]
    assert list(find_tasks(status="done")) == [done]
    assert list(find_tasks(q="SOONER morning")) == [morning]
    assert list(find_tasks(start=DUE, end=DUE)) == [all_day, morning, sooner]
