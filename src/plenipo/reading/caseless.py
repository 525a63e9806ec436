"""Patterns matched faster: case-insensitive ones on the lower-cased text, without
re.IGNORECASE, and none where the text lacks every piece of text a match must hold. Pure.

Python's regular expressions test every character of a case-insensitive pattern through its
lower case, and cannot skip ahead to where a match may start; the same pattern written in
lower case and run over the lower-cased text finds the same matches several times faster.
``caseless(pattern)`` gives that pattern's matches, with the groups' text taken from the
text as written. A pattern whose lower-cased form could mean something else (inline flags,
a range of characters that lower-casing does not map onto a range) and a text whose
lower-casing would move an offset or change a letter that re.IGNORECASE would take (the
Turkish "İ" and dotless "ı", the long "ſ") are matched as they are.

Most patterns cannot match without one of a few words ("resolution" or "decision", a
month's name): where the text holds none of them, a substring test (far cheaper than the
pattern) says there is no match at all. A pattern run as written for its case-sensitive
parts is tested so on the lower-cased text, for what it needs in any case.

Python's engine looks ahead for a pattern's first character only when the pattern opens
with one (a letter, a class); one that opens with a word boundary, a lookbehind, optional
words or alternatives is tried at every position, and tries every alternative there. Each
pattern is run with a lookahead for its first character put first and its alternatives
sorted by their first character (``plenipo.reading.first_characters.guarded``): most
positions are turned away by one test, the rest try the few alternatives that may match
there, and the matches are the same.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

from plenipo.reading.first_characters import LATIN, PIECE, guarded, top_alternatives

try:  # the parser of Python's own regular expressions, to find what a match must hold
    from re import _constants as sre
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover -- another Python: every pattern simply runs
    sre = sre_parser = None

# Letters that re.IGNORECASE takes for another ("ı" for "i", "ſ" for "s", "µ" for "μ") but
# lower-casing does not turn into it.
FOLDED_APART = re.compile("[\u0131\u017f\u00b5\u03bc]")
# Escapes that name a character by its code: lower-casing them would not lower the character.
_CODED = "xuUN"
_CLASS_ITEM = re.compile(r"(?P<escape>\\.)|(?P<range>[^\\]-[^\\\]])|(?P<char>.)", re.DOTALL)


@lru_cache(maxsize=16)
def lowered(text: str) -> str | None:
    """``text`` lower-cased, when every offset and every letter case-insensitive matching
    would take stays as it is; else None."""
    low = text.lower()
    if len(low) != len(text) or FOLDED_APART.search(text):
        return None
    return low


def _single_lower(char: str) -> str | None:
    """``char`` lower-cased, or None past the Latin letters (where re.IGNORECASE knows
    letters alike that lower-casing keeps apart) or when it would not stay one character."""
    low = char.lower()
    if len(low) != 1 or FOLDED_APART.match(char) or (ord(char) > LATIN and low != char.upper()):
        return None
    return low


def _lower_class(klass: str) -> str | None:
    """A character class lower-cased; None when a range would not stay a range."""
    start = 2 if klass.startswith("[^") else 1
    out = [klass[:start]]
    for item in _CLASS_ITEM.finditer(klass[start:-1]):
        if item["escape"]:
            if item["escape"][1] in _CODED or item["escape"][1].isdigit():
                return None
            out.append(item["escape"])
        elif item["range"]:
            low, high = item["range"][0], item["range"][2]
            lows = {chr(code).lower() for code in range(ord(low), ord(high) + 1)}
            first, last = _single_lower(low), _single_lower(high)
            if first is None or last is None or first > last:
                return None
            if lows != {chr(code) for code in range(ord(first), ord(last) + 1)}:
                return None
            out.append(f"{first}-{last}")
        else:
            char = _single_lower(item["char"])
            if char is None:
                return None
            out.append(char)
    out.append("]")
    return "".join(out)


def _lower_source(source: str) -> str | None:
    """The source of a case-insensitive pattern written in lower case, escapes and group
    names untouched; None when that could change what it matches."""
    out, position = [], 0
    for piece in PIECE.finditer(source):
        if piece.start() != position or piece["flags"]:
            return None
        position = piece.end()
        if piece["escape"]:
            if piece["escape"][1] in _CODED or piece["escape"][1] == "0":
                return None
            out.append(piece["escape"])
        elif piece["name"]:
            out.append(piece["name"])
        elif piece["klass"]:
            klass = _lower_class(piece["klass"])
            if klass is None:
                return None
            out.append(klass)
        else:
            chars = [_single_lower(char) for char in piece["other"]]
            if None in chars:
                return None
            out.append("".join(chars))
    return "".join(out) if position == len(source) else None


# At most this many pieces of text are tested before a pattern is run; none shorter than
# ``SHORTEST_NEED`` (a test for "a" or "de" would pass everywhere).
MOST_NEEDS = 24
SHORTEST_NEED = 3
# Over a shorter text (a line, a sentence) the pattern costs no more than the tests; a
# longer one (many letters run together) holds something for nearly every pattern to find,
# and the tests, each over the whole text, would only add to its cost.
TESTED_FROM = 200
TESTED_UP_TO = 100_000


def _better(one, other):
    """The more telling of two sets of pieces a match must hold one of: the longer
    shortest piece, then the fewer pieces."""
    if one is None or other is None:
        return one if other is None else other
    return min(one, other, key=lambda needs: (-min(map(len, needs)), len(needs)))


def _characters(op, value):
    """The characters one item of a pattern matches, when it is a character or a short
    class of characters; else None."""
    if op is sre.LITERAL:
        return {chr(value)}
    if op is sre.IN and len(value) <= 4 and all(kind is sre.LITERAL for kind, _ in value):
        return {chr(code) for _, code in value}
    return None


def _item_needs(op, value):
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = value
        return None if add_flags or del_flags else _sequence_needs(inner)
    if op is sre.BRANCH:
        branches = [_sequence_needs(branch) for branch in value[1]]
        if any(needs is None for needs in branches):
            return None
        union = set().union(*branches)
        return union if len(union) <= MOST_NEEDS else None
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        least, _, inner = value
        return _sequence_needs(inner) if least >= 1 else None
    if op is sre.ATOMIC_GROUP:
        return _sequence_needs(value)
    return None


def _sequence_needs(items):
    """A set of pieces of text one of which every match of ``items`` holds, or None."""
    best, run = None, {""}
    for op, value in items:
        characters = _characters(op, value)
        if characters is not None and len(run) * len(characters) <= MOST_NEEDS:
            run = {piece + character for piece in run for character in characters}
            continue
        if run != {""}:
            best = _better(best, run)
        run = characters or {""}
        if characters is None:
            best = _better(best, _item_needs(op, value))
    return _better(best, run) if run != {""} else best


def needs_of(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Pieces of text one of which every match of ``pattern`` holds (as the pattern writes
    them: lower-cased text for a lower-cased pattern); None when none are worth testing."""
    if sre_parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        needs = _sequence_needs(sre_parser.parse(pattern.pattern, pattern.flags))
    except (AttributeError, TypeError, ValueError, re.error):  # another Python's parser
        return None
    if not needs or min(map(len, needs)) < SHORTEST_NEED:
        return None
    return tuple(sorted(needs))


