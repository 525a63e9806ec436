"""The secretariat's correspondence screens: read, approve, send, replies (drafting from a
template is in ``office.drafting``)."""

import datetime as dt

from django.contrib import messages
from django.db import transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import content_disposition_header
from django.views.decorators.http import require_POST

from plenipo.core.errors import InvalidInput, NotFound, PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.partialdates import DateError, parse_iso_day
from plenipo.correspondence import exporters
from plenipo.correspondence.queries import (
    all_templates,
    awaiting_reply,
    find_letters,
    get_letter,
    letter_status_choices,
    letters_expecting_reply,
    no_email_reason,
    queued_letter_ids,
    reply_matrix,
    thread,
)
from plenipo.correspondence.services import letters as service
from plenipo.meetings.queries import meetings_in_preparation
from plenipo.office.drafting import distribution_choices
from plenipo.office.jobs import start
from plenipo.office.roles import office_permission

CAN_WRITE = office_permission("correspondence.change_letter")


@CAN_WRITE
def letter_list(request):
    listing = read_listing(request.GET, statuses=letter_status_choices(), dates=True)
    found = find_letters(q=listing.q, status=listing.status, start=listing.start, end=listing.end)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    context = {
        "letters": paginate(listing, found, request.GET),
        "listing": listing,
        "templates": all_templates(),
        "lists": distribution_choices(),
        "meetings": meetings_in_preparation(today)[:200],
        "reminders": awaiting_reply(today),
        "today": today,
    }
    return render(request, "office/letters.html", context)


@require_POST
@CAN_WRITE
def merge_job_view(request):
    """One draft per recipient, written by a job: the page that opens shows its progress.
    (The drafting page writes a checked list at once; this form hands a whole distribution
    list, 193 missions say, to the worker.)"""
    params = {key: request.POST.get(key, "") for key in ("template", "date", "to", "at", "meeting")}
    return start(request, kind="letters-merge", params=params, back=("office:letters",))


def _letter(pk):
    try:
        return get_letter(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@CAN_WRITE
def letter_detail(request, pk):
    letter = _letter(pk)
    context = {
        "letter": letter,
        "text": exporters.letter_text(letter),
        "thread": thread(letter),
        "deliveries": letter.deliveries.all(),
        "replies": letter.replies.all(),
        # The e-mail button is offered only when the letter has somewhere to go.
        "no_email": no_email_reason(letter),
    }
    return render(request, "office/letter.html", context)


@CAN_WRITE
def letter_file(request, pk, fmt):
    letter = _letter(pk)
    try:
        name, content_type, content = exporters.letter_file(letter, fmt)
    except ValueError:
        raise Http404(f"unknown format {fmt!r}") from None
    response = HttpResponse(content, content_type=content_type)
    # A reference is typed by people: the header is built by Django, which quotes and
    # encodes whatever it holds (quotes, line breaks, non-ASCII).
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response


def _act(letter, action, posted, by) -> str:
    """Do ``action`` on the letter through its service; say what was done, in words."""
    if action == "approve":
        approved = service.approve(letter=letter, by=by)
        return f"approved by {approved.approved_by}"
    if action == "queue":
        queued, refused = service.queue(letters=[letter], by=by)
        if refused:
            raise InvalidInput(refused[0][1])
        return f"queued to be sent by e-mail to {queued[0].recipient_email}"
    if action == "sent":
        sent = service.record_sent(letter=letter, channel=posted.get("channel", ""), by=by)
        return f"recorded as sent ({sent.get_channel_display().lower()})"
    if action == "reply":
        reply = service.record_reply(
            letter=letter,
            received_on=parse_iso_day(posted.get("on", "")),
            channel=posted.get("channel", ""),
            summary=posted.get("summary", ""),
            by=by,
        )
        return f"reply received on {reply.received_on} recorded"
    raise Http404(f"unknown action {action!r}")


@require_POST
@CAN_WRITE
def letter_action(request, pk, action):
    letter = _letter(pk)
    try:
        with transaction.atomic():
            done = _act(letter, action, request.POST, request.user)
    except (PlenipoError, DateError) as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, f"{letter}: {done}.")
    return redirect("office:letter", pk=letter.pk)


@require_POST
@CAN_WRITE
def flush_view(request):
    if not queued_letter_ids():
        messages.info(request, "Nothing is queued: no e-mail to send, no job started.")
        return redirect("office:letters")
    return start(request, kind="outbox", params={}, back=("office:letters",))


@CAN_WRITE
def replies_view(request):
    listing = read_listing(request.GET)
    letters = paginate(listing, letters_expecting_reply(q=listing.q), request.GET)
    today = dt.date.today()  # noqa: DTZ011 -- a registration deadline is a calendar day
    context = {"rows": reply_matrix(letters, today), "listing": listing}
    return render(request, "office/replies.html", context)
