"""The public site: read-only pages over the domain queries."""

import datetime as dt
from urllib.parse import urlencode

from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation

from plenipo.bodies import queries as bodies
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.listing import paginate, read_listing
from plenipo.core.userdates import user_day
from plenipo.jobs.services.lists import current_list_pdf
from plenipo.meetings import queries as meeting_queries
from plenipo.meetings.exporters import calendar, participants_csv
from plenipo.meetings.queries import meetings_of
from plenipo.monitoring import queries as monitoring
from plenipo.ops.pagecache import public_page
from plenipo.public.charts import step_chart
from plenipo.public.state_rows import action_rows
from plenipo.public.status_rows import party_rows, signatory_rows
from plenipo.registry import queries as registry
from plenipo.registry.services.tokens import user_of_calendar_feed
from plenipo.treaties import exporters
from plenipo.treaties import queries as treaties


def _instrument_or_404(code):
    try:
        return treaties.get_instrument(code)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@public_page
def instrument_list(request):
    listing = read_listing(request.GET)
    instruments = paginate(listing, treaties.search_instruments(listing.q), request.GET)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    matrix = exporters.remembered_matrix(today)
    rows = [
        {
            "instrument": i,
            "summary": exporters.instrument_as_dict(i),
            "parties": matrix.get(i.code),
        }
        for i in instruments
    ]
    context = {"rows": rows, "today": today, "listing": listing}
    return render(request, "public/instrument_list.html", context)


@public_page
def instrument_status(request, code):
    instrument = _instrument_or_404(code)
    asked_day = request.GET.get("as_of", "")
    asked_organization = request.GET.get("members_of", "")
    context = {
        "instrument": instrument,
        "eif": exporters.eif_as_dict(instrument),
        "organizations": ["COE", "UN", "EU", "CIS"],
        "asked_day": asked_day,
        "members_of": asked_organization,
    }
    try:
        day = treaties.parse_as_of(asked_day or None, instrument)
        organization = registry.get_organization(asked_organization) if asked_organization else None
    except (InvalidInput, NotFound) as exc:
        # The question as asked, and no table: today's would read as the answer to it.
        context["error"] = str(exc)
        return render(request, "public/instrument_status.html", context, status=400)
    context.update(_status_context(instrument, day, organization))
    return render(request, "public/instrument_status.html", context)


def _status_context(instrument, day, organization):
    # The downloads hold what the page shows: the same day, the same organization.
    export_query = urlencode(
        {"as_of": day.isoformat(), **({"members_of": organization.code} if organization else {})}
    )
    until = max(day, dt.date.today())  # noqa: DTZ011 -- calendar day
    payload = exporters.remembered_status(
        instrument,
        day,
        members_of=organization,
        chart=lambda over_time: step_chart(over_time, until=until, marker=day),
    )
    return {
        "status": payload,
        "chart": payload["chart"],
        "party_rows": party_rows(payload["parties"]),
        "signatory_rows": signatory_rows(payload["signatories"]),
        "as_of": day,
        "members_of": organization.code if organization else "",
        "export_query": export_query,
    }


def status_export(request, code, fmt):
    instrument = _instrument_or_404(code)
    if fmt not in {"csv", "xlsx", "json"}:
        raise Http404(f"unknown export format {fmt!r}")
    try:
        day = treaties.parse_as_of(request.GET.get("as_of"), instrument)
        organization = (
            registry.get_organization(request.GET["members_of"])
            if request.GET.get("members_of")
            else None
        )
    except (InvalidInput, NotFound) as exc:
        return HttpResponse(str(exc), status=400, content_type="text/plain")
    status = treaties.status_of(instrument, day, members_of=organization)
    name, content_type, body = exporters.export_status(status, fmt)
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@public_page
def state_list(request):
    listing = read_listing(request.GET)
    page = paginate(listing, registry.search_states(listing.q), request.GET)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    names = registry.state_names_in_languages(page, today)
    rows = [{"code": state.code, "names": names[state.code]} for state in page]
    return render(request, "public/state_list.html", {"states": rows, "listing": listing})


