"""A deadline to register for a meeting the same letter announces — to send the composition
of the delegation, the names of the participants, nominations — tied to that meeting (its
index in the reading's meetings, kind "registration"), so that the meeting, once recorded,
gets it as its registration deadline rather than the deadline becoming a task of its own.
Pure."""

from __future__ import annotations

import re
from dataclasses import replace

REGISTRATION = "registration"


# What is to be sent or done by the day to take part: "the composition of the delegation",
# "the names of the participants", "register", "nominations", "la composition de la
# délégation", "l'inscription", "la composición de la delegación", "la inscripción".
REGISTERING = re.compile(
    r"\b(?:composition\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?delegations?|"
    r"names?\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?(?:participants|delegates|representatives|"
    r"members\s+of\s+(?:the\s+|their\s+|its\s+|your\s+)?delegations?)|"
    r"regist(?:er|ered|ration)|pre-?regist(?:er|ration)|"
    # nominations to attend, not to a panel's seats: "nominate individuals to attend"
    r"nominat(?:e|ions?)\s+(?:of\s+)?(?:[\w-]+\s+){0,3}?(?:to\s+(?:attend|participate)|"
    r"participants|delegates|representatives)|"
    r"composition\s+de\s+(?:la\s+|leur\s+|sa\s+|votre\s+)?d[ée]l[ée]gations?|"
    r"noms?\s+des\s+(?:participants|d[ée]l[ée]gu[ée]s|repr[ée]sentants)|inscri(?:re|ption)s?|"
    r"d[ée]sign(?:er|ation)s?\s+des?\s+(?:participants|d[ée]l[ée]gu[ée]s|repr[ée]sentants)|"
    r"composici[óo]n\s+de\s+(?:la\s+|su\s+|sus\s+)?delegaci(?:[óo]n|ones)|"
    r"nombres?\s+de\s+(?:los\s+)?(?:participantes|delegados|representantes)|"
    r"inscri(?:bir|pci[óo]n)(?:se)?|designaci[óo]n\s+de\s+(?:los\s+)?(?:participantes|delegados))",
    re.IGNORECASE,
)


# How far back from the deadline's day its sentence is read (no further than its start).
REACH = 300
SENTENCE_END = re.compile(r"[.;!?](?=\s)")


def _sentence_before(text, position) -> str:
    before = text[max(0, position - REACH) : position]
    ends = [m.end() for m in SENTENCE_END.finditer(before)]
    return before[ends[-1] :] if ends else before


def _meeting_after(meetings, due) -> int | None:
    """The index of the first meeting that starts on or after the deadline's last day."""
    last = due.not_after
    if last is None:
        return None
    after = [
        (m.start.not_before, i)
        for i, m in enumerate(meetings)
        if m.start.not_before is not None and m.start.not_before >= last
    ]
    return min(after)[1] if after else None


def tied_deadlines(text, reading):
    """The reading with each deadline to register for a meeting it announces tied to that
    meeting: the first of its meetings to start on or after the deadline's day."""
    if not reading.meetings or not reading.deadlines:
        return reading
    deadlines = tuple(_tied(text, d, reading.meetings) for d in reading.deadlines)
    return replace(reading, deadlines=deadlines)


def _tied(text, deadline, meetings):
    meeting = _meeting_after(meetings, deadline.due) if deadline.dated else None
    said = _sentence_before(text, deadline.evidence.start)
    if meeting is None or not (REGISTERING.search(said) or REGISTERING.search(deadline.what)):
        return deadline
    return replace(deadline, meeting=meeting, kind=REGISTRATION)
