"""A French or Spanish letter's deadlines said in English, as its requests are: "vos
observations éventuelles" to send by a day is "send possible observations", "las
candidaturas deberán presentarse" is "submit the nominations". Pure."""

from __future__ import annotations

from dataclasses import replace

from plenipo.reading.gloss import gloss
from plenipo.reading.model import Deadline


def in_english(deadlines: list[Deadline], language: str) -> list[Deadline]:
    """Each deadline's words glossed where the lexicon knows the verb they ask; else kept
    as the letter writes them (the evidence always points at the letter's words)."""
    out = []
    for deadline in deadlines:
        english = gloss(deadline.what, language) if deadline.what else None
        out.append(replace(deadline, what=english) if english else deadline)
    return out
