"""Schemas every part of the API shares."""

import datetime as dt

from ninja import Schema


class Error(Schema):
    detail: str


class Count(Schema):
    """At least ``min``, at most ``max``; ``max`` is null when no source shows the
    records complete (there may be parties not recorded)."""

    min: int
    max: int | None


class Bounds(Schema):
    not_before: dt.date | None
    not_after: dt.date | None
