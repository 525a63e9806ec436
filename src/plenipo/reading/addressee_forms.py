"""Addressees in forms many senders use that the other readers of addressees miss: a note
verbale's closing formula ("avails itself of this opportunity to renew to the Embassy of …
the assurances of its highest consideration"), a circular's groups alone on their lines
("All Member States" / "All Contracting Parties"), a news article's "sent a letter to …".
Pure."""

import re

from plenipo.reading.caseless import caseless
from plenipo.reading.dates import DATE_SHAPE
from plenipo.reading.lines import LINE_REACH, is_line_start, start_of_line
from plenipo.reading.model import Mention, Span
from plenipo.reading.news_copies import INTRODUCTION, LETTER_BEGINS
from plenipo.reading.people import NAME, TITLE_WORDS
from plenipo.reading.reported_letters import COUNTERPART

# A note's closing formula names the one it is written to, in the three languages: "… avails
# itself of this opportunity to renew to the Ministry of … the assurances of its highest
# consideration", "… saisit cette occasion pour renouveler à l'Ambassade de … les assurances
# de sa haute considération", "… aprovecha la oportunidad para reiterar a la Embajada de … las
# seguridades de su más alta y distinguida consideración".
NOTE_CLOSING = re.compile(
    r"\bavail(?:s|ed)?\s+(?:itself|themselves|himself|herself)\s+of\s+(?:this|the)\s+"
    r"opportunity\s+(?:to\s+)?(?:renew|reiterate|express|convey)\s+to\s+(?:the\s+)?"
    r"(?P<en>[^;:()]{4,250}?),?\s+the\s+(?:renewed\s+)?assurances?\b"
    r"|\bsaisi(?:t|ssent)\s+(?:cette|l['’]|cet)\s*(?:occasion|opportunit[ée])\s+pour\s+"
    r"(?:lui\s+)?(?:renouveler|r[ée]it[ée]rer|exprimer)\s+(?:[àa]\s+(?:la\s+|l['’]|les\s+)?|au\s+|aux\s+)"
    r"(?P<fr>[^;:()]{4,250}?),?\s+(?:les\s+assurances|l['’]assurance)\b"
    r"|\b(?:aprovecha|aprovechan|hace\s+propicia|se\s+vale\s+de)\s+(?:la|esta)\s+"
    r"(?:oportunidad|ocasi[óo]n)\s+para\s+(?:reiterar|renovar|expresar)(?:le)?\s+"
    r"(?:a\s+(?:la\s+|las\s+|los\s+|el\s+)?|al\s+)"
    r"(?P<es>[^;:()]{4,250}?),?\s+(?:las\s+(?:seguridades|muestras)|el\s+testimonio)\b",
    re.IGNORECASE,
)
# "… renew to you the assurances", "… à Votre Excellence …": the person written to, whom the
# letter names elsewhere or not at all.
PRONOUN = re.compile(
    r"(?:you|your|vous|votre|vuestra|usted|su\s+excelencia|v\.\s?e\.|them|him|her|it|lui|"
    r"le|la|les|ella|[ée]l)\b",
    re.IGNORECASE,
)
# The opening formula a note's addressee is read from first.
COMPLIMENTS = re.compile(
    r"compliments|saluda\s+(?:muy\s+)?atentamente|tiene\s+el\s+honor\s+de\s+saludar", re.I
)


def note_closing_addressee(text) -> list[Mention]:
    """The one a note verbale's closing formula renews its consideration to, where the note
    presents no compliments (a copy cut at its head, a note quoted in an article)."""
    if caseless(COMPLIMENTS).search(text):
        return []
    for match in caseless(NOTE_CLOSING).finditer(text):
        group = next(name for name in ("en", "fr", "es") if match.group(name))
        who = " ".join(match.group(group).split())
        if PRONOUN.match(who) or not who[0].isupper():
            continue
        return [Mention(who, Span(*match.span(group)), 0.6)]
    return []


