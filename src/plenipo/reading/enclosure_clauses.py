"""Enclosures named in a clause of their own, in the ways letters of any sender write them:
an item followed by a relative clause that says it is enclosed ("the report of the Working
Group, a copy of which is attached", "au rapport, dont copie est jointe", "al informe, cuya
copia se adjunta"), a run of bare attachment lines at the foot ("Attachment 1" / "Attachment
2"), and the clause that holds an item when a sentence joins two ("The meeting will be held
on 5 May, and a copy of the draft agenda is attached"). Pure."""

import re

from plenipo.reading.caseless import caseless

# ", a copy of which is attached", ", which is annexed to the present letter", ", copies of
# which we enclose", ", dont copie est jointe", ", dont vous trouverez copie ci-jointe",
# ", qui figure en annexe", ", cuya copia se adjunta", ", que se adjunta"
OF_WHICH = re.compile(
    r",\s+(?:(?:(?:a|one|the)\s+)?(?:copy|copies|text)\s+of\s+which|which)\s+"
    r"(?:(?:is|are|was|were|has\s+been|have\s+been)\s+(?:also\s+)?(?:herewith\s+)?"
    r"(?:attached|enclosed|annexed|appended|transmitted\s+herewith)"
    r"|(?:I|we)\s+(?:(?:have\s+the\s+honou?r|am\s+pleased|are\s+pleased)\s+to\s+)?"
    r"(?:attach|enclose|annex|transmit\s+herewith|forward\s+herewith))\b"
    r"|,\s+(?:dont\s+(?:(?:une|la)\s+)?copie\s+(?:est|sont)\s+(?:ci-)?jointe?s?"
    r"|dont\s+(?:(?:une|la)\s+)?copie\s+(?:figure\s+en\s+annexe|(?:est\s+)?ci-jointe?)"
    r"|dont\s+vous\s+trouverez\s+(?:(?:une|la)\s+)?copie\s+(?:ci-jointe?|en\s+annexe)"
    r"|(?:qui|lequel|laquelle)\s+(?:est|sont|figure|figurent)\s+(?:ci-jointe?s?|jointe?s?|"
    r"en\s+annexe|annex[ée]e?s?))\b"
    r"|,\s+(?:cuya\s+copia|copia\s+de\s+(?:la|lo|el)\s+cual|que|el\s+cual|la\s+cual)\s+"
    r"(?:se\s+(?:adjunta|anexa|acompaña)n?|(?:se\s+)?(?:adjunto|anexo)\b|figuran?\s+(?:en\s+(?:el\s+)?"
    r"anexo|adjunt[oa]s?|anexad[oa]s?)|va[n]?\s+(?:adjunt[oa]s?|anexad[oa]s?))"
    # sent by the writer in the clause: ", que me permito enviarle", ", que je me permets de
    # vous adresser", ", which I am pleased to send you"
    r"|,\s+(?:que|la\s+cual|el\s+cual)\s+(?:me|nos)\s+(?:permito|permitimos|complace)\s+"
    r"(?:enviar|remitir|adjuntar|acompañar|anexar|hacer\s+llegar)(?:le|les)?\b"
    r"|,\s+que\s+(?:je|nous)\s+(?:me\s+permets|nous\s+permettons|(?:ai|avons)\s+le\s+plaisir|"
    r"(?:ai|avons)\s+l['’]honneur)\s+de\s+vous\s+(?:adresser|transmettre|faire\s+parvenir|"
    r"communiquer|envoyer)\b"
    r"|,\s+which\s+(?:I|we)\s+(?:am|are)\s+(?:pleased|glad)\s+to\s+(?:send|forward)\s+(?:to\s+)?you\b"
    # what the annex details: ", as detailed in the annex to the present letter", ", comme
    # indiqué dans l'annexe à la présente lettre", ", como se detalla en el anexo"
    r"|,\s+as\s+(?:further\s+)?(?:detailed|set\s+out|listed|described|shown|specified)\s+in\s+the\s+"
    r"(?:annex|enclosure|attachment)\b"
    r"|,\s+(?:comme|tel(?:le)?s?\s+qu['’])\s*(?:(?:il\s+est|elles?\s+sont|ils\s+sont)\s+)?"
    r"(?:indiqu|d[ée]taill|pr[ée]cis|[ée]num[ée]r)\w*\s+(?:dans\s+l['’]\s*annexe|en\s+annexe)"
    r"|,\s+(?:como|seg[úu]n)\s+(?:se\s+)?(?:detalla|indica|describe|enumera|recoge)n?\s+en\s+el\s+"
    r"anexo\b",
    re.IGNORECASE,
)
# What leads to the item in its clause: "I refer to", "further to", "to transmit to you"
LEAD_IN = re.compile(
    r"\b(?:refer(?:s|red|ring)?\s+to|reference\s+to|further\s+to|regarding|concerning|"
    r"connection\s+with|attention\s+to|receipt\s+of|acknowledge|"
    r"(?:transmit|forward|send|submit|circulate|present)(?:s|ting|ing)?"
    r"(?:\s+(?:to\s+)?(?:you|him|her|them|Your\s+Excellency))?(?:\s+herewith)?|"
    r"r[ée]f[èeé]rer?|suite|r[ée]f[ée]rence|transmettre|adresser|refiero|referencia|"
    r"relaci[óo]n\s+con|remitir(?:le|les)?|"
    r"transmitir(?:le|les)?)\s+",
    re.IGNORECASE,
)
# "au rapport", "à la lettre", "al informe", "a la nota": the preposition before the item
FUSED = re.compile(
    r"(?:au|aux|al|[àa](?=\s+(?:la|los|las|el)\b)|[àa]\s+(?=l['’]))\s*", re.IGNORECASE
)
# A clause's start: a sentence's or a paragraph's, a colon, a semicolon, a bracket
CLAUSE_START = re.compile(r"[;:!?(]|\.\s|\n[ \t]*\n")
REACH = 300


