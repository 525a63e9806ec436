"""What a letter encloses, attaches, transmits or annexes, with the enclosed item's own
date where its description gives one. Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import MONTHS, Coverage, starting_within
from plenipo.reading.enclosure_clauses import (
    bare_marked_items,
    inline_list_items,
    item_clause_start,
    items_before_which,
    whose_items,
)
from plenipo.reading.enclosure_dates import dated_items
from plenipo.reading.enclosure_verbs import ENCLOSE_MORE
from plenipo.reading.mail_forms import sent_to_the_writer
from plenipo.reading.model import Enclosure, Span

# The words of an item's description: up to the end of its sentence ("H.E.", "No." and
# "Mr." do not end it).
_WHAT = (
    r"(?P<what>(?:\b(?:H\.E|S\.E|Mr|Ms|Mrs|Dr|No|St|M|Mme|Sr|Sra)\.|[^.;\n]|\n(?!\s*\n)|\.(?=\S))"
    r"{3,300})"
)
# What follows a sending verb: the item, unless it is courtesy sent or a list under it
_SENDING_TAIL = (
    r"(?!\s+(?:great|particular|special|high|utmost|much|the\s+(?:greatest|highest|utmost))\b)"
    # one transmits condolences, greetings and thanks, not a document
    r"(?!\s*(?:\w+\s+){0,3}?(?:condol|f[ée]licitations|congratulations|greetings|thanks|"
    r"remerciements|salutations|v[oœ]eux|wishes|sympath|p[ée]same|saludos|felicitaciones|"
    r"agradecimiento|reconocimiento|gratitud|respects|consid[ée]raci))"
    # a list under it is read item by item (ANNEX_HEAD), "the following documents:" too
    r"(?![ \t]*:?[ \t]*\n[ \t]*(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]))"
    r"(?![^\n.:]{0,60}?\b(?:following|suivants?|suivantes|siguientes?)\b[^\n.:]{0,30}:[ \t]*\n)"
    # an aside before the item: "de vous transmettre, aux fins d'enregistrement, une copie"
    r"\s*(?:for\s+your\s+(?:information|consideration)[,]?\s*|,\s*(?:for|aux|au|à|pour|para|a|en)"
    r"\s[^,.;\n]{2,60},\s*)?" + _WHAT
)
ENCLOSE = re.compile(
    r"(?:(?:please|kindly)\s+(?:find|see)\s*,?\s*(?:enclosed|attached|herewith|annexed)[,:]?"
    # not the past's "in which I transmitted the preliminary report"
    r"|\b(?:to|I|we|hereby)\s+(?:enclose|transmit|attach)(?![a-z])(?:\s+(?:herewith|hereto|hereby))?"
    # "Enclosed, I am providing the final report", "Attached, we are sending you …"
    r"|\b(?:enclosed|attached|annexed)\s*,\s*(?:I|we)\s+(?:am|are)\s+(?:providing|sending|"
    r"submitting|transmitting|forwarding|sharing)(?:\s+(?:you|to\s+you))?"
    # "I have the honour to forward herewith …", "to circulate herewith a letter dated …"
    r"|\b(?:to|I|we|hereby)\s+(?:forward|circulate|submit|send|present)\s+(?:herewith|hereto)"
    r"|\b(?:encloses|transmits|attaches)(?:\s+(?:herewith|hereto|hereby))?"
    r"|\b(?:I|we)\s+(?:am|are)\s+(?:attaching|enclosing|transmitting|forwarding)(?:\s+(?:herewith|hereto))?"
    # not "the questionnaire enclosed herewith by …", whose item comes before (NOUN_ENCLOSED)
    # "Attached to this letter you will find …", "Enclosed with this note are …"
    r"|(?<![a-z] )\b(?:attached|enclosed|annexed)(?:\s+(?:to|with)\s+(?:this|the\s+present)\s+"
    r"(?:letter|note|communication|message)\s*,?|\s*,\s*for\s+your\s+(?:\w+\s+)?(?:information|"
    r"review|consideration|reference|comments?|approval)\s*,)?\s+(?:is|are|herewith|hereto|please\s+find|"
    r"you\s+will\s+find)"
    r"|\btransmitted\s+herewith(?:\s+(?:is|are))?"
    r"|\bprovides\s+attached\s+with"
    # "We are pleased to share with you, for your consideration, a revised draft …"
    r"|\bshare\s+with\s+you(?:\s*,\s*for\s+your\s+(?:information|consideration|review)\s*,)?"
    r"(?=\s+(?:a|an|the|our)\s+(?:[\w-]+\s+){0,3}?(?:draft|document|letter|text|paper|note|report|"
    r"list|agenda|programme|summary|proposal)s?\b)"
    r"|(?:veuillez|vous\s+voudrez\s+bien)\s+(?:\w+\s+)?trouver\s+(?:ci-joint|ci-inclus|sous\s+ce\s+pli)|"
    r"ci-inclus(?!e?s?\s*[.;])|\btransmettre\b\s*(?:ci-joint|ci-apr[èe]s)?(?!\s*(?:aux?|à)\s)"
    # "ci-joint" after its item ("le formulaire ci-joint et …") is read by NOUN_CI_JOINT
    # ("Ci-joint : …" labels a line of items: ANNEX_LINE)
    r"|ci-joint(?!e?s?\s+(?:et|ou|à|au|aux|avant|pour|dans|d[èe]s|d['’]ici|jusqu)\b|e?s?\s*[.;:]"
    # nor after it before a relative clause: "l'annexe ci-jointe, dont les versions …"
    r"|e?s?\s*,\s*(?:dont|qui|que|lequel|laquelle|lesquel(?:le)?s)\b)"
    # "la lettre, ci-jointe, officialisant …": the item before it, set off by commas
    r"(?<!,\sci-joint)"
    r"|vous\s+trouverez\s+(?:ci-joint|en\s+annexe|sous\s+ce\s+pli|en\s+pi[èe]ces?\s+jointes?)|\badjuntamos"
    r"|\btransmitir|\bremitir|\bse\s+(?:adjunta|anexa|acompaña)n?\b"
    # "El programa se adjunta a la presente nota": the item came before (IS_ENCLOSED); "se
    # adjuntan a la presente el formulario …": it follows
    r"(?!\s+(?:a\s+(?:la\s+presente|esta)|al\s+presente)\b(?!(?:\s+(?:nota|carta|comunicaci[óo]n))?"
    r"\s*,?\s+(?:el|la|los|las|un|una|copias?)\s))"
    r"|encontrar(?:[áa]n?)?\s+(?:adjunt|anex)[oa]s?|\badjunt[oa]\s+(?:a\s+la\s+presente(?:\s+(?:nota|carta))?\s*,?\s*)?"
    r"(?!\s*(?:nota|carta|comunicaci[óo]n)\b)"
    r"|\banex[oa]\s+a\s+la\s+presente)" + _SENDING_TAIL,
    re.IGNORECASE,
)
# The other ways, apart, so that a letter holding none of their words is not searched for them
ENCLOSE_MORE_RE = re.compile("(?:" + ENCLOSE_MORE[1:] + ")" + _SENDING_TAIL, re.IGNORECASE)
SENDING_VERBS = (ENCLOSE, ENCLOSE_MORE_RE)
# "the enclosed programme", "the attached draft"
THE_ENCLOSED = re.compile(
    r"\bthe\s+(?:enclosed|attached|annexed)\s+(?:[\"“](?P<quoted>[^\"”\n]{3,100})[\"”]|"
    # up to what is said of it: "the attached note for details", "the attached form to be …"
    r"(?P<what>[a-z][\w-]*(?:\s+(?!(?:for|to|by|in|on|with|and|which|that|as|at|is|are|will)\b)"
    r"[a-z][\w-]*){0,5}))",
    re.IGNORECASE,
)
# "le formulaire ci-joint", "les documents ci-joints": the item before the word
NOUN_CI_JOINT = re.compile(
    # not the verb sending it: "a l'honneur de lui faire tenir ci-joint …"
    r"\b(?:le|la|les|l['’])\s*(?!honneur\b)(?P<what>[a-zà-ÿ][\w-]*(?:\s+(?:de\s+|d['’])?"
    r"(?!(?:lui|leur|vous|nous|faire|transmet(?:s|tent)?|envoie(?:nt)?|communique(?:nt)?|"
    r"remet(?:tent)?)\b)[a-zà-ÿ][\w-]*){0,3}?)"
    r"(?<!\bde),?\s+ci-(?:jointe?s?|annex[ée]e?s?)\b",
    re.IGNORECASE,
)
# "transmit to Contracting Parties the second set of documents": the item, not its recipients
RECIPIENTS_FIRST = re.compile(
    r"^to\s+(?:the\s+|all\s+)?[A-Z][\w ]{2,60}?\s+(?=(?:the|a|an|its|their)\s)"
    # "to attach to this letter the annual report"
    r"|^(?:to|with)\s+(?:this|the\s+present)\s+(?:letter|note|communication)\s*,?\s*"
    r"(?=(?:the|a|an|its|their|our|copies|copy)\s)"
    # "… to all members a copy of …", "… aux membres le projet …", "… a los miembros el …"
    r"|^(?:to\s+all|aux|a\s+(?:todos\s+)?(?:los|las))\s+[^\W\d][\w ]{1,40}?\s+"
    r"(?=(?:the|a|an|its|their|le|la|les|un|une|el|los|las|copia)\s)"
    # "remitir a Vuestra Excelencia, adjunto a la presente, el texto …"
    r"|^a\s+(?:Vuestra|Su|Sus|usted|ustedes)\b[^,]{0,40},\s*(?:(?:adjunt|anex)[oa]s?(?:\s+a\s+la\s+"
    r"presente)?,\s*)?"
    r"|^a\s+(?:usted(?:es)?|(?:Vuestra|Su)\s+Excelencia)\s+(?=(?:copia|el|la|los|las|un|una)\s)"
)
# "Annex 1: Provisional Agenda", "Annex II – Registration form", "Enclosure: …" on a line
# of its own.
ANNEX_LINE = re.compile(
    r"^[ \t]*(?:(?:Annex(?:es)?|Annexes?|Anexos?|Enclosures?|Attachments?|Pi[èe]ces?\s+jointes?|"
    r"Appendix|Appendices|Appendice|Ap[ée]ndices?|Adjuntos?)(?:\(s\)|\(es\))?|"
    r"Encl(?:s|osures?)?\.|Encs?\.|P\.\s?J\.|Attached|Enclosed|"
    # "Encl:", "PJ :", "Attach.:", "Adj.:", "Incl.:" (not "Att.:", an attention line)
    r"Encl?s?(?=[ \t]*:)|PJ(?=[ \t]*:)|Attach\.|Adj\.|Incl\.|"
    r"Documentos?\s+adjuntos?|Documents?\s+joints?|Ci-jointe?s?)"
    # "Annexes: 3 (in English only)" counts them; an abbreviation's point may stand for
    # the colon ("Encl. Registration form")
    r"(?:[ \t]*(?:\d+|[IVX]{1,4}|[A-H])[ \t]*[:.–-]|[ \t]*:|(?<=\.)(?=[ \t]+[A-Z]))"
    r"(?![ \t]*\d+\b[ \t]*(?:\(|$))[ \t]*"
    r"(?P<what>[^\n]{3,160})$",
    re.IGNORECASE | re.MULTILINE,
)
# A list of annexes at the foot: "Annexes:" alone on its line, one item a line under it.
ANNEX_HEAD = re.compile(
    r"^[ \t]*(?:(?:Annex(?:es)?|Annexe?s?|Anexos?|Enclosures?|Attachments?|Pi[èe]ces?\s+jointes?)"
    r"(?:\(s\)|\(es\))?|Encl(?:s|osures?)?\.?|"
    # "List of annexes:", "Liste des annexes :", "Lista de anexos:"
    r"List\s+of\s+(?:annexes|enclosures|attachments|appendices)|Liste\s+des\s+(?:annexes|"
    r"pi[èe]ces\s+jointes)|Lista\s+de\s+(?:anexos|documentos\s+adjuntos)|[^\n]*\b(?:ci-jointe?s?|attached|enclosed|herewith|adjunt[oa]s?|"
    r"annexed)(?:[^\n.:]{0,60}?\b(?:following|suivants?|suivantes|siguientes?)\b[^\n.:]{0,30}|"
    # "Please find below the list of enclosed documents:"
    r"\s+(?:documents?|items?|files?|papers?|materials?|documentos?|pi[èe]ces))?"
    # "I enclose the following documents:", "Je vous transmets les pièces suivantes :"
    # (not a request: "should submit to the secretariat the following documents:")
    r"|[^\n]*\b(?:(?:I|we)\s+(?:hereby\s+|also\s+)?(?:enclose|attach|transmit)|se\s+(?:adjuntan?|"
    r"anexan?|acompañan?)|remito|(?:je|nous)\s+(?:vous\s+)?(?:transmets|transmettons|joins|joignons))"
    r"\b[^\n.:]{0,60}?\b(?:following|suivants?|suivantes|"
    r"siguientes?)\b[^\n.:]{0,30})"
    # "Enclosures (3):" counts them
    r"(?:[ \t]*\(\d{1,2}\))?[ \t]*:[ \t]*\n",
    re.IGNORECASE | re.MULTILINE,
)
ANNEX_ITEM = re.compile(
    r"[ \t]*(?:(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,5}\))[ \t]*)?(?P<what>\S[^\n]{2,119}?)"
    r"[ \t]*[;.,]?[ \t]*(?:\n|$)",
    re.IGNORECASE,
)
MOST_ANNEXES = 12
# "Annex 1 Nomination form", "Annex II Terms of reference" at the foot, without a colon: a
# line of its own in the last third of the letter, naming a thing (not "Annex I Parties").
BARE_ANNEX_LINE = re.compile(
    r"^[ \t]*(?:Annex|Annexe|Anexo|Appendix)[ \t]+(?:\d{1,2}|[IVX]{1,4}|[A-H])[ \t]+"
    r"(?!(?:Parties|Countries|States|Party|to|of|and|contains|is|lists|sets)\b)"
    r"(?P<what>[A-Z][^\n;,.:]{2,100}?)[ \t]*$",
    re.MULTILINE,
)
# An item named only by its kind ("the attached annex") when the letter lists its items
# by name is one of those.
ONLY_A_KIND = re.compile(
    r"(?:annex|annexe|anexo|appendix|attachment|enclosure|document|file|pi[èe]ce\s+jointe)s?",
    re.IGNORECASE,
)


def _bare_annex_lines(text):
    """(start, end) of each item of an annex line without a colon at the foot."""
    for line in BARE_ANNEX_LINE.finditer(text, len(text) * 2 // 3):
        yield line.span("what")


# "Enclosure" alone on a line at the foot, its items on the lines under it
BARE_HEAD = re.compile(
    # "Enclosures (2)", "Annexes (3)" over their items
    r"^[ \t]*(?:(?:Enclosures?|Encls?\.?|Attachments?|Pi[èe]ces?\s+jointes?|Adjuntos?)"
    r"(?:\(s\))?|(?:Enclosures|Attachments|Annexes|Anexos|Appendices)[ \t]*\(\d{1,2}\))[ \t]*\n",
    re.IGNORECASE | re.MULTILINE,
)


MARKED_AFTER_BLANK = re.compile(
    r"(?:[ \t]*\n)+(?=[ \t]*(?:[-–•*▪·]|\(?[a-z0-9]{1,3}[.)]|\([ivx]{1,5}\))[ \t]*\S)",
    re.IGNORECASE,
)


# The copies line under the annexes, whose "c." is no item's letter: "c.c.: …", "cc: …".
COPIES_LINE = re.compile(r"\s*c\.?[ \t]?c\.?[ \t]*:", re.IGNORECASE)


def _annex_list(text):
    """(start, end) of each item listed under an "Annexes:" line."""
    heads = [*caseless(ANNEX_HEAD).finditer(text), *BARE_HEAD.finditer(text, len(text) * 2 // 3)]
    for head in heads:
        position, marked = head.end(), None
        for _ in range(MOST_ANNEXES):
            # marked items may stand a blank line apart: "1. Agenda / / 2. Registration form"
            spaced = MARKED_AFTER_BLANK.match(text, position) if marked is not False else None
            position = spaced.end() if spaced else position
            item = ANNEX_ITEM.match(text, position)
            if item is None or COPIES_LINE.match(text, position):
                break
            # a list of marked items ends at the first line without a mark
            has_mark = bool(text[item.start() : item.start("what")].strip())
            if marked is None:
                marked = has_mark
            elif marked and not has_mark:
                break
            yield item.span("what")
            position = item.end()


# "A draft agenda is attached", "The provisional programme and the registration form are
# enclosed herewith", "Short descriptions of … are attached to this Note", "A Revised List of
# documents is included with this set", "Cette lettre est jointe"; the description may run
# over a wrapped line and hold a symbol's dots ("(UNEP/FAO/RC/CC.3/1)").
IS_ENCLOSED = re.compile(
    # a paragraph may open on a bullet or an ellipsis: "• A copy of … is enclosed"
    r"(?:(?:^|(?<=[.:;•▪…]\s)|(?<=\n))(?=[A-Z])|(?<=[a-z0-9]\s)(?=(?:The|A|An|Le|La|Les|Un|Une|El|Los"
    r"|Las)\s))(?P<what>(?:[A-Z][\w'’-]*)\s(?:\b(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|No)\.|[^.;\n]|"
    r"(?<![,:])\n(?!\s*\n)|\.(?=\S)){3,140}?)"
    # the item and its verb on one line or two, never across a blank line ("Dear Colleagues,
    # / / Se adjunta …")
    r"(?:[ \t]+|[ \t]*\n[ \t]*)(?i:is|are|est|sont|se)\s+(?i:also\s+|herewith\s+)?(?i:attached|"
    r"enclosed|annexed|appended|joint|jointe?s?|adjunt[ao]s?|adjunta|"
    # annexed to this letter, not to another document
    r"annex[ée]e?s?(?=\s+[àa]\s+(?:la\s+pr[ée]sente|cette\s+lettre|ce\s+courrier))|"
    r"anexad[oa]s?(?=\s+a\s+(?:la\s+presente|esta\s+(?:nota|carta|comunicaci[óo]n)))|"
    r"included\s+(?:with|in)\s+"
    r"(?:this|the\s+present))\b"
    # "se adjunta el proyecto …": the item follows the verb (ENCLOSE)
    r"(?!\s+(?:el|la|los|las|un|una|copia)\b)"
)
# "Diplomatic Note 2021/7 (attached)", "the draft decision (enclosed)", 'a completed
# "Registration Form" (see attached document)'
_MARK = (
    r"\((?:(?:see|voir|ver)\s+)?(?:attached|enclosed|annexed|ci-jointe?s?|adjunt[oa]s?)"
    r"(?:\s+(?:document|file|form|pi[èe]ce|documento|archivo))?\)"
)
MARKED_ENCLOSED = re.compile(
    r"[“\"]?(?P<what>(?:[A-Z][\w/.-]*\s+){0,5}[A-Z0-9][\w/.-]*)[”\"]?\s*" + _MARK
)
# "Le questionnaire est également disponible en annexe", "El programa figura en el anexo"
IN_ANNEX_ROMANCE = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\n))(?:Le|La|Les|L['’]|El|Los|Las)\s*(?P<what>[^.;\n]{3,80}?)\s+"
    r"(?:est|sont|figure|figurent|figura|figuran|se\s+encuentran?|se\s+trouve(?:nt)?)(?:\s+(?:[ée]galement|aussi|"
    r"igualmente|tambi[ée]n))?(?:\s+(?:disponibles?|reproduite?s?|jointe?s?|reproducid[oa]s?))?\s+"
    r"(?:en\s+[Aa]nnexe|en\s+(?:el\s+)?[Aa]nexo|como\s+[Aa]nexo|[àa]\s+l['’][Aa]nnexe|en\s+pi[èe]ces?\s+jointes?)\b"
    r"(?![ \t]*(?:[IVX\d]+[ \t]*)?(?:de|du|d['’]|al|del)\s)",
    re.MULTILINE,
)
# "The registration form is in Annex 2", "the list of participants (see Annex 3)"
IN_ANNEX = re.compile(
    r"(?:^|(?<=[.:;]\s)|(?<=\n)|(?<=\s))(?P<what>(?:The|A|An|the|a|an)\s[^.;\n()]{3,100}?)\s*"
    r"(?:\((?:see\s+)?Annex(?:es)?\s*[\dIVX]+(?:\s*(?:and|,)\s*[\dIVX]+)*\)|\s+(?:(?:is|are)\s+(?:in|at|"
    r"given\s+in|contained\s+in|set\s+out\s+in|reproduced\s+in|provided\s+in|attached\s+as|"
    # "The agenda can be found in the annex", "The form is available in Annex 2"
    r"(?:also\s+)?available\s+in)|(?:can|may)\s+be\s+(?:found|consulted|seen)\s+in)\s+"
    # "the annex" is this letter's, "the annex to document …" another's
    r"(?:the\s+)?(?:Annex(?:es)?\s*[\dIVX]+|(?i:annex|appendix)\b(?:\s+(?:to|of)\s+(?:this|the\s+present)\s+"
    r"(?:letter|note|communication|notification|circular)\b|(?!\s+(?:to|of|in)\s))))"
)
# Two items written as one: "The Provisional Agenda and an Information Note for Participants"
AND_ANOTHER = re.compile(
    # "the minutes of the meeting, together with the list of participants"
    r",?\s+(?:and|together\s+with|as\s+well\s+as|ainsi\s+que|junto\s+con|"
    # "el proyecto de informe, la nota conceptual y el formulario de inscripción"
    r"(?:y|et)(?=\s+(?:le|la|les|un|une|el|los|las|una|deux|trois|dos|tres)\s|\s+cop(?:ia|ie)s?\s+d))\s+"
    # "el formulario … y copia del pasaporte": a copy names an item without an article
    # "… du passeport et deux photographies": a number of copies is an item of its own
    r"(?=(?:a|an|the|le|la|les|un|une|el|los|las|two|three|deux|trois|dos|tres)\s|"
    r"(?:copy|copies|copias?|copies?)\s+(?:of|de|du|des|del)\b|"
    # "The provisional agenda and registration form for observers": a document's kind
    # names an item of its own without an article
    r"(?:(?:provisional|draft|revised|annotated)\s+){0,2}(?:registration\s+form|nomination\s+form|agenda|"
    r"programme|list\s+of|information\s+note|questionnaire|template|invoice)\b)",
    re.IGNORECASE,
)
# "using the questionnaire in Annex 1", "the template provided in the annex to this
# Notification": a short name before its annex (not "the Parties included in Annex I", "the
# countries listed in Annex I").
IN_ANNEX_NAMED = re.compile(
    r"\b(?:the|a|an)\s+(?!(?:[\w-]+\s+){0,3}?(?i:Parties|countries|States|Members|economies)\b)"
    r"(?P<what>(?:(?!(?:of|to|for|by|in|on|with|and|from|at|as|can|may|be|is|are|found)\b)[\w-]+\s+){0,3}?"
    r"(?!(?:of|to|for|by|in|on|with|and|from|at|as)\b)[\w-]+)(?<!ed)\s+"
    # "the application form set out in the annex": the letter's own annex
    r"(?:(?:provided|given|contained|set\s+out|reproduced|attached)\s+in\s+the\s+(?i:annex|appendix)\b"
    r"(?!\s+(?:to|of|in)\s)|"
    r"(?:(?:provided|given|contained|set\s+out|reproduced|attached)\s+)?(?:in|at|as)\s+(?:the\s+)?"
    r"(?:Annex\s*(?:\d{1,2}|[IVX]{1,4}|[A-H])\b(?!\s+(?:to|of)\s+(?!this|the\s+present)|\s+Part)|"
    r"(?i:(?:annex|appendix)\s+(?:to|of)\s+(?:this|the\s+present)\s+(?:letter|note|communication|"
    r"notification|circular))\b))"
)
# A covering e-mail opening on what it sends: "Sharing the concept note and the draft agenda
# (see attachment).", "Attaching the revised programme for your review."
SENDING_OPENS = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!]\s))(?:Sharing|Attaching|Enclosing|Forwarding|Resending)\s+"
    r"(?:with\s+you\s+|herewith\s+)?(?P<what>(?:the|a|an|our|my)\s[^.;\n()]{3,200})",
    re.MULTILINE,
)
# "Annex I to this letter contains the timetable …", "The appendix lists the hotels", "the
# present mailing contains the invitation …"
ANNEX_CONTAINS = re.compile(
    r"\b(?:(?:The\s+)?(?:Annex|Appendix|annex|appendix)(?:\s+(?:[\dIVX]{1,4}|[A-H]))?(?:\s+(?:to|of)\s+"
    r"(?:this|the\s+present)\s+(?:letter|note|communication|notification|circular))?|"
    r"(?:[Tt]his|[Tt]he\s+present)\s+(?:mailing|package|parcel|envelope|pouch|dispatch))\s+"
    r"(?:contains|provides|sets\s+out|gives|includes|lists|presents|reproduces)\s+"
    r"(?P<what>(?:the|a|an)\s[^.;\n]{3,120})"
)
# "el cuestionario adjunto", "la nota adjunta": the item before the word
NOUN_ADJUNTO = re.compile(
    r"\b(?:el|la|los|las)\s+(?P<what>[a-zà-ÿ][\w-]*(?:\s+(?:de\s+)?(?!(?:que|se|le|les|lo|nos)\b)"
    r"[a-zà-ÿ][\w-]*){0,3}?)(?<!\bse)(?<![aeií]r)(?<![aeií]rle)(?<![aeií]rles)"
    # not the verb of a mission that sends it: "La Misión remite adjunta la nota …"
    r"(?<!remite)(?<!remiten)(?<!env[ií]a)(?<!env[ií]an)(?<!transmite)(?<!transmiten)\s+adjunt[oa]s?\b",
    re.IGNORECASE,
)
# "the questionnaire enclosed herewith", "a note attached hereto"
NOUN_ENCLOSED = re.compile(
    r"\b(?:the|a|an)\s+(?P<what>[a-z][\w-]*(?:\s+(?!(?:which|is|are)\b)[a-z][\w-]*){0,3}?),?\s+"
    r"(?:enclosed|attached|annexed)"
    # "using the template attached.", "the revised draft, attached hereto,", "the form
    # attached to this letter"
    r"(?:\s+(?:herewith|hereto)\b|\s*(?=[.;)]|,\s)|\s+(?:to|with)\s+(?:this|the\s+present)\s+"
    r"(?:letter|note|communication|message|notification|circular)\b)",
    re.IGNORECASE,
)
PAREN_ANNEX = re.compile(
    r"\s*\((?:see\s+)?Annex(?:es)?\s*[\dIVX]+(?:\s*(?:and|,)\s*[\dIVX]+)*\)", re.I
)


def _items(what):
    """The items of one description: split at "and a/the …" where neither part is a
    letter's "from …" (whose writers may be joined by "and")."""
    what = PAREN_ANNEX.sub("", what)
    parts = AND_ANOTHER.split(what)
    if len(parts) > 1 and not any(
        re.search(
            r"\b(?:from|de\s+la\s+part|between|entre)\b|\b(?:carta|lettre|letter|nota|note|message|mensaje|"
            # a note of information is a kind of paper, not a note from someone
            r"courrier)\s+(?:de|del|d['’])(?!\s*(?:information|informaci[óo]n|synth[èe]se|cadrage)\b)",
            part,
            re.IGNORECASE,
        )
        for part in parts
    ):
        # a list's items before its last are apart at commas: "A, the B and the C"
        parts = [item for part in parts for item in LISTED_BEFORE.split(part)]
        return [part.strip(" ,") for part in parts if len(part.strip()) > 3]
    return [what]


