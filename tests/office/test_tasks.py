"""The office's tasks page, as a secretariat officer works through it: listed and filtered,
marked done and reopened, edited, added by hand; the dashboard drops what is done."""

import datetime as dt
import html
import re

import pytest
from django.urls import resolve, reverse

from plenipo.core.models import ActivityLog
from plenipo.correspondence.models import Task
from plenipo.correspondence.services.incoming import accept, receive
from plenipo.correspondence.services.tasks import add_task, mark_done

pytestmark = pytest.mark.django_db
TODAY = dt.date.today()
NOTE = (
    b"The Secretariat has the honour to request the Permanent Missions to communicate the "
    b"names of their representatives by 10 March 2031."
)


def _rows(response) -> list[tuple[str, str, str]]:
    """(task id, state, the row's text) of each row of the list, in order."""
    page = response.content.decode()
    rows = re.findall(r'<tr data-task="(\d+)" data-state="(\w+)"([^>]*)>(.*?)</tr>', page, re.S)
    return [
        (pk, state + (" overdue" if "overdue" in attrs else ""), _plain(text))
        for pk, state, attrs, text in rows
    ]


def _plain(fragment) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", fragment)).split())


def _alert(response) -> str:
    match = re.search(r'<div class="error" role="alert">([^<]*)</div>', response.content.decode())
    return html.unescape(match.group(1)) if match else ""


@pytest.fixture
def officer(client, secretariat_officer):
    client.force_login(secretariat_officer)
    return secretariat_officer


@pytest.fixture
def from_letter():
    letter = receive(name="note-names.txt", data=NOTE, by=None)
    return accept(letter=letter, item="deadlines/0", by=None)


def test_every_task_is_listed_open_first_by_due_day_then_done(client, officer, from_letter):
    overdue = add_task(what="Book the room", due_on=TODAY - dt.timedelta(days=2), by=None)
    ahead = add_task(
        what="Circulate the zero draft", due_on=TODAY + dt.timedelta(days=5), due_time="18:00",
        by=None,
    )  # fmt: skip
    done = add_task(what="Reply to Austria", due_on=TODAY - dt.timedelta(days=9), by=None)
    mark_done(task=done, by=officer, on=dt.date(2031, 1, 2))
    response = client.get(reverse("office:tasks"))
    assert response.status_code == 200
    rows = _rows(response)
    assert [int(pk) for pk, _, _ in rows] == [overdue.pk, ahead.pk, from_letter.pk, done.pk]
    assert rows[0][1:] == (
        "open overdue",
        f"Overdue since {overdue.due_on} Book the room no letter Open Mark done",
    )
    assert rows[1][2].startswith(f"{ahead.due_on} 18:00 Circulate the zero draft")
    assert "note-names.txt" in rows[2][2]
    review = reverse("office:review", args=[from_letter.from_letter.pk])
    assert f'<a href="{review}">note-names.txt</a>' in response.content.decode()
    assert rows[3][1:] == (
        "done",
        f"{done.due_on} Reply to Austria no letter Done by officer on 2031-01-02 Reopen",
    )


def test_the_list_filters_open_or_done_and_searches_words(client, officer, from_letter):
    done = add_task(what="Reply to Austria", due_on=TODAY, by=None)
    mark_done(task=done, by=None)
    ids = {
        query: [int(pk) for pk, _, _ in _rows(client.get(reverse("office:tasks") + query))]
        for query in ("?status=open", "?status=done", "?q=names", "?status=closed")
    }
    assert ids["?status=open"] == [from_letter.pk]
    assert ids["?status=done"] == [done.pk]
    assert ids["?q=names"] == [from_letter.pk]  # the letter's file name is searched too
    assert ids["?status=closed"] == [from_letter.pk, done.pk]
    unknown = client.get(reverse("office:tasks") + "?status=closed").content.decode()
    assert "unknown status &#x27;closed&#x27; (known: open, done): every status is shown" in unknown


