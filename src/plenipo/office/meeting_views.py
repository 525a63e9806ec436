"""The office's meeting screens: create, edit, copy; agenda and documents. Every write goes
through the meetings services; a refusal shows their one-line message and writes nothing."""

from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from plenipo.bodies.queries import body_choices
from plenipo.core.errors import PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.sources import cited_source
from plenipo.core.uploads import read_upload
from plenipo.meetings import queries as meetings
from plenipo.meetings.services.editing import update_meeting
from plenipo.meetings.services.meetings import (
    add_agenda_item,
    attach_document_file,
    copy_meeting,
    edit_agenda_item,
    issue_document,
    move_agenda_item,
    record_meeting,
)
from plenipo.meetings.spec import MeetingSpec
from plenipo.office.drafting import invitation_url
from plenipo.office.meeting_forms import AgendaItemForm, DocumentForm, MeetingForm, initial_of
from plenipo.office.roles import office_permission


@office_permission("meetings.change_meeting")
def meeting_list(request):
    listing = read_listing(
        request.GET,
        statuses=meetings.meeting_status_choices(),
        bodies=body_choices(),
        dates=True,
    )
    found = meetings.find_meetings(
        q=listing.q,
        body=listing.body,
        status=listing.status,
        start=listing.start,
        end=listing.end,
        latest_first=True,
    )
    rows = paginate(listing, found, request.GET)
    return render(request, "office/meetings.html", {"meetings": rows, "listing": listing})


@office_permission("meetings.add_meeting")
def meeting_create(request):
    initial = {"status": "scheduled", "languages": ["en"]}
    # "?body=CODE" (a link from a body's page) chooses the body in advance.
    if request.GET.get("body") in {code for code, _ in body_choices()}:
        initial["body"] = request.GET["body"]
    form = MeetingForm(request.POST or None, initial=initial)
    return _save_new(request, form, record=record_meeting, heading="New meeting")


@office_permission("meetings.add_meeting")
def meeting_copy(request, meeting_id):
    previous = meetings.get_meeting(meeting_id)
    initial = initial_of(previous, with_dates=False) | {"status": "tentative"}
    form = MeetingForm(request.POST or None, initial=initial)

    def record(spec, *, by):
        return copy_meeting(previous, spec, by=by)

    return _save_new(request, form, record=record, heading=f"New meeting from “{previous}”")


def _save_new(request, form, *, record, heading):
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                spec = MeetingSpec(**form.changes(), source=_source(form))
                meeting = record(spec, by=request.user)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Recorded: {meeting.title}.")
            return redirect("office:meeting-edit", meeting_id=meeting.pk)
    context = {"form": form, "heading": heading}
    return render(request, "office/meeting_form.html", context, status=_status_of(form))


@office_permission("meetings.change_meeting")
def meeting_edit(request, meeting_id):
    meeting = meetings.get_meeting(meeting_id)
    room_timezone = meeting.room.venue.timezone if meeting.room_id else ""
    form = MeetingForm(
        request.POST or None,
        initial=initial_of(meeting),
        current_status=meeting.status,
        room_timezone=room_timezone,
    )
    if request.method == "POST" and form.is_valid():
        try:
            with transaction.atomic():
                changes = form.changes() | {"source": _source(form)}
                update_meeting(meeting, changes, by=request.user)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
            meeting.refresh_from_db()
        else:
            messages.success(request, f"Saved: {meeting.title}.")
            return redirect("office:meeting-edit", meeting_id=meeting.pk)
    return render(
        request, "office/meeting_edit.html", _edit_context(meeting, form), status=_status_of(form)
    )


def _status_of(form) -> int:
    """A form re-shown with its errors is a refusal (400); shown to be filled, a page (200)."""
    return 400 if form.is_bound and form.errors else 200


def _edit_context(meeting, form, **forms):
    return {
        "meeting": meeting,
        "form": form,
        "agenda": meeting.agenda.order_by("position", "pk"),
        "documents": meeting.documents.prefetch_related("versions").select_related("agenda_item"),
        "agenda_form": forms.get("agenda_form") or AgendaItemForm(),
        "document_form": forms.get("document_form") or DocumentForm(meeting=meeting),
        "invitation_url": invitation_url(meeting),
    }


@require_POST
@office_permission("meetings.change_meeting")
def agenda_add(request, meeting_id):
    meeting = meetings.get_meeting(meeting_id)
    form = AgendaItemForm(request.POST)
    if form.is_valid():
        try:
            add_agenda_item(meeting=meeting, by=request.user, **form.cleaned_data)
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("office:meeting-edit", meeting_id=meeting.pk)
    else:
        form.add_error(None, "an agenda item needs a number and a title")
    # Rendered, not redirected, so that the number and title typed are still there.
    form_for_meeting = MeetingForm(initial=initial_of(meeting), current_status=meeting.status)
    context = _edit_context(meeting, form_for_meeting, agenda_form=form)
    return render(request, "office/meeting_edit.html", context, status=400)


@require_POST
@office_permission("meetings.change_meeting")
def agenda_item(request, pk):
    item = meetings.get_agenda_item(pk)
    try:
        if request.POST.get("move") in {"up", "down"}:
            offset = -1 if request.POST["move"] == "up" else 1
            move_agenda_item(item, offset=offset, by=request.user)
        else:
            edit_agenda_item(
                item,
                number=request.POST.get("number", ""),
                title=request.POST.get("title", ""),
                by=request.user,
            )
    except PlenipoError as exc:
        messages.error(request, str(exc))
    return redirect("office:meeting-edit", meeting_id=item.meeting_id)


@require_POST
@office_permission("meetings.change_meeting")
def document_add(request, meeting_id):
    meeting = meetings.get_meeting(meeting_id)
    form = DocumentForm(request.POST, request.FILES, meeting=meeting)
    if form.is_valid():
        data = form.cleaned_data
        try:
            statuses = form.languages()
            with transaction.atomic():
                document = issue_document(
                    meeting=meeting,
                    title=data["title"],
                    kind=data["kind"],
                    symbol=data["symbol"].strip(),
                    agenda_item=meetings.agenda_item_of(meeting, data["agenda_item"]),
                    issued_on=data["issued_on"],
                    languages=statuses,
                    by=request.user,
                )
                for language, upload in form.uploads().items():
                    attach_document_file(
                        document=document,
                        language=language,
                        name=upload.name,
                        data=read_upload(upload),
                        status=statuses[language],
                        by=request.user,
                    )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Issued: {document}.")
            return redirect("office:meeting-edit", meeting_id=meeting.pk)
    form_for_meeting = MeetingForm(initial=initial_of(meeting), current_status=meeting.status)
    context = _edit_context(meeting, form_for_meeting, document_form=form)
    return render(request, "office/meeting_edit.html", context, status=400)


def _source(form):
    return cited_source(
        reference=form.cleaned_data["source"], title=form.cleaned_data["source_title"]
    )