LISTED_BEFORE = re.compile(r",\s+(?=(?:the|an?|le|la|les|un|une|el|los|las|una)\s)", re.IGNORECASE)
NOT_AN_ITEM = re.compile(
    r"(?:for\s+your\s+(?:information|consideration|reference|attention)|herewith|hereto|"
    # "Enclosure: as stated" points back to the body's item
    r"as\s+(?:stated|above|mentioned|indicated)|a/s|for\s+(?:ease\s+of\s+)?reference|"
    # "se adjunta a la presente nota": the letter itself
    r"(?:a\s+)?(?:la\s+)?pr[ée]sente(?:\s+(?:nota|carta|lettre|note))?|nota|carta|comunicaci[óo]n|"
    # "Anexo: lo indicado", "P.J. : mentionnée": the body's item again
    r"courrier|lo\s+(?:indicado|mencionado|citado|se[ñn]alado|anunciado)|"
    r"(?:comme\s+)?(?:indiqu[ée]e?s?|mentionn[ée]e?s?)(?:\s+ci-dessus)?|"
    # "The following documents are attached:" heads a list of the items
    r"the\s+following(?:\s+(?:documents?|items?|papers?|files?))?)\W*",
    re.IGNORECASE,
)
# "the draft report for your review": what the item is for is not the item
FOR_YOU = re.compile(
    r",?\s+for\s+your\s+(?:kind\s+)?(?:information|consideration|review|reference|attention|"
    r"approval|comments?|perusal)$",
    re.IGNORECASE,
)
# "Enclosed herewith is the list …": the item after the verb
FILLER = re.compile(
    r"^(?:(?:le|les)\s+(?=adjunto\b))?(?:(?:herewith|hereto|hereby|with|ci-joint|adjunto)\s+)?(?:(?:is|are)\s+)?"
    # "Adjunto le remito el informe", "Adjunto a la presente encontrará el informe": the
    # item after the verb
    r"(?:(?:(?:le|les)\s+)?(?:remito|env[íi]o|transmito|hago\s+llegar)\s+|"
    r"(?:usted(?:es)?\s+)?(?:s[íi]rvase\s+)?encontrar(?:[áa]n?)?\s+(?:usted(?:es)?\s+)?)?"
    # "Encontrará anexo a esta comunicación el informe", "Je joins à ce courrier le programme"
    r"(?:(?:a\s+(?:esta|la\s+presente)(?:\s+(?:comunicaci[óo]n|nota|carta))?|[àa]\s+(?:ce\s+courrier|"
    r"cette\s+lettre|la\s+pr[ée]sente(?:\s+lettre)?))\s*,?\s+)?",
    re.IGNORECASE,
)


