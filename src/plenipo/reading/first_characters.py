"""What the first character of a pattern's match may be, and patterns run faster for
knowing it: a lookahead for it before a pattern Python's engine would try at every
position (``guarded``), and the alternatives of a pattern sorted by it (``dispatched``). The
matches stay the same. Pure."""

from __future__ import annotations

import itertools
import re

try:  # the parser of Python's own regular expressions, to find what a match may open with
    from re import _constants as sre
    from re import _parser as sre_parser
except ImportError:  # pragma: no cover -- another Python: every pattern simply runs
    sre = sre_parser = None

# A piece of a pattern's source: an escape, a group's name or reference, a class, an
# inline flag, or a run of anything else.
PIECE = re.compile(
    r"(?P<escape>\\N\{[^}]*\}|\\.)|(?P<name>\(\?P<\w+>|\(\?P=\w+\))"
    r"|(?P<flags>\(\?[aiLmsux-]+[:)])|(?P<klass>\[\^?\]?(?:\\.|[^\]\\])*\])|(?P<other>[^\\[(]+|\()",
    re.DOTALL,
)
# Past these (the Latin letters), lower-casing and the engine's own tests of a letter differ.
LATIN = 0x24F


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
    """Whether the first item that takes a character takes one, as one test, after word
    boundaries or a line's start only: there the engine's own test of it costs no more than
    a guard (not after lookarounds, which cost more)."""
    rest = list(items)
    while rest and _takes_nothing(*rest[0]):
        if rest.pop(0)[0] is not sre.AT:
            return False
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
    """``pattern`` with ``first_character_guard`` before it and its alternatives sorted by
    their first letter (``dispatched``): the same matches, found sooner; ``pattern`` itself
    where neither is worth it."""
    guard, source = first_character_guard(pattern), dispatched(pattern)
    if guard is None and source is None:
        return pattern
    try:
        return re.compile(f"{guard or ''}(?:{source or pattern.pattern})", pattern.flags)
    except re.error:  # a pattern whose inline flags must stay first
        return pattern


# Fewer alternatives than this are tried as fast one after another as sorted.
FEW_ALTERNATIVES = 8


def top_alternatives(source: str) -> list[str] | None:
    """The alternatives of ``source`` at its top level (its pieces between the "|" outside
    any group), or None when its groups do not close."""
    alternatives, current, depth = [], [], 0
    for piece in PIECE.finditer(source):
        if not piece["other"]:
            # a class or an escape holds no group; a named group or flags open one
            depth += piece[0].endswith(":") or piece[0].startswith("(?P<")
            current.append(piece[0])
            continue
        for char in piece[0]:
            depth += (char == "(") - (char == ")")
            if depth < 0:
                return None
            if char == "|" and depth == 0:
                alternatives.append("".join(current))
                current = []
            else:
                current.append(char)
    alternatives.append("".join(current))
    # a piece the pattern of pieces passed over ("[" opening no class) makes it unreadable
    read = sum(map(len, alternatives)) + len(alternatives) - 1
    return alternatives if depth == 0 and read == len(source) else None


def _first_characters(alternative: str, flags: int) -> tuple[set[str] | None, bool]:
    """(the Latin letters and signs a match of ``alternative`` may start with, or None when
    that cannot be told; whether it may also start with a character past them)."""
    try:
        first = _first_of(sre_parser.parse(alternative, flags).data)
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return None, True
    if first is None:
        return None, True
    klass = re.compile(f"[{''.join(sorted(first))}]", flags)
    latin = "".join(map(chr, range(LATIN + 1)))
    beyond = False
    for item in first:
        parsed = sre_parser.parse(f"[{item}]", flags).data[0]
        if parsed[0] is sre.LITERAL:
            beyond |= parsed[1] > LATIN
        elif parsed[0] is sre.IN and parsed[1][0][0] is sre.RANGE:
            beyond |= parsed[1][0][1][1] > LATIN
        else:  # a category: \d, \s take digits and spaces past the Latin letters
            beyond = True
    return set(klass.findall(latin)), beyond


def _class_of(chars) -> str:
    """A class of ``chars``, written by their codes, runs as ranges."""
    codes, out = sorted(map(ord, chars)), []
    for _, pairs in itertools.groupby(enumerate(codes), key=lambda pair: pair[1] - pair[0]):
        run = [code for _, code in pairs]
        first, last = (f"\\u{code:04x}" for code in (run[0], run[-1]))
        out.append(first if first == last else f"{first}-{last}")
    return f"[{''.join(out)}]"