def _clause_start(text, end):
    """Where the clause ending at ``end`` starts (past its spaces)."""
    start = max(0, end - REACH)
    for boundary in CLAUSE_START.finditer(text, start, end):
        start = boundary.end()
    while start < end and text[start].isspace():
        start += 1
    return start


def items_before_which(text):
    """(start, end) of each item a relative clause says is enclosed."""
    for clause in OF_WHICH.finditer(text):
        start = _clause_start(text, clause.start())
        leads = [lead.end() for lead in LEAD_IN.finditer(text, start, clause.start())]
        start = leads[-1] if leads else start
        fused = FUSED.match(text, start, clause.start())
        if fused:
            start = fused.end()
        if clause.start() - start >= 3:
            yield start, clause.start()


# "…, cuyo currículum vítae se adjunta a la presente", "…, dont le programme est joint à la
# présente note", "…, whose curriculum vitae is attached": the item between the relative
# word and its verb.
WHOSE_ITEM = re.compile(
    r"\b(?:(?:cuy[oa]s?|whose|dont\s+(?:le|la|les))\s+|dont\s+l['’]\s*)"
    # "…, cuya copia se adjunta": a copy of the item before (OF_WHICH)
    r"(?!(?:copias?|copies?|copy|texto|texte|text)\s)(?P<what>[^,.;:\n]{3,80}?)\s+"
    r"(?:se\s+(?:adjunta|anexa|acompaña)n?|(?:va|van)\s+(?:adjunt|anexad)[oa]s?|"
    r"(?:is|are)\s+(?:attached|enclosed|annexed)|(?:est|sont)\s+(?:ci-)?jointe?s?)\b",
    re.IGNORECASE,
)


def whose_items(text):
    """(start, end) of each item a relative clause of "cuyo", "whose" or "dont le" says is
    enclosed."""
    for clause in caseless(WHOSE_ITEM).finditer(text):
        yield clause.span("what")


