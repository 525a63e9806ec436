"""API: letters and campaigns (secretariat officers only)."""

import datetime as dt

from ninja import Router, Schema, Status

from plenipo.api.auth import signed_in
from plenipo.api.schemas import Error
from plenipo.campaigns.queries import get_campaign, progress
from plenipo.correspondence.exporters import letter_text
from plenipo.correspondence.queries import get_letter, recent_letters
from plenipo.correspondence.services.letters import approve

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
    }


@router.get("/letters", response={200: list[LetterOut], 401: Error, 403: Error})
def list_letters(request, status: str | None = None):
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    return [letter_dict(letter) for letter in recent_letters(status=status, limit=500)]


@router.get("/letters/{letter_id}", response={200: LetterOut, 401: Error, 403: Error, 404: Error})
def letter_detail(request, letter_id: int):
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    return letter_dict(get_letter(letter_id))


@router.post(
    "/letters/{letter_id}/approve",
    response={200: LetterOut, 400: Error, 401: Error, 403: Error, 404: Error},
)
def approve_letter(request, letter_id: int):
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    return letter_dict(approve(letter=get_letter(letter_id), by=request.user))


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


@router.get("/campaigns/{code}", response={200: CampaignOut, 401: Error, 403: Error, 404: Error})
def campaign(request, code: str):
    if not request.user.has_perm("campaigns.change_campaign"):
        return Status(403, FORBIDDEN)
    return progress(get_campaign(code))
