"""The received letters linked to a meeting, which the secretariat may name as what it
entered a delegation from. Shared by the office and the API."""

from django.db.models import Q

from plenipo.core.errors import InvalidInput
from plenipo.correspondence.models import IncomingLetter, MeetingNamed

# The officer's decisions on a meeting read from a letter that tie the letter to a meeting.
MEETING_DECISIONS = ("linked", "created")


def _naming(meeting):
    """Letters whose meeting the officer accepted as this one, as a subquery."""
    return MeetingNamed.objects.filter(
        meeting_number=meeting.pk, item__startswith="meetings/", status__in=MEETING_DECISIONS
    ).values("letter")


def letters_about(meeting) -> list[IncomingLetter]:
    """The received letters linked to ``meeting``: those one of whose meetings the officer
    accepted as it, those answering a letter sent about it, and the enclosures of either;
    newest first."""
    linked = IncomingLetter.objects.filter(
        Q(pk__in=_naming(meeting)) | Q(answers__meeting=meeting)
    ).values("pk")
    return list(
        IncomingLetter.objects.filter(Q(pk__in=linked) | Q(enclosed_in__in=linked))
        .only("pk", "name", "received_on", "enclosed_in")
        .order_by("-received_on", "-pk")
    )


def letter_words(letter) -> str:
    """A received letter as a delegation's source names it."""
    return f"received letter No. {letter.pk}, {letter.name}, received {letter.received_on}"


def letter_source(meeting, letter_id) -> tuple[int | None, str]:
    """The received letter ``letter_id`` as a source of a delegation to ``meeting``: its
    number and its words; (None, "") for no letter. Refused unless linked to the meeting."""
    if letter_id in (None, ""):
        return None, ""
    for letter in letters_about(meeting):
        if str(letter.pk) == str(letter_id).strip():
            return letter.pk, letter_words(letter)
    raise InvalidInput(f"received letter {letter_id!r} is not linked to {meeting}")
