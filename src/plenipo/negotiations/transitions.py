"""Which status may follow which, one table per status field. Pure.

Services call ``check`` before writing a status; nothing else changes one.
"""

from __future__ import annotations

PROPOSAL = {
    # A decision may be reopened until a revision applies it (the service checks that).
    "pending": {"accepted", "rejected", "merged", "withdrawn"},
    "accepted": {"pending", "rejected"},
    "rejected": {"pending", "accepted"},
    "merged": set(),
    "withdrawn": set(),
}

SILENCE = {
    "under_silence": {"passed", "broken"},
    "passed": set(),
    "broken": set(),
}


class TransitionError(ValueError):
    """A status change the table does not allow; the message is one line."""


def check(table: dict[str, set[str]], current: str, new: str, *, what: str) -> None:
    if new not in table:
        known = ", ".join(table)
        raise TransitionError(f"{what}: unknown status {new!r} (known: {known})")
    if new == current:
        raise TransitionError(f"{what} is already {current}")
    if new not in table[current]:
        allowed = ", ".join(sorted(table[current])) or "nothing (final)"
        raise TransitionError(f"{what} cannot go from {current} to {new} (allowed: {allowed})")
