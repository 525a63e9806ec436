"""The foot of a note verbale: under its closing formula a note often repeats the address of
the one it is written to ("Office of the United Nations High Commissioner … / Palais Wilson
/ Geneva", "Al Honorable / Ministerio de Relaciones Exteriores / Santiago"), the block a
letter would have its signature in. A note is sealed and initialled, not signed: a block
there that names the note's addressee is that address, never the sender. Pure."""

import re

from plenipo.reading.addressee_forms import NOTE_CLOSING
from plenipo.reading.caseless import caseless

# Small words any language's address shares with any sentence: they tell nothing.
SMALL = frozenset({
    "the", "of", "to", "and", "for", "in", "on", "at", "a", "an", "al", "la", "le", "les",
    "l", "des", "de", "del", "du", "el", "los", "las", "y", "et", "en", "honorable", "his",
    "her", "excellency", "son", "excellence", "su", "excelencia",
})  # fmt: skip
WORD = re.compile(r"[^\W\d_]+")
BLANK_LINE = re.compile(r"\n[ \t]*\n")
# Compliments presented to the note's addressee, up to the verb that follows: "presents its
# compliments to the Ministry … and has the honour", "saluda atentamente al Ministerio … y
# tiene el honor", "présente ses compliments à l'Ambassade … et a l'honneur".
COMPLIMENTS_TO = re.compile(
    r"(?:compliments\s+(?:to|[àa]|aux?)|saluda\s+(?:muy\s+)?(?:atentamente|cordialmente)\s+a)"
    r"\s+(?P<who>[^;]{4,300}?)\s+(?:and|et|y|,)\s",
    re.IGNORECASE,
)


def tokens(value) -> set:
    """The words of ``value`` in lower case, but the small ones."""
    return {w for w in WORD.findall(value.lower()) if w not in SMALL and len(w) > 1}


def _block_around(text, offset) -> str:
    """The lines around ``offset`` up to the blank lines above and below."""
    starts = [m.end() for m in BLANK_LINE.finditer(text, 0, offset)]
    start = starts[-1] if starts else 0
    end_match = BLANK_LINE.search(text, offset)
    return text[start : end_match.start() if end_match else len(text)]


def _named_addressee(text) -> set:
    """The words naming the note's addressee, in its compliments and its closing formula."""
    words = set()
    for match in (caseless(COMPLIMENTS_TO).search(text), caseless(NOTE_CLOSING).search(text)):
        if match:
            group = next(g for g, value in match.groupdict().items() if value)
            words |= tokens(match.group(group))
    return words


def addressee_at_foot(text, person, closing_end) -> bool:
    """Whether ``person``, read under the note's closing formula, is the addressee's block of
    address: a line of its block (of two words or more) named in full where the note
    presents its compliments or renews its consideration."""
    if person is None or person.evidence is None or person.evidence.start < closing_end:
        return False
    named = _named_addressee(text)
    if not named:
        return False
    for line in _block_around(text, person.evidence.start).splitlines():
        words = tokens(line)
        if len(words) >= 2 and words <= named:
            return True
    return False
