"""API: the inbox (secretariat officers only) — receive a letter, accept what was read from
it (as corrected), decide a registry match, and undo a decision, through the services the
office's review page uses."""

import datetime as dt

from ninja import Field, File, Form, Router, Schema, Status, UploadedFile

from plenipo.api.auth import signed_in
from plenipo.api.schemas import Error
from plenipo.bodies.queries import get_body
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.uploads import read_upload
from plenipo.correspondence.queries import get_incoming, get_sent_letter
from plenipo.correspondence.services import (
    incoming,
    incoming_links,
    incoming_matches,
    reopen,
    replies,
)
from plenipo.meetings.queries import get_meeting

router = Router(tags=["inbox"], auth=signed_in)
FORBIDDEN = {"detail": "only secretariat officers work with the inbox"}


class IncomingOut(Schema):
    id: int
    name: str
    format: str
    received_on: dt.date
    enclosed_in: int | None
    answers: int | None
    reading: dict
    decisions: dict
    links: dict
    reply_proposed: dict | None = Field(
        description="The sent letter whose reference the reading found (``id``, "
        "``reference``), proposed as the letter this one answers while it answers none: "
        "record it with ``POST /api/inbox/{id}/reply``"
    )
    reply_warning: str = Field(
        "",
        description="Why the proposed reply link is only a guess (e.g. the cited letter was "
        "sent to another state than the sender's); empty when there is none",
    )
    duplicates: dict[str, list[dict]] = Field(
        description="For each meeting read that is not yet decided and matches no recorded "
        "one (``meetings/N``), the recorded meetings it may duplicate, each with why: "
        "accept it with ``meeting`` to link to one of them instead"
    )


class AcceptIn(Schema):
    item: str
    body: str | None = None
    corrections: dict[str, str | None] | None = None
    timezone: str = ""
    meeting: int | None = Field(
        None,
        description="A recorded meeting's id: the meeting read is that one (e.g. one of "
        "``duplicates``), linked to it instead of recorded again; nothing else is given",
    )


class UndoIn(Schema):
    item: str


class ReplyIn(Schema):
    letter: str = Field(
        description="The sent letter this one answers: its reference (spaces and case "
        "aside) or its id"
    )


class ReplyOut(Schema):
    id: int
    answers: int | None
    reference: str


class UndoOut(Schema):
    id: int
    item: str
    undone: dict
    removed: str


class LinkIn(Schema):
    place: str
    to: str | None = None


class LinkOut(Schema):
    id: int
    place: str
    decision: dict
    links: dict


class AcceptOut(Schema):
    id: int
    item: str
    decision: dict


def _allowed(request):
    return request.user.has_perm("correspondence.change_letter")


def _incoming_out(letter) -> dict:
    shown = incoming.incoming_as_dict(letter)
    proposed = replies.reply_proposed(letter, shown["links"]["correspondents"])
    sent = proposed and proposed["letter"]
    return {
        **shown,
        "reply_proposed": sent and {"id": sent.pk, "reference": sent.reference},
        "reply_warning": (proposed or {}).get("warning", ""),
        "duplicates": incoming_matches.possible_duplicates(letter, incoming.reading_of(letter)),
    }


@router.get("/inbox/{letter_id}", response={200: IncomingOut, 401: Error, 403: Error, 404: Error})
def show(request, letter_id: int):
    """A received letter: its reading, the officer's decisions, its registry matches and
    the recorded meetings its meetings may duplicate, as the review page shows them."""
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    return _incoming_out(get_incoming(letter_id))


@router.post("/inbox", response={201: IncomingOut, 400: Error, 401: Error, 403: Error})
def receive(request, file: File[UploadedFile] = None, again: Form[bool] = False):
    """Store and read a received file (text, PDF, DOCX, e-mail, scan): the letter with its
    ``id`` and its reading (the schema of docs/reading.md). The same file received before
    is refused (400, naming that letter) unless the form field ``again`` is true."""
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    if file is None:
        raise InvalidInput("send the letter as the multipart field 'file'")
    letter = incoming.receive(
        name=file.name or "letter",
        data=read_upload(file, max_bytes=incoming.MAX_RECEIVED_BYTES),
        by=request.user,
        again=again,
    )
    return Status(201, _incoming_out(letter))


