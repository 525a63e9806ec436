"""Differences between two versions: paragraph by paragraph, word by word inside a
paragraph, and the renumbering map ({"OP4": "OP3"} once OP3 is deleted). Pure.

Paragraphs are matched by stable id; paragraphs of independently imported texts (no shared
ids) are matched by similarity, in order, so a draft and an adopted text can be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import StrEnum

from plenipo.negotiations.texts import Version

TOKEN = re.compile(r"\s+|\w[\w'’-]*|[^\w\s]")
SIMILAR_ENOUGH = 0.5


class Change(StrEnum):
    UNCHANGED = "unchanged"
    MODIFIED = "modified"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True, slots=True)
class ParagraphDiff:
    change: Change
    old_label: str | None
    new_label: str | None
    old_id: str | None
    new_id: str | None
    words: tuple[tuple[str, str], ...] = ()  # ("equal"|"delete"|"insert", text)

    def to_json(self) -> dict:
        data = {
            "change": self.change.value,
            "old_label": self.old_label,
            "new_label": self.new_label,
            "old_id": self.old_id,
            "new_id": self.new_id,
        }
        if self.words:
            data["words"] = [[op, text] for op, text in self.words]
        return data


@dataclass(frozen=True, slots=True)
class VersionDiff:
    old: str
    new: str
    paragraphs: tuple[ParagraphDiff, ...]
    renumbering: dict[str, str]

    def of_change(self, change: Change) -> list[ParagraphDiff]:
        return [p for p in self.paragraphs if p.change is change]

    def to_json(self) -> dict:
        return {
            "old": self.old,
            "new": self.new,
            "paragraphs": [p.to_json() for p in self.paragraphs],
            "renumbering": dict(self.renumbering),
            "counts": {c.value: len(self.of_change(c)) for c in Change},
        }


def tokens(text: str) -> list[str]:
    return TOKEN.findall(text)


def word_diff(old: str, new: str) -> tuple[tuple[str, str], ...]:
    """Token-level operations; the equal and deleted pieces spell ``old``, the equal and
    inserted ones spell ``new``."""
    a, b = tokens(old), tokens(new)
    operations = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            operations.append(("equal", "".join(a[i1:i2])))
            continue
        if i2 > i1:
            operations.append(("delete", "".join(a[i1:i2])))
        if j2 > j1:
            operations.append(("insert", "".join(b[j1:j2])))
    return tuple(operations)


def match(old: Version, new: Version) -> dict[str, str]:
    """Old paragraph id → new paragraph id: same id first, then by similarity, in order."""
    pairs = {
        p.pid: p.pid for p in old.paragraphs if p.pid in new and new.paragraph(p.pid).kind is p.kind
    }
    unmatched_old = [p for p in old.paragraphs if p.pid not in pairs]
    taken = set(pairs.values())
    for candidate in new.paragraphs:
        if candidate.pid in taken or not unmatched_old:
            continue
        best, best_ratio = None, SIMILAR_ENOUGH
        for previous in unmatched_old:
            if previous.kind is not candidate.kind:
                continue
            matcher = SequenceMatcher(None, tokens(previous.text), tokens(candidate.text))
            if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
                continue
            if (ratio := matcher.ratio()) >= best_ratio:
                best, best_ratio = previous, ratio
        if best is not None:
            pairs[best.pid] = candidate.pid
            unmatched_old.remove(best)
    return pairs


def diff_versions(old: Version, new: Version) -> VersionDiff:
    pairs = match(old, new)
    matched_new = {new_id: old_id for old_id, new_id in pairs.items()}
    entries = [_entry(old, new, p.pid, pairs.get(p.pid)) for p in old.paragraphs]
    # Added paragraphs go after the entry of the paragraph that precedes them in the new text.
    for index, paragraph in enumerate(new.paragraphs):
        if paragraph.pid in matched_new:
            continue
        added = ParagraphDiff(Change.ADDED, None, new.label_of(paragraph.pid), None, paragraph.pid)
        entries.insert(_insertion_point(entries, new, index), added)
    renumbering = {
        e.old_label: e.new_label
        for e in entries
        if e.old_label and e.new_label and e.old_label != e.new_label
    }
    return VersionDiff(old.label, new.label, tuple(entries), renumbering)


def _entry(old: Version, new: Version, old_id: str, new_id: str | None) -> ParagraphDiff:
    old_label = old.label_of(old_id)
    if new_id is None:
        return ParagraphDiff(Change.REMOVED, old_label, None, old_id, None)
    before, after = old.paragraph(old_id).text, new.paragraph(new_id).text
    change = Change.UNCHANGED if before == after else Change.MODIFIED
    words = word_diff(before, after) if change is Change.MODIFIED else ()
    return ParagraphDiff(change, old_label, new.label_of(new_id), old_id, new_id, words)


def _insertion_point(entries: list[ParagraphDiff], new: Version, index: int) -> int:
    if index == 0:
        return 0
    previous = new.paragraphs[index - 1].pid
    for position, entry in enumerate(entries):
        if entry.new_id == previous:
            return position + 1
    return len(entries)
