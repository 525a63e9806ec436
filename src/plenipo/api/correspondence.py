"""API: letters, tasks and campaigns (secretariat officers; a state's focal point reads the
letters sent to its state, and nothing else here)."""

import datetime as dt

from ninja import Router, Schema, Status

from plenipo.api.auth import signed_in
from plenipo.api.schemas import Error
from plenipo.campaigns.queries import all_campaigns, get_campaign, progress
from plenipo.campaigns.services.campaigns import start_campaign_for
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.listing import read_listing
from plenipo.correspondence.exporters import letter_text
from plenipo.correspondence.queries import (
    find_tasks,
    get_letter,
    get_letter_sent_to,
    get_task,
    letters_sent_to_state,
    recent_letters,
    task_as_dict,
    task_state_choices,
)
from plenipo.correspondence.services.letters import approve
from plenipo.registry.queries import get_organization
from plenipo.treaties.queries import get_instrument, parse_day_since_opening

router = Router(tags=["correspondence"], auth=signed_in)
FORBIDDEN = {"detail": "only secretariat officers work with correspondence"}


class LetterOut(Schema):
    id: int
    reference: str | None
    date: dt.date
    genre: str
    language: str
    status: str
    recipient: str
    subject: str
    text: str
    replies: int
    meeting: int | None
    instrument: str | None


def _allowed(request):
    return request.user.has_perm("correspondence.change_letter")


def letter_dict(letter):
    return {
        "id": letter.pk,
        "reference": letter.reference,
        "date": letter.date,
        "genre": letter.genre,
        "language": letter.language,
        "status": letter.status,
        "recipient": " ".join(filter(None, [letter.recipient_name, letter.recipient_post])),
        "subject": letter.subject,
        "text": letter_text(letter),
        # A list comes annotated (``recent_letters``); a single letter counts its own.
        "replies": (
            letter.reply_count if hasattr(letter, "reply_count") else letter.replies.count()
        ),
        "meeting": letter.meeting_id,
        "instrument": letter.instrument.code if letter.instrument_id else None,
    }


def _focal_point(request):
    return getattr(request.user, "focal_point", None)


@router.get("/letters", response={200: list[LetterOut], 401: Error, 403: Error})
def list_letters(request, status: str | None = None):
    """Officers: the latest letters, of any status. A focal point: the letters sent to its
    state, newest first (``status`` is then ignored: only sent letters are its)."""
    if _allowed(request):
        return [letter_dict(letter) for letter in recent_letters(status=status, limit=500)]
    focal_point = _focal_point(request)
    if focal_point is None:
        return Status(403, FORBIDDEN)
    return [letter_dict(letter) for letter in letters_sent_to_state(focal_point.state)[:500]]


@router.get("/letters/{letter_id}", response={200: LetterOut, 401: Error, 403: Error, 404: Error})
def letter_detail(request, letter_id: int):
    """A focal point reads only a letter sent to its state: any other is a 404."""
    if _allowed(request):
        return letter_dict(get_letter(letter_id))
    focal_point = _focal_point(request)
    if focal_point is None:
        return Status(403, FORBIDDEN)
    return letter_dict(get_letter_sent_to(focal_point.state, letter_id))


@router.post(
    "/letters/{letter_id}/approve",
    response={200: LetterOut, 400: Error, 401: Error, 403: Error, 404: Error},
)
def approve_letter(request, letter_id: int):
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    return letter_dict(approve(letter=get_letter(letter_id), by=request.user))


class TaskOut(Schema):
    id: int
    what: str
    due_on: dt.date
    due_time: str
    overdue: bool
    state: str
    done_by: str | None
    done_on: dt.date | None
    from_letter: int | None
    from_letter_name: str | None


def _can_see_tasks(request):
    return request.user.has_perm("correspondence.change_task")


MAX_TASKS = 500


@router.get("/tasks", response={200: list[TaskOut], 400: Error, 401: Error, 403: Error})
def list_tasks(request, state: str | None = None, q: str = ""):
    """The tasks as the office lists them (open first, soonest due first, then those done);
    ``state`` is ``open`` or ``done`` (both when left out), ``q`` words of the task or of its
    letter's name. At most 500."""
    if not _can_see_tasks(request):
        return Status(403, FORBIDDEN)
    known = [code for code, _ in task_state_choices()]
    if state and state not in known:
        raise InvalidInput(f"unknown task state {state!r} (known: {', '.join(known)})")
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    words = read_listing({"q": q}).q  # searched as the office's list searches
    tasks = find_tasks(q=words, status=state or "")[:MAX_TASKS]
    return [task_as_dict(task, today) for task in tasks]


@router.get("/tasks/{task_id}", response={200: TaskOut, 401: Error, 403: Error, 404: Error})
def task_detail(request, task_id: int):
    if not _can_see_tasks(request):
        return Status(403, FORBIDDEN)
    return task_as_dict(get_task(task_id), dt.date.today())  # noqa: DTZ011 -- calendar day


class TargetOut(Schema):
    state: str
    name: str
    stage: str
    stage_since: str | None
    letters: list
    pledge: str
    outcome: str


class CampaignOut(Schema):
    campaign: str
    instrument: str
    targets: list[TargetOut]
    by_stage: dict[str, int]


class CampaignListed(Schema):
    code: str
    title: str
    instrument: str
    members_of: str
    started_on: dt.date
    targets: int


class CampaignIn(Schema):
    instrument: str
    members_of: str
    as_of: str = ""  # empty: today
    title: str = ""


@router.get("/campaigns", response={200: list[CampaignListed], 401: Error, 403: Error})
def list_campaigns(request):
    """Every campaign, newest first, as the office lists them."""
    if not request.user.has_perm("campaigns.change_campaign"):
        return Status(403, FORBIDDEN)
    return [
        {
            "code": c.code,
            "title": c.title,
            "instrument": c.instrument.code,
            "members_of": c.organization.code,
            "started_on": c.started_on,
            "targets": c.target_count,
        }
        for c in all_campaigns()
    ]


@router.post("/campaigns", response={201: CampaignOut, 400: Error, 401: Error, 403: Error})
def new_campaign(request, payload: CampaignIn):
    """Start a campaign, as the office's form does: its targets are the members of
    ``members_of`` that are not parties to ``instrument`` on ``as_of`` (today if empty)."""
    if not request.user.has_perm("campaigns.add_campaign"):
        return Status(403, {"detail": "starting a campaign needs campaigns.add_campaign"})
    try:  # what the request names, not the URL: unknown is a bad request, not a 404
        instrument = get_instrument(payload.instrument)
        organization = get_organization(payload.members_of)
    except NotFound as exc:
        raise InvalidInput(str(exc)) from None
    campaign = start_campaign_for(
        instrument=instrument,
        organization=organization,
        started_on=parse_day_since_opening(payload.as_of, instrument),
        title=payload.title.strip(),
        by=request.user,
    )
    return Status(201, progress(campaign))


@router.get("/campaigns/{code}", response={200: CampaignOut, 401: Error, 403: Error, 404: Error})
def campaign(request, code: str):
    if not request.user.has_perm("campaigns.change_campaign"):
        return Status(403, FORBIDDEN)
    return progress(get_campaign(code))
