"""Reads of correspondence shared by the office, the API and the CLI."""

from plenipo.core.errors import NotFound
from plenipo.correspondence.models import Letter, LetterStatus, LetterTemplate


def get_template(name) -> LetterTemplate:
    template = LetterTemplate.objects.select_related("office", "scheme").filter(name=name).first()
    if template is None:
        known = ", ".join(LetterTemplate.objects.values_list("name", flat=True))
        raise NotFound(f"unknown template {name!r} (known: {known})")
    return template


def reply_matrix(letters):
    """Letters that expect a reply, with their replies: who has not answered."""
    rows = []
    for letter in letters.prefetch_related("replies"):
        replies = list(letter.replies.all())
        rows.append(
            {"letter": letter, "replied": bool(replies), "reply": replies[0] if replies else None}
        )
    return rows


def awaiting_reply(day):
    """Sent letters whose reply date has passed with no reply: the reminders."""
    return (
        Letter.objects.filter(
            status=LetterStatus.SENT, expects_reply_by__lt=day, replies__isnull=True
        )
        .select_related("office")
        .order_by("expects_reply_by")
    )


def thread(letter) -> list[Letter]:
    """The chain of letters this one refers to, oldest first, then those that follow it."""
    chain, seen = [], set()
    current = letter
    while current is not None and current.pk not in seen:
        chain.insert(0, current)
        seen.add(current.pk)
        current = current.refers_to
    chain += list(Letter.objects.filter(refers_to=letter).order_by("date"))
    return chain
