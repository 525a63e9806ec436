"""The headings and the third person of notices (circulars, notifications, information
notes) and a note verbale's own heading, which the kind of document is decided on, and
where a text's headings end. Pure."""

import re

from plenipo.reading.caseless import caseless

# An information note's or a notice's own words over its headings: "Information note for
# participants", "Note d'information", "Practical information", a notification's number
# heading its title.
INFORMATION_NOTE = re.compile(
    r"information\s+(?:note\s+)?for\s+(?:participants|delegations|delegates)|note\s+d['’]information|"
    r"renseignements\s+(?:[àa]\s+l['’]intention\s+des|pour\s+les)\s+(?:d[ée]l[ée]gations|participants)|"
    r"^\s*(?:Notification|Notice|Circular|Information\s+circular)\b|"
    r"^\s*\d{4}/\d{2,4}[ \t]*:[ \t]*\S|"
    # a circular letter's symbol heading the page: "CL 121/7", "CL/3831"
    r"^\s*(?-i:CL)[ /]\d+(?:/\d+)?(?:\s*$|[ \t]+(?-i:[A-Z]))|"
    r"\bThe\s+(?:\w+\s+){0,3}Secretariat\s+(?:is\s+pleased|has\s+the\s+pleasure)\s+to\s+"
    r"(?:announce|invite|inform)|\bLe\s+Secr[ée]tariat\s+(?:a\s+le\s+plaisir|informe)|"
    r"\bLa\s+Secretar[ií]a\s+(?:tiene\s+el\s+placer|informa)|"
    r"informaci[óo]n\s+para\s+(?:los\s+)?participantes|practical\s+information|"
    # a guide for participants by its own name: "LOGISTICS NOTE", "Logistical information",
    # "Note for participants", "Informations à l'intention des participants"
    r"^\s*(?:logistics?|logistical)\s+(?:note|information)\b|"
    # a paper by its kind, alone on its heading line: "CONCEPT NOTE", "Non-paper",
    # "Background note", "Aide-mémoire", "Note conceptuelle", "Nota conceptual"
    r"^[ \t]*(?:Concept\s+note|Background\s+note|Briefing\s+note|Non-paper|Aide-m[ée]moire|"
    r"Note\s+conceptuelle|Note\s+de\s+cadrage|Nota\s+conceptual|Documento\s+conceptual|"
    r"Fact\s+sheet)[ \t]*$|"
    r"^\s*(?:note|information|informations|guide)\s+(?:for|to|[àa]\s+l['’]intention\s+des|pour\s+les)\s+"
    r"(?:the\s+)?(?:participants|delegates|delegations|d[ée]l[ée]gu[ée]s|d[ée]l[ée]gations)\b",
    re.IGNORECASE | re.MULTILINE,
)


NOTIFICATION = re.compile(
    r"\bNotification\s+to\s+the\s+Parties|\b(?:Diplomatic\s+)?Notification\s+(?:No\.?\s*)?\d{4}[/-]\d+|"
    r"\bDiplomatic\s+Note\s+\d{4}/\d+",
    re.IGNORECASE,
)


# A circular numbered in its heading is a circular however it opens ("Madam/Sir,") and
# whatever formula it uses: "IOC Circular Letter No. 2263", "Lettre circulaire de la COI
# n° 2268", "Circular de la COI N° 2291", not "our Circular Letter of 18 May".
NUMBERED_CIRCULAR = re.compile(
    r"\b(?:Circular\s+Letter|Lettre\s+circulaire|Carta\s+circular|Circular)"
    r"(?:\s+(?:de\s+la|del|du|of\s+the)\s+[A-Z][\w.]*)?\s+(?:No\.?|N[°ºo]\.?|n[°º]|N\.[°º]|N\b)?\s*"
    # the number may be a symbol: "Circular letter No. C.L.2031/12", "Circular CL-31",
    # "Circular ORSP/SE/2031/11"
    r"(?:(?:(?-i:[A-Z])\.?){0,3}[ -]?\d|(?-i:[A-Z]{2,8})(?:/(?-i:[A-Z]{1,8}))*/\d)",
    re.IGNORECASE,
)


# The words that cite another circular in a sentence rather than head this one: "Further
# to Circular Letter No. 12", "with reference to our Circular No. 4", "suite à la lettre
# circulaire n° 9", "en relación con la Circular N° 3".
CITING_BEFORE = re.compile(
    r"(?:\b(?:to|of|in|under|see|per|our|your|its|the|that|this|by|[àa]|la|notre|votre|sa|"
    r"dans|par|con|en|nuestra|su|esta|dicha|mentioned|said|previous|earlier)\s*)$",
    re.IGNORECASE,
)


