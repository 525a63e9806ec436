"""What is done to a whole reading once it is read: every span moved (the letter read
after a web page's menu keeps the page's offsets), every value written on one line, and
the values read from a copy in another case given as the letter writes them. Pure."""

import dataclasses

from plenipo.reading.model import Span


def shifted(value, offset):
    """``value`` (a reading or any part of it) with every span moved by ``offset``."""
    if isinstance(value, Span):
        return Span(value.start + offset, value.end + offset)
    if isinstance(value, tuple):
        return tuple(shifted(item, offset) for item in value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {
            f.name: shifted(getattr(value, f.name), offset)
            for f in dataclasses.fields(value)
            if isinstance(getattr(value, f.name), (Span, tuple))
            or dataclasses.is_dataclass(getattr(value, f.name))
        }
        return dataclasses.replace(value, **changes) if changes else value
    return value


# The values read as written in the letter; the others are normalised ("10:00", "held").
WRITTEN = ("text", "name", "title", "organization", "place", "description", "what", "date_text")
WRITTEN += ("room", "venue", "city")
NEAR = 300


def tidied(value):
    """``value`` (a reading or any part of it) with each value read as written on one line:
    a name or a phrase that runs over a line end of a PDF's extraction ("Secretariat of the
    / Council of Europe …") keeps one space between its words, not the next line's margin."""
    if isinstance(value, tuple):
        return tuple(tidied(item) for item in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, (type, Span)):
        return value
    changes = {}
    for field in dataclasses.fields(value):
        item = getattr(value, field.name)
        if field.name in WRITTEN and isinstance(item, str):
            if " ".join(item.split()) != item:
                changes[field.name] = " ".join(item.split())
        elif isinstance(item, tuple) or dataclasses.is_dataclass(item):
            done = tidied(item)
            if done is not item:
                changes[field.name] = done
    return dataclasses.replace(value, **changes) if changes else value


def as_written(value, copies: tuple[str, ...], text: str, near: Span | None = None):
    """``value`` (a reading or any part of it) read from ``copies`` of ``text`` in another
    case, with each value found near its evidence given as ``text`` writes it."""
    if isinstance(value, tuple):
        return tuple(as_written(item, copies, text, near) for item in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, (type, Span)):
        return value
    evidence = getattr(value, "evidence", None) or near
    changes = {}
    for field in dataclasses.fields(value):
        item = getattr(value, field.name)
        if field.name in WRITTEN and isinstance(item, str) and evidence:
            window = max(0, evidence.start - NEAR)
            found = (copy.find(item, window, evidence.end + NEAR) for copy in copies)
            at = next((position for position in found if position >= 0), -1)
            if at >= 0:
                changes[field.name] = text[at : at + len(item)]
        elif isinstance(item, tuple) or dataclasses.is_dataclass(item):
            changes[field.name] = as_written(item, copies, text, evidence)
    return dataclasses.replace(value, **changes) if changes else value