# A state's actions are listed by instrument, this many instruments a page: a state may
# have acted on hundreds (about 600 at the scale of the UN Treaty Collection).
STATE_INSTRUMENTS_PER_PAGE = 50


@public_page
def state_detail(request, code):
    try:
        state = registry.get_state(code)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    names = registry.state_names_in_languages([state], today)[state.code]
    listing = read_listing(request.GET)
    instruments = paginate(
        listing,
        treaties.instruments_acted_on(state),
        request.GET,
        per_page=STATE_INSTRUMENTS_PER_PAGE,
    )
    context = {
        "state": state,
        "name": names[registry.interface_language(translation.get_language())],
        "names": names,
        "name_history": registry.name_history(state),
        "memberships": registry.memberships_of(state),
        "actions": instruments,
        "action_rows": action_rows(treaties.actions_by_instrument(state, instruments)),
        "listing": listing,
        "monitoring": monitoring.history_of_state(state),
    }
    return render(request, "public/state_detail.html", context)


def _or_404(function, *args):
    try:
        return function(*args)
    except NotFound as exc:
        raise Http404(str(exc)) from None


@public_page
def body_list(request):
    listing = read_listing(request.GET)
    found = paginate(listing, bodies.search_bodies(listing.q), request.GET)
    return render(request, "public/body_list.html", {"bodies": found, "listing": listing})


@public_page
def body_detail(request, code):
    body = _or_404(bodies.get_body, code)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    mandates = meeting_queries.mandate_reports(bodies.mandates_concerning(body), today)
    context = {
        "body": body,
        "ancestors": bodies.ancestors(body),
        "children": bodies.children_of(body),
        "sessions": bodies.sessions_of(body),
        "decisions": bodies.decisions_of(body),
        "meetings": meetings_of(body),
        "mandates": mandates,
        "mechanisms": monitoring.mechanisms_of(body),
    }
    return render(request, "public/body_detail.html", context)


@public_page
def decision_detail(request, symbol):
    try:
        decision = bodies.get_decision(symbol)
    except (NotFound, InvalidInput) as exc:
        raise Http404(str(exc)) from None
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    context = {
        "decision": decision,
        "paragraphs": decision.paragraphs.all(),
        "mandates": meeting_queries.mandate_reports(bodies.mandates_of_decision(decision), today),
    }
    return render(request, "public/decision_detail.html", context)


@public_page
def monitoring_detail(request, code):
    mechanism = _or_404(monitoring.get_mechanism, code)
    error = None
    try:
        day = treaties.parse_day_since_opening(request.GET.get("as_of"), mechanism.instrument)
        definition = monitoring.parse_definition(request.GET.get("definition"))
    except InvalidInput as exc:
        error, day = str(exc), user_day(None)
        definition = monitoring.parse_definition(None)
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    status = monitoring.monitoring_status(mechanism, day, definition=definition)
    context = {
        "mechanism": mechanism,
        "as_of": day,
        "definition": definition.value,
        "status": status,
        "not_yet": [s["name"] for s in status["states"] if s["evaluated"] is False],
        "unknown": [s["name"] for s in status["states"] if s["evaluated"] is None],
        "table": monitoring.round_table(mechanism),
        "chart": step_chart(
            monitoring.progress_over_time(mechanism, definition), until=max(day, today), marker=day
        ),
        "overdue": monitoring.overdue(mechanism, day),
        "error": error,
    }
    return render(request, "public/monitoring_detail.html", context, status=400 if error else 200)


