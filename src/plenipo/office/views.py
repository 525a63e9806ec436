"""The secretariat's screens. Every write goes through the owning app's service."""

import datetime as dt

from django.contrib import messages
from django.db import transaction
from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from plenipo.bodies.queries import organization_of
from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.partialdates import DateError, parse_iso_day
from plenipo.core.sources import cited_source
from plenipo.meetings import queries as meetings
from plenipo.meetings.services.delegations import (
    REPLY_CHANNELS,
    decide_registration,
    invite_members_of,
    record_credentials,
    record_reply,
)
from plenipo.monitoring import queries as monitoring
from plenipo.monitoring.services.steps import record_step
from plenipo.office.day import days_work
from plenipo.office.drafting import invitation_url
from plenipo.office.forms import StepForm
from plenipo.office.roles import office_permission, secretariat_required
from plenipo.registry.queries import get_organization, get_state
from plenipo.treaties.queries import status_of

# The reply matrix is worked through in one go: every member of the UN fits on one page.
WHOLE_MEMBERSHIP = 200
# The organizations whose member States a meeting's page offers to invite at once.
INVITING_ORGANIZATIONS = ("UN", "COE", "EU", "CIS")


@secretariat_required
def dashboard(request):
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    return render(request, "office/dashboard.html", days_work(today))


@office_permission("monitoring.add_step")
def record_step_view(request, code):
    mechanism = monitoring.get_mechanism(code)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    parties = status_of(mechanism.instrument, today).parties
    states = [{"state": p.code, "name": p.name} for p in parties if not p.is_organization]
    form = StepForm(request.POST or None, rounds=mechanism.rounds.all(), states=states)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            with transaction.atomic():
                step = record_step(
                    evaluation_round=monitoring.get_round(mechanism, data["round"]),
                    state=get_state(data["state"]),
                    kind=data["kind"],
                    date=data["date"],
                    end=data["end"] or None,
                    document=data["document"],
                    note=data["note"],
                    source=cited_source(reference=data["source"], title=data["source_title"]),
                    by=request.user,
                )
        except PlenipoError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, f"Recorded: {step.state.name}, {step.get_kind_display()}.")
            return redirect("office:record-step", code=mechanism.code)
    return render(request, "office/record_step.html", {"form": form, "mechanism": mechanism})


@office_permission("meetings.change_delegation")
def reply_matrix_view(request, meeting_id):
    return _render_matrix(request, meetings.get_meeting(meeting_id))


def _render_matrix(request, meeting, *, invite_error="", status=200):
    """The reply matrix; ``invite_error`` is shown beside the invitation form's field."""
    listing = read_listing(request.GET, statuses=meetings.registration_status_choices())
    rows = meetings.reply_matrix(meeting, q=listing.q, status=listing.status)
    own = organization_of(meeting.body)
    context = {
        "meeting": meeting,
        "rows": paginate(listing, rows, request.GET, per_page=WHOLE_MEMBERSHIP),
        "listing": listing,
        "channels": REPLY_CHANNELS,
        "invitation_url": invitation_url(meeting),
        # The body's own organization is offered first: a Council of Europe committee
        # invites the Council's member States.
        "organizations": [own, *(o for o in INVITING_ORGANIZATIONS if o != own)]
        if own
        else list(INVITING_ORGANIZATIONS),
        "invite_error": invite_error,
    }
    return render(request, "office/reply_matrix.html", context, status=status)


@require_POST
@office_permission("meetings.change_delegation")
def decide_view(request, pk):
    delegation = meetings.get_delegation_for(request.user, pk)
    decision = request.POST.get("decision", "")
    if decision not in ("approve", "reject"):  # a missing or mistyped choice decides nothing
        messages.error(request, f"unknown decision {decision[:40]!r}: choose Approve or Reject")
        return _back_to_matrix(request, delegation.meeting_id)
    approve = decision == "approve"
    try:
        decide_registration(
            delegation=delegation,
            approve=approve,
            by=request.user,
            note=request.POST.get("note", ""),
        )
    except PlenipoError as exc:
        messages.error(request, str(exc))
    else:
        verb = "approved" if approve else "rejected"
        messages.success(request, f"{delegation.display_name}: registration {verb}.")
    return _back_to_matrix(request, delegation.meeting_id)


@require_POST
@office_permission("meetings.change_delegation")
def invite_members_view(request, meeting_id):
    meeting = meetings.get_meeting(meeting_id)
    try:
        organization = get_organization(request.POST.get("organization", ""))
    except NotFound as exc:  # the form's value, not the page asked for
        return _render_matrix(request, meeting, invite_error=str(exc), status=400)
    try:
        result = invite_members_of(
            meeting=meeting,
            organization=organization,
            invited_on=dt.date.today(),  # noqa: DTZ011 -- calendar day
            reference=request.POST.get("reference", ""),
            by=request.user,
        )
    except PlenipoError as exc:
        messages.error(request, str(exc))
        return redirect("office:reply-matrix", meeting_id=meeting.pk)
    messages.success(request, _invitations_message(result, organization.code))
    if not result.invited:
        return redirect("office:reply-matrix", meeting_id=meeting.pk)
    # The invitations are recorded; their letters are the next step, on the drafting page.
    messages.info(
        request,
        "No letter has gone out yet: the invitation letters are written here. Those who "
        "can be reached and have no letter yet are ticked; write the drafts, then approve "
        "and send them.",
    )
    return redirect(invitation_url(meeting))


def _invitations_message(result, organization) -> str:
    if not result.invited:
        return f"All {result.already} member States of {organization} were already invited."
    states = "State" if result.invited == 1 else "States"
    message = f"Recorded {result.invited} member {states} of {organization} as invited"
    if result.already:
        message += f"; {result.already} already invited"
    return message + "."


@require_POST
@office_permission("meetings.change_delegation")
def record_reply_view(request, pk):
    delegation = meetings.get_delegation_for(request.user, pk)
    try:
        record_reply(
            delegation=delegation,
            replied_on=parse_iso_day(request.POST.get("on", "")),
            channel=request.POST.get("channel", ""),
            by=request.user,
        )
    except (PlenipoError, DateError) as exc:
        messages.error(request, f"{delegation.display_name}: {exc}")
    else:
        messages.success(request, f"{delegation.display_name}: reply recorded.")
    return _back_to_matrix(request, delegation.meeting_id)


@require_POST
@office_permission("meetings.change_delegation")
def credentials_view(request, pk):
    delegation = meetings.get_delegation_for(request.user, pk)
    try:
        record_credentials(
            delegation=delegation, received=request.POST.get("received") == "yes", by=request.user
        )
    except PlenipoError as exc:
        messages.error(request, str(exc))
    return _back_to_matrix(request, delegation.meeting_id)


def _back_to_matrix(request, meeting_id):
    """Back to the reply matrix as it was filtered and paged, so that deciding one
    delegation of a filtered list does not drop the filter. Only the query string is
    taken from the form, never an address."""
    url = reverse("office:reply-matrix", args=[meeting_id])
    back = QueryDict(request.POST.get("back", "")).urlencode()
    return redirect(f"{url}?{back}" if back else url)
