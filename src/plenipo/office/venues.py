"""The office's venues and rooms: the list, a venue's page with its rooms, adding and editing
either. Every write goes through the meetings services and cites its source as a meeting does;
a refusal shows their one-line message, writes nothing and answers 400."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.shortcuts import redirect, render

from plenipo.core.errors import PlenipoError
from plenipo.core.listing import paginate, read_listing
from plenipo.core.sources import cited_source
from plenipo.meetings import queries as meetings
from plenipo.meetings.services.venues import add_room, add_venue, edit_room, edit_venue
from plenipo.office.roles import secretariat_required
from plenipo.office.venue_forms import RoomForm, VenueForm

BAD_INPUT = 400


def _require(request, permission):
    if not request.user.has_perm(permission):
        raise PermissionDenied(f"this needs the {permission} permission")


def _cite(reference, title, current):
    """The source the form cites: the record's own when the officer left it as it was (a
    built-in record keeps its declared source), else one cited inline, as a meeting's is."""
    if current is not None and (reference.strip(), title.strip()) == (
        current.reference,
        current.title,
    ):
        return current
    return cited_source(reference=reference, title=title)


def _save(form, write, *, current=None) -> bool:
    """Run ``write(fields, source)`` with the form's fields; a refusal goes on the form."""
    if not form.is_valid():
        return False
    fields = dict(form.cleaned_data)
    reference, title = fields.pop("source"), fields.pop("source_title")
    try:
        with transaction.atomic():
            write(fields, _cite(reference, title, current))
    except PlenipoError as exc:
        form.add_error(None, str(exc))
        return False
    return True


@secretariat_required
def venue_list(request):
    form = VenueForm(request.POST or None)
    if request.method == "POST":
        _require(request, "meetings.add_venue")
        added = []

        def write(fields, source):
            added.append(add_venue(**fields, source=source, by=request.user))

        if _save(form, write):
            messages.success(request, f"Recorded: {added[0].name}.")
            return redirect("office:venue", code=added[0].code)
    listing = read_listing(request.GET)
    rows = paginate(listing, meetings.find_venues(q=listing.q), request.GET)
    context = {"venues": rows, "listing": listing, "form": form}
    status = BAD_INPUT if form.is_bound else 200
    return render(request, "office/venues.html", context, status=status)


@secretariat_required
def venue_detail(request, code):
    venue = meetings.get_venue(code)
    form = VenueForm(request.POST or None, record=venue)
    if request.method == "POST":
        _require(request, "meetings.change_venue")

        def write(fields, source):
            edit_venue(venue, **fields, source=source, by=request.user)

        if _save(form, write, current=venue.source):
            messages.success(request, f"Saved: {venue.name}.")
            return redirect("office:venue", code=venue.code)
        venue.refresh_from_db()
    return _venue_page(request, venue, form=form)


def _venue_page(request, venue, *, form):
    context = {
        "venue": venue,
        "rooms": meetings.rooms_of(venue),
        "form": form,
        "room_form": RoomForm(),
    }
    status = BAD_INPUT if form.is_bound else 200
    return render(request, "office/venue.html", context, status=status)


@secretariat_required
def room_create(request, code):
    venue = meetings.get_venue(code)
    form = RoomForm(request.POST or None)
    if request.method == "POST":
        _require(request, "meetings.add_room")
        added = []

        def write(fields, source):
            added.append(add_room(venue=venue, **fields, source=source, by=request.user))

        if _save(form, write):
            messages.success(request, f"Recorded: {added[0].name}, {venue.name}.")
            return redirect("office:venue", code=venue.code)
    return _room_page(request, venue, form, room=None)


@secretariat_required
def room_edit(request, pk):
    room = meetings.get_room_by_id(pk)
    form = RoomForm(request.POST or None, record=room)
    if request.method == "POST":
        _require(request, "meetings.change_room")

        def write(fields, source):
            edit_room(room, **fields, source=source, by=request.user)

        if _save(form, write, current=room.source):
            messages.success(request, f"Saved: {room.name}, {room.venue.name}.")
            return redirect("office:venue", code=room.venue.code)
        room.refresh_from_db()
    return _room_page(request, room.venue, form, room=room)


def _room_page(request, venue, form, *, room):
    context = {"room": room, "venue": venue, "form": form}
    status = BAD_INPUT if form.is_bound else 200
    return render(request, "office/room.html", context, status=status)
