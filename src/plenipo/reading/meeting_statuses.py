"""The status of the meetings one sentence announces: scheduled, tentative (no day fixed
yet), postponed or cancelled, and whether it gives the meeting without a day."""

from plenipo.reading.meeting_words import (
    FUTURE,
    VAGUE_TIME,
    day_still_to_fix,
    status_of,
    undated_status,
)
from plenipo.reading.meeting_years import years_ahead


def sentence_statuses(sentence, dated, relative, past) -> tuple[str, str | None]:
    """The status of the meetings a sentence announces, and the status of one it announces
    without a day (put off, called off, or only a year ahead), else None."""
    status = status_of(sentence)
    if (
        not dated
        and status == "scheduled"
        and VAGUE_TIME.search(sentence)
        and FUTURE.search(sentence)
    ):
        status = "tentative"  # "au début de l'année prochaine": no day fixed yet
    if status == "scheduled" and day_still_to_fix(sentence, dated):
        status = "tentative"  # "à fin février 2032, à une date à préciser"
    undated = undated_status(sentence, dated, relative, past, status)
    if not (undated or dated or relative) and years_ahead(sentence, past):
        undated = status  # "the next Conference will be held in 2034"
    return status, undated
