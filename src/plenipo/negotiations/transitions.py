"""The negotiations app's status tables. A proposal's is the pure one
(``negotiations.proposals.PROPOSAL``: decided once); a silence procedure's is here. Pure."""

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

__all__ = ["PROPOSAL", "SILENCE"]
