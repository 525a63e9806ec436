"""Signatures of letters and notices that no closing formula marks, in the forms the
layout model may miss on pages it was not trained on. Pure."""

import re

from plenipo.reading.model import Person, Span
from plenipo.reading.people import TITLE_WORDS, signatory_match

PROSE_LINE = 100
TAIL_LINES = 6
POST_LENGTH = 160
# the line over a contact person's name, who answers questions and signs nothing
CONTACT = re.compile(
    r"\b(?:contact|contacter|contactar|contacto|enquiries|inquiries)\b|:\s*$", re.I
)


def name_and_post_line(letter: str) -> Person | None:
    """Under the last paragraph, a line holding a name and its post ("Jane Roe, Executive
    Secretary", "Dr Jane Roe | Executive Secretary", "Jane Roe Executive Secretary"); the
    text given ends where the letter does (``page_chrome.letter_end``)."""
    lines = [(m.start(), m.group(0)) for m in re.finditer(r"[^\n]*\S[^\n]*", letter)]
    prose = [i for i, (_, line) in enumerate(lines) if len(line.strip()) >= PROSE_LINE]
    if not prose:
        return None
    for index in range(prose[-1] + 1, min(len(lines), prose[-1] + 1 + TAIL_LINES)):
        start, line = lines[index]
        if CONTACT.search(lines[index - 1][1]):
            return None  # "For further information, please contact:" / a press officer
        match = signatory_match(line.strip())
        if match is None:
            continue
        post = line.strip()[match.end("name") :].strip(" ,|;–-")
        if not post or len(post) > POST_LENGTH or not TITLE_WORDS.search(post):
            continue
        name = match.group("name").strip()
        begin = letter.find(name, start)
        return Person(name, post, None, Span(begin, begin + len(name)), 0.5)
    return None