# The words the patterns below end on: each is sought only just before one of them, which
# costs far less than trying it at every capital of the text.
CUES = {
    IS_ENCLOSED: re.compile(
        r"\s(?i:is|are|est|sont|se)\s+(?i:also\s+|herewith\s+)?(?i:attached|enclosed|annexed|"
        r"appended|joint|jointe?s?|annex[ée]e?s?|adjunt[ao]s?|adjunta|anexad[oa]s?|included)\b"
    ),
    MARKED_ENCLOSED: re.compile(_MARK),
}
CUE_REACH = 200


def _matches(pattern, text):
    """Every match of ``pattern``; those with a cue, only where their cue is."""
    cue = CUES.get(pattern)
    if cue is None:
        yield from caseless(pattern).finditer(text)
        return
    last_end = -1
    for found in cue.finditer(text):
        match = pattern.search(text, max(0, found.start() - CUE_REACH, last_end), found.end() + 30)
        if match and match.end() > last_end:
            last_end = match.end()
            yield match


# A request that the addressee send something ("are invited to transmit their comments",
# "se solicita remitir información", "tenga a bien remitir", "se sirva remitir", "sont invités
# à transmettre")
# asks for a document; it encloses none.
ASKED = re.compile(
    r"(?:invit\w*|request\w*|asked|kindly|grateful|pri[ée]e?s?|invit[ée]e?s?\s+[àa]|bien\s+vouloir|"
    # "le ruego tenga la amabilidad de transmitir …", "auriez-vous l'obligeance de transmettre"
    r"solicit\w*|rueg[ao]|rogamos|(?:tenga|tuviera|tuviese)\s+a\s+bien|s[íi]rvase|se\s+sirvan?|"
    r"agradecer\w*|reconnaissante?|"
    r"(?:amabilidad|gentileza|obligeance)\s+de|please)\s+"
    # "agradecerá a las Misiones Diplomáticas remitir …": the ones asked may stand between
    r"(?:\w+\s+){0,5}$",
    re.IGNORECASE,
)
SENDING = re.compile(r"(?:to\s+transmit|transmitir|remitir|transmettre)\b", re.IGNORECASE)


