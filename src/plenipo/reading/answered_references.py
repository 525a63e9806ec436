"""The reference of the letter a reply answers, as the reply cites it: on a line of its own
under the addressee's label ("Your ref.: CU 2030/1 (A)", "Votre réf. : …", "Su ref.: …")
or in a sentence that names the letter ("With reference to the note verbale CU 2030/1 (A)
of 3 May", "En référence à la note verbale n° …", "Con referencia a la nota No. …", "In
reply to your letter …", "Ref. su nota …"). Another letter's number, never the reply's own;
a sentence citing a resolution or a document ("with reference to resolution 71/287") cites
no letter. Pure."""

import re

from plenipo.reading.model import Mention, Span
from plenipo.reading.references import DATE_LIKE, SYMBOL

# The addressee's own reference quoted at the head of the reply, on its own line.
THEIR_LABEL = re.compile(
    r"^[ \t]*(?:Your|Votre|Vos|V/|Y/|Su|Sus|Vuestra)[ \t]*"
    # the whole label word, however long: "Su referencia:", not "Su ref" + "erencia"
    r"(?:referencias?|ref(?:erence)?s?|r[ée]f(?:[ée]rence)?s?)\.?(?![A-Za-zÀ-ÿ])[ \t]*"
    r"(?:(?:No|N[°º])\.?[ \t]*)?:?[ \t]*",
    re.IGNORECASE | re.MULTILINE,
)
# A sentence naming the letter it answers, up to the letter's number.
CITING = re.compile(
    r"\b(?:(?:with|in)\s+reference\s+to|referring\s+to|refer(?:s|red)?\s+to|in\s+(?:reply|response|answer)\s+to|"
    r"further\s+to|en\s+r[ée]f[ée]rence\s+[àa]|(?:me|nous)\s+r[ée]f[ée]rant\s+[àa]|"
    r"en\s+r[ée]ponse\s+[àa]|suite\s+[àa]|(?:con|en)\s+referencia\s+a|en\s+respuesta\s+a|"
    r"(?:me|nos)\s+refiero\s+a|Ref\.?(?:\s+a)?(?=\s+(?:su|sus|vuestra)\s))"
    # whose letter: the addressee's in the third person too ("his note", "sa note")
    r"\s+(?:(?:the|your|its|his|her|their|our|la|sa|ses|leur|notre|votre|vos|le|su|sus|el|"
    r"nuestra|vuestra)\s+|l['’])?"
    r"(?:note\s+verbale|nota\s+verbal|letter|note|lettre|nota|carta|communication|"
    r"comunicaci[óo]n|circular(?:\s+letter)?|circulaire|oficio|fax|t[ée]l[ée]copie|courrier|"
    r"e-?mail|message|mensaje)"
    r"[ \t]+(?:(?:ref(?:erence)?|r[ée]f|No|N[°º]|n[úu]m|number)\.?[ \t]*:?[ \t]*)?",
    re.IGNORECASE,
)
# A number after a number's label: "note No. 45", "nota N° 118/2022".
NUMBER = re.compile(r"\d{1,6}(?:[./-]\d{1,6}){0,3}(?![\w/])")
NUMBER_LABEL = re.compile(r"(?:No|N[°º]|n[úu]m|number)\.?[ \t]*:?[ \t]*$", re.IGNORECASE)


def answered_references(text: str) -> list[Mention]:
    """The references of the letters ``text`` answers or cites as letters, in text order."""
    found = []
    for cue in (*THEIR_LABEL.finditer(text), *CITING.finditer(text)):
        symbol = SYMBOL.match(text, cue.end())
        if symbol is None and NUMBER_LABEL.search(cue.group(0)):
            symbol = NUMBER.match(text, cue.end())
        if symbol is None or DATE_LIKE.match(symbol.group(0)):
            continue
        value = symbol.group(0).strip()
        found.append(Mention(value, Span(symbol.start(), symbol.start() + len(value)), 0.6))
    return sorted(found, key=lambda mention: mention.evidence.start)