def test_marking_done_and_reopening_go_back_to_the_list_as_filtered(client, officer):
    task = add_task(what="Book the room", due_on=TODAY, by=None)
    response = client.post(
        reverse("office:task-done", args=[task.pk]), {"back": "status=open&page=1&evil=x"}
    )
    assert response.url == reverse("office:tasks") + "?status=open&page=1"
    task.refresh_from_db()
    assert (task.done, task.done_by, task.done_on) == (True, officer, TODAY)
    listed = client.get(response.url).content.decode()
    assert "Done: Book the room" in listed
    assert f'data-task="{task.pk}"' not in listed  # done: no longer among the open ones
    again = client.post(reverse("office:task-done", args=[task.pk]), {"from": "task"})
    assert again.url == reverse("office:task", args=[task.pk])
    page = client.get(again.url).content.decode()
    assert f"task {task.pk}: the task is already done" in html.unescape(page)
    client.post(reverse("office:task-reopen", args=[task.pk]))
    task.refresh_from_db()
    assert (task.done, task.done_by, task.done_on) == (False, None, None)
    logged = ActivityLog.objects.filter(action_type__startswith="correspondence.task").order_by(
        "pk"
    )
    assert [(e.action_type, e.actor) for e in logged] == [
        ("correspondence.task.added", None),
        ("correspondence.task.done", officer),
        ("correspondence.task.reopened", officer),
    ]


def test_done_and_reopen_take_only_a_post(client, officer):
    task = add_task(what="Book the room", due_on=TODAY, by=None)
    assert client.get(reverse("office:task-done", args=[task.pk])).status_code == 405
    assert client.post(reverse("office:task-done", args=[task.pk + 1])).status_code == 404
    task.refresh_from_db()
    assert not task.done


def test_done_and_reopen_are_one_view_over_the_task_state(client, officer):
    task = add_task(what="Book the room", due_on=TODAY, by=None)
    done, reopen = (reverse(f"office:task-{name}", args=[task.pk]) for name in ("done", "reopen"))
    assert resolve(done).func is resolve(reopen).func
    # reopening an open task is refused with the service's reason, as marking a done one is
    refused = client.post(reopen, {"from": "task"}, follow=True)
    assert f"task {task.pk}: the task is already open" in html.unescape(refused.content.decode())
    assert "Reopened:" not in refused.content.decode()
    reopened = client.post(done, follow=True), client.post(reopen, follow=True)
    assert "Reopened: Book the room" in reopened[1].content.decode()
    task.refresh_from_db()
    assert not task.done


def test_editing_a_task_saves_it_and_logs_it(client, officer, from_letter):
    url = reverse("office:task", args=[from_letter.pk])
    page = client.get(url).content.decode()
    assert 'value="2031-03-10"' in page
    assert f'href="{reverse("office:review", args=[from_letter.from_letter.pk])}"' in page
    response = client.post(
        url,
        {"what": "Send the names of the delegation", "due_on": "2031-03-09", "due_time": "17:00"},
    )
    assert response.url == url
    from_letter.refresh_from_db()
    assert (from_letter.what, from_letter.due_on, from_letter.due_time) == (
        "Send the names of the delegation",
        dt.date(2031, 3, 9),
        "17:00",
    )
    entry = ActivityLog.objects.get(action_type="correspondence.task.edited")
    assert (entry.actor, entry.data) == (officer, {"changed": ["due_on", "due_time", "what"]})
    assert "Saved: task due 2031-03-09" in client.get(url).content.decode()