def _group_end(source: str) -> int | None:
    """Where the group ``source`` is inside of closes: the offset of its first ")" not
    closing a group it opens; None when there is none."""
    depth, position = 0, 0
    for piece in PIECE.finditer(source):
        if piece.start() != position:
            return None
        position = piece.end()
        if not piece["other"]:
            depth += piece[0].endswith(":") or piece[0].startswith("(?P<")
            continue
        for offset, char in enumerate(piece[0]):
            depth += (char == "(") - (char == ")")
            if depth < 0:
                return piece.start() + offset
    return None


def _open_with(alternatives, indexes, chars, flags) -> bool:
    """Whether every alternative of ``indexes`` opens with the one character of ``chars``."""
    if len(chars) != 1:
        return False
    try:
        opening = [sre_parser.parse(alternatives[i], flags).data[0] for i in indexes]
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return False
    return all(item == (sre.LITERAL, ord(chars[0])) for item in opening)


# What the engine spends at a position on an alternative it enters, and on a group after a
# lookahead, against one it skips on testing the character (measured on the corpus).
ENTERED_COST = 5
LOOKAHEAD_COST = 10
# An alternative is spread into at most this many (each opening with one character).
MOST_SPREAD = 24
_QUANTIFIERS = ("*", "+", "?", "{")


def _spread(alternative: str, flags: int, depth: int = 3) -> list[str]:
    """``alternative`` as alternatives tried in the same order, each opening with a
    character where it can: its opening group's alternatives each with what follows the
    group ("(?:a|b)c": "ac", "bc"; an optional one's last without it), its opening class's
    characters each ("[ée]v": "év", "ev", one or the other)."""
    head = PIECE.match(alternative)
    if depth == 0 or head is None:
        return [alternative]
    if head["klass"]:
        rest = alternative[head.end() :]
        try:
            opening = sre_parser.parse(head[0], flags).data[0]
        except (AttributeError, TypeError, ValueError, IndexError, re.error):
            return [alternative]
        if opening[0] is not sre.IN or rest.startswith(_QUANTIFIERS):
            return [alternative]
        if not all(kind is sre.LITERAL for kind, _ in opening[1]) or len(opening[1]) > 4:
            return [alternative]
        return [re.escape(chr(code)) + rest for _, code in opening[1]]
    if not alternative.startswith("(?:"):
        return [alternative]
    end = _group_end(alternative[3:])
    inner = None if end is None else top_alternatives(alternative[3 : end + 3])
    if inner is None:
        return [alternative]
    rest, optional = alternative[end + 4 :], False
    if rest.startswith("?") and not rest.startswith(("??", "?+")):
        rest, optional = rest[1:], True
    if rest.startswith(_QUANTIFIERS) or (optional and not all(map(_takes_a_character, inner))):
        return [alternative]
    spread = [piece for part in inner for piece in _spread(part + rest, flags, depth - 1)]
    spread += _spread(rest, flags, depth - 1) if optional else []
    return spread if len(spread) <= MOST_SPREAD else [alternative]


def _takes_a_character(source: str) -> bool:
    try:
        return sre_parser.parse(source).getwidth()[0] > 0
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return False


def _entered(alternatives: list[str], flags: int) -> int:
    """How many of the alternatives the engine enters at every position: those that do not
    open with a character or a class, which it tests before entering."""
    try:
        openings = [sre_parser.parse(a, flags).data[:1] for a in alternatives]
    except (AttributeError, TypeError, ValueError, IndexError, re.error):
        return 0
    return sum(not opening or opening[0][0] not in (sre.LITERAL, sre.IN) for opening in openings)


def _by_first_character(alternatives: list[str], flags: int, at_boundary: bool) -> str | None:
    """The alternatives put in groups by the first character a match takes, each group
    after a lookahead for its characters and holding its alternatives in their order;
    ``at_boundary``: after a word boundary, which an alternative need not test again. None
    where the engine would enter no fewer than half as many groups as it enters alternatives
    (a lookahead costs it more than a word boundary)."""
    entered, alternatives_before = _entered(alternatives, flags), alternatives
    if at_boundary:
        alternatives = [a[2:] if a.startswith("\\b") else a for a in alternatives]
    alternatives = [piece for alternative in alternatives for piece in _spread(alternative, flags)]
    firsts = [_first_characters(alternative, flags) for alternative in alternatives]
    by_char: dict[str, list[int]] = {}
    for index, (chars, _) in enumerate(firsts):
        for char in chars if chars is not None else map(chr, range(LATIN + 1)):
            by_char.setdefault(char, []).append(index)
    groups: dict[tuple[int, ...], list[str]] = {}
    for char, indexes in by_char.items():
        groups.setdefault(tuple(indexes), []).append(char)
    parts = [
        # alternatives that all open with the same letter need no lookahead: the engine
        # takes the letter out before them, and skips the group at once where it is not next
        f"{'' if _open_with(alternatives, indexes, chars, flags) else f'(?={_class_of(chars)})'}"
        f"(?:{'|'.join(alternatives[i] for i in indexes)})"
        for indexes, chars in groups.items()
    ]
    # a character past the Latin letters, or none (the text's end): whatever may start there
    elsewhere = [i for i, (chars, beyond) in enumerate(firsts) if chars is None or beyond]
    if elsewhere:
        others = "|".join(alternatives[i] for i in elsewhere)
        parts.append(f"(?!{_class_of(by_char)})(?:{others})")
    looked_ahead = sum(part.startswith(("(?=", "(?!")) for part in parts)
    cost = ENTERED_COST * entered + len(alternatives_before) - entered
    if LOOKAHEAD_COST * looked_ahead + len(parts) - looked_ahead >= cost:
        return None
    return "|".join(parts)


