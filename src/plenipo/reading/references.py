"""A letter's own reference and the documents it cites by symbol. Pure."""

import re

from plenipo.reading.model import Mention, Span

REFERENCE = re.compile(
    r"^\s*(?:Reference|Ref\.?|Our\s+ref(?:erence)?\.?|Réf(?:érence)?\.?|Referencia|N/Réf\.?|"
    r"Your\s+ref\.?)\s*[:.]?\s*(?P<ref>[^\n]{2,60}?)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
SYMBOL_LINE = re.compile(
    r"^\s*(?P<ref>(?:[A-Z]{1,6}[/.-])?[A-Z]{1,10}\s?(?:/\s?)?\d{2,4}\s?/\s?\d{1,5}(?:\s?\([A-Z]\))?"
    r"|(?:File\s+)?No\.\s?[\w/.-]{2,30}|[A-Z]{2,}(?:[/-][A-Z0-9.]+){2,})\s*\.?\s*$",
    re.MULTILINE,
)
DOCUMENT = re.compile(
    r"\b(?:[A-Z]{1,6}/){1,}[A-Z0-9.]+(?:/[A-Z0-9.]+)*(?:/(?:Rev|Add|Corr)\.\d+)?\b"
)


def own_reference(text) -> Mention | None:
    match = REFERENCE.search(text[:1500])
    if match:
        return Mention(match.group("ref").strip(), Span(*match.span("ref")), 0.9)
    for match in SYMBOL_LINE.finditer(text[:600]):
        return Mention(match.group("ref").strip(), Span(*match.span("ref")), 0.6)
    return None


def document_symbols(text: str, own: Mention | None) -> list[Mention]:
    found, seen = [], set()
    for match in DOCUMENT.finditer(text):
        symbol = match.group(0)
        if symbol.startswith(("A/RES/", "S/RES/")) or symbol in seen or len(symbol) < 6:
            continue
        seen.add(symbol)
        if own is None or symbol != own.text:
            found.append(Mention(symbol, Span(*match.span()), 0.7))
    return found
