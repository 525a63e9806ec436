"""Those a note verbale's compliments go to, one each where the note repeats the preposition
before each of them: "… présente ses compliments à l'honorable Ministre …, aux ambassades
des pays membres et aux représentations …", "… saluda atentamente a los Miembros de la
Organización y a los observadores", "… presents its compliments to the Ministry … and to
the Embassies …". Pure."""

import re

from plenipo.reading.model import Mention, Span

# The preposition said again before the next one written to, after a comma or "and".
NEXT_ADDRESSEE = re.compile(
    r",?\s+(?:(?:and|et|y)\s+)?(?:to\s+(?:the|all)\s+|aux\s+|au\s+|"
    r"[àa]\s+(?:la\s+|l['’]|tous\s+les\s+)|a\s+(?:los|las|la|el)\s+|al\s+)(?=[^\W\d_])",
    re.IGNORECASE,
)
# the preposition is said again only after a comma or "and": "… to the United Nations" within
# one addressee's name is no new one
AFTER_A_BREAK = re.compile(r",|\s+(?:and|et|y)\s", re.IGNORECASE)
# A chargé d'affaires heads a mission while its head is away: "the Heads of Mission and the
# Chargés d'affaires a.i." are one group of those written to.
STAND_IN = re.compile(r"(?:charg[ée]s?\s+d['’]affaires|encargad[oa]s?\s+de\s+negocios)\b", re.I)
SHORTEST = 4


def each_addressee(text, mention: Mention) -> list[Mention]:
    """``mention`` (the words the compliments go to) as one addressee for each time the note
    says its preposition again; whole where a part would be too short to name anyone."""
    start, end = mention.evidence.start, mention.evidence.end
    cuts = [
        match
        for match in NEXT_ADDRESSEE.finditer(text, start, end)
        if AFTER_A_BREAK.match(match.group(0)) and not STAND_IN.match(text, match.end())
    ]
    if not cuts:
        return [mention]
    found, begin = [], start
    for cut, after in zip(cuts, [*cuts[1:], None], strict=True):
        found.append((begin, cut.start()))
        begin = cut.end()
        if after is None:
            found.append((begin, end))
    parts = []
    for left, right in found:
        words = text[left:right].strip(" \t\n,[]")
        if len(words) < SHORTEST:
            return [mention]
        at = text.find(words, left)
        who = " ".join(words.split())
        parts.append(Mention(who, Span(at, at + len(words)), mention.confidence))
    return parts
