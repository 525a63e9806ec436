"""Drafting letters from a template to a distribution list: who cannot be reached is shown
before anything is written, then the drafts are approved and sent through the outbox."""

import datetime as dt
from urllib.parse import urlencode

from django.contrib import messages
from django.shortcuts import redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.views.decorators.http import require_POST

from plenipo.bodies.queries import all_bodies
from plenipo.campaigns.queries import all_campaigns, distribution_list
from plenipo.campaigns.services.letters import merge_to_list
from plenipo.core.errors import InvalidInput, PlenipoError
from plenipo.core.partialdates import DateError, parse_iso_day
from plenipo.correspondence.queries import (
    GENERAL_INVITATION,
    all_templates,
    get_office,
    get_template,
    invitation_template_for,
    invitation_templates_for,
    letters_of_batch,
    letters_to_states_about,
    offices_of,
)
from plenipo.correspondence.services import batches
from plenipo.jobs.services.jobs import start_job
from plenipo.meetings.queries import get_meeting, invitations_of_states, meetings_in_preparation
from plenipo.meetings.schedule import same_city
from plenipo.office.letter_forms import RecipientTicks
from plenipo.office.roles import office_permission
from plenipo.registry.queries import mission_places, organizations_with_members
from plenipo.treaties.queries import instrument_codes

CAN_WRITE = office_permission("correspondence.change_letter")


def distribution_choices():
    """The distribution lists offered: missions in a city, a body's members, campaigns."""
    options = [
        (f"missions:{p.code}", f"All permanent missions at {p.name}") for p in mission_places()
    ]
    options += [
        (f"members:{b.code}", f"Members of {b.code}: {b.name}")
        for b in all_bodies()
        if {"members_of", "parties_to"} & set(b.composition or {})
    ]
    options += [
        (f"campaign:{c.code}", f"Targets of the campaign {c.title}") for c in all_campaigns()
    ]
    return options + _ministers_choices()


def _ministers_choices():
    """``ministers:ORG:INSTRUMENT``, as the letters command and campaign jobs write to them,
    for every organization whose members the registry records and every instrument."""
    instruments = instrument_codes()
    return [
        (
            f"ministers:{o.code}:{code}",
            f"Ministers for foreign affairs of {o.code} member States not party to {code}",
        )
        for o in organizations_with_members()
        for code in instruments
    ]


def invitation_url(meeting) -> str:
    """The drafting page with a meeting's invitation chosen: its template, and the missions
    of the states already invited to it, or else of its body's members, or else all the
    missions in its city."""
    template = invitation_template_for(meeting)
    place = next((p for p in mission_places() if same_city(p.city, meeting.city)), None)
    composition = meeting.body.composition or {}
    if invitations_of_states(meeting):
        to = f"invited:{meeting.pk}"
    elif {"members_of", "parties_to"} & set(composition):
        to = f"members:{meeting.body.code}"
    else:
        to = f"missions:{place.code}" if place else ""
    query = {
        "template": template.name if template else "",
        "meeting": meeting.pk,
        "to": to,
        "at": place.code if place and not to.startswith("missions:") else "",
    }
    return reverse("office:draft") + "?" + urlencode({k: v for k, v in query.items() if v})


def _meeting_lists(meeting):
    return [
        (f"invited:{meeting.pk}", f"The states invited to {meeting.title}"),
        (
            f"focal-points:{meeting.pk}",
            f"The focal points of the states invited to {meeting.title} (by e-mail)",
        ),
    ]


def _meeting_templates(meeting) -> dict:
    """What the page offers for a meeting's letters: the invitation templates of its body's
    organization; where the project has none, a plain word saying so, and the general
    templates written from an office of that organization (none where no office of it is
    recorded)."""
    offered = invitation_templates_for(meeting)
    if offered:
        return {"templates": offered}
    body, organization = meeting.body, meeting.body.organization
    general = [t for t in all_templates() if t.name.startswith(GENERAL_INVITATION)]
    if organization is None:
        note = f"{body.code} belongs to no recorded organization: check the letterhead."
        return {"templates": general, "no_invitation": note}
    offices = offices_of(organization.pk)
    note = f"The project has no invitation template for {organization.code} (the body {body.code})"
    if not offices:
        note += f", and no sending office of {organization.code} is recorded: no invitation "
        return {"templates": [], "no_invitation": note + "can be drafted for this meeting."}
    note += f": draft from a general template, written from the office of {organization.code}."
    return {"templates": general, "no_invitation": note, "offices": offices}


def _choice(request):
    """What the form asks for, read from the query string (a preview can be bookmarked)."""
    params = {**request.GET.dict(), **request.POST.dict()}
    return {
        "template": params.get("template", ""),
        "to": params.get("to", ""),
        "at": params.get("at", ""),
        "meeting": params.get("meeting", ""),
        "date": params.get("date") or dt.date.today().isoformat(),  # noqa: DTZ011
        "reach": params.get("reach", "all"),
        "office": params.get("office", ""),
    }


