"""A letter's text as the reader sees it: line ends, sentences, language. Pure."""

import re
from collections import Counter
from functools import lru_cache

from plenipo.reading.caseless import caseless

STOPWORDS = {
    "en": {"the", "and", "of", "to", "in", "is", "that", "for", "with", "will", "be", "on"},
    "fr": {"le", "la", "les", "des", "et", "de", "du", "est", "pour", "que", "une", "sur"},
    "es": {"el", "la", "los", "las", "y", "de", "del", "que", "por", "para", "con", "una"},
}
ABBREVIATION = re.compile(
    r"\b(?:[ap]\.\s?m|Mr|Ms|Mrs|Dr|No|Nos|St|H\.\s?E|S\.\s?E|etc|e\.g|i\.e|Rev|Add|Corr|"
    r"U\.S|U\.N|D\.C|Sr|Sra|M|Mme|Art|para|p|pp|vol)\.",
    re.IGNORECASE,
)


# "… will take place from 9.30 a.m." / "on Monday …": an abbreviation ends no sentence.
ABBREVIATION_END = re.compile(ABBREVIATION.pattern + r"$", re.IGNORECASE)
DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")


def normalised(text) -> str:
    """One kind of line end, so that offsets mean the same everywhere."""
    text = text if isinstance(text, str) else str(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def language_of(text: str) -> str:
    counts = Counter(re.findall(r"[a-záéíóúàèùâêîôûçñü]+", text.lower()))
    scores = {lang: sum(counts[word] for word in stop) for lang, stop in STOPWORDS.items()}
    return max(scores, key=scores.get) if any(scores.values()) else "en"


SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|\n|$)")


@lru_cache(maxsize=2)
def sentences(text) -> tuple[tuple[int, int, str], ...]:
    """(start, end, sentence) for each sentence or line; "a.m.", "Mr." and the like do not
    end a sentence (they are masked, keeping every offset). Meetings and requests are
    both looked for sentence by sentence: the text is cut once."""
    pieces, last = [], 0
    for match in caseless(ABBREVIATION).finditer(text):
        pieces += [text[last : match.start()], match.group(0).replace(".", "\u00b7")]
        last = match.end()
    masked = "".join([*pieces, text[last:]])
    masked = DECIMAL.sub("\u00b7", masked)  # "10.00 a.m.", "3.5 million"
    return tuple(
        (match.start(), match.end(), text[match.start() : match.end()])
        for match in SENTENCE.finditer(masked)
        if match.group(0).strip()
    )


def _words(value: str) -> set:
    return set(re.findall(r"\w{3,}", value.lower()))


def similar_mention(one: str, other: str) -> bool:
    """Whether two mentions name the same thing: most words of the shorter are in the
    longer."""
    left, right = _words(one), _words(other)
    if not left or not right:
        return one.strip().lower() == other.strip().lower()
    return len(left & right) / min(len(left), len(right)) >= 0.6


# A line that starts an item of its own, not the rest of the line before: "- ", "• ",
# "(a) ", "1. ", "a) ".
ITEM_START = re.compile(r"^\s*(?:[-–•*▪·]\s|\(?[a-z0-9]{1,3}[.)]\s|\([ivx]{1,5}\)\s)", re.I)
SENTENCE_FINAL = (".", ":", ";", "!", "?")
WRAPPED_WIDTH = 140
NARROWEST_WRAP = 50
# A field of a letterhead or a form ("Ref.: …", "Subject: …", "Date: …") is a line of its
# own.
FIELD_LINE = re.compile(r"^\s*[\w./’' -]{1,25}\s?:\s")
# A salutation is a line of its own however long the text's lines are.
SALUTATION_LINE = re.compile(
    r"^\s*(?:Dear|Sir|Madam|Excellenc|Your\s+Excellency|Monsieur|Madame|Mesdames|Señor|Señora|"
    r"Estimad|Excelent)[^\n]*[,:]\s*$",
    re.IGNORECASE,
)


def unwrapped(text: str) -> str:
    """``text`` with the line ends of hard-wrapped paragraphs (PDF extractions, OCR,
    e-mail) turned into spaces, so that a sentence reads as one line; every offset stays.

    A line is wrapped when the text is set in short lines (nine in ten between
    ``NARROWEST_WRAP`` and ``WRAPPED_WIDTH`` characters), it fills most of their width
    (half of it when the next line goes on in lower case), it ends no sentence or clause
    and is no salutation or field ("Ref.: …"), and the next line is not blank and opens
    no item of a list."""
    lines = text.split("\n")
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if len(lengths) < 4:
        return text
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if not NARROWEST_WRAP <= width <= WRAPPED_WIDTH:
        return text
    out = []
    for line, following in zip(lines, [*lines[1:], ""], strict=True):
        body = line.rstrip()
        rest = following.strip()
        joined = (
            (len(body) >= 0.75 * width or (len(body) >= 0.5 * width and rest[:1].islower()))
            and not (body.endswith(SENTENCE_FINAL) and not ABBREVIATION_END.search(body))
            and not SALUTATION_LINE.match(body)
            and not FIELD_LINE.match(body)
            and rest
            and not ITEM_START.match(following)
        )
        out.append(line + (" " if joined else "\n"))
    return "".join(out)[: len(text)]