class _Match:
    """A match found in the lower-cased text, its groups read from the text as written."""

    __slots__ = ("_found", "_text", "string")

    def __init__(self, found: re.Match, text: str):
        self._found, self._text, self.string = found, text, text

    def span(self, group=0):
        return self._found.span(group)

    def start(self, group=0):
        return self._found.start(group)

    def end(self, group=0):
        return self._found.end(group)

    def group(self, *groups):
        if len(groups) > 1:
            return tuple(self._group(group) for group in groups)
        return self._group(groups[0] if groups else 0)

    def _group(self, group):
        start, end = self._found.span(group)
        return None if start == -1 else self._text[start:end]

    def __getitem__(self, group):
        return self._group(group)

    def groupdict(self, default=None):
        return {
            name: default if value is None else value
            for name in self._found.re.groupindex
            for value in [self._group(name)]
        }

    def groups(self, default=None):
        values = (self._group(index) for index in range(1, self._found.re.groups + 1))
        return tuple(default if value is None else value for value in values)


def _relaxed_needs(pattern: re.Pattern) -> tuple[str, ...] | None:
    """What every match of a case-insensitive pattern with case-sensitive parts holds, in
    lower case: the needs of the pattern with those parts taken in any case (it matches
    wherever the pattern does, and more), lower-cased."""
    pieces = []
    for piece in PIECE.finditer(pattern.pattern):
        relaxed = piece["flags"] in ("(?-i:", "(?i:")
        pieces.append("(?:" if relaxed else piece[0])
    source = _lower_source("".join(pieces))
    if source is None:
        return None
    try:
        return needs_of(re.compile(source, pattern.flags & ~re.IGNORECASE))
    except re.error:
        return None


