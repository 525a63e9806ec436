"""Index pages for the folders that only hold other addresses: /api/ and /calendar/."""

from django.shortcuts import render

from plenipo.bodies import queries as bodies
from plenipo.meetings.queries import meetings_between


def api_index(request):
    return render(request, "public/api_index.html")


def calendar_index(request):
    focal_point = (
        getattr(request.user, "focal_point", None) if request.user.is_authenticated else None
    )
    context = {
        "bodies": bodies.all_bodies(),
        "meetings": meetings_between(None, None).reverse()[:50],
        "own_state": focal_point.state if focal_point else None,
    }
    return render(request, "public/calendar_index.html", context)
