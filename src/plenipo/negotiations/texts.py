"""The structure of a draft outcome document, and its import from plain text. Pure.

A version is immutable: a label ("Zero draft", "Rev.1", "adopted"), a date, and paragraphs
that each keep a stable id across revisions. Labels (PP1, OP3, OP3(a)) follow position and
are recomputed for each version, so a paragraph that moves keeps its id and changes label.

Two house styles are recognised: the resolution (unnumbered preambular paragraphs, then
numbered operative ones) and the declaration (every paragraph numbered from 1, no preamble).
"""

from __future__ import annotations

import datetime as dt
import re
import string
from dataclasses import dataclass, field, replace
from enum import StrEnum


class TextError(ValueError):
    """A text or version that cannot be read or built; the message is one line."""


class Kind(StrEnum):
    PREAMBULAR = "preambular"  # unnumbered
    OPERATIVE = "operative"  # numbered 1., 2., ...
    SUB = "sub"  # (a), (b), ... of the paragraph before it


class Style(StrEnum):
    RESOLUTION = "resolution"
    DECLARATION = "declaration"


@dataclass(frozen=True, slots=True)
class Paragraph:
    pid: str  # stable across versions
    kind: Kind
    text: str
    annex: int = 0  # 0: the main text; 1, 2, ...: the annexes
    printed: str | None = None  # the number or letter as printed in the imported text


@dataclass(frozen=True, slots=True)
class Annex:
    heading: str  # "Annex", "Annex II"
    title: str | None = None


