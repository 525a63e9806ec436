"""The line around a place in the text, looked for no further than a reach. Pure.

A flattened copy (a PDF's text run together, a page saved as one line) can hold a whole
letter, or a thousand, on one line: a rule that looked for the start of a date's line from
each date would read that line again for each of its dates, and the reading would grow with
the square of the text. What these rules look for beside a date is a few words long."""

# Further than any label, place or word a rule reads beside a date on its line.
LINE_REACH = 1000


def start_of_line(text: str, pos: int, reach: int = LINE_REACH) -> int:
    """Where the line holding ``pos`` starts, or ``pos - reach`` when it starts further
    back (searching from there, ``^`` still matches only at a real line start)."""
    back = max(0, pos - reach)
    newline = text.rfind("\n", back, pos)
    return newline + 1 if newline != -1 else back


def end_of_line(text: str, pos: int, reach: int = LINE_REACH) -> int:
    """Where the line holding ``pos`` ends, or ``pos + reach`` when it ends further on."""
    newline = text.find("\n", pos, pos + reach)
    return newline if newline != -1 else min(len(text), pos + reach)


def is_line_start(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a line (``start_of_line`` stops short of a line further back)."""
    return pos == 0 or text[pos - 1] == "\n"


def line_of(text: str, start: int, end: int | None = None, reach: int = LINE_REACH) -> str:
    """The line holding ``start`` (to ``end``'s line end), each way no further than ``reach``."""
    return text[
        start_of_line(text, start, reach) : end_of_line(text, start if end is None else end, reach)
    ]


def start_of_line_above(text: str, line_start: int, reach: int = LINE_REACH) -> int:
    """Where the line right above the one opening at ``line_start`` starts (0 on the first)."""
    return start_of_line(text, max(0, line_start - 1), reach)