# A circular's group alone on its line at the head: "All Member States", "All Contracting
# Parties", "Tous les États membres", "A todos los Estados Miembros". A group word must
# follow, so that a page's "All Rights Reserved" or "All News" is no addressee.
GROUP_NOUNS = (
    r"States|Members|Parties|Governments|Missions|Delegations|Representatives|Observers|"
    r"Organi[sz]ations|Ministers|Ministries|Committees|Commissions|Focal\s+Points|Secretariats|"
    r"Heads|Chairs|Offices|Agencies|Societies|Associations|Unions|Federations|Embassies|"
    r"Administrations|Authorities|Institutions|Bodies|Participants|Contact\s+Points|Partners|"
    # not "Countries" nor "Regions": a web page's filters ("All Countries", "All Regions")
    r"Experts|Delegates|Correspondents|Commissioners|"
    r"[ÉE]tats|Membres|Gouvernements|D[ée]l[ée]gations|Repr[ée]sentants|Observateurs|"
    r"Ministres|Minist[èe]res|Comit[ée]s|Points\s+focaux|Ambassades|Autorit[ée]s|Organismes|"
    r"Estados|Miembros|Partes|Gobiernos|Misiones|Delegaciones|Representantes|Observadores|"
    r"Organizaciones|Ministros|Ministerios|Comisiones|Puntos\s+focales|Embajadas|Administraciones|"
    r"Autoridades|Instituciones|Organismos|Agencias|Institutions|Agences"
)
ALL_LINE = re.compile(
    r"^[ \t]*(?:[-–•*▪·][ \t]*)?(?P<who>(?:All|ALL|Tou(?:s|tes)\s+les|TOU(?:S|TES)\s+LES|"
    r"(?:A\s+)?[Tt]od(?:os|as)\s+(?:los|las)|(?:A\s+)?TOD(?:OS|AS)\s+(?:LOS|LAS))\s+"
    r"(?=[^\n]{0,60}\b(?i:" + GROUP_NOUNS + r")\b)[A-ZÀ-Ý][^\n]{2,110}?)[ \t]*[.;]?[ \t]*$",
    re.MULTILINE,
)
# The heading of a notice to a whole group, its words in lower case: "To all staff members",
# "À tous les membres du personnel", "A todos los miembros del personal".
# "To the members of the Board of Trustees": the group's word right after "the".
TO_ALL_LINE = re.compile(
    r"^[ \t]*(?:To|TO|[ÀA]|Para)[ \t]+"
    r"(?P<who>(?:(?i:all|tou(?:s|tes)\s+les|tod(?:os|as)\s+l[oa]s)\s+"
    r"(?=[^\n]{0,60}\b(?i:" + GROUP_NOUNS + r"|membres|miembros|members)\b)|"
    r"the\s+(?=(?i:" + GROUP_NOUNS + r"|members)\s+(?:of|to)\s))[^\W\d_][^\n]{2,110}?)"
    r"[ \t]*[.;]?[ \t]*$",
    re.MULTILINE,
)
# A sentence, not a group: "All Member States are invited …", "All Parties should …".
VERB = re.compile(
    r"\b(?:is|are|was|were|will|would|shall|should|may|must|can|have|has|had|sont|seront|"
    r"doivent|peuvent|son|ser[áa]n|deben|pueden|han)\b",
    re.IGNORECASE,
)
HEAD = 2500
# The copies' label: those under it are no addressees ("cc:", "Copy to:", "Copie à :").
COPIES = re.compile(
    r"^[ \t]*(?:cc|c\.\s?c|bcc|copy(?:\s+to)?|copies(?:\s+to)?|copie(?:s)?(?:\s+[àa])?|"
    r"copia(?:s)?(?:\s+(?:a|para))?|con\s+copia\s+a)\.?[ \t]*:",
    re.IGNORECASE | re.MULTILINE,
)


def all_lines(text) -> list[Mention]:
    """Each group a circular names alone on its line at its head, one addressee a line (not
    under the copies' label)."""
    found = []
    # "TO SECRETARIES OF DELEGATION FOR DISTRIBUTION / TO ALL MEMBERS": one "To" line going on
    to_all = [m for m in TO_ALL_LINE.finditer(text[:HEAD]) if not _after_to_line(text, m.start())]
    matches = list(ALL_LINE.finditer(text[:HEAD])) + to_all
    for match in sorted(matches, key=lambda m: m.start()):
        who = match.group("who")
        if VERB.search(who) or who.endswith((",", ":")) or _under_copies(text, match.start()):
            continue
        found.append(Mention(" ".join(who.split()), Span(*match.span("who")), 0.6))
    return found[:8]