@router.post(
    "/inbox/{letter_id}/accept",
    response={200: AcceptOut, 400: Error, 401: Error, 403: Error, 404: Error},
)
def accept(request, letter_id: int, payload: AcceptIn):
    """Accept one read item (``meetings/0``, ``deadlines/1``, ``enclosures/0``) as the
    review page's accept button does; ``body`` names the body of a meeting not yet
    recorded, ``corrections`` the read values the officer corrects (a meeting's title,
    start, end, start_time, status, room, venue, city, and the kind of a new meeting; a
    deadline's what, due, time; days YYYY-MM-DD, times HH:MM), ``timezone`` the zone of a
    meeting's time."""
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    kind, index = incoming.parse_item(payload.item)
    letter = get_incoming(letter_id)
    key = f"{kind}/{index}"
    if payload.meeting is not None:
        return _link_instead(request, letter, index, payload, kind=kind)
    body = get_body(payload.body) if payload.body else None
    incoming.accept(
        letter=letter,
        item=key,
        by=request.user,
        body=body,
        corrections=payload.corrections,
        timezone=payload.timezone,
    )
    return {"id": letter.pk, "item": key, "decision": letter.decisions[key]}


def _link_instead(request, letter, index, payload, *, kind) -> dict:
    """The read meeting is one already recorded: linked to it, as "Link to it instead"."""
    if kind != "meetings":
        raise InvalidInput("'meeting' links a meeting read (meetings/N) to a recorded one")
    if payload.body or payload.corrections or payload.timezone:
        raise InvalidInput("a meeting linked to a recorded one takes no body, correction or zone")
    try:
        recorded = get_meeting(payload.meeting)
    except NotFound as exc:
        raise InvalidInput(str(exc)) from None
    incoming.link_meeting(letter=letter, index=index, meeting=recorded, by=request.user)
    key = f"{kind}/{index}"
    return {"id": letter.pk, "item": key, "decision": letter.decisions[key]}


@router.post(
    "/inbox/{letter_id}/link",
    response={200: LinkOut, 400: Error, 401: Error, 403: Error, 404: Error},
)
def link(request, letter_id: int, payload: LinkIn):
    """Decide one registry match (``place``: ``instruments/N`` or
    ``correspondents/N/KIND``, as ``links`` gives it) as the review page's buttons do:
    ``to`` the code proposed, an alternative or any registry entry of that kind; ``to``
    null for none of them. Undo it through ``undo`` with the place as ``item``. Returns the
    decision and the letter's matches with the officer's decisions."""
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    place = incoming_links.parse_place(payload.place)
    letter = get_incoming(letter_id)
    decision = incoming_links.decide_link(
        letter=letter, place=place, to=payload.to, by=request.user
    )
    links = incoming_links.decided_links(letter)
    return {"id": letter.pk, "place": place, "decision": decision, "links": links}


@router.post(
    "/inbox/{letter_id}/undo",
    response={200: UndoOut, 400: Error, 401: Error, 403: Error, 404: Error},
)
def undo(request, letter_id: int, payload: UndoIn):
    """Undo the decision on one item, as the review page's Undo does: the item is
    undecided again, and the meeting, task or letter accepting it created is removed
    (refused while anything refers to it). An item ``instruments/N`` or
    ``correspondents/N/KIND`` is a registry match: its decision is undone, nothing removed;
    the item ``reply`` undoes the letter's record as a reply."""
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    if payload.item.strip() == "reply":
        sent = replies.unlink_reply(letter=get_incoming(letter_id), by=request.user)
        return {"id": letter_id, "item": "reply", "undone": {"answers": sent.pk}, "removed": ""}
    if payload.item.strip().startswith(incoming_links.PLACE_PREFIXES):
        place = incoming_links.parse_place(payload.item)
        undone = incoming_links.undo_link(
            letter=get_incoming(letter_id), place=place, by=request.user
        )
        return {"id": letter_id, "item": place, "undone": undone, "removed": ""}
    kind, index = incoming.parse_item(payload.item)
    letter = get_incoming(letter_id)
    key = f"{kind}/{index}"
    return {"id": letter.pk, "item": key, **reopen.reopen(letter=letter, item=key, by=request.user)}


@router.post(
    "/inbox/{letter_id}/reply",
    response={200: ReplyOut, 400: Error, 401: Error, 403: Error, 404: Error},
)
def record_reply(request, letter_id: int, payload: ReplyIn):
    """Record the received letter as the reply to a sent letter, as the review page's
    "Record as the reply" does: the sent letter is answered (Replies awaited shows the
    reply, and an invitation's delegation its reply where none was recorded). Undo it with
    ``undo`` and the item ``reply``."""
    if not _allowed(request):
        return Status(403, FORBIDDEN)
    letter = get_incoming(letter_id)
    sent = get_sent_letter(payload.letter)
    replies.link_reply(letter=letter, sent=sent, by=request.user)
    return {"id": letter.pk, "answers": sent.pk, "reference": sent.reference or ""}
