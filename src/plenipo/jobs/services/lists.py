"""The public list of participants (PDF): built by a job, never inside a request, and served
only while it shows the list as it stands.

A list's version is the digest of the text it prints (`jobs.queries.list_version`): any
change to a delegation, a participant or the meeting's heading makes a new version, and the
PDF of an older one is no longer served as current. Asking for a version nobody built
starts the job (the immediate backend builds it before answering; a queue's worker a
moment later, the reader being told to come back); the scheduler also builds the lists of
meetings still open as soon as they change."""

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from plenipo.jobs.queries import LIST_PDF, built_list, list_being_built, list_failed, list_version
from plenipo.jobs.services.jobs import start_job
from plenipo.meetings.exporters import participants_html
from plenipo.meetings.queries import published_lists_still_open


@dataclass(frozen=True)
class ListPdf:
    path: Path | None  # the stored PDF of the current list, when ready
    message: str = ""  # why not, in one line


BEING_BUILT = "The PDF of this list of participants is being prepared; try again in a minute."
FAILED = (
    "The PDF of this list of participants could not be prepared; the secretariat can start "
    "it again from its jobs page. The list is also available as CSV."
)


def _build(meeting, version) -> bool:
    """Start building this version unless a build is under way or failed: True if started."""
    if list_being_built(meeting) or list_failed(meeting, version):
        return False
    start_job(kind=LIST_PDF, params={"meeting": meeting.pk, "list": version}, by=None)
    return True


def current_list_pdf(meeting) -> ListPdf:
    """The PDF of the meeting's list of participants as it stands now, or why there is none
    yet (a job building it is started if none is)."""
    version = list_version(participants_html(meeting))
    if path := built_list(meeting, version):
        return ListPdf(path)
    if _build(meeting, version) and (path := built_list(meeting, version)):
        return ListPdf(path)  # built at once (the immediate backend)
    return ListPdf(None, FAILED if list_failed(meeting, version) else BEING_BUILT)


def build_changed_lists(today: dt.date) -> list[str]:
    """Start building the published lists, of meetings not yet over, whose current version
    has no PDF: what the scheduler does every round."""
    started = []
    for meeting in published_lists_still_open(today):
        version = list_version(participants_html(meeting))
        if built_list(meeting, version) is None and _build(meeting, version):
            started.append(meeting.title)
    return started
