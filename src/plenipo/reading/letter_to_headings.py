"""A heading that names a letter by a word of its kind or its writer before "letter", and
whom it is written to: "Official letter to UN on …", "Committee letter to Commonwealth
Departments and Agencies", "Lettre officielle au Président du Conseil", "Carta oficial a
los Estados miembros". Pure."""

import re

from plenipo.reading.model import Mention, Span

# In English the words before "letter" are capitalised (a heading's), not a sentence's
# subject or possessive ("Your letter to the Minister of 3 May").
ENGLISH = re.compile(
    r"^[ \t]*(?!(?i:your|my|our|his|her|their|its|this|that|the|a|an|in|re|subject|see|"
    r"thank|thanks|following|with|as|by|per)\b)"
    r"[A-Z][\w’'-]*(?:[ \t]+[A-Z][\w’'-]*){0,2}[ \t]+(?i:letter|message)[ \t]+to[ \t]+"
    r"(?:(?i:the)[ \t]+)?(?P<who>[A-Z][^\n.:;]{1,150}?)"
    # up to what it is about, or its writer after it
    r"(?=[ \t]+(?i:on|about|concerning|regarding|urging|calling|from|over)[ \t]|[ \t]*$)",
    re.MULTILINE,
)
# In French and Spanish one word of its kind comes after: "Lettre officielle au …",
# "Carta oficial a …", "Lettre adressée aux …" (not "Lettre de …", "Carta sobre …").
ROMANCE = re.compile(
    r"^[ \t]*(?:Lettre|Carta|Message|Mensaje)[ \t]+"
    r"(?!(?:de|du|des|del|sur|sobre|pour|para|en|dans|et|y)\b)[a-zà-ÿ][\w’'-]+[ \t]+"
    r"(?:aux?|[àa][ \t]+la|[àa][ \t]+l['’]|al|a[ \t]+los|a[ \t]+las|[àa])[ \t]*"
    r"(?P<who>[A-ZÀ-Ýa-zà-ÿ][^\n.:;]{1,150}?)"
    # up to what it is about or what it answers: "… suite à l'annonce", "… tras el anuncio"
    r"(?=[ \t]+(?:sur|concernant|relative|suite|apr[èe]s|contre|pour|sobre|acerca|tras|"
    r"contra|para|ante|de[ \t]+la[ \t]+part|de[ \t]+parte)[ \t]|[ \t]*$)",
    re.MULTILINE,
)
# A heading is short and no sentence: none of the words a sentence of the body has.
SENTENCE_WORD = re.compile(
    r"\b(?:I|we|you|is|are|was|were|has|have|had|will|would|shall|est|sont|a\s+été|es|son|fue)\b"
)
HEAD = 1500
HEADING_LENGTH = 160


def letter_to_addressee(text) -> list[Mention]:
    """Whom a heading of the letter's kind ("Official letter to …") names, on a line of its
    own near the top."""
    head = text[:HEAD]
    for pattern in (ENGLISH, ROMANCE):
        for match in pattern.finditer(head):
            line = match.group(0)
            end = head.find("\n", match.end())
            whole = head[match.start() : end if end >= 0 else len(head)]
            if len(whole.strip()) > HEADING_LENGTH or SENTENCE_WORD.search(line):
                continue
            who = match.group("who").strip(" ,")
            return [Mention(who, Span(match.start("who"), match.start("who") + len(who)), 0.55)]
    return []
