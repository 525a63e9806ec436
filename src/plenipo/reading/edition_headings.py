"""The writer a heading names over a letter it prints: a documentary edition's "From Thomas
Jefferson to John Jay, 4 May 1786", "To George Washington from Henry Knox, 1 June 1786",
"John Adams to Thomas Jefferson, 6 Dec. 1787"; an older UN document's "Letter dated 16
September 1965 from the representative of Norland to the President of the Security
Council". Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.collection_names import collection_writer
from plenipo.reading.model import Person, Span
from plenipo.reading.people import NAME, NOT_A_NAME, PARTICLE, TITLE_WORDS

# a person as editions name them: a name of capitalised words and particles, a peer by his
# title ("the Comte de Vergennes", "Vergennes", "Lord Stormont")
_PERSON = rf"(?:the\s+)?[A-ZÀ-Ý][\w’'.-]*(?:\s+(?:[A-ZÀ-Ý][\w’'.-]*|{PARTICLE}|d['’]\w+)){{0,6}}"
# the heading's date, with its day: "4 May 1786", "May 4, 1786", "6 Dec. 1787", "[c. 1 June]
# 1786"
_DATE = (
    r"\[?(?:c\.\s*)?(?:\d{1,2}\s+[A-Z][a-z]+\.?\]?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\]?\s+\d{4})"
)
EDITION_HEADING = re.compile(
    rf"^[ \t]*(?:From\s+(?P<from>{_PERSON})\s+to\s+{_PERSON}"
    rf"|To\s+{_PERSON}\s+from\s+(?P<to_from>{_PERSON})"
    rf"|(?P<writer>{_PERSON})\s+to\s+{_PERSON})"
    rf",\s+{_DATE}\s*$",
    re.MULTILINE,
)
HEADING_REACH = 800


def edition_heading_writer(text) -> Person | None:
    """The writer the heading over the letter names, where it is dated as an edition dates
    its letters; not a title ("From Words to Action, 2031")."""
    match = EDITION_HEADING.search(text[:HEADING_REACH])
    if not match:
        return collection_writer(text)  # "208. M. Jean Roe, Ambassadeur …, à M. …"
    group = next(g for g in ("from", "to_from", "writer") if match.group(g))
    writer = re.sub(r"^the\s+", "", match.group(group))
    words = writer.split()
    # a writer named by one word is a peer's title only where the heading is written to
    # someone "from" him ("To Benjamin Franklin from Vergennes, 4 March 1779")
    if (group != "to_from" and len(words) < 2) or TITLE_WORDS.search(writer):
        return None
    if NOT_A_NAME.search(writer):
        return None
    start = match.start(group) + len(match.group(group)) - len(writer)
    return Person(writer, None, None, Span(start, match.end(group)), 0.5)


# An older UN document's heading, without "addressed": "Letter dated 16 September 1965 from
# the representative of Norland to the President of the Security Council" (the post in lower
# case as the old style wrote it).
DATED_FROM_TO = re.compile(
    r"\b(?i:Letter|Note|Lettre|Carta|Nota)\s+(?i:dated|dat[ée]e|de\s+fecha)\s+[^\n]{4,30}?\s+"
    r"(?i:from|de|del)\s+(?i:the|la|le|el)\s+(?P<post>[^\n]{6,120}?)\s+(?i:to|au|à\s+la|al|a\s+la)\s+"
    r"(?i:the\s+)?(?i:President|Secretary|Chair|Président|Secrétaire|Presidente|Secretario)"
)


def dated_letter_post(text) -> Person | None:
    """The writer's post an older UN document's heading gives, where it has no "addressed"."""
    match = DATED_FROM_TO.search(text[: HEADING_REACH * 2])
    if (
        not match
        or "addressed" in match.group(0).lower()
        or not TITLE_WORDS.search(match.group("post"))
    ):
        return None
    post = " ".join(match.group("post").split())
    return Person(None, post, None, Span(*match.span("post")), 0.5)


# A heading naming the writer in the possessive: "Following is the text of President's letter
# to …", "Text of Foreign Minister Jane Roe's letter to the Secretary-General", "President
# Roe's open letter to …".
POSSESSIVE_LETTER = re.compile(
    # the writer: the capitalised words before the possessive, "of" or "the" among them
    r"(?P<writer>(?:[A-ZÀ-Ý][\w-]*\.?[ \t]+(?:(?:of|the|for)[ \t]+)*){0,6}[A-ZÀ-Ý][\w-]*)"
    r"['’]s[ \t]+(?:(?i:open|full|latest)[ \t]+)?(?i:letter|message)[ \t]+(?i:to)\b",
)
POSSESSIVE_REACH = 600
# what a heading writes before the writer: "Text of the …", "Full text of …"
BEFORE_WRITER = re.compile(r"^(?:(?:Full\s+)?Text\s+of\s+)?(?:the\s+|The\s+)?")


def possessive_heading_writer(text, named: bool) -> Person | None:
    """The writer a heading names in the possessive: the name after the post ("Foreign
    Minister Jane Roe") or alone where ``named``, else the post ("President", "Secretary of
    State")."""
    match = caseless(POSSESSIVE_LETTER).search(text[:POSSESSIVE_REACH])
    if not match:
        return None
    writer = match.group("writer")
    start = match.start("writer") + BEFORE_WRITER.match(writer).end()
    words = text[start : match.end("writer")].split()
    posts = [i for i, word in enumerate(words) if TITLE_WORDS.match(word)]
    cut = posts[-1] + 1 if posts else 0
    name = " ".join(words[cut:])
    is_name = len(words) - cut >= 2 and NAME.match(name) and not NOT_A_NAME.search(name)
    if named and is_name:
        at = text.find(name, start)
        return Person(name, " ".join(words[:cut]) or None, None, Span(at, at + len(name)), 0.45)
    if named or is_name or not posts:
        return None
    return Person(None, " ".join(words), None, Span(start, match.end("writer")), 0.4)
