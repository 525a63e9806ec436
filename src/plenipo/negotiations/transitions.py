"""The negotiations app's status tables. A proposal's is the pure one
(``negotiations.proposals.PROPOSAL``: decided once); a silence procedure's and a
milestone's are here. Pure."""

import datetime as dt

from plenipo.core.partialdates import DateBounds
from plenipo.core.transitions import Machine
from plenipo.negotiations.proposals import PROPOSAL

SILENCE = Machine(
    subject="silence procedure",
    labels={"under_silence": "running", "passed": "passed", "broken": "broken"},
    allowed={
        "under_silence": frozenset({"passed", "broken"}),
        "passed": frozenset(),
        "broken": frozenset(),
    },
    reasons={
        ("passed", "broken"): "a silence procedure that passed can no longer be broken",
        ("broken", "passed"): "a broken silence procedure cannot pass",
    },
    initial=frozenset({"under_silence"}),
)

# A milestone is recorded as announced ("planned") and marked done once it happened; what
# happened stays done.
MILESTONE = Machine(
    subject="milestone",
    labels={"planned": "planned", "done": "done"},
    allowed={"planned": frozenset({"done"}), "done": frozenset()},
    reasons={("done", "planned"): "a milestone that took place cannot go back to planned"},
)


def milestone_shown(stored: str, date: DateBounds, today: dt.date) -> str:
    """The words a milestone shows: one still recorded as planned whose last possible day
    has passed is not said to have happened, only that no record says it did."""
    last_day = date.not_after
    if stored == "planned" and last_day is not None and last_day < today:
        return "planned, not recorded as reached"
    return MILESTONE.labels[stored]


__all__ = ["MILESTONE", "PROPOSAL", "SILENCE", "milestone_shown"]
