"""A letter's text mended before its instruments are read: words broken at a printed line's
end or split by OCR made whole, every offset of a word's start kept. Pure."""

import re

from plenipo.reading.caseless import caseless

# A word broken at a printed line's end ("reso- lution 75/1", "the Con- vention on …"), not a
# hyphen held over a list ("low- and middle-income"): read whole, the spaces after it.
BROKEN_WORD = re.compile(
    r"(?<=[A-Za-zà-ÿ])([a-zà-ÿ]*)-(?:[ \t]*\n[ \t]*|[ \t]+)"
    r"(?!(?:and|or|to|et|ou|y|o|e)\b)([a-zà-ÿ]+)"
)


# Words of instruments' names OCR may split with a stray space ("the Charter of the United
# Nati ons", "Conven tion"), read whole: each way of splitting one into two pieces of two
# letters or more.
_SPLIT_TITLE_WORDS = (
    "Nations",
    "Unies",
    "United",
    "Naciones",
    "Unidas",
    "Convention",
    "Protocol",
    "Protocole",
    "International",
    "Internationale",
    "Charter",
    "Declaration",
    "Agreement",
)
SPLIT_WORD = re.compile(
    r"\b(?:"
    + "|".join(
        f"{word[:cut]} {word[cut:]}"
        for word in _SPLIT_TITLE_WORDS
        for cut in range(2, len(word) - 1)
    )
    + r")\b",
    re.IGNORECASE,
)


def mended(text: str | None) -> str | None:
    """``text`` with its broken and split words whole, every offset of a word's start kept."""
    if text is None:
        return text
    if "-" in text:
        text = BROKEN_WORD.sub(lambda m: f"{m[1]}{m[2]}".ljust(len(m[0])), text)
    return _split_words_joined(text)


def _split_words_joined(text: str) -> str:
    """``SPLIT_WORD.sub`` (each split word whole, a space after it), with the pattern run
    over the lower-cased text: case-insensitive, it cost as much as reading the
    instruments' names."""
    pieces, last = [], 0
    for split in caseless(SPLIT_WORD).finditer(text):
        pieces += [text[last : split.start()], split[0].replace(" ", "") + " "]
        last = split.end()
    pieces.append(text[last:])
    return "".join(pieces)
