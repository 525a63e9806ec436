"""Status machines: which status may follow which, and why a move is refused. Pure.

Each status field has one ``Machine``: the statuses (with how they read after "a"), the
moves allowed from each, and the reasons for the refused moves that need more than the
plain sentence ("a held meeting cannot become tentative").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from plenipo.core.errors import InvalidInput


class RefusedTransition(InvalidInput):
    """A status change the machine does not allow."""


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


@dataclass(frozen=True)
class Machine:
    subject: str  # "meeting", "letter" … as it reads in the messages
    labels: Mapping[str, str]  # status → adjective ("held", "in translation")
    allowed: Mapping[str, frozenset[str]]  # status → the statuses that may follow it
    reasons: Mapping[tuple[str, str], str] = field(default_factory=dict)
    initial: frozenset[str] | None = None  # statuses a new record may start in (None: any)
    field: str = "status"  # what the messages call it ("stage")

    def __post_init__(self):
        if set(self.allowed) != set(self.labels):
            raise ValueError(f"{self.subject}: every status needs one row of moves")
        stray = {new for moves in self.allowed.values() for new in moves} - set(self.labels)
        stray |= {new for _, new in self.reasons} - set(self.labels)
        if stray:
            raise ValueError(f"{self.subject}: unknown status(es) {sorted(stray)}")

    @property
    def statuses(self) -> tuple[str, ...]:
        return tuple(self.labels)

    def allows(self, current: str, new: str) -> bool:
        return new in self.allowed.get(current, ())

    def refused(self) -> list[tuple[str, str]]:
        """Every refused move (self-moves included), in table order."""
        return [(a, b) for a in self.statuses for b in self.statuses if not self.allows(a, b)]

    def refusal(self, current: str, new: str) -> str | None:
        """Why ``current`` → ``new`` is refused, in one line; None when it is allowed."""
        if new not in self.labels:
            known = ", ".join(self.statuses)
            return f"unknown {self.subject} {self.field} {new!r} (known: {known})"
        if self.allows(current, new):
            return None
        if (current, new) in self.reasons:
            return self.reasons[current, new]
        if current == new:
            return f"the {self.subject} is already {self.labels[new]}"
        adjective = self.labels.get(current, current)
        return f"{_article(adjective)} {adjective} {self.subject} cannot become {self.labels[new]}"

    def check(self, current: str, new: str) -> None:
        reason = self.refusal(current, new)
        if reason is not None:
            raise RefusedTransition(reason)

    def check_initial(self, status: str) -> None:
        if status not in self.labels:
            raise RefusedTransition(self.refusal(status, status))
        if self.initial is not None and status not in self.initial:
            allowed = ", ".join(s for s in self.statuses if s in self.initial)
            raise RefusedTransition(
                f"a new {self.subject} cannot start as {self.labels[status]} (only {allowed})"
            )


def going_back(order: tuple[str, ...], labels: Mapping[str, str], subject: str) -> dict:
    """Reasons for moves to an earlier status of a lifecycle ("cannot go back to draft")."""
    return {
        (later, earlier): (
            f"{_article(labels[later])} {labels[later]} {subject} "
            f"cannot go back to {labels[earlier]}"
        )
        for i, earlier in enumerate(order)
        for later in order[i + 1 :]
    }
