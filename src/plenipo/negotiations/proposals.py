"""Proposals against an exact place in a version, their conflicts and staleness. Pure.

A proposal names a paragraph by its stable id and, for word-level changes, the words it
touches. It is checked against the version it was made on: words the paragraph does not
contain are refused. Against a later version the same proposal is re-anchored by paragraph
id (the label may have changed) or reported stale when the paragraph or its words are gone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from enum import StrEnum

from plenipo.core.transitions import Machine
from plenipo.negotiations.texts import TextError, Version

PARTY = re.compile(r"^[A-Za-z][A-Za-z0-9 .'&-]{0,39}$")


class ProposalError(ValueError):
    """A proposal that cannot be placed; the message is one line."""


class Action(StrEnum):
    REPLACE = "replace"  # OLD → NEW in a paragraph (NEW may be empty: delete words)
    INSERT = "insert"  # NEW after the words ANCHOR
    DELETE = "delete"  # the whole paragraph
    ADD = "add"  # a new paragraph after one


class Status(StrEnum):
    PENDING = "pending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    MERGED = "merged"
    WITHDRAWN = "withdrawn"


# A proposal is decided once: accepted, rejected, merged into another or withdrawn. Taking
# it up again is a new proposal.
PROPOSAL = Machine(
    subject="proposal",
    labels={status.value: status.value for status in Status},
    allowed={
        Status.PENDING.value: frozenset(s.value for s in Status if s is not Status.PENDING),
        **{s.value: frozenset() for s in Status if s is not Status.PENDING},
    },
)


@dataclass(frozen=True, slots=True)
class Proposal:
    id: str
    action: Action
    paragraph: str  # stable paragraph id
    by: str  # "USA", "EU", "G77", "facilitators"
    old: str = ""  # REPLACE: the words replaced; INSERT: the words to insert after
    new: str = ""  # REPLACE/INSERT: the new words; ADD: the new paragraph's text
    occurrence: int = 1  # which occurrence of ``old`` when it appears more than once
    made_on: str = ""  # label of the version the proposal was made against
    supporters: tuple[str, ...] = ()
    objectors: tuple[str, ...] = ()
    status: Status = Status.PENDING

    def with_status(self, status: Status | str) -> Proposal:
        """The proposal decided (accepted, rejected, merged, withdrawn); refuses a second
        decision with the reason."""
        PROPOSAL.check(str(self.status), str(status))
        return replace(self, status=Status(status))

    @property
    def words_level(self) -> bool:
        return self.action in {Action.REPLACE, Action.INSERT}


@dataclass(frozen=True, slots=True)
class Span:
    """The words a proposal touches inside its paragraph, as character offsets.

    For an insertion these are the anchor words (the new words go after them): a change to
    the anchor conflicts with the insertion.
    """

    start: int
    end: int

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def _find(text: str, words: str, occurrence: int) -> int | None:
    index = -1
    for _ in range(occurrence):
        index = text.find(words, index + 1)
        if index < 0:
            return None
    return index


def locate(proposal: Proposal, version: Version) -> Span:
    """The span a proposal acts on in ``version``; ProposalError if it cannot be placed."""
    if proposal.paragraph not in version:
        raise ProposalError(
            f"proposal {proposal.id}: {version.label} has no paragraph {proposal.paragraph!r}"
        )
    text = version.paragraph(proposal.paragraph).text
    if not proposal.words_level:
        return Span(0, len(text))
    label = version.label_of(proposal.paragraph)
    start = _find(text, proposal.old, proposal.occurrence)
    if start is None:
        count = text.count(proposal.old)
        where = f"occurrence {proposal.occurrence} of " if count else ""
        raise ProposalError(
            f"proposal {proposal.id} ({proposal.by}): {label} does not contain "
            f"{where}{proposal.old!r}"
        )
    return Span(start, start + len(proposal.old))


def make(version: Version, *, id: str, action: Action | str, label: str, by: str, **details):
    """A proposal against the paragraph labelled ``label`` in ``version``, checked there.

    Refuses, with a one-line message, a proposal whose words the paragraph does not contain.
    """
    try:
        action = Action(action)
    except ValueError:
        known = ", ".join(a.value for a in Action)
        raise ProposalError(f"unknown proposal action {action!r} (known: {known})") from None
    if not isinstance(by, str) or not PARTY.match(by):
        raise ProposalError(f"proposal {id}: {by!r} is not a party code")
    try:
        paragraph = version.by_label(label)
    except TextError as error:
        raise ProposalError(f"proposal {id}: {error}") from None
    proposal = Proposal(
        id=id, action=action, paragraph=paragraph.pid, by=by, made_on=version.label, **details
    )
    _check_words(proposal)
    locate(proposal, version)
    return proposal


def _check_words(proposal: Proposal) -> None:
    if proposal.occurrence < 1:
        raise ProposalError(f"proposal {proposal.id}: occurrence counts from 1")
    if proposal.words_level and not proposal.old.strip():
        raise ProposalError(f"proposal {proposal.id}: name the words it acts on")
    if proposal.action is Action.INSERT and not proposal.new.strip():
        raise ProposalError(f"proposal {proposal.id}: an insertion needs words to insert")
    if proposal.action is Action.ADD and not proposal.new.strip():
        raise ProposalError(f"proposal {proposal.id}: a new paragraph needs its text")


@dataclass(frozen=True, slots=True)
class Placement:
    """A proposal placed on a version: its span, or why it is stale."""

    proposal: Proposal
    span: Span | None
    stale: str | None = None  # one line, e.g. "OP3 of Zero draft was deleted in Rev.1"


def place(proposal: Proposal, version: Version, history: dict[str, Version] | None = None):
    """Place a proposal on ``version``; a proposal that cannot be placed is stale, never moved."""
    made_on = (history or {}).get(proposal.made_on)
    then = (
        made_on.label_of(proposal.paragraph) if made_on and proposal.paragraph in made_on else None
    )
    if proposal.paragraph not in version:
        was = f"{then} of {proposal.made_on}" if then else f"paragraph {proposal.paragraph!r}"
        return Placement(proposal, None, f"{was} is not in {version.label}")
    try:
        return Placement(proposal, locate(proposal, version))
    except ProposalError:
        now = version.label_of(proposal.paragraph)
        moved = f" ({then} of {proposal.made_on})" if then and then != now else ""
        return Placement(
            proposal, None, f"{now}{moved} in {version.label} no longer contains {proposal.old!r}"
        )


def conflicts(placements) -> set[frozenset[str]]:
    """Pairs of proposal ids that act on overlapping words of the same paragraph.

    Deleting a paragraph conflicts with every word-level proposal on it. New paragraphs
    added after the same one do not conflict: they are alternatives shown side by side.
    """
    by_paragraph: dict[str, list[Placement]] = {}
    for placement in placements:
        if placement.span is not None and placement.proposal.action is not Action.ADD:
            by_paragraph.setdefault(placement.proposal.paragraph, []).append(placement)
    pairs = set()
    for group in by_paragraph.values():
        group.sort(key=lambda p: (p.span.start, p.span.end))
        for i, first in enumerate(group):
            for second in group[i + 1 :]:
                if _clash(first, second):
                    pairs.add(frozenset({first.proposal.id, second.proposal.id}))
                elif second.span.start >= first.span.end and first.proposal.words_level:
                    break
    return pairs


def _clash(first: Placement, second: Placement) -> bool:
    if Action.DELETE in {first.proposal.action, second.proposal.action}:
        return True
    return first.span.overlaps(second.span)