@dataclass(frozen=True)
class Version:
    label: str
    date: dt.date | None
    paragraphs: tuple[Paragraph, ...]
    title: str | None = None
    symbol: str | None = None  # e.g. "A/72/L.1", "A/RES/72/1"
    style: Style = Style.RESOLUTION
    formula: str | None = None  # "The General Assembly,"
    annexes: tuple[Annex, ...] = ()
    labels: dict[str, str] = field(init=False, repr=False, compare=False)
    _index: dict[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        ids = [p.pid for p in self.paragraphs]
        if len(set(ids)) != len(ids):
            duplicate = next(pid for pid in ids if ids.count(pid) > 1)
            raise TextError(f"{self.label}: paragraph id {duplicate!r} is used twice")
        if self.paragraphs and self.paragraphs[0].kind is Kind.SUB:
            raise TextError(f"{self.label}: the first paragraph cannot be a sub-paragraph")
        object.__setattr__(self, "labels", compute_labels(self.paragraphs, self.style))
        object.__setattr__(self, "_index", {pid: i for i, pid in enumerate(ids)})

    def __contains__(self, pid: str) -> bool:
        return pid in self._index

    def paragraph(self, pid: str) -> Paragraph:
        try:
            return self.paragraphs[self._index[pid]]
        except KeyError:
            raise TextError(f"{self.label} has no paragraph {pid!r}") from None

    def position(self, pid: str) -> int:
        return self._index[pid]

    def by_label(self, label: str) -> Paragraph:
        for paragraph in self.paragraphs:
            if self.labels[paragraph.pid] == label:
                return paragraph
        raise TextError(f"{self.label} has no paragraph {label}")

    def label_of(self, pid: str) -> str:
        return self.labels[pid]


def sub_letter(index: int) -> str:
    """0 → a, 25 → z, 26 → aa (UN texts rarely go past z)."""
    letters = string.ascii_lowercase
    return letters[index] if index < 26 else letters[index // 26 - 1] + letters[index % 26]


def compute_labels(paragraphs, style: Style) -> dict[str, str]:
    labels: dict[str, str] = {}
    unnumbered = numbered = subs = 0
    current_annex, parent = -1, None
    for paragraph in paragraphs:
        if paragraph.annex != current_annex:
            current_annex, unnumbered, numbered, parent = paragraph.annex, 0, 0, None
        if paragraph.kind is Kind.SUB:
            if parent is None:
                raise TextError(f"sub-paragraph {paragraph.pid!r} follows no paragraph")
            labels[paragraph.pid] = f"{labels[parent]}({sub_letter(subs)})"
            subs += 1
            continue
        subs, parent = 0, paragraph.pid
        if paragraph.kind is Kind.PREAMBULAR:
            unnumbered += 1
            number, prefix = unnumbered, "PP"
        else:
            numbered += 1
            number, prefix = numbered, "P" if style is Style.DECLARATION else "OP"
        if paragraph.annex:
            prefix = f"A{paragraph.annex}.{'U' if paragraph.kind is Kind.PREAMBULAR else ''}"
        labels[paragraph.pid] = f"{prefix}{number}"
    return labels


def walk_with_anchors(version: Version):
    """Each paragraph with the paragraphs after which new ones are placed once it is passed.

    A new paragraph proposed after a sub-paragraph follows that sub-paragraph; one proposed
    after a numbered paragraph follows its last sub-paragraph.
    """
    head = None
    paragraphs = version.paragraphs
    for index, paragraph in enumerate(paragraphs):
        anchors = [paragraph] if paragraph.kind is Kind.SUB else []
        head = head if paragraph.kind is Kind.SUB else paragraph
        following = paragraphs[index + 1] if index + 1 < len(paragraphs) else None
        if following is None or following.kind is not Kind.SUB:
            anchors.append(head)
        yield paragraph, anchors


def number_of(version: Version, pid: str) -> str | None:
    """The number a paragraph carries when rendered: "3." for OP3, "(a)" for OP3(a)."""
    label = version.labels[pid]
    paragraph = version.paragraph(pid)
    if paragraph.kind is Kind.SUB:
        return label[label.rindex("(") :]
    if paragraph.kind is Kind.OPERATIVE:
        return re.search(r"(\d+)$", label)[1] + "."
    return None


def render_text(version: Version) -> str:
    """The version as plain text, in the form ``import_text`` reads back."""
    blocks = []
    if version.title:
        blocks.append(version.title)
    if version.formula:
        blocks.append(version.formula)
    current_annex = 0
    for paragraph in version.paragraphs:
        while paragraph.annex > current_annex:
            current_annex += 1
            annex = version.annexes[current_annex - 1]
            blocks.append(annex.heading)
            if annex.title:
                blocks.append(annex.title)
        number = number_of(version, paragraph.pid)
        blocks.append(f"{number} {paragraph.text}" if number else paragraph.text)
    return "\n\n".join(blocks) + "\n"


# -- Import ------------------------------------------------------------------------------

NUMBERED = re.compile(r"^(\d{1,3})\.\s+(\S.*)$", re.S)
# Negotiators' own labels, as compilation texts print them: "OP1. Calls upon …", "PP 2
# Recalling …"; the label goes, the kind it names stays.
LABELLED = re.compile(r"^(OP|PP)\s?(\d{1,3})\.?\s+(\S.*)$", re.S)
LETTERED = re.compile(r"^\(([a-z]{1,2})\)\s+(\S.*)$", re.S)
ANNEX = re.compile(r"^Annex(?:\s+[IVXLC]+|\s+\d+)?$")
FORMULA = re.compile(r"^The\s+[A-Z][\w\s,'’-]{2,80},$")


@dataclass(frozen=True, slots=True)
class Block:
    """One paragraph as read, before structure: its form, printed number and text."""

    form: str  # "plain", "numbered", "lettered", "annex"
    text: str
    printed: str | None = None
    line: int = 0  # where it starts in the source, for warnings


@dataclass(frozen=True, slots=True)
class Imported:
    version: Version
    style: Style
    warnings: tuple[str, ...] = ()


def starts_paragraph(line: str) -> bool:
    """Whether a line opens a paragraph by its label ("PP1.", "OP2.", "3.", "(a)", "Annex"):
    a draft written one paragraph a line has no blank line between its paragraphs."""
    return any(pattern.match(line) for pattern in (NUMBERED, LABELLED, LETTERED, ANNEX))


def split_blocks(text: str) -> list[Block]:
    """Paragraphs separated by blank lines, or by a line that starts with a label."""
    blocks, current, start = [], [], 0
    for number, raw in enumerate([*text.splitlines(), ""], start=1):
        line = raw.strip()
        if line and current and starts_paragraph(line):
            blocks.append(classify(" ".join(current), start))
            current = []
        if line:
            if not current:
                start = number
            current.append(line)
            continue
        if current:
            blocks.append(classify(" ".join(current), start))
            current = []
    return blocks


def classify(text: str, line: int) -> Block:
    if ANNEX.match(text):
        return Block("annex", text, line=line)
    if match := NUMBERED.match(text):
        return Block("numbered", match[2], printed=match[1], line=line)
    if match := LABELLED.match(text):
        if match[1] == "OP":
            return Block("numbered", match[3], printed=match[2], line=line)
        return Block("plain", match[3], line=line)
    if match := LETTERED.match(text):
        return Block("lettered", match[2], printed=match[1], line=line)
    return Block("plain", text, line=line)


def import_text(
    text: str,
    *,
    label: str,
    date: dt.date | None = None,
    symbol: str | None = None,
    title: str | None = None,
) -> Imported:
    """Read a draft written as plain text: paragraphs separated by blank lines, or each
    starting a line with its label. A text of several lines read as one paragraph is
    warned of: its paragraphs were likely neither separated nor labelled."""
    if not isinstance(text, str) or not text.strip():
        raise TextError("the text is empty")
    imported = build(split_blocks(text), label=label, date=date, symbol=symbol, title=title)
    lines = sum(1 for line in text.splitlines() if line.strip())
    if len(imported.version.paragraphs) == 1 and lines > 1:
        warning = (
            f"only one paragraph was found in {lines} lines: separate the paragraphs by blank "
            "lines or start each line with its label (PP1., OP1., 1., (a))"
        )
        return replace(imported, warnings=(*imported.warnings, warning))
    return imported


def _is_title(block: Block) -> bool:
    return block.form == "plain" and len(block.text) <= 300 and block.text[-1] not in ",;.:"


def build(
    blocks: list[Block],
    *,
    label: str,
    date: dt.date | None,
    symbol: str | None,
    title: str | None,
    warnings: list[str] | None = None,
) -> Imported:
    """Turn read blocks into a version: title, formula, paragraphs, annexes, style."""
    warnings = list(warnings or [])
    blocks = list(blocks)
    if title is None and blocks and _is_title(blocks[0]):
        title = blocks.pop(0).text
    formula = None
    if blocks and blocks[0].form == "plain" and FORMULA.match(blocks[0].text):
        formula = blocks.pop(0).text
    paragraphs, annexes = _paragraphs(blocks, warnings, id_prefix=slug(label))
    main = [p for p in paragraphs if p.annex == 0]
    first_numbered = next((i for i, p in enumerate(main) if p.kind is Kind.OPERATIVE), None)
    style = Style.DECLARATION if first_numbered == 0 else Style.RESOLUTION
    version = Version(
        label=label,
        date=date,
        paragraphs=tuple(paragraphs),
        title=title,
        symbol=symbol,
        style=style,
        formula=formula,
        annexes=tuple(annexes),
    )
    warnings.extend(_numbering_warnings(version))
    return Imported(version=version, style=style, warnings=tuple(warnings))


def slug(label: str) -> str:
    """A paragraph id prefix from a version label: "Rev.1" → "rev-1".

    Ids of independently imported texts then differ, so a diff matches their paragraphs
    by text, while a revision keeps the ids of the version it comes from.
    """
    return re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-") or "p"


def _paragraphs(blocks: list[Block], warnings: list[str], *, id_prefix: str):
    paragraphs: list[Paragraph] = []
    annexes: list[Annex] = []
    annex, expect_annex_title = 0, False
    seen_numbered = False
    for block in blocks:
        if block.form == "annex":
            annex += 1
            annexes.append(Annex(heading=block.text))
            expect_annex_title, seen_numbered = True, False
            continue
        if expect_annex_title and _is_title(block):
            annexes[-1] = Annex(heading=annexes[-1].heading, title=block.text)
            expect_annex_title = False
            continue
        expect_annex_title = False
        pid = f"{id_prefix}-{len(paragraphs) + 1}"
        if block.form == "numbered":
            seen_numbered = True
            paragraphs.append(Paragraph(pid, Kind.OPERATIVE, block.text, annex, block.printed))
        elif block.form == "lettered":
            if not paragraphs or paragraphs[-1].annex != annex:
                warnings.append(
                    f"line {block.line}: ({block.printed}) follows no paragraph; "
                    "kept as an unnumbered paragraph"
                )
                paragraphs.append(Paragraph(pid, Kind.PREAMBULAR, block.text, annex))
            else:
                paragraphs.append(Paragraph(pid, Kind.SUB, block.text, annex, block.printed))
        elif seen_numbered and paragraphs:
            # An unnumbered paragraph after numbered ones continues the one before it.
            previous = paragraphs[-1]
            warnings.append(
                f"line {block.line}: unnumbered paragraph after a numbered one; "
                "joined to the paragraph before it"
            )
            paragraphs[-1] = Paragraph(
                previous.pid,
                previous.kind,
                f"{previous.text} {block.text}",
                previous.annex,
                previous.printed,
            )
        else:
            paragraphs.append(Paragraph(pid, Kind.PREAMBULAR, block.text, annex))
    return paragraphs, annexes


def _numbering_warnings(version: Version) -> list[str]:
    warnings = []
    for paragraph in version.paragraphs:
        if paragraph.printed is None:
            continue
        expected = number_of(version, paragraph.pid).strip("().")
        if paragraph.printed != expected:
            warnings.append(
                f"{version.labels[paragraph.pid]} is printed as {paragraph.printed!r}; "
                "labels follow position"
            )
    return warnings
