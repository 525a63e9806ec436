"""A letter's own references beside the one ``references.own_reference`` gives: the file's
initials set after a circular's number ("IOC Circular Letter No. 2263 IOC/PB/SM"), a second
number under the first ("No. 393 / L. N. No. 1117"), another of the writer's own labelled
lines ("Our ref.: …" and "File No.: …"), an archive's number for the document ("Document
Number (FOIA) /ESDN (CREST): / CIA-RDP…"), and the reference of the letter a reply answers
("Your ref.: …", "With reference to the note verbale … of 3 May"), which the office matches
with the letters it sent. Never a document a sentence cites. Pure."""

import re

from plenipo.reading.answered_references import answered_references
from plenipo.reading.lines import end_of_line
from plenipo.reading.model import Mention, Span
from plenipo.reading.references import (
    CABLE_MARKS,
    DATE_LIKE,
    REFERENCE,
    SLASHED,
    SYMBOL,
    SYMBOL_LINE,
    cited_at,
    cleaned_reference,
    labelled_value,
    named_otherwise,
    not_own,
)

HEAD = 1500
# A file's code of initials after the number on the reference's own line: "IOC/PB/SM",
# "IOC/PB/KA/hhl", "TSB/ST"; not a word with a slash ("and/or").
FILE_CODE = re.compile(r"(?<![\w/.-])(?-i:[A-Z]{2,8})(?:/[A-Za-z]{1,8}){1,5}(?![\w/])")
# A second number on its own line under the first: "L. N. No. 1117", "File No. 560.M3/10".
SECOND_NUMBER = re.compile(
    r"[ \t]*(?P<ref>(?:(?:[A-Z]\.\s?){1,3}|[A-Z][a-z]{1,10}\s)?(?:No\.|N[°º])\s?\d[\w./-]{0,20})"
    r"[ \t]*$"
)
# An archive's own number for the document it holds, under its label.
ARCHIVE_NUMBER = re.compile(
    r"^[ \t]*Document\s+Number[^\n:]{0,40}:[ \t]*\n?[ \t]*(?P<ref>[A-Z][A-Z0-9-]{6,40}\d)[ \t]*$",
    re.MULTILINE,
)


def other_references(text: str, own: Mention | None) -> list[Mention]:
    """The letter's own references other than ``own``, each once, in the order found."""
    found: list[Mention] = []
    for mention in (
        (_beside(text, own) + _under(text, own) if own else [])
        + _labelled(text)
        + _archived(text)
        + answered_references(text)
    ):
        if _new(mention, own, found):
            found.append(mention)
    return found


def _new(mention, own, found) -> bool:
    """Whether ``mention`` is a reference not given yet, nor the own one nor a part of it."""
    if own and (mention.text in own.text or own.text in mention.text):
        return False
    if (
        own
        and own.evidence.start < mention.evidence.end
        and mention.evidence.start < own.evidence.end
    ):
        return False
    return all(mention.text != known.text for known in found)


def _line_end(text, position) -> int:
    return end_of_line(text, position)


def _beside(text, own) -> list[Mention]:
    """A file code on the own reference's line after it, before any bracket:
    "IOC Circular Letter No. 2263 IOC/PB/SM (Available in English …)"."""
    end = _line_end(text, own.evidence.end)
    rest = text[own.evidence.end : end].split("(")[0]
    code = FILE_CODE.match(rest.lstrip(" \t/"))
    if not code or len(rest) - len(rest.lstrip(" \t/")) > 12:
        return []
    start = own.evidence.end + len(rest) - len(rest.lstrip(" \t/")) + code.start()
    return [Mention(code.group(0), Span(start, start + len(code.group(0))), 0.6)]


def _under(text, own) -> list[Mention]:
    """A second number alone on the line right under the own reference's, or a file code
    opening that line ("DM-05/1171 / TSB/ST / Geneva, …")."""
    end = _line_end(text, own.evidence.end)
    if text[own.evidence.end : end].strip() or end >= len(text):
        return []
    next_end = _line_end(text, end + 1)
    match = SECOND_NUMBER.fullmatch(text, end + 1, next_end)
    if match and not DATE_LIKE.match(match.group("ref")):
        return [Mention(match.group("ref"), Span(*match.span("ref")), 0.6)]
    code = FILE_CODE.match(text, end + 1, next_end)
    if code and re.match(r"[ \t]*(?:/|$|[ \t]{3})", text[code.end() : next_end] or ""):
        return [Mention(code.group(0), Span(*code.span()), 0.6)]
    return []


# How far down a document's symbols alone on their lines head the page.
HEAD_SYMBOLS = 400


def _head_symbols(text) -> list[Mention]:
    """Document symbols alone on their lines at the head of the page ("OEA/Ser.G /
    CP/doc.3515/01 / 17 September 2001"): the numbers the page is filed under."""
    found = []
    for match in SYMBOL_LINE.finditer(text[:HEAD_SYMBOLS]):
        value = match.group("ref")
        if (
            "/" not in value
            or DATE_LIKE.match(value)
            or named_otherwise(text, match.start("ref"), value)
        ):
            continue
        found.append(Mention(value, Span(*match.span("ref")), 0.5))
    return found


def _labelled(text) -> list[Mention]:
    """The values of the writer's own labelled lines at the head ("Our ref.: …", "File
    No.: …"), not the addressee's ("Your ref.:") nor a value naming another document."""
    found = []
    cable = bool(CABLE_MARKS.search(text[:HEAD]))
    for match in REFERENCE.finditer(text[:HEAD]):
        if not_own(match, cable) or cited_at(text, match.start()):
            continue
        ref, start = labelled_value(text, match)
        value = cleaned_reference(ref)
        symbol = SYMBOL.fullmatch(value) or SLASHED.match(value)
        if not value or not symbol or "\n" in value or DATE_LIKE.match(value):
            continue
        at = text.find(value, start)
        if at < 0 or named_otherwise(text, at, value):
            continue
        # a file number keeps its label, as files are cited: "File No. 11302/47"
        filed = "File No. " if re.match(r"\s*File\s+No", match.group(0), re.I) else ""
        found.append(Mention(filed + value, Span(at, at + len(value)), 0.6))
    return found


def _archived(text) -> list[Mention]:
    match = ARCHIVE_NUMBER.search(text[:HEAD])
    return [Mention(match.group("ref"), Span(*match.span("ref")), 0.6)] if match else []
