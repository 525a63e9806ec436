"""Schemas every part of the API shares."""

import datetime as dt

from ninja import Schema


class Error(Schema):
    detail: str


class Count(Schema):
    min: int
    max: int


class Bounds(Schema):
    not_before: dt.date | None
    not_after: dt.date | None
