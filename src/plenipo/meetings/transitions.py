"""Which status may follow which: meetings, registrations, language versions; the status a
meeting shows once its dates have passed. Pure."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from plenipo.core.partialdates import DateBounds
from plenipo.core.transitions import Machine

# A meeting is recorded in whatever status its source shows (a past one as held), then
# moves on. Held and cancelled are what happened: a held meeting stays held; a cancelled
# one may be reinstated (scheduled again) but was never held.
MEETING = Machine(
    subject="meeting",
    labels={
        "scheduled": "scheduled",
        "tentative": "tentative",
        "postponed": "postponed",
        "cancelled": "cancelled",
        "held": "held",
    },
    allowed={
        "scheduled": frozenset({"tentative", "postponed", "cancelled", "held"}),
        "tentative": frozenset({"scheduled", "postponed", "cancelled", "held"}),
        "postponed": frozenset({"scheduled", "tentative", "cancelled"}),
        "cancelled": frozenset({"scheduled", "tentative"}),
        "held": frozenset(),
    },
    reasons={
        ("held", "scheduled"): "a held meeting cannot go back to scheduled",
        ("held", "tentative"): "a held meeting cannot go back to tentative",
        ("held", "postponed"): "a held meeting cannot be postponed",
        ("held", "cancelled"): "a held meeting cannot be cancelled",
        ("cancelled", "held"): "a cancelled meeting cannot be held; reinstate it first",
        ("cancelled", "postponed"): "a cancelled meeting cannot be postponed",
        ("postponed", "held"): "a postponed meeting is scheduled again before it is held",
    },
)

# Statuses in which a meeting keeps its room booked.
BOOKING_STATUSES = frozenset({"scheduled", "tentative", "held"})

# A delegation is invited unregistered; registering (again, after an edit, a decision or a
# withdrawal) makes it pending; the secretariat decides, and may revise its decision.
REGISTRATION = Machine(
    subject="registration",
    labels={
        "not_registered": "absent",
        "pending": "pending",
        "approved": "approved",
        "rejected": "rejected",
        "withdrawn": "withdrawn",
    },
    allowed={
        "not_registered": frozenset({"pending"}),
        "pending": frozenset({"pending", "approved", "rejected", "withdrawn"}),
        "approved": frozenset({"pending", "approved", "rejected", "withdrawn"}),
        "rejected": frozenset({"pending", "approved", "rejected", "withdrawn"}),
        "withdrawn": frozenset({"pending"}),
    },
    reasons={
        ("not_registered", "not_registered"): "the delegation has not registered",
        ("not_registered", "approved"): "the delegation has no registration to decide",
        ("not_registered", "rejected"): "the delegation has no registration to decide",
        ("not_registered", "withdrawn"): "the delegation has no registration to withdraw",
        **{
            (status, "not_registered"): (
                f"a {status} registration cannot be undone; withdraw it instead"
            )
            for status in ("pending", "approved", "rejected")
        },
        ("withdrawn", "not_registered"): "a withdrawn registration cannot be undone",
        ("withdrawn", "approved"): "a withdrawn registration is registered again before it "
        "is decided",
        ("withdrawn", "rejected"): "a withdrawn registration is registered again before it "
        "is decided",
    },
    initial=frozenset({"not_registered"}),
)

# A language version is not planned, in translation, or available (with its file); a file
# once available stays available (a new file replaces it).
LANGUAGE_VERSION = Machine(
    subject="language version",
    labels={
        "available": "available",
        "in_translation": "in translation",
        "not_planned": "not planned",
    },
    allowed={
        "available": frozenset(),
        "in_translation": frozenset({"available", "not_planned"}),
        "not_planned": frozenset({"in_translation", "available"}),
    },
    reasons={
        ("available", "in_translation"): "an available language version cannot go back to "
        "in translation",
        ("available", "not_planned"): "an available language version cannot become not planned",
    },
)


# A file may come with a version still in translation (the text sent out for translation),
# kept for the secretariat until the version is available; a version not planned has none.
FILE_STATUSES = frozenset({"available", "in_translation"})


@dataclass(frozen=True)
class ShownStatus:
    """A meeting's status as every surface shows it. ``confirmed`` is False for a meeting
    whose end has passed with no record saying it was held."""

    status: str
    confirmed: bool = True

    @property
    def label(self) -> str:
        text = MEETING.labels[self.status].capitalize()
        return text if self.confirmed else f"{text} (not confirmed)"


# Statuses that say what became of a meeting, whatever its dates.
SETTLED_STATUSES = frozenset({"held", "cancelled", "postponed"})


def shown_status(stored: str, end: DateBounds | None, today: dt.date) -> ShownStatus:
    """The status to show: a scheduled or tentative meeting whose last possible day has
    passed is shown as held, not confirmed until a record says so. Derived, never stored."""
    if stored in SETTLED_STATUSES:
        return ShownStatus(stored)
    last_day = end.not_after if end is not None else None
    if last_day is not None and last_day < today:
        return ShownStatus("held", confirmed=False)
    return ShownStatus(stored)
