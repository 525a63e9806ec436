"""What each of several things asked in one sentence is, on its own: the second deadline of
"designate focal points before 10 March and send contributions before 25 March" is to send
contributions, not the whole sentence; a request whose second half is read as a request of
its own ("to confirm its participation and to communicate the name of its representative")
keeps its first half. Pure."""

from __future__ import annotations

import dataclasses
import re

from plenipo.reading.model import Deadline, Mention

# The words that join the next thing asked to the one before: "and to", "et de", "y de",
# "as well as", a comma.
JOINING = re.compile(
    r"^[\s,;]*(?:(?:and|as\s+well\s+as|et|ainsi\s+que|y|e|as[íi]\s+como)\s+)?"
    r"(?:(?:to|de|d['’]|à|a)\s*)?",
    re.IGNORECASE,
)
JOINING_AT_END = re.compile(
    r"[\s,;]*(?:\b(?:and|as\s+well\s+as|et|ainsi\s+que|y|e|as[íi]\s+como)\b)?"
    r"(?:\s+\b(?:to|de|d['’]|à|a)\b)?[\s,;]*$",
    re.IGNORECASE,
)
SHORTEST = 8


def _tidy_end(what: str) -> str:
    return what.rstrip(" ,;:-–")


def deadlines_on_their_own(text: str, deadlines: list[Deadline]) -> list[Deadline]:
    """``deadlines`` with each one's words starting after the day of the deadline before it
    in the same words ("… avant le 10 mars 2027 et de faire parvenir …" is to send), and
    without a trailing comma."""
    out = []
    for deadline in deadlines:
        what = deadline.what
        for earlier in deadlines:
            if earlier is deadline or earlier.evidence.end > deadline.evidence.start:
                continue
            day = " ".join(text[earlier.evidence.start : earlier.evidence.end].split())
            at = what.find(day) if day else -1
            if at >= 0:
                rest = what[at + len(day) :]
                rest = rest[JOINING.match(rest).end() :]
                if len(rest) >= SHORTEST:
                    what = rest
        what = _tidy_end(what)
        out.append(dataclasses.replace(deadline, what=what) if what != deadline.what else deadline)
    return out


def requests_on_their_own(found: list[Mention]) -> list[Mention]:
    """``found`` with a request cut before the second request read out of its own words
    (same sentence end, starting inside it): each says one thing."""
    out = []
    for mention in found:
        tails = [
            other
            for other in found
            if other is not mention
            and other.evidence.end == mention.evidence.end
            and other.evidence.start > mention.evidence.start
        ]
        text = mention.text
        for tail in sorted(tails, key=lambda m: m.evidence.start):
            at = text.find(tail.text[:40])
            if at > 0:
                head = JOINING_AT_END.sub("", text[:at])
                if len(head) >= SHORTEST:
                    text = head
                    break
        out.append(dataclasses.replace(mention, text=text) if text != mention.text else mention)
    return out