# A heading at the top naming the document a circular, a notification, a notice or a
# memorandum: "NOTIFICATION TO PARTIES", "Notificación a las Partes", "Information
# circular", "MEMORANDUM" alone on its line.
NOTICE_HEADING = re.compile(
    # opening its line, after its issuer or symbol at most ("CITES Notification to the
    # Parties", "C.N.12.2031.TREATIES (Depositary Notification)"), not a letter's "Further
    # to Notification to the Parties No. …"
    r"^[ \t]*(?:[^\s(]+[ \t]+)?\(?(?:Notifica(?:tion|ci[óo]n)\s+(?:to|aux|a)\s+(?:the\s+|las\s+|"
    r"los\s+)?(?:Parties|Partes|Members?|Miembros|Membres|States|[ÉE]tats|Estados|Contracting)|"
    r"Depositary\s+Notification|Notification\s+d[ée]positaire|"
    # notifications to the people a secretariat works with, and the notes a protocol
    # service writes to every mission: "NOTIFICATION TO NATIONAL FOCAL POINTS", "NOTE TO
    # PERMANENT MISSIONS", "Note aux missions permanentes"
    r"Notifica(?:tion|ci[óo]n)\s+(?:to|aux|a)\s+(?:the\s+|les\s+|los\s+)?(?:National\s+)?"
    r"(?:Focal\s+Points|Points\s+focaux|Puntos\s+focales|Governments)|"
    r"Note\s+(?:to|for|aux|para\s+las)\s+(?:all\s+)?(?:Permanent\s+Missions|Missions\s+permanentes|"
    r"Misiones\s+Permanentes|delegations|d[ée]l[ée]gations|delegaciones|Member\s+States))|"
    # a notification numbered and titled on its heading line: "Notification 2031/04 – …"
    r"^[ \t]*Notifica(?:tion|ci[óo]n)\s+(?:No\.?\s*|N[°º]\s*)?\d{4}[/-]\d{1,4}[ \t]*[–—:-]|"
    r"^[ \t]*(?:Notificaci[óo]n|Notification|Notice|Circular|Information\s+circular|Circulaire|"
    r"Circular\s+(?:note|letter)|Nota\s+circular|"
    r"Memorandum|M[ée]morandum|Avis|Aviso)\b"
    r"[ \t]*(?:No\.?|N[°º]|n[°º])?[ \t]*:?[ \t]*[\d/.-]*[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


# A notice speaks of its writer in the third person and to its readers as a group: "The
# Secretariat wishes to inform Parties …", "Parties are invited to …", "Le Secrétariat
# souhaite informer …".
THIRD_PERSON_NOTICE = re.compile(
    r"\bThe\s+(?:[\w-]+\s+){0,4}(?:Secretariat|Executive\s+Secretary|Secretary-General|"
    r"Director-General|Bureau|Service|Office|Division|Branch|Section|Unit)\s+(?:wishes|would\s+like|"
    r"is\s+pleased|has\s+the\s+pleasure)\s+to|"
    r"\b(?:Parties|Member\s+States|Members|Governments|Observers|[Dd]elegat(?:es|ions)|"
    r"[Pp]articipants)\s+are\s+(?:hereby\s+)?(?:invited|requested|informed|reminded|encouraged)\b|"
    r"\b(?:Parties|[ÉE]tats\s+membres|Membres|d[ée]l[ée]gu[ée]s|d[ée]l[ée]gations|participants)\s+"
    r"sont\s+(?:invit[ée]e?s|pri[ée]e?s|inform[ée]e?s)\b|"
    r"\b(?:Partes|Estados\s+miembros|delegados|delegaciones|participantes)\s+(?:est[áa]n|son|"
    r"quedan)\s+(?:invitad[oa]s|informad[oa]s)\b|\bSe\s+(?:invita|ruega|recuerda)\s+a\s+(?:las|los)\b|"
    r"\bLe\s+Secr[ée]tariat\s+(?:souhaite|a\s+le\s+plaisir)|"
    # the members of a body addressed together: "les membres du Bureau sont invités"
    r"\b(?:Members|membres|miembros)\s+(?:of\s+the|du|de\s+la|des|del|de\s+la)\s+[\w-]+\s+"
    r"(?:are|sont|est[áa]n)\s+(?:hereby\s+)?(?:invited|requested|invit[ée]s|pri[ée]s|invitad[oa]s)\b|"
    # a depositary speaks of itself in its capacity: "The Secretary-General, acting in his
    # capacity as depositary, communicates …"
    r"\bacting\s+in\s+(?:his|her|its)\s+capacity\s+as\s+depositary|"
    r"\bagissant\s+en\s+(?:sa|leur)\s+qualit[ée]\s+de\s+d[ée]positaire|"
    r"\ben\s+su\s+calidad\s+de\s+depositari[oa]|"
    # hosts inviting a group: "have the pleasure to invite delegations to a side event"
    r"\bha(?:s|ve)\s+the\s+pleasure\s+(?:to|of)\s+invit(?:e|ing)\s+(?:all\s+)?(?:delegations|"
    r"Member\s+States|Parties|participants|Permanent\s+Missions)\b|"
    r"\bLa\s+Secretar[ií]a\s+(?:desea|tiene\s+el\s+(?:placer|agrado))",
    re.IGNORECASE,
)


# A note verbale's own heading: "NOTE VERBALE", "Nota verbal No. 123/2031" alone on its line.
NOTE_HEADING = re.compile(
    r"^[ \t]*(?:Note\s+verbale|Nota\s+verbal)[ \t]*(?:(?:No\.?|N[°º]|n[°º])[ \t]*[\w/.-]+)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)


LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]")


def heading_end(text, salutation) -> int:
    """Where the headings end: at the salutation or the first line of prose, however long
    the web page's furniture or the letterhead above (never less than the first 500
    characters, never more than 1500)."""
    if salutation:
        return min(1500, max(500, salutation.start()))
    at = 0
    for line in text[:1500].split("\n"):
        # running prose: ten words or more, six of them in lower case (not an address)
        if len(line.split()) >= 10 and len(LOWER_WORD.findall(line)) >= 6:
            return max(500, at)
        at += len(line) + 1
    return 500


def heading_circular(head) -> bool:
    """Whether a numbered circular heads the text, not one a sentence of it cites."""
    return any(
        not CITING_BEFORE.search(head[max(0, found.start() - 20) : found.start()])
        for found in caseless(NUMBERED_CIRCULAR).finditer(head)
    )
