"""Uploaded files. They are never served as static media: only these views serve them, after
checking who asks (docs/architecture.md, Confidentiality)."""

import datetime as dt
from pathlib import PurePath

from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404

from plenipo.core.errors import NotFound
from plenipo.meetings import queries


def _attachment(stored, *, private=False):
    try:
        handle = stored.open("rb")
    except FileNotFoundError:
        raise Http404("no such file") from None
    response = FileResponse(handle, as_attachment=True, filename=PurePath(stored.name).name)
    if private:
        # Personal, or not yet issued: kept by no cache, shared or the browser's.
        response["Cache-Control"] = "private, no-store"
    return response


@login_required
def nomination_letter(request, pk):
    """A delegation's nomination letter: the secretariat, and its own state's focal points."""
    try:
        return _attachment(queries.nomination_letter_for(request.user, pk), private=True)
    except NotFound:
        raise Http404("no such file") from None


def document_file(request, pk):
    """A meeting document in one language, as listed on the meeting's public page; before
    its day of issue, or while the version is not yet available, the secretariat's alone."""
    today = dt.date.today()  # noqa: DTZ011 -- a day of issue is a calendar day
    try:
        stored = queries.document_file(request.user, pk, today)
    except NotFound:
        raise Http404("no such file") from None
    return _attachment(stored, private=not queries.file_is_public(stored.instance, today))
