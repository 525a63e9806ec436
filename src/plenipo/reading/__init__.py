"""Reading a received letter into typed facts, each with its evidence. Pure Python (no
Django).

``read_text(text)`` and ``read_file(path)`` return a ``Reading`` (plenipo.reading.model);
``read_bytes`` turns a received file (text, PDF, DOCX, e-mail, scan) into text first. The
scoring tools in ``plenipo.reading.evaluation`` are not part of this path.
"""

from plenipo.reading.files import ReadError, read_bytes
from plenipo.reading.model import (
    ITEM_KINDS,
    Deadline,
    Enclosure,
    Meeting,
    Mention,
    OwnDate,
    Person,
    Reading,
    ReadingFormatError,
    Span,
)
from plenipo.reading.reader import read_file, read_text

__all__ = [
    "ITEM_KINDS",
    "Deadline",
    "Enclosure",
    "Meeting",
    "Mention",
    "OwnDate",
    "Person",
    "ReadError",
    "Reading",
    "ReadingFormatError",
    "Span",
    "read_bytes",
    "read_file",
    "read_text",
]