@public_page
def meeting_list(request):
    """Upcoming meetings, then the past ones latest first and paged; with ``from`` or ``to``
    one chronological list of the meetings that may fall between them."""
    listing = read_listing(
        request.GET,
        statuses=meeting_queries.meeting_status_choices(),
        bodies=bodies.body_choices(),
        dates=True,
    )
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    wanted = {"q": listing.q, "body": listing.body, "status": listing.status, "today": today}
    upcoming = None
    if listing.start or listing.end:
        found = meeting_queries.find_meetings(**wanted, start=listing.start, end=listing.end)
    else:
        upcoming = meeting_queries.find_meetings(**wanted, start=today)
        yesterday = today - dt.timedelta(days=1)
        found = meeting_queries.find_meetings(**wanted, end=yesterday, latest_first=True)
    context = {
        "upcoming": upcoming,
        "meetings": paginate(listing, found, request.GET),
        "listing": listing,
    }
    return render(request, "public/meeting_list.html", context)


@public_page
def meeting_detail(request, pk):
    meeting = _or_404(meeting_queries.get_meeting, pk)
    today = dt.date.today()  # noqa: DTZ011 -- a day of issue is a calendar day
    documents = list(meeting_queries.documents_of(meeting, user=request.user, today=today))
    meeting.visible_documents = documents  # the payload lists the same, read once
    languages = meeting.languages or ["en"]
    rows = [
        (d, [({v.language: v for v in d.versions.all()}.get(code), code) for code in languages])
        for d in documents
    ]
    context = {
        "meeting": meeting,
        "payload": meeting_queries.meeting_payload(meeting, user=request.user, today=today),
        "source": meeting_queries.meeting_source_for(request.user, meeting),
        "languages": languages,
        "documents": rows,
        "history": meeting.history.all(),
        "can_see_participants": meeting.participants_published
        or meeting_queries.is_secretariat(request.user),
    }
    return render(request, "public/meeting_detail.html", context)


def participants(request, pk, fmt):
    meeting = _or_404(meeting_queries.get_meeting, pk)
    if not (meeting.participants_published or meeting_queries.is_secretariat(request.user)):
        raise Http404("the list of participants is not published")
    name = f"participants-{meeting.pk}.{fmt}"
    if fmt == "pdf":  # built by a job, not in the request; served while it is current
        built = current_list_pdf(meeting)
        if built.path is None:
            return HttpResponse(
                built.message,
                status=503,
                content_type="text/plain; charset=utf-8",
                headers={"Retry-After": "30"},
            )
        response = FileResponse(built.path.open("rb"), as_attachment=True, filename=name)
        response["Content-Type"] = "application/pdf"
        return response
    if fmt != "csv":
        raise Http404(f"unknown format {fmt!r}")
    response = HttpResponse(participants_csv(meeting), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _ics(body, name):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{name}.ics"'
    return response


def body_calendar(request, code):
    body = _or_404(bodies.get_body, code)
    return _ics(calendar(meeting_queries.meetings_of(body), name=body.name), body.code)


def meeting_calendar(request, pk):
    meeting = _or_404(meeting_queries.get_meeting, pk)
    return _ics(calendar([meeting], name=meeting.title), f"meeting-{meeting.pk}")


def _may_see_state_calendar(user, state) -> bool:
    if user is None or not user.is_authenticated:
        return False
    focal_point = getattr(user, "focal_point", None)
    return meeting_queries.is_secretariat(user) or (
        focal_point is not None and focal_point.state_id == state.pk
    )


def state_calendar(request, code):
    """The meetings a state's delegation is registered for: the secretariat, the state's own
    focal points, or a calendar application holding one of their feed secrets (it sees
    what its user would)."""
    state = _or_404(registry.get_state, code)
    secret = request.GET.get("token", "")
    user = user_of_calendar_feed(secret) if secret else request.user
    if not _may_see_state_calendar(user, state):
        raise Http404("no such calendar")
    return _ics(
        calendar(
            meeting_queries.meetings_registered_by(state),
            name=registry.state_name_on(state, dt.date.today()),  # noqa: DTZ011
        ),
        state.code,
    )