def _asked(text, match) -> bool:
    return bool(
        SENDING.match(match.group(0).lstrip())
        and ASKED.search(text[max(0, match.start() - 60) : match.start()])
    ) or sent_to_the_writer(text, match.start(), match.end())


# "…, a copy of which I attach": the item came before (items_before_which)
OF_WHICH_BEFORE = re.compile(r"\b(?:which|whom|cual|cuya\s+copia|dont)\s+$", re.IGNORECASE)


def _of_which(text, match) -> bool:
    return bool(OF_WHICH_BEFORE.search(text, max(0, match.start() - 16), match.start()))


# An annex line's items: apart at semicolons, and files at commas too ("Attachments:
# agenda.pdf, registration-form.docx")
LINE_PIECE = re.compile(
    r"[^;,\s][^;,]*\.(?:pdf|docx?|xlsx?|pptx?|odt|rtf|zip|jpe?g|png)\b(?=\s*(?:[,;]|$))|[^;,\s][^;]*",
    re.IGNORECASE,
)


def _pieces(pattern, match, group):
    """The (start, end) of each item a match names: an annex line's items apart at its
    semicolons ("Encl.: Letter of … dated …; Report of … dated …"), each with its date; an
    item said to be enclosed, from its own clause on."""
    start, end = match.span(group)
    if pattern is IS_ENCLOSED:
        return [(item_clause_start(match.string, start, end), end)]
    if pattern is not ANNEX_LINE:
        return [(start, end)]
    pieces = []
    for piece in LINE_PIECE.finditer(match.group(group)):
        if piece.group(0).strip():
            lead = len(piece.group(0)) - len(piece.group(0).lstrip())
            pieces.append((start + piece.start() + lead, start + piece.end()))
    return pieces


