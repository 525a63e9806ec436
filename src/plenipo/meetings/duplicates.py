"""The recorded meetings a meeting about to be recorded may duplicate (``likeness``), for
the review of a received letter: read in one query for all the letter's meetings."""

from plenipo.meetings.likeness import Recorded, Span, why_the_same
from plenipo.meetings.models import Meeting

COLUMNS = (
    "pk",
    "title",
    "body__code",
    "start_not_before",
    "start_not_after",
    "end_not_before",
    "end_not_after",
)


def recorded_meetings() -> list[Recorded]:
    return [
        Recorded(pk, title, body, Span(first, end_last or start_last))
        for pk, title, body, first, start_last, _, end_last in Meeting.objects.values_list(
            *COLUMNS
        ).order_by("start_not_before", "pk")
    ]


def item_span(item) -> Span:
    """The days a read meeting may take."""
    return Span(item.start.not_before, item.end.not_after or item.start.not_after)


def likely_duplicates(wanted, recorded=None) -> list[list[tuple[Recorded, str]]]:
    """For each (read meeting, body code or "") in ``wanted``, the recorded meetings it may
    duplicate, each with why."""
    recorded = recorded_meetings() if recorded is None else recorded
    found = []
    for item, body in wanted:
        span, title = item_span(item), item.title
        found.append(
            [
                (meeting, why)
                for meeting in recorded
                if (why := why_the_same(title=title, body=body, span=span, recorded=meeting))
            ]
        )
    return found