@CAN_WRITE
def draft_view(request):
    choice = _choice(request)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    meetings = list(meetings_in_preparation(today)[:200])
    context = {"choice": choice, "templates": all_templates(), "lists": distribution_choices()}
    context |= {"places": mission_places(), "meetings": meetings, "recipients": None}
    invited, written = {}, {}
    try:
        if choice["meeting"]:
            meeting = get_meeting(choice["meeting"])
            if meeting.pk not in {m.pk for m in meetings}:
                meetings.insert(0, meeting)
            invited = invitations_of_states(meeting)
            written = letters_to_states_about(meeting)
            context["lists"] = _meeting_lists(meeting) + context["lists"]
            context |= _meeting_templates(meeting)
        if choice["template"] and choice["to"]:
            get_template(choice["template"])
            day = parse_iso_day(choice["date"])
            found = distribution_list(choice["to"], day, at=choice["at"])
            context["recipients"] = found.recipients
            context["unreachable"] = [r for r in found.recipients if not r.reachable]
            context["reachable"] = [r for r in found.recipients if r.reachable]
            context["ticks"] = RecipientTicks(
                recipients=found.recipients, invited=invited, written=written
            )
    except (PlenipoError, DateError) as exc:
        context["error"] = str(exc)
    return render(request, "office/draft.html", context)


def batch_url(choice) -> str:
    query = {k: choice[k] for k in ("template", "date", "meeting", "to", "at") if choice.get(k)}
    return reverse("office:batch") + "?" + urlencode(query)


@require_POST
@CAN_WRITE
def merge_view(request):
    choice = _choice(request)
    try:
        template = get_template(choice["template"])
        day = parse_iso_day(choice["date"])
        meeting = get_meeting(choice["meeting"]) if choice["meeting"] else None
        only = _ticked(request)
        office = get_office(choice["office"]) if choice["office"] else None
        result = merge_to_list(
            template=template,
            to=choice["to"],
            at=choice["at"],
            day=day,
            meeting=meeting,
            reachable_only=only is None and choice["reach"] == "reachable",
            only=only,
            office=office,
            by=request.user,
        )
    except (PlenipoError, DateError) as exc:
        messages.error(request, str(exc))
        return redirect(reverse("office:draft") + "?" + urlencode(choice))
    for key, reason in result.refused:
        messages.error(request, f"{key}: {reason}")
    written = len(result.letters)
    if not written:
        if not result.refused:
            messages.warning(request, "No letter written: nobody on the list can be reached.")
        return redirect(reverse("office:draft") + "?" + urlencode(choice))
    messages.success(request, f"{written} draft letter{pluralize(written)} written.")
    if result.undeliverable:
        messages.warning(request, "No address or e-mail for: " + ", ".join(result.undeliverable))
    return redirect(batch_url(choice))


def _ticked(request) -> set[str] | None:
    """The recipients ticked on the page, or None where the page offered no boxes (the
    ``reach`` choice decides then)."""
    if not request.POST.get("choose"):
        return None
    ticks = RecipientTicks(request.POST)
    ticks.fields["only"].choices = [(key, key) for key in request.POST.getlist("only")]
    if not ticks.is_valid():
        raise InvalidInput(ticks.errors["only"][0])
    return set(ticks.cleaned_data["only"])


@CAN_WRITE
def batch_view(request):
    choice = _choice(request)
    try:
        day = parse_iso_day(choice["date"])
    except DateError as exc:
        messages.error(request, str(exc))
        return redirect("office:letters")
    letters = list(
        letters_of_batch(template=choice["template"], day=day, meeting_id=choice["meeting"] or None)
    )
    if request.method == "POST":
        _act_on_batch(request, letters)
        return redirect(batch_url(choice))
    counts = {}
    for letter in letters:
        counts[letter.get_status_display()] = counts.get(letter.get_status_display(), 0) + 1
    return render(
        request,
        "office/batch.html",
        {
            "choice": choice,
            "letters": letters,
            "counts": counts,
            # Only the actions that have letters to act on are offered.
            "statuses": {letter.status for letter in letters},
        },
    )


def _act_on_batch(request, letters):
    """Approve the drafts, or send the approved ones (``batches.dispatch_batch``); the
    e-mail goes out through an outbox job, whose page says how it went."""
    action = request.POST.get("action")
    try:
        if action == "approve":
            drafts = batches.approve_batch(letters=letters, by=request.user)
            messages.success(request, f"{len(drafts)} letter{pluralize(len(drafts))} approved.")
            return
        if action != "send":
            raise InvalidInput("choose approve or send")
        channel = request.POST.get("channel", "post")
        dispatch = batches.dispatch_batch(letters=letters, channel=channel, by=request.user)
        job = None
        if dispatch.queued:
            letter_ids = [letter.pk for letter in dispatch.queued]
            job = start_job(kind="outbox", params={"letters": letter_ids}, by=request.user)
    except PlenipoError as exc:
        messages.error(request, str(exc))
        return
    messages.success(
        request,
        f"E-mail: {len(dispatch.queued)} queued"
        + (f" (job {job.pk}: {job.get_status_display().lower()})" if job else "")
        + f"; {len(dispatch.by_hand)} recorded as sent by {channel}; "
        f"{len(dispatch.unreachable)} with no address left approved.",
    )
    for _, reason in dispatch.refused:
        messages.error(request, reason)
