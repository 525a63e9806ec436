"""A note's number under its own kind, as the note cites itself: "Note verbale No. 12/2031",
"NOTA VERBAL N° 118/2031", "Note No. 7". Pure.

One rule for a reference's value: a label that only says "reference" ("Ref.:", "Our ref.",
"Réf.") is dropped; the kind of letter the number numbers (a note, a note verbale, a
circular, an oficio, a file) is kept with its number sign, as written; a bare number sign
is kept only before a bare number ("No. 14": a number alone names nothing), not before a
symbol ("No. 45/2031" is "45/2031")."""

import re

from plenipo.reading.lines import start_of_line
from plenipo.reading.model import Mention, Span

# A note's kind then its number sign heading the line: "Note verbale No.", "NOTA N°".
NOTE_KIND = r"(?i:note|nota)(?:[ \t]+(?i:verbale?))?"
NUMBER_SIGN = r"(?i:No\.?|N[°º]|№)"
# A note's kind, sign and bare number alone on a line near the top: "Note Verbale No. 1".
_NUMBERED_NOTE = re.compile(
    rf"^[ \t]*(?P<ref>{NOTE_KIND}[ \t]+{NUMBER_SIGN}[ \t]*\d{{1,6}})[ \t]*$", re.MULTILINE
)
_KIND_BEFORE = re.compile(
    rf"[ \t]*(?P<kind>{NOTE_KIND})[ \t]+(?P<sign>{NUMBER_SIGN}[ \t]*)?", re.MULTILINE
)
_SIGN_FIRST = re.compile(rf"{NUMBER_SIGN}[ \t]*\S")


def with_its_note_kind(text: str, found: Mention) -> Mention:
    """The number ``found`` with the note's kind and sign that open its line before it, as
    written: "Note verbale No. 45/2031" (not "45/2031"), "NOTE NO. 35/2029"."""
    start = found.evidence.start
    line_start = start_of_line(text, start)
    if line_start and text[line_start - 1] != "\n":
        return found  # the line starts further back than a line reaches: no heading
    kind = _KIND_BEFORE.fullmatch(text, line_start, start)
    if not kind or not (kind.group("sign") or _SIGN_FIRST.match(found.text)):
        return found
    written = " ".join(text[kind.start("kind") : found.evidence.end].split())
    return Mention(written, Span(kind.start("kind"), found.evidence.end), found.confidence)


def numbered_note_heading(text: str) -> Mention | None:
    """A note's heading that numbers it with a bare number, where no other reference is
    found: "Note Verbale No. 1" alone on its line above the note's text."""
    found = _NUMBERED_NOTE.search(text, 0, 800)
    if not found:
        return None
    written = " ".join(found.group("ref").split())
    return Mention(written, Span(*found.span("ref")), 0.8)


# An office's code opening a note's number line, before its number sign: "DT/N° 56/2019",
# "PPT-CELAC N° 118/2022", "DGP Nº 45/2031" (not the kind of the paper: "NOTE VERBALE N° …").
OFFICE_CODE_BEFORE = re.compile(
    r"^[ \t]*(?P<code>(?!(?:NOTE|NOTA|VERBALE?|CIRCULAR|CIRCULAIRE|REF|R[ÉE]F|OFICIO|FILE|NO)\b)"
    r"[A-Z][A-Z0-9]{0,9}(?:[-/.](?!N[°º])[A-Z0-9]{1,10}){0,3})(?:[ \t]*/[ \t]*|[ \t]+)"
    r"(?:No\.|N[°º]|№)[ \t]*$",
    re.MULTILINE,
)


def with_office_code(text, found: Mention) -> Mention:
    """A number with the office's code that opens its line before the number sign kept, as
    the note is cited: "DT/N° 56/2019", "PPT-CELAC N° 118/2022"."""
    line_start = start_of_line(text, found.evidence.start)
    office = OFFICE_CODE_BEFORE.match(text, line_start, found.evidence.start)
    if not office or found.text.startswith(("No", "N°", "Nº")):
        return found
    start = office.start("code")
    written = " ".join(text[start : found.evidence.end].split())
    return Mention(written, Span(start, found.evidence.end), found.confidence)