def _after_to_line(text, start) -> bool:
    """Whether the line above ``start``'s is a "To" line that its own goes on."""
    line_start = start_of_line(text, start + 1)
    if line_start == 0 or not is_line_start(text, line_start):
        return False
    # the nearest line above with something on it (blank ones between skipped)
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1] == "\n":
        above_end -= 1
    above = text[start_of_line(text, above_end) : above_end]
    return bool(re.match(r"[ \t]*(?:To|TO|[ÀA]|Para)[ \t]", above))


COPIES_REACH = 5 * LINE_REACH


def _under_copies(text, start) -> bool:
    """Whether the run of lines ``start`` is in opens under (or on) a copies' label."""
    line_start = start_of_line(text, start)
    if COPIES.match(text, line_start):
        return True
    # a list of copies is a few lines long: its label is no further back than a few lines'
    back = max(0, start - COPIES_REACH)
    block_start = text.rfind("\n\n", back, start)
    return bool(COPIES.search(text, back if block_start < 0 else block_start + 1, start))


# A courtesy title alone on its line over the name it honours, in the Spanish style:
# "Excelentísimo Señor / Juan Pérez", "Excmo. Sr. / D. Juan Pérez".
TITLE_ALONE = re.compile(
    r"(?:Al?\s+)?(?:Excelent[íi]sim[oa]\s+Señora?|Excm[oa]\.?\s+Sr[a]?\.?|EXCELENT[ÍI]SIM[OA]\s+SEÑORA?)",
    re.IGNORECASE,
)


