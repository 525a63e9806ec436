"""The secretariat enters or corrects a delegation itself: one announced by note verbale,
by e-mail or at the door, invited or not. Every write goes through
``meetings.services.office_entry``, as the API's does."""

from django.contrib import messages
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.uploads import read_upload
from plenipo.correspondence.meeting_letters import letter_source, letters_about
from plenipo.meetings import queries as meetings
from plenipo.meetings.forms import ParticipantFormSet, initial_rows, participants_from
from plenipo.meetings.services.delegations import upload_nomination_letter
from plenipo.meetings.services.office_entry import enter_delegation, enter_delegation_of
from plenipo.office.delegation_forms import DelegationEntryForm
from plenipo.office.roles import office_permission
from plenipo.registry.queries import get_party, party_choices

CAN_ENTER = office_permission("meetings.change_delegation")
# A new entry starts with a head of delegation and room for three more.
BLANK_ROWS = [{"role": "head"}, *({"role": "adviser"} for _ in range(3))]


def _or_404(read, *args):
    try:
        return read(*args)
    except PlenipoError as exc:
        raise Http404(str(exc)) from None


@require_http_methods(["GET", "POST"])
@CAN_ENTER
def enter_new(request, meeting_id):
    """A state's or organization's delegation entered by the secretariat."""
    meeting = _or_404(meetings.get_meeting, meeting_id)
    return _entry_page(request, meeting, None)


@require_http_methods(["GET", "POST"])
@CAN_ENTER
def enter_existing(request, pk):
    """An invited delegation entered, or its participants corrected, by the secretariat."""
    delegation = _or_404(meetings.get_delegation_for, request.user, pk)
    return _entry_page(request, delegation.meeting, delegation)


def _entry_page(request, meeting, delegation):
    letters = letters_about(meeting)
    existing = delegation is not None
    if request.method == "POST":
        form = DelegationEntryForm(request.POST, request.FILES, letters=letters, existing=existing)
        formset = ParticipantFormSet(request.POST, prefix="p")
        if form.is_valid() and formset.is_valid():
            saved = _save(request, form, meeting, delegation, participants_from(formset))
            if saved is not None:
                messages.success(request, _saved_message(saved))
                return redirect("office:reply-matrix", meeting_id=meeting.pk)
        status = 400
    else:
        version = delegation.version if existing else None
        form = DelegationEntryForm(initial={"version": version}, letters=letters, existing=existing)
        rows = initial_rows(delegation) if existing else BLANK_ROWS
        formset = ParticipantFormSet(initial=rows, prefix="p")
        status = 200
    context = {
        "meeting": meeting,
        "delegation": delegation,
        "form": form,
        "formset": formset,
        "parties": [] if existing else party_choices(),
    }
    return render(request, "office/delegation_entry.html", context, status=status)


def _save(request, form, meeting, delegation, participants):
    """The delegation saved, or None with the reason beside the field it concerns."""
    data = form.cleaned_data
    try:
        with transaction.atomic():
            letter, words = letter_source(meeting, data["letter"])
            common = {
                "participants": participants,
                "source": data["source"] or words,
                "letter": letter,
                "reply_channel": data["reply_channel"],
                "by": request.user,
            }
            if delegation is not None:
                saved = enter_delegation(
                    delegation=delegation, expected_version=data["version"], **common
                )
            else:
                try:
                    party = get_party(data["party"])
                except NotFound as exc:
                    form.add_error("party", str(exc))
                    return None
                saved = enter_delegation_of(
                    meeting=meeting, party=party, category=data["category"] or None, **common
                )
            return _with_nomination(saved, data.get("nomination_letter"), request.user)
    except PlenipoError as exc:
        form.add_error(None, str(exc))
        return None


def _with_nomination(delegation, upload, by):
    """The nomination letter stored privately with the delegation, as the portal's is."""
    if upload:
        upload_nomination_letter(
            delegation=delegation, name=upload.name, data=read_upload(upload), by=by
        )
    return delegation


def _saved_message(delegation) -> str:
    count = delegation.participants.count()
    people = "participant" if count == 1 else "participants"
    said = f"{delegation.display_name}: delegation of {count} {people} entered by the secretariat"
    if delegation.not_invited:
        said += " (not invited, registered by the secretariat)"
    return said + "; it waits for approval."