@lru_cache(maxsize=256)
def holds_any(text: str, needs: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``needs``: kept for the reading (``plenipo.reading.reader``
    clears it), since patterns that need the same words (a month's name) test them again."""
    return any(map(text.__contains__, needs))


class Caseless:
    """``search`` and ``finditer`` of a case-insensitive pattern, run over the lower-cased
    text where that finds the same matches."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        source = _lower_source(pattern.pattern) if pattern.flags & re.IGNORECASE else None
        self.fast = re.compile(source, pattern.flags & ~re.IGNORECASE) if source else None
        if self.fast is not None and self.fast.groupindex != pattern.groupindex:
            self.fast = None
        self.needs = needs_of(pattern)
        self.fast_needs = needs_of(self.fast) if self.fast is not None else None
        # a pattern run as written for its case-sensitive parts is still not run over a text
        # whose lower-cased form holds nothing a match needs
        relaxed = self.fast is None and self.needs is None and pattern.flags & re.IGNORECASE
        self.lowered_needs = _relaxed_needs(pattern) if relaxed else None
        # What is run: each with the test of its first character where that is worth it.
        self.fast = guarded(self.fast) if self.fast is not None else None
        self.written = guarded(pattern)

    def _subject(self, text):
        """(the pattern to run, the text to run it on, whether that is the lower-cased
        text), or None when the text holds nothing a match needs."""
        low = lowered(text) if self.fast is not None else None
        pattern, subject, needs = (
            (self.written, text, self.needs) if low is None else (self.fast, low, self.fast_needs)
        )
        if low is None and self.lowered_needs is not None:
            subject_low, needs = lowered(text), self.lowered_needs
            subject_low = subject_low if subject_low is not None else ""
        else:
            subject_low = subject
        tested = needs is not None and subject_low and TESTED_FROM <= len(subject) < TESTED_UP_TO
        if tested and not holds_any(subject_low, needs):
            return None
        return pattern, subject, low is not None

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        chosen = self._subject(text)
        if chosen is None:
            return None
        pattern, subject, is_lowered = chosen
        found = pattern.search(subject, pos, endpos)
        return _Match(found, text) if found and is_lowered else found

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize):
        chosen = self._subject(text)
        if chosen is None:
            return
        pattern, subject, is_lowered = chosen
        for found in pattern.finditer(subject, pos, endpos):
            yield _Match(found, text) if is_lowered else found


# Made once per pattern, found by identity: hashing a compiled pattern costs as much as
# hashing its whole program.
_MADE: dict[int, Caseless] = {}


def caseless(pattern: re.Pattern) -> Caseless:
    """The ``Caseless`` of ``pattern`` (a module's constant), made the first time."""
    made = _MADE.get(id(pattern))
    if made is None or made.pattern is not pattern:
        made = _MADE[id(pattern)] = Caseless(pattern)
    return made


def found_in(scans, line: str) -> set[str]:
    """The names of the patterns of ``scans`` (a dict, or (name, scan) pairs, a name given
    more than once found by any of its scans) that match somewhere in ``line`` (a short
    text: it is lower-cased once, and what a match needs is not tested)."""
    low = lowered(line)
    found = set()
    for name, scan in scans.items() if isinstance(scans, dict) else scans:
        if name in found:
            continue
        if low is None or scan.fast is None:
            matched = scan.written.search(line)
        else:
            matched = scan.fast.search(low)
        if matched:
            found.add(name)
    return found


def alternatives_apart(pattern: re.Pattern) -> list[re.Pattern]:
    """Patterns one of which matches somewhere in a text where ``pattern`` does (not at the
    same places): a case-insensitive pattern's top-level alternatives that lower-casing can
    run apart from those, case-sensitive in part, it cannot. ``[pattern]`` where no such
    parting helps."""
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or _lower_source(source) is not None:
        return [pattern]
    if "(?P=" in source or re.search(r"\\[1-9]", source):  # a reference to another group
        return [pattern]
    alternatives = top_alternatives(source) or []
    lowerable = [a for a in alternatives if _lower_source(a) is not None]
    others = [a for a in alternatives if _lower_source(a) is None]
    if not lowerable or not others:
        return [pattern]
    try:
        return [re.compile("|".join(part), pattern.flags) for part in (lowerable, others)]
    except re.error:
        return [pattern]