# A news article telling that its letter was sent, where it does not name the writer in a
# way the sender's readers take: "Ri Yong Ho, minister of …, on Wednesday sent a letter to
# Jane Roe, secretary general of …", "… a adressé, le 17 novembre, une lettre aux Président
# et membres du Conseil …", "… ha enviado un mensaje de felicitación a la Secretaria de …".
_TO = (
    r"(?P<to>(?:[^\n.;:]|(?<=\b[A-Z])\.|(?<=\b(?:Mr|Dr|Sr|Ms))\.|(?<=\bM)\.|(?<=\bMrs)\.|"
    r"(?<=\bSra)\.){3,200}?)"
    r"(?=,\s+(?-i:[a-zà-ÿ])|\s+(?:urging|asking|calling|inviting|reminding|requesting|"
    r"regarding|about|concerning|in\s+which|on\s+the\s+occasion|con\s+motivo|en\s+la\s+que|"
    r"dans\s+laquelle|pour|para|sobre|afin|a\s+fin|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|last\s+week|this\s+week|yesterday|today|"
    r"to\s+(?:ask|urge|request|express|call|demand))\b|"
    r"(?<!\bMr)(?<!\b[DMS]r)(?<!\bMs)(?<!\bMrs)(?<!\bSra)(?<!\b[A-Z])[.;:](?:\s|$)|\s*\n)"
)
SENT_LETTER = re.compile(
    r"\b(?:(?:has|had|have)\s+)?(?:sent|addressed|written|wrote|dispatched)\s+(?:an?\s+)?"
    # "Eleven organizations have written to the President …"
    r"(?:(?:[\w’'-]+\s+){0,3}?(?:letter|message|missive)\s+)?to\s+(?:the\s+)?" + _TO + r"|"
    # several writers too, with an adverb: "… ont conjointement adressé une lettre au …"
    r"\b(?:a|ont)\s+(?:[a-zé]{3,}ment\s+)?(?:adress[ée]|envoy[ée]|fait\s+parvenir|[ée]crit)"
    r"(?:,[^,\n]{1,30},)?\s+(?:une?)\s+"
    r"(?:[\w’'-]+\s+){0,3}?(?:lettre|message|missive|courrier)\s+"
    r"(?:au\s+|aux\s+|[àa]\s+(?:la\s+|l['’])?)" + _TO.replace("?P<to>", "?P<fr>") + r"|"
    r"\b(?:ha\s+enviado|envi[óo]|dirigi[óo]|remiti[óo]|hizo\s+llegar|enviaron|dirigieron|"
    r"remitieron|han\s+enviado)(?:,[^,\n]{1,30},)?\s+"
    r"(?:una?|la|el)\s+(?:[\w’'-]+\s+){0,3}?(?:carta|mensaje|misiva|nota)\s+"
    r"(?:de\s+[\w-]+\s+)?(?:al\s+|a\s+(?:la\s+|los\s+|las\s+)?)"
    + _TO.replace("?P<to>", "?P<es>")
    + r"|"
    # "In a letter to the Secretary-General, Foreign Minister Jane Roe …", "Dans une lettre
    # adressée au Président du Conseil, …", "En una carta dirigida al Secretario General, …"
    r"(?:^|(?<=[.\n])\s*|(?<=\)\s))(?:In|Dans|En)\s+(?:an?|his|her|their|its|une|sa|leur|una|su)\s+"
    r"(?:[\w’'-]+\s+){0,2}?(?:letter|message|lettre|carta|mensaje|missive|misiva)\s+"
    r"(?:(?:dated|dat[ée]e\s+du|de\s+fecha)\s+[^,\n]{3,30}?\s+)?"
    r"(?:(?:addressed\s+)?to\s+(?:the\s+)?|(?:adress[ée]e\s+)?(?:au|aux|[àa]\s+la|[àa]\s+l['’]|[àa])\s*|"
    r"(?:dirigida\s+|enviada\s+)?(?:al|a\s+la|a\s+los|a\s+las|a)\s+)"
    r"(?P<in>[^\n,;:()]{3,120}?),|"
    # a letter named by whom it is addressed to, whoever handed it over: "… entregó una carta
    # dirigida a la canciller de ese país, Ana Roe, en la que …", "… delivered a letter
    # addressed to the President, in which …", "… a remis une lettre adressée au Président"
    r"\b(?:an?|the|une?|la|una?)\s+(?:letter|lettre|carta|missive|misiva)\s+"
    r"(?:(?:of|de)\s+[\w-]+\s+)?(?:addressed\s+to\s+(?:the\s+)?|adress[ée]e\s+(?:au\s+|aux\s+|"
    r"[àa]\s+(?:la\s+|l['’])?)|dirigida\s+(?:al\s+|a\s+(?:la\s+|los\s+|las\s+)?))"
    + _TO.replace("?P<to>", "?P<pp>"),
    re.IGNORECASE | re.MULTILINE,
)
FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|we|you|they)\s+(?:have\s+|had\s+)?$", re.IGNORECASE)
# the one written to must be a post, a person or a body, not "all who asked"
NAMED = re.compile(
    r"\b(?:Council|Committee|Commission|Assembly|Government|Ministry|Members|States|Parties|"
    r"Secretar[íi]a|Ministra|Presidenta|"
    r"Conseil|Consejo|Comit[ée]|Gouvernement|Gobierno)\b"
)
# several posts written to in one letter: "… President of the Council Mr. X and the UN
# Secretary General Y"
AND_THE = re.compile(r"\s+(?:and\s+(?:to\s+)?the|et\s+(?:au|à\s+la)|y\s+(?:al|a\s+la))\s+")


LETTER_WORD = re.compile(r"\b(?:letter|message|missive)\b", re.IGNORECASE)


def _introduces(text, match) -> bool:
    """Whether ``match`` names the letter, or stands in a news page's introduction over the
    letter it quotes ("Nine organizations have written to …" before "Excellency,")."""
    if LETTER_WORD.search(match.group(0)):
        return True
    begins = LETTER_BEGINS.search(text, 0, INTRODUCTION)
    return bool(begins) and match.end() <= begins.start()


def reported_addressees(text) -> list[Mention]:
    """Those a news article's introduction says its letter was sent to, each post once."""
    for match in SENT_LETTER.finditer(text[:HEAD]):
        group = next(name for name in ("to", "fr", "es", "in", "pp") if match.group(name))
        if FIRST_PERSON_BEFORE.search(text, max(0, match.start() - 20), match.start()):
            continue  # "I have sent a letter to …": a letter the writer tells of
        if group == "to" and not _introduces(text, match):
            continue  # "… have written to the President" in a letter's body tells of another
        start, who = match.start(group), match.group(group)
        parts = AND_THE.split(who)
        if len(parts) < 2 or not all(TITLE_WORDS.search(part) for part in parts):
            parts = [who]
        found, position = [], start
        for part in parts:
            begin = text.find(part, position)
            position = begin + len(part)
            named = COUNTERPART.sub("", " ".join(part.split()))
            if TITLE_WORDS.search(named) or NAMED.search(named) or NAME.match(named):
                found.append(Mention(named, Span(begin, position), 0.45))
        if found:
            return found
    return []


