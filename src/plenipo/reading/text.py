"""A letter's text as the reader sees it: line ends, sentences, language. Pure."""

import re

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


DECIMAL = re.compile(r"(?<=\d)\.(?=\d)")


def normalised(text) -> str:
    """One kind of line end, so that offsets mean the same everywhere."""
    text = text if isinstance(text, str) else str(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def language_of(text: str) -> str:
    words = re.findall(r"[a-záéíóúàèùâêîôûçñü]+", text.lower())
    scores = {lang: sum(w in stop for w in words) for lang, stop in STOPWORDS.items()}
    return max(scores, key=scores.get) if any(scores.values()) else "en"


def sentences(text):
    """(start, end, sentence) for each sentence or line; "a.m.", "Mr." and the like do not
    end a sentence (they are masked, keeping every offset)."""
    masked = ABBREVIATION.sub(lambda m: m.group(0).replace(".", "\u00b7"), text)
    masked = DECIMAL.sub("\u00b7", masked)  # "10.00 a.m.", "3.5 million"
    for match in re.finditer(r"[^.!?\n]+(?:[.!?]+|\n|$)", masked):
        if match.group(0).strip():
            yield match.start(), match.end(), text[match.start() : match.end()]


def _words(value: str) -> set:
    return set(re.findall(r"\w{3,}", value.lower()))


def similar_mention(one: str, other: str) -> bool:
    """Whether two mentions name the same thing: most words of the shorter are in the
    longer."""
    left, right = _words(one), _words(other)
    if not left or not right:
        return one.strip().lower() == other.strip().lower()
    return len(left & right) / min(len(left), len(right)) >= 0.6
