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
from plenipo.correspondence.queries import get_received_letter, received_letters
from plenipo.correspondence.services import incoming

CAN_READ = permission_required("correspondence.change_letter", raise_exception=True)


class UploadForm(forms.Form):
    file = forms.FileField(help_text="Text, PDF, DOCX, e-mail (.eml) or a scan")


@CAN_READ
def inbox(request):
    form = UploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            letter = incoming.receive(name=upload.name, data=upload.read(), by=request.user)
        except PlenipoError as exc:
            form.add_error("file", str(exc))
        else:
            return redirect("office:review", pk=letter.pk)
    letters = received_letters()
    return render(request, "office/inbox.html", {"form": form, "letters": letters})


def highlighted(text, reading) -> str:
    """The letter's text, escaped, with each value's evidence marked."""
    spans = []
    for key, value in (reading.get("evidence") or {}).items():
        pairs = value if value and isinstance(value[0], list) else [value]
        spans += [(a, b, key) for a, b in pairs if isinstance(a, int)]
    for kind in ("meetings", "deadlines", "enclosures"):
        for index, item in enumerate(reading.get(kind) or []):
            if item.get("evidence"):
                a, b = item["evidence"]
                spans.append((a, b, f"{kind}-{index}"))
    spans.sort()
    out, position = [], 0
    for start, end, key in spans:
        if start < position or end > len(text):
            continue
        out.append(escape(text[position:start]))
        out.append(f'<mark data-field="{escape(key)}">{escape(text[start:end])}</mark>')
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))


def _received_or_404(pk):
    try:
        return get_received_letter(pk)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@CAN_READ
def review(request, pk):
    letter = _received_or_404(pk)
    meetings = []
    for index, item in enumerate(letter.reading.get("meetings") or []):
        decision = letter.decisions.get(f"meetings/{index}")
        meetings.append(
            {
                "index": index,
                "item": item,
                "decision": decision,
                "match": incoming.matching_meeting(item) if not decision else None,
            }
        )
    context = {
        "letter": letter,
        "reading": letter.reading,
        "text": highlighted(letter.text, letter.reading),
        "meetings": meetings,
        "deadlines": [
            (i, d, letter.decisions.get(f"deadlines/{i}"))
            for i, d in enumerate(letter.reading.get("deadlines") or [])
        ],
        "enclosures": [
            (i, e, letter.decisions.get(f"enclosures/{i}"))
            for i, e in enumerate(letter.reading.get("enclosures") or [])
        ],
        "bodies": all_bodies(),
    }
    return render(request, "office/review.html", context)


@require_POST
@CAN_READ
def decide(request, pk, kind, index):
    letter = _received_or_404(pk)
    try:
        if request.POST.get("decision") == "reject":
            incoming.reject(letter=letter, kind=kind, index=index, by=request.user)
        elif kind == "meetings":
            body = get_body(request.POST["body"]) if request.POST.get("body") else None
            meeting = incoming.accept_meeting(
                letter=letter, index=index, by=request.user, body=body
            )
            status = letter.decisions[f"meetings/{index}"]["status"]
            messages.success(request, f"Meeting {index + 1}: {status} — {meeting.title}")
        elif kind == "deadlines":
            incoming.accept_deadline(letter=letter, index=index, by=request.user)
        elif kind == "enclosures":
            incoming.accept_enclosure(letter=letter, index=index, by=request.user)
        else:
            raise Http404(f"unknown kind {kind!r}")
    except (PlenipoError, NotFound) as exc:
        messages.error(request, str(exc))
    return redirect("office:review", pk=letter.pk)
