"""The writer a printed collection of diplomatic documents names over each letter it prints,
by name and post, then the one written to: "208. M. Jean Roe, Ambassadeur de France à
Lisieux, à M. Paul Doe, Ministre des Affaires étrangères", "No. 12. Sir John Roe, Ambassador
at Lisieux, to Sir Paul Doe, Foreign Secretary". Pure."""

import re

from plenipo.reading.model import Person, Span
from plenipo.reading.people import NOT_A_NAME, TITLE_WORDS

_COURTESY = r"(?:M\.|Mr\.?|Mme|Sir|Lord|Sr\.|Señor|Don|S\.\s?E\.)"
# the document's number, the writer's courtesy, name and post, then ", à M. …" / ", to Sir …"
COLLECTION_NAMED = re.compile(
    r"^[ \t]*(?:No\.?[ \t]*)?\d{1,4}\.?[ \t]+" + _COURTESY + r"[ \t]+"
    r"(?P<name>(?:[A-Z]\.[ \t]*){0,2}[A-ZÀ-Ý][\w'’-]+(?:[ \t]+[A-ZÀ-Ý][\w'’-]+){0,2}),[ \t]+"
    r"(?P<post>[^\n,]{3,100}),[ \t]+(?:à|to|al|a)[ \t]+(?:" + _COURTESY + r"|(?i:the|le|la|el))"
    r"[ \t]",
    re.MULTILINE,
)
REACH = 3000


def collection_writer(text) -> Person | None:
    """The writer, with the post, that a collection's numbered heading names."""
    match = COLLECTION_NAMED.search(text[:REACH])
    if not match or not TITLE_WORDS.search(match.group("post")):
        return None
    name = match.group("name")
    if TITLE_WORDS.search(name) or NOT_A_NAME.search(name):
        return None
    post = " ".join(match.group("post").split())
    return Person(name, post, None, Span(*match.span("name")), 0.55)
