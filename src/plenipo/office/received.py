"""A received letter's file as it came (PDF, DOCX, e-mail, image, text), for the
secretariat alone: downloaded, never shown in the browser."""

from django.http import FileResponse, Http404

from plenipo.core.errors import NotFound
from plenipo.correspondence.queries import get_incoming, original_file
from plenipo.office.inbox import CAN_READ


@CAN_READ
def received_file(request, pk):
    try:
        original = original_file(get_incoming(pk))
        handle = original.stored.open("rb")
    except (NotFound, FileNotFoundError):
        raise Http404("no file is kept for this received letter") from None
    response = FileResponse(
        handle, as_attachment=True, filename=original.name, content_type=original.content_type
    )
    # A received file is whatever a sender made it: never let a browser read it as a page.
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response
