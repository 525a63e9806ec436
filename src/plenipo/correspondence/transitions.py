"""Which status may follow which: letters, the items read from a received letter, tasks. Pure."""

from plenipo.core.transitions import Machine, going_back

_LETTER_LABELS = {
    "draft": "draft",
    "approved": "approved",
    "queued": "queued",
    "sent": "sent",
    "failed": "failed",
}
_LIFECYCLE = ("draft", "approved", "queued", "failed", "sent")

# A letter is written as a draft, approved, then either queued for e-mail (sent, or failed
# after the last attempt) or sent by hand, fax or post (also once queued or failed).
# Sent is what happened: it never goes back.
LETTER = Machine(
    subject="letter",
    labels=_LETTER_LABELS,
    allowed={
        "draft": frozenset({"approved"}),
        "approved": frozenset({"queued", "sent"}),
        "queued": frozenset({"sent", "failed"}),
        "failed": frozenset({"sent"}),
        "sent": frozenset(),
    },
    reasons={
        **going_back(_LIFECYCLE, _LETTER_LABELS, "letter"),
        **{
            (status, "approved"): f"{'an' if status[0] in 'ae' else 'a'} {status} letter is "
            "not a draft; only a draft is approved"
            for status in _LETTER_LABELS
            if status != "draft"
        },
        **{
            (status, "failed"): "only a queued letter can fail"
            for status in ("draft", "approved", "sent")
        },
        ("draft", "draft"): "the letter is already a draft",
        ("draft", "queued"): "a draft letter is approved before it is queued",
        ("draft", "sent"): "a draft letter must be approved before it is sent",
        ("failed", "queued"): "a failed letter is sent by hand, fax or post, not queued again",
    },
    initial=frozenset({"draft"}),
)


def letter_edit_refusal(status: str) -> str | None:
    """Why a letter in ``status`` may not be edited; None while it may. A letter is edited
    while it may still be approved (a draft): what was approved is what goes out."""
    if LETTER.allows(status, "approved"):
        return None
    label = _LETTER_LABELS.get(status, status)
    article = "an" if label[:1] in "aeiou" else "a"
    return f"{article} {label} letter is not edited any more; only a draft is"


# What the officer decided about one item (a meeting, a deadline, an enclosure) read from a
# received letter. An item is decided once; undoing the decision reopens it (undecided
# again), which is the only move from a decided item: deciding it otherwise goes through
# undecided, so that what accepting created is removed first.
UNDECIDED = "undecided"
_DECISIONS = {
    "linked": "linked",
    "created": "created",
    "task": "made a task",
    "added": "added to a delegation",
    "rejected": "rejected",
}
INCOMING_ITEM = Machine(
    subject="item",
    labels={UNDECIDED: "undecided", **_DECISIONS},
    allowed={UNDECIDED: frozenset(_DECISIONS), **{d: frozenset({UNDECIDED}) for d in _DECISIONS}},
    reasons={
        **{
            (decided, new): f"the item is already decided ({label})"
            for decided, label in _DECISIONS.items()
            for new in _DECISIONS
        },
        (UNDECIDED, UNDECIDED): "the item is not decided: there is nothing to undo",
    },
)

# What the officer decided about one registry match the review screen shows (an instrument
# cited, a correspondent's person, post, state, organization or body): linked to the entry
# proposed, to an alternative or to another entry, or to none. Decided once; undone
# (undecided again) before it is decided otherwise, as an item is.
LINK_NONE = "not_linked"
_LINK_DECISIONS = {"linked": "linked", LINK_NONE: "not linked"}
LINK = Machine(
    subject="link",
    labels={UNDECIDED: "undecided", **_LINK_DECISIONS},
    allowed={
        UNDECIDED: frozenset(_LINK_DECISIONS),
        **{d: frozenset({UNDECIDED}) for d in _LINK_DECISIONS},
    },
    reasons={
        **{
            (decided, new): f"the link is already decided ({label}): undo it first"
            for decided, label in _LINK_DECISIONS.items()
            for new in _LINK_DECISIONS
        },
        (UNDECIDED, UNDECIDED): "the link is not decided: there is nothing to undo",
    },
)

# A task is open until someone marks it done; a task marked done by mistake, or not quite
# finished after all, is reopened. (Stored as ``Task.done``: True is "done".)
TASK_OPEN, TASK_DONE = "open", "done"
TASK = Machine(
    subject="task",
    labels={TASK_OPEN: "open", TASK_DONE: "done"},
    allowed={TASK_OPEN: frozenset({TASK_DONE}), TASK_DONE: frozenset({TASK_OPEN})},
)
