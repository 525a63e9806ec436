"""The office home: the day's work, read through each app's queries in a constant number of
queries, each line naming the screen that does it."""

import datetime as dt
from dataclasses import dataclass

from django.template.defaultfilters import pluralize
from django.urls import reverse

from plenipo.bodies.queries import deadlines_between
from plenipo.campaigns.queries import targets_due_a_letter
from plenipo.correspondence.queries import (
    InvitationLetters,
    awaiting_reply,
    invitation_letters,
    letters_to_review,
    open_tasks_due_by,
)
from plenipo.meetings.queries import meetings_in_preparation
from plenipo.monitoring.queries import overdue_everywhere

HORIZON = dt.timedelta(days=14)


@dataclass(frozen=True)
class NextStep:
    label: str
    url: str


def next_step(meeting, *, letters: InvitationLetters) -> NextStep | None:
    """What a meeting in preparation needs next: the invitation (to every invited state),
    then the registrations, then the list of participants; nothing once the list is out."""
    if not meeting.invited and not letters.any_sent:
        return NextStep("invitation to send", reverse("office:draft") + f"?meeting={meeting.pk}")
    if letters.unsent:
        return NextStep(
            f"{letters.unsent} invited state{pluralize(letters.unsent)} without a letter",
            reverse("office:draft") + f"?meeting={meeting.pk}",
        )
    if meeting.pending:
        return NextStep(
            f"{meeting.pending} registration{pluralize(meeting.pending)} to decide",
            reverse("office:reply-matrix", args=[meeting.pk]),
        )
    if meeting.approved and not meeting.participants_published:
        return NextStep(
            "list of participants to publish", reverse("office:meeting-edit", args=[meeting.pk])
        )
    return None


def deadlines(today: dt.date) -> list[dict]:
    """Deadlines of the next two weeks, from the open tasks and from mandates, soonest
    first; open tasks already past due come first, as overdue, until they are done. A task
    links to its page (where it is marked done), the letter it came from to its review."""
    rows = [
        {
            "due": str(task.due_on) + (f" {task.due_time}" if task.due_time else ""),
            "overdue": task.due_on < today,
            "what": task.what,
            "origin": task.from_letter.name if task.from_letter else "added by hand",
            "origin_url": reverse("office:review", args=[task.from_letter.pk])
            if task.from_letter
            else "",
            "url": reverse("office:task", args=[task.pk]),
        }
        for task in open_tasks_due_by(today + HORIZON)
    ]
    rows += [
        {
            "due": str(requirement.due),
            "overdue": False,
            "what": requirement.text,
            "origin": requirement.mandate.decision.symbol,
            "origin_url": "",
            "url": reverse("public:decision", args=[requirement.mandate.decision.symbol]),
        }
        for requirement in deadlines_between(today, today + HORIZON)
    ]
    return sorted(rows, key=lambda row: row["due"])


def meetings_ahead(today: dt.date) -> list[dict]:
    meetings = list(meetings_in_preparation(today))
    letters = invitation_letters(m.pk for m in meetings)
    none = InvitationLetters(any_sent=False, unsent=0)
    return [{"meeting": m, "step": next_step(m, letters=letters.get(m.pk, none))} for m in meetings]


# A campaign's targets due a letter are counted; only the first few are named.
NAMED_TARGETS = 3


def campaigns_due_letters(today: dt.date) -> list[dict]:
    """Per campaign, its targets due a letter: the campaign, their number and the first
    names (the campaign's page lists them all)."""
    by_campaign = {}
    for row in targets_due_a_letter(today):
        campaign = row["target"].campaign
        by_campaign.setdefault(campaign.pk, {"campaign": campaign, "names": []})["names"].append(
            row["name"]
        )
    return [
        {
            "campaign": group["campaign"],
            "count": len(group["names"]),
            "first": group["names"][:NAMED_TARGETS],
            "more": max(0, len(group["names"]) - NAMED_TARGETS),
        }
        for group in by_campaign.values()
    ]


def days_work(today: dt.date) -> dict:
    return {
        "today": today,
        "to_review": letters_to_review(),
        "overdue_replies": list(awaiting_reply(today)),
        "deadlines": deadlines(today),
        "meetings": meetings_ahead(today),
        "campaigns_due": campaigns_due_letters(today),
        "overdue_steps": overdue_everywhere(today),
    }