def enclosures(text, dates) -> list[Enclosure]:
    found, listed, taken = [], [], Coverage(len(text))
    dates = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    patterns = (*SENDING_VERBS, ANNEX_LINE, IS_ENCLOSED, MARKED_ENCLOSED, IN_ANNEX, ANNEX_CONTAINS)
    patterns += (IN_ANNEX_NAMED, SENDING_OPENS, IN_ANNEX_ROMANCE)
    # "the report, a copy of which is attached": first, so that the verb's patterns do not
    # take the clause before it for the item
    for start, end in [*items_before_which(text), *inline_list_items(text), *whose_items(text)]:
        found += _described(text, [(start, end)], False, taken, (dates, starts))
    for pattern in (*patterns, THE_ENCLOSED, NOUN_CI_JOINT, NOUN_ADJUNTO, NOUN_ENCLOSED):
        for match in _matches(pattern, text):
            group = "quoted" if match.groupdict().get("quoted") else "what"
            if pattern in SENDING_VERBS and (_asked(text, match) or _of_which(text, match)):
                continue
            # "the letter, attached herewith, from the Minister": the item came before
            if pattern in SENDING_VERBS and match.group("what").startswith(","):
                continue
            pieces = _pieces(pattern, match, group)
            described = _described(text, pieces, group == "quoted", taken, (dates, starts))
            found += described
            listed += described if pattern is ANNEX_LINE else []
    for start, end in [*_annex_list(text), *_bare_annex_lines(text), *bare_marked_items(text)]:
        if not taken.overlaps(start, end):
            taken.add(start, end)
            # "Encl.: / Memorandum of March 30, 1949": an item's own date
            dated = next((d for d in starting_within(dates, starts, start, end) if d.last), None)
            date = dated.last_bounds() if dated else None
            listed.append(Enclosure(text[start:end].strip(), date, Span(start, end), 0.6))
            found.append(listed[-1])
    found = [e for e in found if e in listed or not _listed_again(e, listed)]
    if listed:
        found = [e for e in found if not ONLY_A_KIND.fullmatch(e.description)]
    found = dated_items(text, found, dates, starts)
    return _once(sorted(found, key=lambda enclosure: enclosure.evidence.start))


