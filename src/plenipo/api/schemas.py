"""Schemas every part of the API shares."""

import datetime as dt

from ninja import Schema
from pydantic import BaseModel, ConfigDict


class Error(Schema):
    detail: str


class Answer(BaseModel):
    """An answer the API builds as plain dicts and lists: validated as pydantic validates,
    without ``ninja.Schema``'s wrapping of every object for reading Django models by
    attribute, which cost more than building the answer for a status of some 200 parties."""

    model_config = ConfigDict(from_attributes=True)


class Count(Answer):
    """At least ``min``, at most ``max``; ``max`` is null when no source shows the
    records complete (there may be parties not recorded)."""

    min: int
    max: int | None


class Bounds(Answer):
    not_before: dt.date | None
    not_after: dt.date | None
