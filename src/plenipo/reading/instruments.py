"""Instruments cited in a letter, in canonical form. Pure."""

import re

from plenipo.reading.model import Mention, Span

# Names of instruments, written out, and the code they stand for.
NAMED = [
    (
        re.compile(
            r"Protocol\s+to\s+Prevent,?\s+Suppress\s+and\s+Punish\s+Trafficking\s+in\s+Persons"
            r"|Trafficking\s+in\s+Persons\s+Protocol|Palermo\s+Protocol",
            re.I,
        ),
        "TIP-PROTOCOL",
    ),
    (
        re.compile(
            r"(?:United\s+Nations\s+)?Convention\s+against\s+Transnational\s+Organized\s+Crime"
            r"|Organized\s+Crime\s+Convention|\bUNTOC\b|Convention\s+des\s+Nations\s+Unies\s+contre"
            r"\s+la\s+criminalit[ée]\s+transnationale\s+organis[ée]e",
            re.I,
        ),
        "UNTOC",
    ),
    (
        re.compile(
            r"Council\s+of\s+Europe\s+Convention\s+on\s+Action\s+against\s+Trafficking"
            r"|Anti-?trafficking\s+Convention",
            re.I,
        ),
        "CETS-197",
    ),
    (
        re.compile(
            r"Programme\s+of\s+Co-?operation\s+between\s+CIS\s+Member\s+States\s+against\s+"
            r"Trafficking\s+in\s+Persons",
            re.I,
        ),
        "CIS-TIP-PROGRAMME",
    ),
    (
        re.compile(r"Global\s+Plan\s+of\s+Action\s+to\s+Combat\s+Trafficking\s+in\s+Persons", re.I),
        "A/RES/64/293",
    ),
]
SYMBOLS = [
    (re.compile(r"\bA/RES/(\d+)/(\d+)\b"), lambda m: f"A/RES/{m[1]}/{m[2]}"),
    (
        re.compile(r"\b(?:General\s+Assembly\s+)?resolution\s+(\d{2,3})/(\d{1,3})\b", re.I),
        lambda m: f"A/RES/{m[1]}/{m[2]}" if int(m[1]) > 20 else f"resolution {m[1]}/{m[2]}",
    ),
    (
        re.compile(r"\b(?:Security\s+Council\s+)?resolution\s+(\d{3,4})\s*\((\d{4})\)", re.I),
        lambda m: f"S/RES/{m[1]} ({m[2]})",
    ),
    (re.compile(r"\bdecision\s+(\d{1,2})/(\d{1,3})\b", re.I), lambda m: f"decision {m[1]}/{m[2]}"),
    (
        re.compile(r"\b(?:CETS|ETS)\s*(?:No\.?|n[°o]\.?)?\s*(\d{1,3})\b", re.I),
        lambda m: f"CETS-{m[1]}",
    ),
]


def canonical(text: str) -> str:
    """The canonical form of one cited instrument (as written, or as labelled)."""
    for pattern, code in NAMED:
        if pattern.search(text):
            return code
    for pattern, build in SYMBOLS:
        match = pattern.search(text)
        if match:
            return build(match)
    return " ".join(text.split()).lower()


def canonical_instruments(text: str) -> list[Mention]:
    """Each instrument cited, once, at its first citation (by name or by symbol)."""
    found, seen = [], set()
    for pattern, code in NAMED:
        for match in pattern.finditer(text):
            if code not in seen:
                seen.add(code)
                found.append(Mention(code, Span(*match.span()), 0.9))
    for pattern, build in SYMBOLS:
        for match in pattern.finditer(text):
            code = build(match)
            if code not in seen:
                seen.add(code)
                found.append(Mention(code, Span(*match.span()), 0.8))
    return sorted(found, key=lambda mention: mention.evidence.start)
