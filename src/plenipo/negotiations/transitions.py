"""The negotiations app's status tables. A proposal's is the pure one
(``negotiations.proposals.PROPOSAL``: decided once); a silence procedure's and a
milestone's are here. Pure."""

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

__all__ = ["MILESTONE", "PROPOSAL", "SILENCE"]
