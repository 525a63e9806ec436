"""The one who presents a note's compliments where a flattened text runs the note on after a
sentence or a paragraph's number: "… se celebrarán. 1. El Director Ejecutivo saluda
atentamente a los Miembros …", "… No. 12/2031 The Embassy of Norland presents its
compliments …". Pure."""

import re

from plenipo.reading.model import Person, Span
from plenipo.reading.people import TITLE_WORDS

# After a full stop, a colon, a quotation mark or a number, an article opens the writer's
# post or office, up to the compliments; a news page quotes the note: "« Le Ministère …".
FLAT_COMPLIMENTS = re.compile(
    r"(?:(?<=[.:;»”\d])[ \t]+|(?<=[«“])[ \t]*)(?:(?:The|Le|La|El)[ \t]+|L['’][ \t]*)"
    r"(?P<who>[^\W\d_][^\n.;:«»“”]{3,150}?),?[ \t]+"
    r"(?:presents?[ \t]+(?:its|his|her|their)[ \t]+compliments|"
    r"pr[ée]sente(?:nt)?[ \t]+(?:ses|leurs)[ \t]+compliments|"
    r"saluda(?:n)?[ \t]+(?:muy[ \t]+)?atentamente)\b"
)
OF_WHAT = re.compile(r"\b(?:of|de|du|del)\s+(?:the\s+|la\s+|l['’]\s*)?(.+)$")


def flat_compliments_sender(text) -> Person | None:
    """The post or office that presents the compliments in the middle of a line."""
    match = FLAT_COMPLIMENTS.search(text)
    if not match:
        return None
    who = " ".join(match.group("who").split())
    if not TITLE_WORDS.search(who):
        # an office presents them, not a post: "La Oficina de Asuntos de Desarme saluda …"
        return Person(None, None, who, Span(*match.span("who")), 0.6)
    organization = OF_WHAT.search(who)
    return Person(
        name=None,
        title=who,
        organization=organization.group(1).strip() if organization else None,
        evidence=Span(*match.span("who")),
        confidence=0.6,
    )
