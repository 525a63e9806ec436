"""The review screen of a received letter: each value read beside its evidence in the
letter, the officer's decision on each meeting, deadline and enclosure — corrected
before accepting, undone (reopened) after — and on each registry match of an instrument
cited or a correspondent (confirmed, another entry chosen, none, undone)."""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from plenipo.bodies.queries import all_bodies, body_names, get_body
from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.correspondence.queries import get_incoming, get_letter
from plenipo.correspondence.services import (
    incoming,
    incoming_links,
    incoming_matches,
    letter_venues,
    reopen,
    replies,
)
from plenipo.correspondence.services.registration_deadlines import (
    registration_deadline,
    registration_gets_task,
)
from plenipo.meetings.duplicates import likely_duplicates
from plenipo.meetings.queries import MEETING_KINDS, get_meeting, meeting_titles
from plenipo.office.review_delegation import delegation_context
from plenipo.office.review_forms import (
    correction_form,
    corrections,
    new_body,
    new_body_form,
    submitted,
)
from plenipo.office.roles import office_permission

CAN_READ = office_permission("correspondence.change_letter")
ITEM_NAMES = {"meetings": "meeting", "deadlines": "deadline", "enclosures": "enclosure"}
# What each mark of the letter's text is the evidence of, as its title reads.
MARK_TITLES = {
    "date": "the letter's date",
    "reference": "reference",
    "sender": "sender",
    "co_signatories": "co-signatory",
    "addressees": "addressee",
    "instruments_cited": "instrument cited",
    "documents_cited": "document cited",
    "requested_actions": "requested action",
    "other_references": "other reference",
    "participants": "member of the delegation announced",
}


# The corrected fields, as the decision column and the messages name them.
FIELD_WORDS = {
    "title": "title",
    "start": "first day",
    "end": "last day",
    "start_time": "start time",
    "status": "status",
    "room": "room",
    "venue": "venue",
    "city": "city",
    "kind": "kind",
    "what": "what is due",
    "due": "due day",
    "time": "time",
}


def in_form_order(names) -> list[str]:
    """The corrected fields in the form's order, whatever order the decision was stored in
    (PostgreSQL's jsonb keeps its keys in an order of its own)."""
    order = list(FIELD_WORDS)
    return sorted(
        names, key=lambda name: (order.index(name) if name in order else len(order), name)
    )


def mark_title(key: str) -> str:
    """ "meetings-0" → "meeting 1", "reference" → "reference"."""
    kind, _, index = key.partition("-")
    if kind in ITEM_NAMES and index.isdigit():
        return f"{ITEM_NAMES[kind]} {int(index) + 1}"
    return MARK_TITLES.get(key, key.replace("_", " "))


def _shown_marks(text, reading):
    """The marks to show, none overlapping another: the items the officer decides on
    (meetings, deadlines, enclosures) first, so that a deadline inside a requested action's
    sentence stays marked; then the other values where they fit."""
    marks = [(span, key) for span, key in reading.marks() if span.end <= len(text)]
    items = [mark for mark in marks if "-" in mark[1]]
    others = [mark for mark in marks if "-" not in mark[1]]
    taken = bytearray(len(text) + 1)
    chosen = []
    for span, key in items + others:
        if span.end > span.start and taken.find(1, span.start, span.end) != -1:
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        chosen.append((span, key))
    return sorted(chosen, key=lambda mark: (mark[0].start, mark[0].end))


def highlighted(text, reading) -> tuple[str, set]:
    """The letter's text, escaped, with each value's evidence marked (titled with what it
    supports; an item's mark is its anchor, ``evidence-meetings-0``), and the keys marked."""
    out, position, shown = [], 0, set()
    for span, key in _shown_marks(text, reading):
        if span.start < position:
            continue
        anchor = f' id="evidence-{escape(key)}"' if "-" in key else ""
        out.append(escape(text[position : span.start]))
        out.append(
            f'<mark data-field="{escape(key)}"{anchor} title="{escape(mark_title(key))}">'
            f"{escape(text[span.start : span.end])}</mark>"
        )
        position = span.end
        shown.add(key)
    out.append(escape(text[position:]))
    return mark_safe("".join(out)), shown