def dispatched(pattern: re.Pattern) -> str | None:
    """The source of ``pattern`` with the alternatives of its first group (or its own, at
    its top level) put in groups by the first character a match takes, each group after a
    lookahead for its characters and holding its alternatives in their order: Python's
    engine tries every alternative at every position, and one test of the next character
    leaves it the few that may match there; the alternatives tried, and their order, are
    the same. None where that cannot be done or is not worth it (alternatives holding groups,
    which would be numbered anew; a case-insensitive or a verbose pattern)."""
    if sre_parser is None or pattern.flags & (re.IGNORECASE | re.VERBOSE):
        return None
    source = pattern.pattern
    for opening in ("(?:", "\\b(?:"):
        end = _group_end(source[len(opening) :]) if source.startswith(opening) else None
        if end is None:
            continue
        end += len(opening)
        alternatives = top_alternatives(source[len(opening) : end])
        if (
            alternatives is not None
            and len(alternatives) >= FEW_ALTERNATIVES
            and not _holds_groups(source[len(opening) : end], pattern.flags)
        ):
            sorted_ = _by_first_character(alternatives, pattern.flags, opening != "(?:")
            if sorted_ is not None:
                return f"{source[: len(opening)]}{sorted_}{source[end:]}"
    alternatives = top_alternatives(source)
    if pattern.groups or alternatives is None or len(alternatives) < FEW_ALTERNATIVES:
        return _inner_groups_dispatched(source, pattern.flags)
    return _by_first_character(alternatives, pattern.flags, False)


def _inner_groups_dispatched(source: str, flags: int) -> str | None:
    """``source`` with the alternatives of each group inside it that holds no group of its
    own (the names of the months in "(?P<month>…)") sorted by their first character; None
    where none is worth it."""
    pieces, last = [], 0
    for start, end in _group_contents(source):
        if start < last:
            continue  # inside a group already sorted
        alternatives = top_alternatives(source[start:end])
        if alternatives is None or len(alternatives) < FEW_ALTERNATIVES:
            continue
        if _holds_groups(source[start:end], flags):
            continue
        sorted_ = _by_first_character(alternatives, flags, False)
        if sorted_ is not None:
            pieces += [source[last:start], sorted_]
            last = end
    return "".join([*pieces, source[last:]]) if pieces else None


def _group_contents(source: str) -> list[tuple[int, int]]:
    """(start, end) of what each group of ``source`` holds, outer groups first, but for
    lookarounds, conditions and groups with flags of their own, and groups inside them."""
    found, stack, position = [], [], 0
    for piece in PIECE.finditer(source):
        if piece.start() != position:
            return []
        position = piece.end()
        if piece["name"] or piece["flags"]:
            opens = piece[0].startswith("(?P<") or piece[0].endswith(":")
            stack += [("group" if piece["name"] else "other", piece.end())] if opens else []
            continue
        for offset, char in enumerate(piece[0] if piece["other"] else ""):
            at = piece.start() + offset
            if char == "(":
                bare = source.startswith("?:", at + 1)
                plain = bare or not source.startswith("?", at + 1)
                stack.append(("group" if plain else "other", at + (3 if bare else 1)))
            elif char == ")":
                if not stack:
                    return []
                kind, start = stack.pop()
                if kind == "group" and all(kind == "group" for kind, _ in stack):
                    found.append((start, at))
    return sorted(found) if not stack and position == len(source) else []


def _holds_groups(source: str, flags: int) -> bool:
    """Whether ``source`` holds a group a match keeps (put twice or elsewhere, it would
    be numbered anew), or cannot be read alone."""
    try:
        return re.compile(source, flags).groups > 0
    except re.error:
        return True
