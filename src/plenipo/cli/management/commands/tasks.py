import datetime as dt

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.core.listing import read_listing
from plenipo.correspondence.queries import find_tasks, get_task, task_as_dict
from plenipo.correspondence.services import tasks as service

MAX_ID = 2**31 - 1


class Command(PlenipoCommand):
    help = (
        "The secretariat's tasks, as /office/tasks/ lists them (open first, soonest due "
        "first, then those done); mark one done or reopen it."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        listed = sub.add_parser("list", help="The tasks, open first")
        listed.add_argument("--state", choices=["open", "done"], help="only open or done ones")
        listed.add_argument("--search", default="", help="words of the task or its letter's name")
        listed.add_argument("--json", action="store_true")
        for action, text in (("done", "Mark a task done"), ("reopen", "Reopen a task done")):
            change = sub.add_parser(action, help=text)
            change.add_argument("id", help="the task's id (printed by list)")

    def handle(self, *args, action, **options):
        today = dt.date.today()  # noqa: DTZ011 -- calendar day
        if action == "list":
            words = read_listing({"q": options["search"]}).q
            rows = [
                task_as_dict(task, today)
                for task in find_tasks(q=words, status=options.get("state") or "")
            ]
            if options["json"]:
                self.print_json(
                    [
                        dict(row, due_on=str(row["due_on"]), done_on=_day(row["done_on"]))
                        for row in rows
                    ]
                )
                return
            for row in rows:
                self.stdout.write(describe(row))
            return
        task = get_task(_task_id(options["id"]))
        if action == "done":
            service.mark_done(task=task, by=None)
        else:
            service.reopen(task=task, by=None)
        self.stdout.write(describe(task_as_dict(task, today)))


def _day(value):
    return str(value) if value else None


def _task_id(text) -> int:
    if not text.isdigit() or int(text) > MAX_ID:
        raise InvalidInput(f"bad task id {text!r}: give the number list printed")
    return int(text)


def describe(row) -> str:
    due = f"{row['due_on']}" + (f" {row['due_time']}" if row["due_time"] else "")
    if row["state"] == "done":
        by = f" by {row['done_by']}" if row["done_by"] else ""
        state = f"done{by} on {row['done_on']}"
    else:
        state = "OVERDUE" if row["overdue"] else "open"
    origin = f" (from {row['from_letter_name']})" if row["from_letter_name"] else ""
    return f"{row['id']:>5}  {due}  [{state}]  {row['what']}{origin}"
