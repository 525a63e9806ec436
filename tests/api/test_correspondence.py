import datetime as dt

import pytest

from plenipo.correspondence.queries import get_template
from plenipo.correspondence.recipients import resolve
from plenipo.correspondence.services.letters import merge
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db


@pytest.fixture
def letter():
    return merge(
        template=get_template("campaign-ratification-en"),
        recipients=resolve("ministers:COE:CETS-197", dt.date(2015, 6, 15)),
        day=dt.date(2015, 6, 15),
        by=None,
        instrument=get_instrument("CETS-197"),
        organization=get_organization("COE"),
    ).letters[0]


def test_letters_are_for_the_secretariat(client, letter, focal_point_state_b, secretariat_officer):
    assert client.get("/api/letters").status_code == 401
    client.force_login(focal_point_state_b)
    # a focal point reads only the letters sent to its state (tests/portal/test_letters.py)
    assert client.get(f"/api/letters/{letter.pk}").status_code == 404
    assert client.get("/api/letters").json() == []
    assert client.post(f"/api/letters/{letter.pk}/approve").status_code == 403
    client.force_login(secretariat_officer)
    assert client.post(f"/api/letters/{letter.pk}/approve").json()["status"] == "approved"
    again = client.post(f"/api/letters/{letter.pk}/approve")
    assert again.status_code == 400
    assert "not a draft" in again.json()["detail"]


def test_tasks_are_read_as_the_office_lists_them(client, focal_point_state_b, secretariat_officer):
    from plenipo.correspondence.services.tasks import add_task, mark_done  # noqa: PLC0415

    today = dt.date.today()
    overdue = add_task(what="Book the room", due_on=today - dt.timedelta(days=1), by=None)
    done = add_task(what="Reply to Austria", due_on=today, due_time="17:00", by=None)
    mark_done(task=done, by=secretariat_officer, on=dt.date(2031, 1, 2))
    assert client.get("/api/tasks").status_code == 401
    client.force_login(focal_point_state_b)
    assert client.get("/api/tasks").status_code == 403
    assert client.get(f"/api/tasks/{done.pk}").status_code == 403
    client.force_login(secretariat_officer)
    listed = client.get("/api/tasks").json()
    assert [(t["id"], t["state"], t["overdue"]) for t in listed] == [
        (overdue.pk, "open", True),
        (done.pk, "done", False),
    ]
    assert client.get(f"/api/tasks/{done.pk}").json() == {
        "id": done.pk,
        "what": "Reply to Austria",
        "due_on": today.isoformat(),
        "due_time": "17:00",
        "overdue": False,
        "state": "done",
        "done_by": "officer",
        "done_on": "2031-01-02",
        "from_letter": None,
        "from_letter_name": None,
    }
    assert [t["id"] for t in client.get("/api/tasks?state=open").json()] == [overdue.pk]
    assert [t["id"] for t in client.get("/api/tasks?q=austria").json()] == [done.pk]
    unknown = client.get("/api/tasks?state=closed")
    assert unknown.status_code == 400
    assert unknown.json()["detail"] == "unknown task state 'closed' (known: open, done)"
    assert client.get(f"/api/tasks/{done.pk + 99}").status_code == 404
