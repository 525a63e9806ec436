"""The compilation text: a version with every pending proposal in place, bracketed and
attributed, the way UN compilation texts read. Pure.

    to [combat] [eradicate — EU] trafficking in persons [, especially women — G77]
    3. [Requests the Secretary-General to report ...] [delete — USA]
    3 bis [new paragraph text — EU]

Each paragraph carries a status: bracketed (pending proposals on it), unbracketed (no
proposal on it: not yet agreed, only unopposed so far), agreed ad ref (agreed subject to
confirmation by capitals, as marked by the facilitators), or agreed (the whole text is: its
silence procedure passed or it was adopted).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from enum import StrEnum

from plenipo.negotiations.proposals import Action, Placement, Status, conflicts, place
from plenipo.negotiations.texts import Version, number_of, walk_with_anchors

LATIN_ORDINALS = ("bis", "ter", "quater", "quinquies", "sexies", "septies", "octies")


class ParagraphStatus(StrEnum):
    AGREED = "agreed"
    AGREED_AD_REF = "agreed ad ref"
    UNBRACKETED = "unbracketed"
    BRACKETED = "bracketed"


@dataclass(frozen=True, slots=True)
class CompiledParagraph:
    label: str  # "OP3", or "OP3 bis" for a proposed new paragraph
    number: str | None  # "3.", "(a)", "3 bis", or None for a preambular paragraph
    text: str  # with brackets
    status: ParagraphStatus
    pid: str | None  # None for a proposed new paragraph
    proposals: tuple[str, ...] = ()
    conflicting: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Compilation:
    version: Version
    paragraphs: tuple[CompiledParagraph, ...]
    conflicts: frozenset[frozenset[str]]
    stale: tuple[Placement, ...]

    def render(self, *, line_numbers: bool = False, width: int = 78) -> str:
        return render(self, line_numbers=line_numbers, width=width)


def attribution(proposal) -> str:
    parts = [proposal.by]
    if proposal.supporters:
        parts.append("supported by " + ", ".join(proposal.supporters))
    if proposal.objectors:
        parts.append("opposed by " + ", ".join(proposal.objectors))
    return "; ".join(parts)


def compile_text(
    version: Version,
    proposals,
    *,
    history: dict[str, Version] | None = None,
    ad_ref: frozenset[str] = frozenset(),
    agreed: bool = False,
) -> Compilation:
    """Every pending proposal in place on ``version``; stale ones listed, never applied.
    ``agreed``: the text as a whole is agreed, so its unbracketed paragraphs are too."""
    placements, stale = [], []
    for proposal in proposals:
        if proposal.status is not Status.PENDING:
            continue
        placement = place(proposal, version, history)
        (stale if placement.stale else placements).append(placement)
    clashes = conflicts(placements)
    conflicting = {pid for pair in clashes for pid in pair}
    on_paragraph: dict[str, list[Placement]] = {}
    added: dict[str, list[Placement]] = {}
    for placement in placements:
        target = added if placement.proposal.action is Action.ADD else on_paragraph
        target.setdefault(placement.proposal.paragraph, []).append(placement)
    compiled = []
    for paragraph, anchors in walk_with_anchors(version):
        here = on_paragraph.get(paragraph.pid, [])
        unbracketed = ParagraphStatus.AGREED if agreed else ParagraphStatus.UNBRACKETED
        if paragraph.pid in ad_ref:
            unbracketed = ParagraphStatus.AGREED_AD_REF
        compiled.append(_compiled(version, paragraph, here, conflicting, unbracketed))
        for anchor in anchors:
            for rank, placement in enumerate(added.get(anchor.pid, [])):
                compiled.append(_new_paragraph(version, anchor, placement, rank))
    return Compilation(version, tuple(compiled), frozenset(clashes), tuple(stale))


def _compiled(version, paragraph, placements, conflicting, unbracketed) -> CompiledParagraph:
    ids = tuple(p.proposal.id for p in placements)
    if not placements:
        status = unbracketed
        text = paragraph.text
    else:
        status = ParagraphStatus.BRACKETED
        text = bracket(paragraph.text, placements)
    return CompiledParagraph(
        label=version.label_of(paragraph.pid),
        number=number_of(version, paragraph.pid),
        text=text,
        status=status,
        pid=paragraph.pid,
        proposals=ids,
        conflicting=tuple(i for i in ids if i in conflicting),
    )


def _new_paragraph(version, anchor, placement, rank) -> CompiledParagraph:
    ordinal = LATIN_ORDINALS[rank] if rank < len(LATIN_ORDINALS) else f"{rank + 2}"
    label = f"{version.label_of(anchor.pid)} {ordinal}"
    number = number_of(version, anchor.pid)
    return CompiledParagraph(
        label=label,
        number=f"{number.rstrip('.')} {ordinal}" if number else None,
        text=f"[{placement.proposal.new} — {attribution(placement.proposal)}]",
        status=ParagraphStatus.BRACKETED,
        pid=None,
        proposals=(placement.proposal.id,),
    )


def bracket(text: str, placements: list[Placement]) -> str:
    """The paragraph's text with each proposal bracketed where it acts."""
    deletions = [p for p in placements if p.proposal.action is Action.DELETE]
    words = sorted(
        (p for p in placements if p.proposal.words_level),
        key=lambda p: (p.span.start, p.span.end),
    )
    pieces, cursor = [], 0
    for cluster in _clusters(words):
        start = min(p.span.start for p in cluster)
        end = max(p.span.end for p in cluster)
        pieces.append(text[cursor:start])
        pieces.append(_bracket_cluster(text[start:end], cluster))
        cursor = end
    pieces.append(text[cursor:])
    result = "".join(pieces)
    if deletions:
        marks = " ".join(f"[delete — {attribution(p.proposal)}]" for p in deletions)
        result = f"[{result}] {marks}"
    return result