@pytest.mark.parametrize(
    ("due_on", "due_time", "error"),
    [
        ("2031-02-30", "", "impossible date '2031-02-30': day is out of range for month"),
        ("10 March", "", "malformed date '10 March': expected YYYY-MM-DD"),
        ("2031-03-10", "5pm", "'5pm' is not a time of day: give HH:MM, e.g. 17:00"),
    ],
)
def test_a_bad_date_or_time_is_refused_on_the_form_keeping_what_was_typed(
    client, officer, from_letter, due_on, due_time, error
):
    url = reverse("office:task", args=[from_letter.pk])
    typed = {"what": "Send the names, revised", "due_on": due_on, "due_time": due_time}
    response = client.post(url, typed)
    assert response.status_code == 400
    page = html.unescape(response.content.decode())
    assert error in page
    assert "\nSend the names, revised</textarea>" in page  # the input is kept
    assert f'value="{due_on}"' in page
    assert "<h1>Task due 2031-03-10</h1>" in page  # the task as it is stored
    from_letter.refresh_from_db()
    assert from_letter.what != "Send the names, revised"
    assert not ActivityLog.objects.filter(action_type="correspondence.task.edited").exists()


def test_a_task_is_added_by_hand_and_an_empty_one_is_refused(client, officer):
    response = client.post(
        reverse("office:tasks"),
        {"what": "Order the badges", "due_on": "2031-05-02", "due_time": ""},
    )
    assert response.url == reverse("office:tasks")
    task = Task.objects.get()
    assert (task.what, task.due_on, task.from_letter) == (
        "Order the badges",
        dt.date(2031, 5, 2),
        None,
    )
    entry = ActivityLog.objects.get(action_type="correspondence.task.added")
    assert entry.actor == officer
    assert (
        "Task added, due 2031-05-02: Order the badges" in client.get(response.url).content.decode()
    )
    refused = client.post(reverse("office:tasks"), {"what": " ", "due_on": "2031-05-02"})
    assert refused.status_code == 400
    page = refused.content.decode()
    assert "The task was not added" in page
    assert "This field is required." in page
    assert 'value="2031-05-02"' in page
    assert Task.objects.count() == 1


def test_a_refusal_of_the_service_shows_on_the_form(client, officer, monkeypatch):
    from plenipo.core.errors import InvalidInput  # noqa: PLC0415
    from plenipo.correspondence.services import tasks  # noqa: PLC0415

    def refuse(**fields):
        raise InvalidInput("the task is not plain text")

    monkeypatch.setattr(tasks, "add_task", refuse)
    response = client.post(reverse("office:tasks"), {"what": "Order", "due_on": "2031-05-02"})
    assert response.status_code == 400
    assert _alert(response) == "the task is not plain text"


def test_only_who_may_add_tasks_adds_one(client, django_user_model):
    from django.contrib.auth.models import Permission  # noqa: PLC0415

    reader = django_user_model.objects.create_user("reader")
    reader.user_permissions.add(Permission.objects.get(codename="change_task"))
    client.force_login(reader)
    assert client.get(reverse("office:tasks")).status_code == 200
    response = client.post(reverse("office:tasks"), {"what": "Order", "due_on": "2031-05-02"})
    assert response.status_code == 403
    assert not Task.objects.exists()


def test_the_dashboard_links_all_tasks_and_each_task_and_drops_those_done(client, officer):
    task = add_task(what="Book the room", due_on=TODAY - dt.timedelta(days=3), by=None)
    page = client.get(reverse("office:dashboard")).content.decode()
    deadlines = page.split('<section id="deadlines">')[1].split("</section>")[0]
    assert f'<a href="{reverse("office:tasks")}">All tasks</a>' in deadlines
    assert f'<a href="{reverse("office:task", args=[task.pk])}">Book the room</a>' in deadlines
    assert "(added by hand)" in deadlines
    client.post(reverse("office:task-done", args=[task.pk]))
    page = client.get(reverse("office:dashboard")).content.decode()
    deadlines = page.split('<section id="deadlines">')[1].split("</section>")[0]
    assert "Book the room" not in deadlines
    assert "No deadline overdue or in the next two weeks." in deadlines


def test_tasks_is_in_the_office_navigation(client, officer):
    page = client.get(reverse("office:dashboard")).content.decode()
    header = page.split("<header>")[1].split("</header>")[0]
    assert f'<a href="{reverse("office:tasks")}">Tasks</a>' in header
