"""The secretariat's inbox: received letters read, reviewed value by value, and accepted
into meetings, tasks and linked letters."""

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import permission_required
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.views.decorators.http import require_POST

from plenipo.bodies.queries import all_bodies, get_body
from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.uploads import read_upload
from plenipo.correspondence.queries import find_received, get_incoming, received_rows
from plenipo.correspondence.services import incoming
from plenipo.meetings.queries import meeting_titles

CAN_READ = permission_required("correspondence.change_letter", raise_exception=True)


class UploadForm(forms.Form):
    file = forms.FileField(
        label="A received letter",
        widget=forms.FileInput(attrs={"aria-describedby": "upload-help"}),
        help_text=(
            f"{incoming.ACCEPTED_FILES.capitalize()}; "
            f"at most {incoming.MAX_RECEIVED_BYTES // 1_048_576} MB"
        ),
    )
    again = forms.BooleanField(
        required=False,
        label="Receive it again",
        help_text="The same file was received before: record it as a second letter",
    )


@CAN_READ
def inbox(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    duplicate = None
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            letter = incoming.receive(
                name=upload.name,
                data=read_upload(upload, max_bytes=incoming.MAX_RECEIVED_BYTES),
                by=request.user,
                again=form.cleaned_data["again"],
            )
        except incoming.AlreadyReceived as exc:
            form.add_error("file", str(exc))
            duplicate = exc.existing
        except PlenipoError as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("office:review", pk=letter.pk)
    listing = read_listing(request.GET, dates=True)
    found = find_received(q=listing.q, start=listing.start, end=listing.end)
    rows = received_rows(paginate(listing, found, request.GET))
    context = {"form": form, "rows": rows, "listing": listing, "duplicate": duplicate}
    return render(request, "office/inbox.html", context)


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


def highlighted(text, reading) -> str:
    """The letter's text, escaped, with each value's evidence marked."""
    out, position = [], 0
    for span, key in _shown_marks(text, reading):
        if span.start < position:
            continue
        out.append(escape(text[position : span.start]))
        out.append(f'<mark data-field="{escape(key)}">{escape(text[span.start : span.end])}</mark>')
        position = span.end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


def _received_or_404(pk):
    try:
        return get_incoming(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@CAN_READ
def review(request, pk):
    letter = _received_or_404(pk)
    reading = incoming.reading_of(letter)
    meetings = []
    for index, item in enumerate(reading.meetings):
        decision = letter.decisions.get(f"meetings/{index}")
        meetings.append(
            {
                "index": index,
                "item": item,
                "decision": decision,
                "match": incoming.matching_meeting(item) if not decision else None,
            }
        )
    made = [m["decision"].get("meeting") for m in meetings if m["decision"]]
    titles = meeting_titles(pk for pk in made if pk)
    for m in meetings:
        m["made_title"] = titles.get((m["decision"] or {}).get("meeting"))
    context = {
        "letter": letter,
        "reading": reading,
        "kind": (reading.doc_type or "unknown").replace("_", " ").capitalize(),
        "text": highlighted(letter.text, reading),
        "meetings": meetings,
        "deadlines": [
            (i, d, letter.decisions.get(f"deadlines/{i}")) for i, d in enumerate(reading.deadlines)
        ],
        "enclosures": [
            (i, e, letter.decisions.get(f"enclosures/{i}"))
            for i, e in enumerate(reading.enclosures)
        ],
        "bodies": all_bodies(),
        "instruments": incoming.instrument_links(reading, letter.text),
        "correspondents": incoming.correspondent_links(reading),
    }
    return render(request, "office/review.html", context)


@require_POST
@CAN_READ
def decide(request, pk, kind, index):
    letter = _received_or_404(pk)
    try:
        if request.POST.get("decision") == "reject":
            incoming.reject(letter=letter, kind=kind, index=index, by=request.user)
        else:
            body = get_body(request.POST["body"]) if request.POST.get("body") else None
            made = incoming.accept(
                letter=letter, item=f"{kind}/{index}", by=request.user, body=body
            )
            if kind == "meetings":
                status = letter.decisions[f"meetings/{index}"]["status"]
                messages.success(request, f"Meeting {index + 1}: {status} — {made.title}")
            elif kind == "deadlines":
                messages.success(request, f"Deadline {index + 1}: a task due {made.due_on}.")
    except PlenipoError as exc:
        messages.error(request, str(exc))
    return redirect("office:review", pk=letter.pk)
