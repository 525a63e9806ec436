"""Uploaded files. They are never served as static media: only these views serve them, after
checking who asks (docs/architecture.md, Confidentiality)."""

from pathlib import PurePath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from plenipo.core.errors import NotFound
from plenipo.meetings import queries


def _attachment(stored):
    try:
        handle = stored.open("rb")
    except FileNotFoundError:
        raise Http404("no such file") from None
    return FileResponse(handle, as_attachment=True, filename=PurePath(stored.name).name)


@login_required
def nomination_letter(request, pk):
    """A delegation's nomination letter: the secretariat, and its own state's focal points."""
    try:
        return _attachment(queries.nomination_letter_for(request.user, pk))
    except NotFound:
        raise Http404("no such file") from None


def document_file(request, pk):
    """A meeting document in one language, as listed on the meeting's public page."""
    try:
        return _attachment(queries.document_file(pk))
    except NotFound:
        raise Http404("no such file") from None
