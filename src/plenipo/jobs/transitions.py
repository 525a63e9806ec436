"""Which status of a background job may follow which. Pure.

A job is queued, run by a worker, and ends done or failed. A running job whose worker went
silent is queued again (recovered), or taken over by the next run of its task; a failed one
is queued again when retried; a done job is final."""

from plenipo.core.transitions import Machine

JOB = Machine(
    subject="job",
    labels={"queued": "queued", "running": "running", "done": "done", "failed": "failed"},
    allowed={
        # done from queued: a worker thought dead (its job queued again) may still finish
        "queued": frozenset({"running", "done", "failed"}),
        "running": frozenset({"running", "queued", "done", "failed"}),
        "done": frozenset(),
        "failed": frozenset({"queued"}),
    },
    reasons={
        ("done", "queued"): "a done job is final; start a new one",
        ("done", "running"): "a done job is final; start a new one",
        ("queued", "queued"): "the job is already queued",
    },
    initial=frozenset({"queued"}),
)