def _clusters(sorted_placements):
    cluster, end = [], -1
    for placement in sorted_placements:
        if cluster and placement.span.start >= end:
            yield cluster
            cluster = []
        cluster.append(placement)
        end = max(end, placement.span.end) if len(cluster) > 1 else placement.span.end
    if cluster:
        yield cluster


def _bracket_cluster(original: str, cluster) -> str:
    if len(cluster) == 1:
        proposal = cluster[0].proposal
        if proposal.action is Action.INSERT:
            return f"{original} [{proposal.new} — {attribution(proposal)}]"
        return f"[{original}] [{proposal.new or 'delete'} — {attribution(proposal)}]"
    # Overlapping proposals: the words they share once, then each alternative in full.
    alternatives = []
    for placement in cluster:
        proposal = placement.proposal
        if proposal.action is Action.INSERT:
            change = f"after “{proposal.old}” insert “{proposal.new}”"
        elif proposal.new:
            change = f"“{proposal.old}” → “{proposal.new}”"
        else:
            change = f"delete “{proposal.old}”"
        alternatives.append(f"[{change} — {attribution(proposal)}]")
    return f"[{original}] " + " ".join(alternatives)


def render(compilation: Compilation, *, line_numbers: bool = False, width: int = 78) -> str:
    """Plain text: each paragraph under its label and status; optionally numbered lines."""
    version = compilation.version
    lines = [f"{version.title or 'Untitled'} — compilation of {version.label}", ""]
    if version.formula:  # "The General Assembly," opens the text: not a paragraph to amend
        lines.extend([version.formula, ""])
    for paragraph in compilation.paragraphs:
        flag = " (conflicting: " + ", ".join(paragraph.conflicting) + ")"
        head = f"{paragraph.label} — {paragraph.status.value}"
        lines.append(head + (flag if paragraph.conflicting else ""))
        body = f"{paragraph.number} {paragraph.text}" if paragraph.number else paragraph.text
        lines.extend(textwrap.wrap(body, width=width) or [""])
        lines.append("")
    if compilation.stale:
        lines.append("Stale proposals (not applied):")
        for placement in compilation.stale:
            proposal = placement.proposal
            lines.append(f"  {proposal.id} ({attribution(proposal)}): {placement.stale}")
    if not line_numbers:
        return "\n".join(lines).rstrip() + "\n"
    digits = len(str(len(lines)))
    return "\n".join(f"{n:>{digits}}  {line}".rstrip() for n, line in enumerate(lines, 1)) + "\n"
