"""The member-state portal: a focal point registers and follows its own state's delegations.

Every delegation is reached through ``meetings.queries`` (``own_delegation``,
``get_delegation_for``), so another state's delegation is a 404 here as in the API.
"""

import datetime as dt
from functools import wraps

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import Http404, HttpResponseNotAllowed
from django.shortcuts import redirect, render
from django.utils import translation

from plenipo.core.errors import NotFound, PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.uploads import read_upload
from plenipo.meetings import queries
from plenipo.meetings.forms import (
    DelegationForm,
    ParticipantFormSet,
    initial_rows,
    participants_from,
    quota_of,
    quota_refused,
)
from plenipo.meetings.services.delegations import (
    ConcurrentEdit,
    register_delegation,
    upload_nomination_letter,
)
from plenipo.ops.methods import PAGE_METHODS, mark_page
from plenipo.registry.queries import interface_language, state_name_on


def focal_point_required(view):
    """A portal page: GET (and HEAD) and its forms' POST (any other method 405, before the
    CSRF check), for a signed-in focal point."""

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in PAGE_METHODS:
            return HttpResponseNotAllowed(PAGE_METHODS)
        if getattr(request.user, "focal_point", None) is None:
            raise PermissionDenied("the portal is for the focal points of permanent missions")
        return view(request, *args, **kwargs)

    return mark_page(wrapper)


@focal_point_required
def home(request):
    focal_point = request.user.focal_point
    listing = read_listing(request.GET, statuses=queries.registration_status_choices(), dates=True)
    found = queries.delegations_of_state(
        focal_point.state,
        q=listing.q,
        status=listing.status,
        start=listing.start,
        end=listing.end,
    )
    context = {
        "focal_point": focal_point,
        "state_name": state_name_on(
            focal_point.state,
            dt.date.today(),  # noqa: DTZ011 -- a calendar day
            language=interface_language(translation.get_language()),
        ),
        "delegations": paginate(listing, found, request.GET),
        "listing": listing,
    }
    return render(request, "portal/home.html", context)


@focal_point_required
def delegation_detail(request, pk):
    try:
        delegation = queries.get_delegation_for(request.user, pk)
    except NotFound:
        raise Http404("no such delegation") from None
    own = queries.may_see_files_of(request.user, delegation)
    return render(request, "portal/delegation_detail.html", {"delegation": delegation, "own": own})


@focal_point_required
def edit_delegation(request, meeting_id):
    try:
        meeting = queries.get_meeting(meeting_id)
        delegation = queries.own_delegation(request.user, meeting)
    except PlenipoError as exc:
        raise Http404(str(exc)) from None
    if request.method == "POST":
        form = DelegationForm(request.POST, request.FILES)
        formset = ParticipantFormSet(request.POST, prefix="p")
        if form.is_valid() and formset.is_valid():
            try:
                with transaction.atomic():
                    register_delegation(
                        delegation=delegation,
                        participants=participants_from(formset),
                        expected_version=form.cleaned_data["version"],
                        by=request.user,
                    )
                    upload = form.cleaned_data.get("nomination_letter")
                    if upload:
                        delegation.refresh_from_db()
                        upload_nomination_letter(
                            delegation=delegation,
                            name=upload.name,
                            data=read_upload(upload),
                            by=request.user,
                        )
            except ConcurrentEdit as exc:
                # Keep what the user typed on the page: nothing is lost.
                form.add_error(None, str(exc))
            except PlenipoError as exc:
                form.add_error(None, str(exc))
            else:
                messages.success(
                    request, "Your delegation was saved; the secretariat will review it."
                )
                return redirect("portal:edit-delegation", meeting_id=meeting.pk)
        status = 400
        # A refused save rolled back: show the delegation as stored, not as attempted.
        delegation = queries.own_delegation(request.user, meeting)
    else:
        status = 200
        form = DelegationForm(initial={"version": delegation.version})
        quota, refused = quota_of(delegation), quota_refused(delegation)
        rows = initial_rows(delegation, quota=quota, refused=refused)
        formset = ParticipantFormSet(initial=rows, prefix="p")
    closed_on = queries.registration_closed_on(meeting, dt.date.today())  # noqa: DTZ011
    return render(
        request,
        "portal/edit_delegation.html",
        {
            "meeting": meeting,
            "delegation": delegation,
            "form": form,
            "formset": formset,
            "closed_on": closed_on,
            "quota": quota_of(delegation),
            "quota_refused": quota_refused(delegation),
        },
        status=status,
    )