def _listed_again(enclosure, listed) -> bool:
    """Whether an item the body names is one an "Enclosure:" line or list at the foot
    names in its own words ("I transmit herewith the communiqué adopted at …" and
    "Enclosures: 1. Final communiqué"): half its words or more, or every word that names
    the body's item ("The 2011 invoice" and "Encl: Annual Contribution invoice 2011"), or
    three words or more, half of the body's ("a copy of my letter to the Commission …")."""
    words, own = _words(enclosure.description), _naming_words(enclosure.description)
    for item in listed:
        named = _naming_words(item.description)
        if named and words and len(named & words) / len(named) >= 0.5:
            return True
        if own and (own <= named or 3 <= len(named & own) >= len(own) / 2):
            return True
    return False


def _described(text, pieces, quoted, taken, index) -> list[Enclosure]:
    """The items described at ``pieces`` ((start, end) each), with their dates (``index``:
    the letter's dates and their starts)."""
    dates, starts = index
    found = []
    for start, end in pieces:
        # a quoted title inside another item's description is an item of its own
        if taken.overlaps(start, end) and not quoted:
            continue
        taken.add(start, end)
        what = FILLER.sub("", " ".join(text[start:end].split())).rstrip(" ,;:")
        what = FOR_YOU.sub("", RECIPIENTS_FIRST.sub("", what))
        if NOT_AN_ITEM.fullmatch(what):
            continue
        within = starting_within(dates, starts, start, end)
        dated = next((d for d in within if d.last), None)
        found += [
            Enclosure(
                description=item[:200],
                date=dated.last_bounds() if dated else None,
                evidence=Span(start, end),
                confidence=0.7,
            )
            for item in _items(what)
        ]
    return found