# A covering letter a heading says is addressed to someone ("Letter dated … addressed to the
# Secretary-General"), with a note verbale in its annex: the note's addressee is not the
# letter's.
ANNEX_HEADING = re.compile(r"^[ \t]*(?:Annex|Annexe|Anexo|ANNEX|ANNEXE|ANEXO)\b[^\n]{0,300}$", re.M)
COVERING_HEADING = re.compile(
    r"\b(?:addressed\s+to|adress[ée]e?s?\s+(?:au|aux|[àa])|dirigid[ao]s?\s+al?)\s", re.IGNORECASE
)


def enclosed_note(text, start) -> bool:
    """Whether the compliments at ``start`` open a note annexed to a covering letter."""
    annex = ANNEX_HEADING.search(text, 0, start)
    return bool(annex) and bool(COVERING_HEADING.search(text, 0, annex.start()))


# A block of address naming an office, not a person: "Ministry of Foreign Affairs / Treaty
# Division / Ardenne", "Ministère des Affaires étrangères / …", "Embajada de …".
OFFICE_OPENS = re.compile(
    r"(?:The\s+)?(?:Ministry|Minist[èe]re|Ministerio|Embassy|Ambassade|Embajada|"
    r"(?:Permanent\s+)?Mission|Mission\s+permanente|Misi[óo]n\s+Permanente|Department|"
    r"D[ée]partement|Departamento|Secretariat|Secr[ée]tariat|Secretar[íi]a|Consulate|Consulat|"
    r"Consulado|Office|Bureau|Oficina|Canciller[íi]a|Chancellerie|Permanent\s+Delegation|"
    r"D[ée]l[ée]gation\s+permanente|Delegaci[óo]n\s+Permanente)\b",
)
# What stands above an addressee's block, not above a letterhead: the letter's date or its
# reference.
DATE_OR_REFERENCE = re.compile(
    r"(?:[^\n]{0,40}?(?:" + DATE_SHAPE.pattern + r")\.?|(?:Ref|R[ée]f|Our\s+ref|No|N[°º])\.?\s*"
    r"(?:[:.]|\s)[^\n]{1,60})",
    re.IGNORECASE,
)


def office_block(text, block) -> Mention | None:
    """The office a block of address over the salutation names, where the letter's date or
    reference stands above it (a letterhead opens the page instead)."""
    if not block or not OFFICE_OPENS.match(block[0][1]) or block[0][1].isupper():
        return None
    above = text[: block[0][0]].rstrip().rsplit("\n", 1)[-1].strip()
    if not above or not DATE_OR_REFERENCE.fullmatch(above):
        return None
    who = ", ".join(" ".join(line.split()).rstrip(",") for _, line in block)
    end = block[-1][0] + len(block[-1][1])
    return Mention(who[:250], Span(block[0][0], end), 0.5)


# The groups a circular's "To:" line lists with commas, each an addressee: "To: Member
# States, Observer States and Intergovernmental organizations" (not one person's address,
# "Ms. Jane Roe, Director, …", nor a sentence).
GROUP = re.compile(r"\b(?:" + GROUP_NOUNS + r")\b", re.IGNORECASE)
LIST_CUT = re.compile(r",\s*(?:(?:and|et|y)\s+)?|\s+(?:and|et|y)\s+")
PERSON = re.compile(r"\b(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|H\.\s?E|S\.\s?E)\.?\s|\bExcellency\b")


def comma_groups(text, start, end) -> list[Mention]:
    """Each group of a "To:" line's list, where every part names a group."""
    value = text[start:end]
    if "," not in value or PERSON.search(value) or VERB.search(value):
        return []
    found, position = [], start
    for part in LIST_CUT.split(value):
        who = part.strip(" .")
        if not who or not GROUP.search(who):
            return []
        begin = text.find(who, position)
        position = begin + len(who)
        found.append(Mention(who, Span(begin, position), 0.55))
    return found[:8]
