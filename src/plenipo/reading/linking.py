"""Names read in a letter matched to the names a registry knows, with a confidence. Pure.

A registry entry is ``(code, names)``: its code and every name it goes by (titles in each
language, short title, aliases). A name written exactly as one of them, case, spaces and
dashes aside, is certain; otherwise the confidence is a fuzzy comparison of the words
(``rapidfuzz``), which gives less where one name only shares a part of the other's words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from rapidfuzz import fuzz

LINK_THRESHOLD = 0.85
# Below this a registry entry is not even proposed: the name is new to the registry.
PROPOSAL_FLOOR = 0.6
# Two entries this close are both plausible: the officer chooses.
AMBIGUITY_MARGIN = 0.05


@dataclass(frozen=True)
class Candidate:
    code: str
    confidence: float


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return " ".join(re.sub(r"[^a-z0-9/]+", " ", re.sub(r"\bno\.?\s*", "", text)).split())


def _similarity(written: str, known: str) -> float:
    one, other = _key(written), _key(known)
    if not one or not other:
        return 0.0
    if one == other:
        return 1.0
    # token_set_ratio forgives words one name lacks; token_sort_ratio does not. Their mean
    # keeps "Convention" alone far from every convention's full title.
    return (fuzz.token_set_ratio(one, other) + fuzz.token_sort_ratio(one, other)) / 200


def candidates(written: str, registry, limit: int = 3) -> list[Candidate]:
    """The registry entries ``written`` may name, best first, at most ``limit``."""
    ranked = [
        Candidate(code, round(max((_similarity(written, n) for n in names), default=0.0), 2))
        for code, names in registry
    ]
    ranked.sort(key=lambda c: (-c.confidence, c.code))
    return [c for c in ranked[:limit] if c.confidence >= PROPOSAL_FLOOR]


def link(written: str, registry) -> dict:
    """The best match of ``written`` and the alternatives: ``linked`` at or above the
    threshold and clearly ahead of the next, else ``proposed`` (never linked silently),
    ``new`` when nothing is close."""
    found = candidates(written, registry)
    best = found[0] if found else None
    runner_up = found[1].confidence if len(found) > 1 else 0.0
    if best is None:
        status = "new"
    elif best.confidence >= LINK_THRESHOLD and best.confidence - runner_up >= AMBIGUITY_MARGIN:
        status = "linked"
    else:
        status = "proposed"
    return {
        "cited": written,
        "code": best.code if best else None,
        "confidence": best.confidence if best else 0.0,
        "status": status,
        "alternatives": [{"code": c.code, "confidence": c.confidence} for c in found[1:]],
    }