# "Attachment 1", "Annex II", "Pièce jointe 2" alone on their lines at the foot, two or more
# in a run: the letter's items, named only by their marks.
BARE_MARK = re.compile(
    r"^[ \t]*(?:Attachments?|Enclosures?|Annex|Annexe|Anexo|Appendix|Pi[èe]ce\s+jointe|Adjunto)"
    r"[ \t]+(?:No\.?[ \t]*)?(?:\d{1,2}|[IVX]{1,4}|[A-H])\.?[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)


def bare_marked_items(text):
    """(start, end) of each line of a run of two or more bare attachment marks (blank
    lines between them allowed) in the last third of the letter."""
    run = []
    for mark in BARE_MARK.finditer(text, len(text) * 2 // 3):
        if run and text[run[-1].end() : mark.start()].strip():
            if len(run) >= 2:
                yield from (m.span() for m in run)
            run = []
        run.append(mark)
    if len(run) >= 2:
        yield from (m.span() for m in run)


# "The meeting will be held on 5 May, and a copy of the draft agenda is attached": the
# item's clause starts after the conjunction when what comes before has a verb of its own.
JOINED_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas|so|et|mais|y|pero)\s+", re.IGNORECASE)
FINITE_VERB = re.compile(
    r"\b(?:is|are|was|were|will|shall|has|have|had|would|can|may|should|must|est|sont|sera|"
    r"seront|ont|es|son|será|serán|ha|han)\b",
    re.IGNORECASE,
)


def item_clause_start(text, start, end):
    """Where an enclosed item's own clause starts within ``text[start:end]``."""
    for joint in JOINED_CLAUSE.finditer(text, start, end):
        if FINITE_VERB.search(text, start, joint.start()):
            start = joint.end()
    return start


# "We have the honour to transmit the following texts: a) …; b) …", "je vous transmets les
# documents suivants : 1) …; 2) …": a list of items written on within the sentence, each
# after its mark, up to the end of the sentence (a point before a new sentence's words)
INLINE_LIST = re.compile(
    r"\b(?:following|suivants?|suivantes|siguientes?)(?:\s+[\w'’-]+){0,2}\s*:\s*"
    r"(?P<items>\(?(?:[a-h]|[1-9]|[ivx]{1,4})\)\s*\S.{8,1500}?)"
    # not the point of "Sr.", "Mr.", "Lic." or an initial
    r"(?=(?<!\b[A-Z])(?<!\b(?:Sr|Mr|Ms|Dr|No|St))(?<!\b(?:Lic|Sra|Mme|Mrs))\.\s+[A-ZÀ-Ý][a-zà-ÿ]*\s+[a-zà-ÿ]"
    r"|\.?[ \t]*\n[ \t]*\n|\.?\s*$)",
    re.DOTALL,
)
LIST_WORDS = ("following", "Following", "FOLLOWING", "suivant", "siguiente")
INLINE_MARK = re.compile(r"(?:^|;\s*(?:and\s+|et\s+|y\s+)?)\(?(?:[a-h]|[1-9]|[ivx]{1,4})\)\s*")
SENDS = re.compile(
    r"(?:enclos|attach|transmit|annex|forward|herewith|circulat|adjunt|remitir|anex|transmettre|"
    r"transmets|joint|communiquer)",
    re.IGNORECASE,
)


def inline_list_items(text):
    """(start, end) of each item of a list the sending sentence writes on one line."""
    if not any(word in text for word in LIST_WORDS):
        return
    for found in INLINE_LIST.finditer(text):
        if not SENDS.search(text, max(0, found.start() - 160), found.start()):
            continue
        items_start = found.start("items")
        items = found.group("items")
        marks = list(INLINE_MARK.finditer(items))
        if len(marks) < 2:
            continue
        for mark, following in zip(marks, [*marks[1:], None], strict=True):
            end = following.start() if following else len(items)
            if end - mark.end() >= 3:
                yield items_start + mark.end(), items_start + end
