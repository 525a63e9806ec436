"""The letters the secretariat sent to the focal point's state, each to read or download.

Every letter is reached through ``correspondence.queries.letters_sent_to_state``: a draft,
a letter still in the outbox or another state's letter is a 404 here as in the API.
"""

from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils.http import content_disposition_header

from plenipo.core.errors import NotFound
from plenipo.correspondence import exporters
from plenipo.correspondence.queries import get_letter_sent_to, letters_sent_to_state
from plenipo.portal.views import focal_point_required

LIMIT = 500


@focal_point_required
def letter_list(request):
    focal_point = request.user.focal_point
    letters = letters_sent_to_state(focal_point.state)[:LIMIT]
    return render(
        request,
        "portal/letters.html",
        {"letters": letters, "formats": list(exporters.FILE_TYPES), "state": focal_point.state},
    )


@focal_point_required
def letter_file(request, pk, fmt):
    try:
        letter = get_letter_sent_to(request.user.focal_point.state, pk)
        name, content_type, content = exporters.letter_file(letter, fmt)
    except NotFound as exc:
        raise Http404(str(exc)) from None
    except ValueError:
        raise Http404(f"unknown format {fmt!r}") from None
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, name)
    return response