# Words that do not tell one item from another; a bracketed symbol only repeats its name:
# "The provisional agenda for the meeting (UNEP/FAO/RC/CC.3/1) is enclosed" after "the
# provisional agenda of the meeting".
COMMON_WORDS = {"the", "attached", "enclosed", "for", "and", "this", "that", "with", "present"}
BRACKETED = re.compile(r"\([^()]*\)")


def _words(description):
    return set(re.findall(r"\w{3,}", BRACKETED.sub(" ", description).lower())) - COMMON_WORDS


def _naming_words(description):
    """The words that tell an item, without its date ("Memorandum of March 30, 1949" is
    named by "memorandum")."""
    return {w for w in _words(description) if not w.isdigit() and w not in MONTHS}


# An item's number: "Attachment 2" is not "Attachment 1"
ITEM_NUMBER = re.compile(r"\b(?:\d{1,3}|[IVX]{1,4})\b")


def _once_words(description):
    return _words(description) | set(ITEM_NUMBER.findall(BRACKETED.sub(" ", description)))


def _once(found):
    """Each item once: "the attached invoice" after "Such an invoice for the year 2001 … is
    attached" names the item already found (a quoted title within another item's
    description is an item of its own)."""
    kept = []
    for enclosure in found:
        words = _once_words(enclosure.description)
        if words and any(
            words <= _once_words(other.description)
            and enclosure.evidence.start >= other.evidence.end
            for other in kept
        ):
            continue
        kept.append(enclosure)
    return kept
