"""The next version of a text, from its accepted proposals only. Pure.

Pending, rejected, merged (folded into another proposal) and withdrawn proposals are left
out. Accepted proposals that are stale or overlap each other are refused: the facilitators
must settle them before a revision can be issued.
"""

from __future__ import annotations

import datetime as dt

from plenipo.negotiations.proposals import Action, Status, conflicts, place
from plenipo.negotiations.texts import Kind, Paragraph, Version, walk_with_anchors

NO_SPACE_BEFORE = ",;.:)"


class RevisionError(ValueError):
    """Accepted proposals that cannot be applied together; the message is one line."""


def revise(
    version: Version,
    proposals,
    *,
    label: str,
    date: dt.date | None,
    symbol: str | None = None,
    history: dict[str, Version] | None = None,
) -> Version:
    """The version that follows ``version`` once its accepted proposals are applied."""
    placements = _accepted(version, proposals, history)
    edits, deleted, added = {}, set(), {}
    for placement in placements:
        proposal = placement.proposal
        if proposal.action is Action.DELETE:
            deleted.add(proposal.paragraph)
        elif proposal.action is Action.ADD:
            added.setdefault(proposal.paragraph, []).append(proposal)
        else:
            edits.setdefault(proposal.paragraph, []).append(placement)
    _refuse_changes_to_deleted(version, placements, deleted)
    paragraphs = []
    for paragraph, anchors in walk_with_anchors(version):
        if paragraph.pid in deleted or _parent_deleted(version, paragraph, deleted):
            pass
        elif paragraph.pid in edits:
            text = apply_words(paragraph.text, edits[paragraph.pid])
            paragraphs.append(Paragraph(paragraph.pid, paragraph.kind, text, paragraph.annex))
        else:
            paragraphs.append(
                Paragraph(paragraph.pid, paragraph.kind, paragraph.text, paragraph.annex)
            )
        for anchor in anchors:
            for proposal in added.get(anchor.pid, []):
                paragraphs.append(
                    Paragraph(f"add-{proposal.id}", anchor.kind, proposal.new.strip(), anchor.annex)
                )
    return Version(
        label=label,
        date=date,
        paragraphs=tuple(paragraphs),
        title=version.title,
        symbol=symbol or None,  # a revision has its own symbol (…/Rev.1) or none
        style=version.style,
        formula=version.formula,
        annexes=version.annexes,
    )


def _accepted(version: Version, proposals, history) -> list:
    """The accepted proposals placed on ``version``; stale or overlapping ones are refused."""
    placements = []
    for proposal in proposals:
        if proposal.status is not Status.ACCEPTED:
            continue
        placement = place(proposal, version, history)
        if placement.stale:
            raise RevisionError(f"accepted proposal {proposal.id} is stale: {placement.stale}")
        placements.append(placement)
    clashes = sorted(sorted(pair) for pair in conflicts(placements))
    if clashes:
        first, second = clashes[0]
        raise RevisionError(f"accepted proposals {first} and {second} overlap; settle them first")
    return placements


def _refuse_changes_to_deleted(version: Version, placements, deleted: set[str]) -> None:
    for placement in placements:
        target = version.paragraph(placement.proposal.paragraph)
        if placement.proposal.action is not Action.DELETE and _parent_deleted(
            version, target, deleted
        ):
            raise RevisionError(
                f"accepted proposal {placement.proposal.id} acts on "
                f"{version.label_of(target.pid)}, which an accepted deletion removes"
            )


def _parent_deleted(version: Version, paragraph: Paragraph, deleted: set[str]) -> bool:
    """Deleting a numbered paragraph deletes its sub-paragraphs."""
    if paragraph.kind is not Kind.SUB or not deleted:
        return False
    for index in range(version.position(paragraph.pid) - 1, -1, -1):
        candidate = version.paragraphs[index]
        if candidate.kind is not Kind.SUB:
            return candidate.pid in deleted
    return False


def apply_words(text: str, placements) -> str:
    """Apply non-overlapping word-level proposals, right to left so offsets stay valid."""
    for placement in sorted(placements, key=lambda p: p.span.start, reverse=True):
        proposal, span = placement.proposal, placement.span
        if proposal.action is Action.INSERT:
            new = proposal.new.strip()
            gap = "" if new[0] in NO_SPACE_BEFORE else " "
            text = f"{text[: span.end]}{gap}{new}{text[span.end :]}"
            continue
        before, after = text[: span.start], text[span.end :]
        new = proposal.new.strip()
        if not new and before.endswith(" ") and (not after or after[0] in " " + NO_SPACE_BEFORE):
            before = before[:-1]
        text = before + new + after
    return text