def received_or_404(pk):
    try:
        return get_incoming(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None


def item_name(kind, index, item) -> str:
    """An item in words: a meeting's title, a deadline's what, an enclosure's description."""
    words = {"meetings": "title", "deadlines": "what", "enclosures": "description"}[kind]
    return item_text(getattr(item, words)) or f"{ITEM_NAMES[kind]} {index + 1}"


def item_text(text) -> str:
    text = " ".join(str(text or "").split())
    return text if len(text) <= 80 else text[:79] + "…"


PLACE_FIELDS = ("room", "venue", "city")


def where(item, decision) -> str:
    """Room, venue and city as read, or as the officer corrected them on accepting."""
    changes = (decision or {}).get("corrected") or {}
    places = [
        changes[name]["given"] if name in changes else getattr(item, name) for name in PLACE_FIELDS
    ]
    return ", ".join(" ".join(str(place).split()) for place in places if place)


def _in_words(name, change) -> tuple:
    """What was read and what was given; a meeting's kind by its name, not its code."""
    if name != "kind":
        return change["read"], change["given"]
    words = dict(MEETING_KINDS)
    return tuple(words.get(value, value) for value in (change["read"], change["given"]))


def _rows(letter, reading, kind, shown, bound):
    """One row per item of ``kind``: the item, its decision, and (undecided) its
    correction form — the officer's own input when ``bound`` is this row's."""
    rows = []
    for index, item in enumerate(getattr(reading, kind)):
        key = f"{kind}/{index}"
        decision = letter.decisions.get(key)
        form, changes = None, (decision or {}).get("corrected") or {}
        if not decision:
            form = bound[1] if bound and bound[0] == key else correction_form(kind, index, item)
        rows.append(
            {
                "index": index,
                "item": item,
                "name": item_name(kind, index, item),
                "decision": decision,
                "form": form,
                "open": bool(bound and bound[0] == key),
                "corrected": [
                    (FIELD_WORDS.get(name, name), *_in_words(name, changes[name]))
                    for name in in_form_order(changes)
                ],
                "evidence": f"{kind}-{index}" if f"{kind}-{index}" in shown else "",
                "where": where(item, decision) if kind == "meetings" else "",
            }
        )
    return rows


def review_page(request, letter, bound=None, status=200):
    """The review page; ``bound`` is (item key, the officer's correction form) when a
    correction was refused, so that the row opens with the officer's input and the errors."""
    reading = incoming.reading_of(letter)
    text, shown = highlighted(letter.text, reading)
    meetings = _rows(letter, reading, "meetings", shown, bound)
    titles = meeting_titles(
        m["decision"].get("meeting") for m in meetings if (m["decision"] or {}).get("meeting")
    )
    names = body_names()
    for m in meetings:
        m["made_title"] = titles.get((m["decision"] or {}).get("meeting"))
        m["match"] = letter_venues.matching_meeting(m["item"]) if not m["decision"] else None
        if m["match"] and m["form"] is not None:
            # linked to the recorded meeting as it is: no kind to choose (see accept_meeting)
            m["form"].fields.pop("kind", None)
        m["body"] = _chosen_body(request, m, names)
        m["new_body"] = new_body_form(m["index"], request.POST if _refused(request, m) else None)
        # the letter's registration deadline, set on the meeting it records, or on the
        # recorded one it is linked to when that has none (checked against its start)
        start = m["match"].start if m["match"] else m["item"].start
        m["registration"] = registration_deadline(reading, m["index"], start)
        m["zone_unknown"] = bool(
            not m["decision"]
            and not m["match"]
            and m["item"].start_time
            and not letter_venues.known_time_zone(m["item"])
        )
    _add_duplicates(meetings)
    deadlines = _rows(letter, reading, "deadlines", shown, bound)
    _mark_meetings_deadlines(meetings, deadlines)
    context = {
        "letter": letter,
        "reading": reading,
        "kind": (reading.doc_type or "unknown").replace("_", " ").capitalize(),
        "text": text,
        "meetings": meetings,
        "deadlines": deadlines,
        "enclosures": _rows(letter, reading, "enclosures", shown, bound),
        "bodies": all_bodies(),
        **_links_context(letter, reading),
        **delegation_context(letter, reading),
    }
    # the sent letter it answers, proposed from the references it cites until decided
    context["proposed_reply"] = replies.reply_proposed(letter, context["correspondents"])
    return render(request, "office/review.html", context, status=status)


def _mark_meetings_deadlines(meetings, deadlines):
    """Mark the registration deadlines that are (or, accepted, become) their meeting's
    registration deadline of a meeting the office convenes: a task for the same day would
    duplicate it, so none is offered (``registration_gets_task``)."""
    days = {}
    for m in meetings:
        decided = m["decision"] or {}
        if decided:
            day = decided.get("registration_deadline")
        elif not (m["match"] and m["match"].registration_deadline):
            day = str(m["registration"][0]) if m["registration"][0] else None
        else:
            day = None  # a recorded meeting with its own keeps it: a task may be wanted
        days[m["index"]] = day
    for d in deadlines:
        item = d["item"]
        d["meetings_deadline"] = bool(
            item.kind == "registration"
            and item.due.not_after
            and days.get(item.meeting) == str(item.due.not_after)
            and not registration_gets_task(_meeting_body(meetings, item.meeting))
        )
        # One rule for both ways of making the task: as read and as corrected.
        d["task_offered"] = not d["meetings_deadline"]


def _meeting_body(meetings, index):
    """The body of read meeting ``index``: of the meeting it became or matches, else the
    one chosen for it; None while none is."""
    m = next((m for m in meetings if m["index"] == index), None)
    if m is None:
        return None
    recorded = (m["decision"] or {}).get("meeting")
    if recorded:
        return get_meeting(recorded).body
    if m["match"]:
        return m["match"].body
    try:
        return get_body(m["body"]) if m["body"] else None
    except NotFound:  # a code the officer's refused form gave: no body chosen
        return None


def _add_duplicates(meetings):
    """Warn, on each meeting to be recorded, of the recorded ones it may duplicate."""
    new = [m for m in meetings if not m["decision"] and not m["match"]]
    found = likely_duplicates([(m["item"], m["body"] or "") for m in new])
    for m, duplicates in zip(new, found, strict=True):
        m["duplicates"] = duplicates


def _links_context(letter, reading) -> dict:
    """The registry matches with the officer's decisions, and the registry's entries of
    each kind matched (the choices of "another entry")."""
    links = incoming_links.decided_links(letter, reading)
    kinds = {"instrument"} if links["instruments"] else set()
    kinds |= {m["kind"] for row in links["correspondents"] for m in row["links"]}
    return {
        "instruments": links["instruments"],
        "correspondents": links["correspondents"],
        "registry": sorted(incoming_links.registry_choices(kinds).items()),
    }


def _refused(request, row) -> bool:
    """Whether the row is the one the officer's refused input came from."""
    return row["open"] and request.method == "POST"


def _chosen_body(request, row, names):
    """The body the row's select shows chosen: the officer's own choice on a refused form,
    else the one body the meeting's title names with confidence."""
    if row["decision"] or row["match"]:
        return None
    if _refused(request, row):
        return request.POST.get("body") or None
    return incoming_matches.named_body(row["item"], names)


@CAN_READ
def review(request, pk):
    return review_page(request, received_or_404(pk))


@require_POST
@CAN_READ
def decide(request, pk, kind, index):
    """Accept (as corrected), reject or undo one item; a refused correction keeps the
    officer's input on the page, any other refusal is a message."""
    letter = received_or_404(pk)
    try:
        item = incoming.reading_of(letter).item(kind, index)
    except (KeyError, IndexError):
        raise Http404(f"{letter} has no {kind} item {index}") from None
    choice = request.POST.get("decision")
    form = correction_form(kind, index, item, request.POST)
    # "Accept" and "Accept as corrected" send the same form: the values in it are accepted.
    correcting = choice in {"accept", "correct"} and submitted(form, request.POST)
    body_form = new_body_form(index, request.POST) if kind == "meetings" else None
    adding = choice in {"accept", "correct"} and bool(body_form and body_form.has_changed())
    if (correcting and not form.is_valid()) or (adding and not body_form.is_valid()):
        messages.error(request, "The values given were not accepted: see the form.")
        return review_page(request, letter, bound=(f"{kind}/{index}", form), status=400)
    try:
        said = _decided(
            request,
            letter,
            (kind, index),
            item,
            (form if correcting else None, new_body(body_form) if adding else None),
        )
    except PlenipoError as exc:
        # The services name an item by its key ("deadlines/0"), as the CLI and API take it.
        said = str(exc).replace(
            f"{kind}/{index}", f"{ITEM_NAMES[kind]} “{item_name(kind, index, item)}”"
        )
        if not correcting:
            messages.error(request, said)
            return redirect("office:review", pk=letter.pk)
        form.add_error(None, said)
        return review_page(request, letter, bound=(f"{kind}/{index}", form), status=400)
    messages.success(request, said)
    return redirect("office:review", pk=letter.pk)


def _decided(request, letter, place, item, given) -> str:
    """Carry out the officer's choice on the item at ``place`` (kind, index), with what
    was ``given`` (the correction form, the body to add); what happened, in words, for the
    flash message."""
    (kind, index), choice, by = place, request.POST.get("decision"), request.user
    form, body_added = given
    key, name = f"{kind}/{index}", item_name(kind, index, item)
    if choice == "reopen":
        undone = reopen.reopen(letter=letter, item=key, by=by)
        removed = f"; {undone['removed']} removed" if undone.get("removed") else ""
        return f"{ITEM_NAMES[kind].capitalize()} “{name}” reopened{removed}."
    if choice == "reject":
        incoming.reject(letter=letter, kind=kind, index=index, by=by)
        return f"{ITEM_NAMES[kind].capitalize()} “{name}” rejected."
    if choice == "link" and kind == "meetings":
        recorded = get_meeting(request.POST.get("meeting"))
        incoming.link_meeting(letter=letter, index=index, meeting=recorded, by=by)
        return accepted_message(kind, name, recorded, letter.decisions[key])
    changed, timezone = corrections(form) if form is not None else ({}, "")
    body = get_body(request.POST["body"]) if request.POST.get("body") else None
    made = incoming.accept(
        letter=letter,
        item=key,
        by=by,
        body=body,
        corrections=changed,
        timezone=timezone,
        new_body=body_added,
    )
    said = accepted_message(kind, name, made, letter.decisions[key])
    if body_added:
        return f"Body {made.body.code} ({made.body.name}) added. {said}"
    return said


def accepted_message(kind, name, made, decision) -> str:
    corrected = decision.get("corrected")
    said = ", ".join(FIELD_WORDS.get(name, name) for name in in_form_order(corrected or ()))
    said = f" (corrected: {said})" if said else ""
    if kind == "meetings" and decision["status"] == "linked":
        said = f"Meeting “{name}” linked to the recorded meeting “{made.title}”{said}."
    elif kind == "meetings":
        said = f"Meeting “{made.title}” created{said}."
    elif kind == "deadlines":
        at = f" at {made.due_time}" if made.due_time else ""
        said = f"Deadline “{item_text(made.what)}”: a task due {made.due_on}{at} created{said}."
    else:
        said = f"Enclosure “{name}” recorded as received letter {made.pk}."
    note = decision.get("note")
    return f"{said} {note[0].upper()}{note[1:]}." if note else said


BAD_INPUT = 400


@require_POST
@CAN_READ
def decide_link(request, pk):
    """Link the match at ``place`` to the entry chosen (``to``: confirmed, an alternative;
    ``other``: any entry of the registry), to none, or undo the decision; a refusal is
    said on the page, answered 400."""
    letter = received_or_404(pk)
    try:
        said = _link_decided(request.POST, letter, request.user)
    except PlenipoError as exc:
        messages.error(request, f"Not done: {exc}")
        return review_page(request, letter, status=BAD_INPUT)
    messages.success(request, said)
    return redirect(f"{reverse('office:review', args=[letter.pk])}#links")


def _link_decided(posted, letter, by) -> str:
    """Carry out the officer's choice on one match; what happened, in words."""
    place = incoming_links.parse_place(posted.get("place", ""))
    choice = posted.get("decision", "link")
    kind = place.split("/")[-1]
    what = f"the correspondent's {kind}" if place.startswith("corr") else "the instrument cited"
    if choice == "undo":
        incoming_links.undo_link(letter=letter, place=place, by=by)
        return f"Done: {what} is undecided again: the match read is shown."
    if choice == "none":
        incoming_links.decide_link(letter=letter, place=place, to=None, by=by)
        return f"Done: {what} is not linked to the registry."
    to = posted.get("other" if choice == "other" else "to", "")
    if choice not in ("link", "other") or not to.strip():
        raise InvalidInput("choose the entry to link, “None of these” or “Undo”")
    decision = incoming_links.decide_link(letter=letter, place=place, to=to, by=by)
    label, code = decision["label"], decision["code"]
    return f"Done: {what} is linked to {label if label == code else f'{label} ({code})'}."


@require_POST
@CAN_READ
def decide_reply(request, pk):
    """Record the letter as the reply to the sent letter proposed (``letter``), or undo
    that; a refusal is said on the page, answered 400."""
    received = received_or_404(pk)
    try:
        said = _reply_decided(request.POST, received, request.user)
    except PlenipoError as exc:
        messages.error(request, f"Not done: {exc}")
        return review_page(request, received, status=BAD_INPUT)
    messages.success(request, said)
    return redirect(f"{reverse('office:review', args=[received.pk])}#reply-link")


def _reply_decided(posted, received, by) -> str:
    choice = posted.get("decision", "")
    if choice == "undo":
        sent = replies.unlink_reply(letter=received, by=by)
        return f"Done: {received} is no longer recorded as the reply to {sent}."
    if choice != "accept":
        raise InvalidInput("choose “Record as the reply” or “Undo”")
    try:
        sent = get_letter(int(posted.get("letter", "")))
    except ValueError:
        raise InvalidInput("say which sent letter this is the reply to") from None
    replies.link_reply(letter=received, sent=sent, by=by)
    return f"Done: {received} is recorded as the reply to {sent}."
