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
pattern) says there is no match at all.

Python's engine looks ahead for a pattern's first character only when the pattern opens
with one (a letter, a class); one that opens with a word boundary, a lookbehind, optional
words or alternatives is tried at every position. Where every match's first character is
one of a few, that pattern is run with a lookahead for it put first (``guarded``): most
positions are turned away by one test, and the matches are the same.
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

try:  # the parser of Python's own regular expressions, to find what a match must hold
    from re import _constants as sre
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover -- another Python: every pattern simply runs
    sre = sre_parser = None

# Letters that re.IGNORECASE takes for another ("ı" for "i", "ſ" for "s", "µ" for "μ") but
# lower-casing does not turn into it.
FOLDED_APART = re.compile("[\u0131\u017f\u00b5\u03bc]")
# A piece of a pattern's source: an escape, a group's name or reference, a class, an
# inline flag, or a run of anything else.
_PIECE = re.compile(
    r"(?P<escape>\\N\{[^}]*\}|\\.)|(?P<name>\(\?P<\w+>|\(\?P=\w+\))"
    r"|(?P<flags>\(\?[aiLmsux-]+[:)])|(?P<klass>\[\^?\]?(?:\\.|[^\]\\])*\])|(?P<other>[^\\[(]+|\()",
    re.DOTALL,
)
# Escapes that name a character by its code: lower-casing them would not lower the character.
_CODED = "xuUN"
LATIN = 0x24F
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
    for piece in _PIECE.finditer(source):
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


# Items that take no character: a word boundary, the start of a line, a lookahead or behind.
_ZERO_WIDTH = ("AT", "ASSERT", "ASSERT_NOT")
_REPEATS = ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT")


def _op_is(op, *names) -> bool:
    return any(op is getattr(sre, name) for name in names)


def _class_items(op, value) -> set[str] | None:
    """One item of a pattern that takes one character, as the items of a character class
    holding it; None for any other item, or a class too wide to tell anything."""
    if op is sre.LITERAL:
        return {re.escape(chr(value))}
    if op is not sre.IN:
        return None
    items = set()
    for kind, item in value:
        if kind is sre.LITERAL:
            items.add(re.escape(chr(item)))
        elif kind is sre.RANGE:
            items.add(f"{re.escape(chr(item[0]))}-{re.escape(chr(item[1]))}")
        elif kind is sre.CATEGORY and item in (sre.CATEGORY_DIGIT, sre.CATEGORY_SPACE):
            items.add(r"\d" if item is sre.CATEGORY_DIGIT else r"\s")
        else:
            return None
    return items


def _takes_nothing(op, value) -> bool:
    """Whether an item takes no character: a word boundary, a lookaround, or a group or
    alternatives made only of those ("a word's start or a digit after a letter")."""
    if _op_is(op, *_ZERO_WIDTH):
        return True
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = value
        return not (add_flags or del_flags) and all(_takes_nothing(*item) for item in inner)
    if op is sre.BRANCH:
        return all(branch and all(_takes_nothing(*item) for item in branch) for branch in value[1])
    return False


def _first_of(items) -> set[str] | None:
    """The class items of the first character every match of ``items`` takes; None when
    it cannot be told or a match may take none."""
    found = set()
    for op, value in items:
        if _takes_nothing(op, value):
            continue
        if _op_is(op, *_REPEATS) and value[0] == 0:
            optional = _first_of(value[2])
            if optional is None:
                return None
            found |= optional
            continue
        first = _first_of_item(op, value)
        return None if first is None else found | first
    return None


def _first_of_item(op, value) -> set[str] | None:
    if op is sre.SUBPATTERN:
        _, add_flags, del_flags, inner = value
        return None if add_flags or del_flags else _first_of(inner)
    if op is sre.ATOMIC_GROUP:
        return _first_of(value)
    if op is sre.BRANCH:
        branches = [_first_of(branch) for branch in value[1]]
        return None if None in branches else set().union(*branches)
    if _op_is(op, *_REPEATS):
        return _first_of(value[2])
    return _class_items(op, value)


def _opening(items):
    """The first item of ``items`` that is not a group (looking into groups)."""
    while items and items[0][0] is sre.SUBPATTERN:
        items = items[0][1][3]
    return items[0] if items else (None, None)


def _skipped_ahead(op, value) -> bool:
    """Whether the engine finds by itself where a match that opens with this item may
    start: a character or a class it looks for, the text's start where it only looks."""
    if op is sre.AT:
        return value is sre.AT_BEGINNING or value is sre.AT_BEGINNING_STRING
    return op is sre.LITERAL or op is sre.IN


def _engine_skips_ahead(items) -> bool:
    """Whether Python's engine finds where a match may start by itself: a pattern that
    opens with a character, a class, the text's start, or alternatives that each open with
    a character or the text's start."""
    op, value = _opening(items)
    if op is sre.BRANCH:
        return all(
            branch and _skipped_ahead(*_opening(branch)) and _opening(branch)[0] is not sre.IN
            for branch in value[1]
        )
    return _skipped_ahead(op, value)


def _one_character_after_zero_width(items) -> bool:
    """Whether the first item that takes a character takes one, as one test: after a word
    boundary, the engine's own test of it costs no more than a guard."""
    rest = list(items)
    while rest and _takes_nothing(*rest[0]):
        rest.pop(0)
    op, _ = _opening(rest)
    return op is sre.LITERAL or op is sre.IN


def first_character_guard(pattern: re.Pattern) -> str | None:
    """A lookahead for the first character of every match of ``pattern``, worth putting
    before it: Python's engine tries a pattern that opens with a word boundary, a
    lookbehind or alternatives at every position, and a one-character test turns most
    positions away at once. None where the engine already skips ahead by itself, where
    the guard would test no more than the pattern's own opening, or where nothing is known
    of the first character (a case-insensitive pattern is run as it is)."""
    if sre_parser is None or pattern.flags & re.IGNORECASE:
        return None
    try:
        items = sre_parser.parse(pattern.pattern, pattern.flags).data
        if _engine_skips_ahead(items) or _one_character_after_zero_width(items):
            return None
        first = _first_of(items)
    except (AttributeError, TypeError, ValueError, IndexError, re.error):  # another parser
        return None
    return f"(?=[{''.join(sorted(first))}])" if first else None


def guarded(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` with ``first_character_guard`` before it: the same matches, found
    sooner; ``pattern`` itself where no guard is worth it."""
    guard = first_character_guard(pattern)
    if guard is None:
        return pattern
    try:
        return re.compile(f"{guard}(?:{pattern.pattern})", pattern.flags)
    except re.error:  # a pattern whose inline flags must stay first
        return pattern


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
        tested = needs is not None and TESTED_FROM <= len(subject) < TESTED_UP_TO
        if tested and not any(map(subject.__contains__, needs)):
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


def found_in(scans: dict[str, Caseless], line: str) -> set[str]:
    """The names of the patterns of ``scans`` that match somewhere in ``line`` (a short
    text: it is lower-cased once, and what a match needs is not tested)."""
    low = lowered(line)
    found = set()
    for name, scan in scans.items():
        if low is None or scan.fast is None:
            matched = scan.written.search(line)
        else:
            matched = scan.fast.search(low)
        if matched:
            found.add(name)
    return found
