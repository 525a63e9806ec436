"""A ``DateBounds`` as a model attribute, and the SQL questions asked of it.

``when = DateBoundsField()`` on a model stores the bounds in three columns,
``when_not_before``, ``when_not_after`` and ``when_precision`` (so indexes and orderings
can name them), and reads and writes them as one ``DateBounds``. "No date at all" (a
membership that has not ended, a meeting not yet dated) is ``None``, stored as an empty
precision; an event known to have happened on an unknown day is ``UNKNOWN`` (both bounds
open). SQL asks the same two questions as ``DateBounds`` (``certainly_by``,
``possibly_by``) through this field's ``Q`` helpers, and "does a span cover a day" through
:func:`span_covers_q`, the SQL twin of :func:`plenipo.core.partialdates.span_covers`.
"""

from __future__ import annotations

import datetime as dt

from django.db import models
from django.db.models import Q

from plenipo.core.partialdates import DateBounds, Precision

PRECISION_CHOICES = [(p.value, p.value) for p in Precision]


class DateBoundsField(property):
    """A model attribute holding a ``DateBounds`` (or ``None``) in three columns.

    A ``property`` so that ``Model(when=bounds)``, ``objects.create(when=…)`` and
    ``update_or_create(defaults={"when": …})`` work as for any field; the three columns
    are ordinary fields, so migrations see ordinary columns.
    """

    def __init__(self, *, required: bool = False, help_text: str = ""):
        super().__init__(self._read, self._write)
        self.required = required
        self.help_text = help_text
        self.name = ""

    def contribute_to_class(self, cls, name):
        self.name = name
        cls.add_to_class(
            self.not_before, models.DateField(null=True, blank=True, help_text=self.help_text)
        )
        cls.add_to_class(self.not_after, models.DateField(null=True, blank=True))
        cls.add_to_class(
            self.precision,
            models.CharField(max_length=8, choices=PRECISION_CHOICES, blank=not self.required),
        )
        setattr(cls, name, self)

    # column names ----------------------------------------------------------------------

    @property
    def not_before(self) -> str:
        return f"{self.name}_not_before"

    @property
    def not_after(self) -> str:
        return f"{self.name}_not_after"

    @property
    def precision(self) -> str:
        return f"{self.name}_precision"

    # the Python side -------------------------------------------------------------------

    def _read(self, instance) -> DateBounds | None:
        precision = getattr(instance, self.precision)
        if not precision:
            return None
        return DateBounds(
            getattr(instance, self.not_before),
            getattr(instance, self.not_after),
            Precision(precision),
        )

    def _write(self, instance, value):
        for column, stored in self.columns(value).items():
            setattr(instance, column, stored)

    def columns(self, value) -> dict:
        """Column values for ``value`` (a DateBounds, anything ``DateBounds.parse`` reads,
        or None), for ``QuerySet.update`` and ``bulk_create``."""
        if value is None:
            return {self.not_before: None, self.not_after: None, self.precision: ""}
        bounds = DateBounds.parse(value)
        return {
            self.not_before: bounds.not_before,
            self.not_after: bounds.not_after,
            self.precision: bounds.precision.value,
        }

    # the SQL side: each mirrors the DateBounds method of the same name ------------------

    def _lookup(self, column: str, lookup: str, through: str) -> str:
        prefix = f"{through}__" if through else ""
        return f"{prefix}{column}__{lookup}"

    def is_set(self, *, through: str = "") -> Q:
        return Q(**{self._lookup(self.precision, "gt", through): ""})

    def is_none(self, *, through: str = "") -> Q:
        return Q(**{self._lookup(self.precision, "exact", through): ""})

    def exactly(self, day: dt.date, *, through: str = "") -> Q:
        """Known to the day, and that day is ``day``."""
        return Q(
            **{
                self._lookup(self.not_before, "exact", through): day,
                self._lookup(self.not_after, "exact", through): day,
            }
        )

    def is_exact(self, *, through: str = "") -> Q:
        return Q(**{self._lookup(self.precision, "exact", through): Precision.DAY.value})

    def certainly_by(self, day: dt.date, *, through: str = "") -> Q:
        """The event had certainly happened on ``day`` (inclusive)."""
        return Q(**{self._lookup(self.not_after, "lte", through): day})

    def possibly_by(self, day: dt.date, *, through: str = "") -> Q:
        """The event may have happened on or before ``day``."""
        return self.is_set(through=through) & (
            Q(**{self._lookup(self.not_before, "isnull", through): True})
            | Q(**{self._lookup(self.not_before, "lte", through): day})
        )

    def certainly_after(self, day: dt.date, *, through: str = "") -> Q:
        """A recorded event that had certainly not happened by ``day``."""
        return Q(**{self._lookup(self.not_before, "gt", through): day})

    def possibly_after(self, day: dt.date, *, through: str = "") -> Q:
        """A recorded event that may not have happened by ``day``."""
        return self.is_set(through=through) & (
            Q(**{self._lookup(self.not_after, "isnull", through): True})
            | Q(**{self._lookup(self.not_after, "gt", through): day})
        )


def span_covers_q(
    start: DateBoundsField, end: DateBoundsField, day: dt.date, *, through: str = ""
) -> tuple[Q, Q]:
    """``(certainly, possibly)``: the SQL of ``span_covers(start, end, day)`` being True,
    and being True or None. ``end`` is the first day outside the span; None: open."""
    open_end = end.is_none(through=through)
    certainly = start.certainly_by(day, through=through) & (
        open_end | end.certainly_after(day, through=through)
    )
    # An end that is not set stores no "not after" (``columns``), so "open, or possibly
    # after the day" is one test of that column: one condition less per row in the
    # aggregates that count parties.
    prefix = f"{through}__" if through else ""
    end_open_or_later = Q(**{f"{prefix}{end.not_after}__isnull": True}) | Q(
        **{f"{prefix}{end.not_after}__gt": day}
    )
    possibly = start.possibly_by(day, through=through) & end_open_or_later
    return certainly, possibly
