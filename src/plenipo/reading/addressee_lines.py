"""Those a letter's heading and its fields name as its addressees: a heading ("Letter dated
… addressed to …", "Open letter to …"), a "To:" line and the list under it, a circular's
groups run together on one line, attention lines, a notice's title ("NOTE TO PERMANENT
MISSIONS") and a memorandum's "TO … FROM". Pure."""

import itertools
import re

from plenipo.reading.addressee_forms import comma_groups
from plenipo.reading.caseless import caseless
from plenipo.reading.lines import start_of_line, start_of_line_above
from plenipo.reading.model import Mention, Span
from plenipo.reading.people import HONORIFIC, NAME, NOT_A_NAME, TITLE_WORDS

# A circular's list of addressees under its "To:" line: "To: All IMO Members / United
# Nations and specialized agencies / Intergovernmental organizations / …".
TO_LINE = re.compile(
    r"^[ \t]*(?:To|TO|Aux|AUX|À|A|Destinataires?|Destinatarios?|Para|Addressees?|Distribution|"
    # the groups a French or Spanish circular is for: "À l'attention de :", "A la atención de:"
    r"(?i:[àa]\s+l['’]attention\s+de|a\s+la\s+atenci[óo]n\s+de|attention))"
    r"[ \t]*:[ \t]*"
    r"(?P<first>(?:\S[^\n]{2,150})?)$",
    re.MULTILINE,
)
BULLET = re.compile(r"^[-–•*▪·]\s*")
LIST_END = re.compile(
    r"^\s*(?:[\w./’' -]{1,25}\s?:|Dear|Sir|Madam|Excellenc|Monsieur|Madame|Señor|"
    # a subject set as a heading without its label: "CALL FOR NOMINATIONS – BOARD …",
    # "INVITATION: …", "Convocatoria de la Asamblea …", "Appel à candidatures"
    r"(?i:call\s+for|invitation|notice\s+of|convocation|convocatoria|appel\s+[àa])\b)"
)
CONTACT = re.compile(r"\b(?:Tel|Fax|E-?mail|Phone|www\.|http)|@|\+\d", re.IGNORECASE)
PERSON_START = re.compile(
    r"^\s*(?:H\.\s?E\.|S\.\s?E\.|Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|His|Her|Son|Su)\.?\s"
)
JOINS_NEXT = re.compile(r"\b(?:of|the|to|and|for|in|on|at|with|de|des|du|la|le|et|y|del)\s*$", re.I)
MAX_LISTED = 8
DISTRIBUTION_KIND = re.compile(
    r"(?:general|limited|restricted|restreinte|limitada|g[ée]n[ée]rale?)\b", re.IGNORECASE
)


def listed_addressees(text) -> list[Mention]:
    """The lines that follow a "To:" line naming groups (not one person's address), one
    addressee each (a line ending in "of" goes on on the next), up to a blank line after
    them, a field ("Subject:") or the salutation."""
    match = TO_LINE.search(text[:2000])
    if match and PERSON_START.match(BULLET.sub("", match.group("first")) or "-"):
        return listed_persons(text, match)
    if not match:
        return []
    if DISTRIBUTION_KIND.match(match.group("first")):
        return []  # a document's "Distribution: General", not those written to
    first = BULLET.sub("", match.group("first")).strip()
    found, current, position = [], None, match.end() + 1
    if first and first != match.group("first").strip():
        # "To: - Administrations of Member States": a list from its first line
        start = match.start("first") + match.group("first").find(first)
        found.append((first, start, start + len(first)))
    for raw in text[position : position + 1200].split("\n"):
        start, line = position + len(raw) - len(raw.lstrip()), raw.strip()
        position += len(raw) + 1
        if not line:
            if found or current:
                break
            continue
        if LIST_END.match(line) or CONTACT.search(line) or len(line) > 200 or line.endswith("."):
            break
        if current and JOINS_NEXT.search(current[0]):
            current = (f"{current[0]} {line}", current[1], start + len(line))
            continue
        if current:
            found.append(current)
        item = BULLET.sub("", line)
        if PERSON_START.match(item) and not found and not first:
            return listed_persons(text, match)  # persons, or one person's address
        current = (item, start + len(line) - len(item), start + len(line))
        if len(found) >= MAX_LISTED:
            break
    if current:
        found.append(current)
    return [Mention(who, Span(begin, end), 0.5) for who, begin, end in found[:MAX_LISTED]]


# A person listed with the post after a comma: "H.E. Ms. Jane Roe, President of the …".
PERSON_WITH_POST = re.compile(rf"{PERSON_START.pattern}[^\n,]{{3,60}},\s+[^\n]{{3,160}}$")


def listed_persons(text, match) -> list[Mention]:
    """The persons a "To:" field lists one a line, each with the post after a comma ("To:
    H.E. Ms. Jane Roe, President of … / H.E. Mr. John Doe, President of …"); none where
    the lines are one person's address (the post or the office on a line of its own)."""
    found, position = [], match.start("first")
    for raw in text[position : position + 1200].split("\n"):
        start, line = position + len(raw) - len(raw.lstrip()), raw.strip()
        position += len(raw) + 1
        if not line:
            if found:
                break
            continue
        item = BULLET.sub("", line)
        if not PERSON_WITH_POST.match(item) or len(found) >= MAX_LISTED:
            break
        begin = start + len(line) - len(item)
        found.append(Mention(item.rstrip(" .;"), Span(begin, begin + len(item.rstrip(" .;"))), 0.5))
    return found if len(found) > 1 else []


_STOP_AFTER = (
    r"(?=\s+(?-i:I|We|The|On|In|At|With|Further|Upon|Excellency|Sir|Madam|Tengo|J['’]ai|Le|La|"
    r"El|Les|Los|Las)\s|\s*[\n:;(]|,\s+(?:à|a|on|to)\s|\d*$|"
    # the writer after those written to: "… al Presidente por el Representante …", "… au
    # Secrétaire général par le …", "… to the Secretary-General by the Chargé d'affaires …"
    r"\d*\s+(?:por|par|by)\s+(?:el|la|los|las|le|les|l['’]|the)\b|"
    # a page's title: "Lettre adressée à Jane Roe, Haut-Commissaire - 5 septembre 2018"
    r"\s+[-–—]\s)"
)
ADDRESSED = [
    # "Letter dated … from … addressed to the Secretary-General", "adressée à M. Kofi Annan,"
    re.compile(
        r"\b(?:addressed\s+to|adress[ée]e?s?\s+(?:[àa]|au|aux)|dirigid[ao]s?\s+(?:al?|a\s+l[ao]s?))"
        r"\s+(?:the\s+|l['’])?"
        r"(?P<who>[^\n,:]{3,150}?(?:,\s+[^\n,:]{3,120}?(?=\s+[-–—]\s))?"
        # a heading wrapped within the post: "… dirigida al Presidente / del Comité …"
        r"(?:\n(?=(?:of|de|del|du|des)\s)[^\n,:]{3,120}?)?)" + _STOP_AFTER,
        re.IGNORECASE,
    ),
    # "Letter from Dr. X, Permanent Observer of …, to the Secretary-General of the United Nations:",
    # a printed collection's "Letter from the Ministry of …, / to Mr. John Doe, Ambassador …."
    # a message's heading to the writer's peers: "Message from the Chairman …, to his colleagues"
    re.compile(
        r"\b(?:Letter|Message)\s+from\s+[^\n]{3,160}?,\s+to\s+(?:the\s+)?(?P<who>[^\n:]{3,120}?)"
        r"\s*(?::|\.?[ \t]*$|(?=\s+[-–—]{2,}))",
        re.MULTILINE,
    ),
    # "To: ITU Member States", "To Ministers responsible for relations with UNESCO", "TO THE
    # PARTIES", "Destinataires : …", "Para: …", "Addressees: …"
    re.compile(
        r"(?:^\s*(?:To|TO|À|A|Aux|AUX|Al|A\s+l[ao]s?)\s*:?\s+|(?<=\S)To:\s*|"
        r"^\s*(?:Destinataires?|DESTINATAIRES?|Destinatarios?|DESTINATARIOS?|Para|PARA|Addressees?|"
        # a circular's "Recipients:" or "Distribution:" field, not a document's "Distr.: General"
        r"ADDRESSEES?|(?i:Recipients?|Distribution|Distribuci[óo]n)"
        r"(?=\s*:[ \t]*(?![ \t]|(?i:general|limited|restricted|restreinte|limitada|"
        r"g[ée]n[ée]rale?)\b)))\s*:\s*)"
        r"(?P<who>(?:(?:the|all)\s+)?[A-ZÀ-Ý]"
        # the address may go on on the next line: "To the Heads of Delegation / of the …"
        r"[^\n]{3,200}?(?:\n[ \t]*(?:of|de|du|des|del|to|for|in|at|and|et|y)[ \t][^\n]{3,120}?)?)"
        r"[ \t]*$"
        # "Au nom du Bureau, je …", "Aux termes de l'article 6, …", "Au cas où …", "A los
        # efectos de …" open a sentence, not an address
        r"|^\s*(?:Aux|Au|A\s+l[ao]s)\s*:?\s+(?!(?i:nom|cours|sujet|titre|termes?|sein|vu|fins?|"
        r"cas|moment|lieu|regard|total|niveau|d[ée]but|terme|efectos|fines|t[ée]rminos)\b)"
        r"(?P<lower>[a-zà-ÿ][^\n]{3,200}?)\s*$",
        re.MULTILINE,
    ),
    # "To:" alone on its line (a letterhead table read as text): the next line names them
    re.compile(
        r"^\s*(?:To|À|Aux|A|Destinatarios?)\s*:\s*\n\s*(?P<who>[A-Z][^\n]{3,120}?)\s*$",
        re.MULTILINE,
    ),
    # "NOTIFICATION TO THE PARTIES", "NOTIFICATION AUX PARTIES", "NOTIFICACIÓN A LAS PARTES"
    re.compile(
        r"\bNotifica(?:tion|ci[óo]n)\s+(?:to\s+(?:the\s+)?|aux\s+|a\s+las\s+)(?P<who>Parties|Partes)\b",
        re.IGNORECASE,
    ),
    # "The Brazilian Ambassador to the Secretary of State." (a heading of its own)
    re.compile(
        r"^(?:The\s+)?[A-Z][^\n]{2,120}?\s+to\s+the\s+(?P<who>[A-Z][^\n]{2,80}?(?:\n[A-Z][a-z]+(?=\.?\n))?)"
        r"\.?\s*$",
        re.MULTILINE,
    ),
]
# A heading naming those an open or joint letter is written to: "Open letter to the Members
# of the Human Rights Council", "Lettre ouverte aux États membres", "Carta abierta a los …".
LETTER_TO = re.compile(
    # a paper's number may come first: "GS(NP) 95: Letter to the Chairman …"
    # or a country's tag: "EE.UU. Carta abierta a …", "Norland: Open letter to …"
    r"^[ \t]*(?:[A-Z][\w()./ -]{0,20}(?::|(?<=\.))[ \t]+)?"
    # a news page's heading: "Following is the text of President's letter to …", "Foreign
    # Minister sends letter to UN Secretary-General", "Pakistan FM writes letter to …"
    r"(?:(?i:(?:following\s+is|here\s+is|below\s+is|full)\s+)?(?i:the\s+)?(?i:full\s+)?"
    r"(?i:text\s+of\s+)(?i:the\s+)?)?"
    r"(?:[A-Z][^\n.:;]{1,80}?\s+(?i:writes|sends|sent|wrote|pens|addresses)\s+"
    r"(?i:(?:an?|open|joint)\s+){0,2}(?=[^\n.]{0,150}$)|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}[’']s\s+)?"
    # a circular headed with those it goes to: "Circular Communication to all Contracting …"
    r"(?i:(?:(?:(?:Open|Joint)\s+)?(?:Letter|Lettre|Carta|Message|Mensaje)|Circular(?:\s+"
    r"(?:Communication|Letter|Note|Memorandum))?|Circulaire)(?:\s+(?:ouverte|conjointe|abierta|"
    # "Lettre circulaire aux États membres", "Carta circular a los …"
    r"circulaire|circular|"
    # its date and writer may come first: "Letter dated 16 September 1981 from the
    # representative of … to the president of the Security Council"
    r"conjunta))?(?:\s+(?:No|N[°ºo])\.?\s*[\w/-]*\d[\w/-]*)?"  # "Circular No. 5/2031 to all …"
    r"(?:\s+(?:dated|de\s+fecha|dat[ée]e\s+du)\s+[\w ,]{3,40}?)?"
    # in French and Spanish too: "Lettre du Président … aux Chefs d'État", "Carta del …"
    r"\s+(?:(?:from\s+(?:the\s+)?[A-ZÀ-Ý]|(?:de\s+la|de\s+l['’]|du|del|de)\s*(?-i:[A-ZÀ-Ý]))"
    r"[^\n.:;]{2,120}?\s+)?)"
    r"(?:(?i:to\s+(?:the\s+)?)(?P<who>(?:(?i:all)\s+[^\W\d_]|[A-ZÀ-Ý]|(?=(?i:president|"
    r"secretary|chair|minister|director|high\s+commissioner)))"
    # an initial's full stop goes on the name: "George W. Bush"
    r"(?:[^\n.:;]|(?<=\b[A-Z])\.){3,150}?)|"
    # in French and Spanish the group may go in lower case: "aux membres du Conseil …"
    r"(?i:(?:aux?|[àa]|al)\s+(?:l[ae]s?\s+|l['’]|los\s+|las\s+)?)"
    # not what the letter is for: "Lettre de la Commission à l'occasion de …", "… au sujet
    # du budget", "… au nom des États"
    r"(?!(?i:(?:l['’]|la\s+|le\s+)?(?:occasion|propos|suite|titre|fin|partir|compter|cette|ce|"
    r"trav[eé]s|prop[óo]sito|sujet|nom|regard|[ée]gard))\b)"
    r"(?P<lower>[^\W\d_](?:[^\n.:;]|(?<=\b[A-Z])\.){3,150}?))"
    # up to what the letter is about, or the page's name after a dash: "… on the situation -
    # Permanent Mission of …"
    r"(?=\s+(?i:on|about|concerning|regarding|urging|calling|sur|concernant|relative|sobre|"
    # or up to its writer after it: "Letter to the Chairman from the Secretary of State"
    r"acerca|from|de\s+la\s+part\s+d[eu]|de\s+parte\s+de)\s|\s+[-–—|]\s|[ \t]*$)",
    re.MULTILINE,
)
ADDRESSED.append(LETTER_TO)
# "À l'attention de Madame la Directrice …", "A la atención del Señor …", "Attn: Jane Roe",
# "For the attention of: The Legal Counsel".
ATTENTION = re.compile(
    # the label may end with its colon: "A la atención de: Sr. …", "À l'attention de : M. …"
    r"^[ \t]*(?:[ÀA][ \t]+l['’][ \t]*attention[ \t]+"
    r"(?:de[ \t]*:|de[ \t]+|d['’]|du[ \t]+|des[ \t]+)|"
    r"A[ \t]+la[ \t]+atenci[óo]n[ \t]+(?:del?[ \t]*:|de[ \t]+|del[ \t]+)|Atenci[óo]n[ \t]*:|"
    r"For[ \t]+the[ \t]+attention[ \t]+of[ \t]*:?|Attention(?:[ \t]+of)?[ \t]*:|"
    r"Attn\.?[ \t]*:?)[ \t]*"
    r"(?P<who>[^\W\d_][^\n]{2,150}?)[ \t]*$",
    re.MULTILINE,
)
ADDRESSED.append(ATTENTION)
# A notice's title naming its readers: "NOTE TO PERMANENT MISSIONS", "Information note for
# participants in the tenth session / of the Committee", "Note d'information à l'intention
# des participants", "Nota informativa para los participantes"; the document's own title is
# the last of a page's, under its menu.
NOTICE_TO = re.compile(
    r"^[ \t]*(?i:(?:Information\s+)?(?:Note|Notice|Memorandum)|Note\s+d['’]information|"
    r"Nota\s+informativa)[ \t]+(?i:to|for|[àa][ \t]+l['’]intention[ \t]+(?:des?|du)|aux?|"
    # not a note for the file or a press release's notes to editors
    r"para|a)[ \t]+(?!(?i:(?:the|le|el)[ \t]+)?(?:files?|records?|dossier|archivo|expediente|"
    r"editors?|r[ée]daction)\b)(?i:(?:the|les|los|las)[ \t]+)?"
    r"(?P<who>[^\W\d_][^\n.:;]{2,150}?(?:\n[ \t]*(?i:of|de|du|des|del)[ \t][^\n.:;]{3,120}?)?)"
    r"[ \t]*$",
    re.MULTILINE,
)


def notice_readers(head) -> list[Mention]:
    """Those the last notice title of ``head`` is written to, if any."""
    found = list(caseless(NOTICE_TO).finditer(head))
    if not found:
        return []
    match = found[-1]
    who = " ".join(match.group("who").split())
    return [Mention(who, Span(*match.span("who")), 0.55)]


# A sentence in which the writer speaks, not a heading "The … Ambassador to the Secretary …".
FIRST_PERSON = re.compile(
    r"\b(?:I|we|you|my|our|your|have|has|had|will|would|shall|wish(?:es)?|invite|"
    # a request of the body in the third person: "UNEP is kindly requested to send … by 25
    # August to the Directorate …"
    r"is|are|was|were|kindly|please)\b",
    re.I,
)
# A courtesy title with no one after it, the first line of a block of address.
COURTESY_ONLY = re.compile(
    r"(?:(?:the|el|la|his|her|son|su)\s+)?(?:excelent[íi]sim[oa]|excellency|excellence|excelencia|"
    r"hono(?:u)?rable)(?:\s+(?:(?:el|la)\s+)?(?:señora?|monsieur|madame|mr\.?|ms\.?))?",
    re.IGNORECASE,
)


# A sentence's verb, which a heading "The Ambassador … to the Secretary of State" has not:
# "The letter was signed by … and copied to the President …".
SENTENCE_VERB = re.compile(
    r"\b(?:was|were|is|are|has|have|had|copied|forwarded|sent|sends|wrote|writes)\b"
)


def heading_addressees(text) -> list[Mention]:
    """Addressees a heading or a "To:" line names, in the first lines of a letter; a
    circular's groups run together on its "To:" line, each."""
    head = text[:1500]
    stacked = stacked_addressees(head) or _before_copies(head)
    if stacked:
        return stacked
    readers = notice_readers(head)
    if readers:
        return readers
    for pattern in ADDRESSED:
        for match in caseless(pattern).finditer(head):
            group = "lower" if match.groupdict().get("lower") else "who"
            who = " ".join(match.group(group).split()).strip(" .,")
            who = re.sub(r"(?<=\))\d+$", "", who)
            who = MAIL_ADDRESS.sub("", who)  # "To: Heads of Delegation <hod@…>"
            named = TITLE_WORDS.search(who) or (
                pattern in ADDRESSED[:2]
                and (
                    HONORIFIC.match(who)
                    or _person(who.split(",")[0])
                    or PEERS.match(who)
                    or ALL_GROUP.match(who)
                )
            )
            if COURTESY_ONLY.fullmatch(who):
                continue  # "Al Excelentísimo Señor": the block under it names whom
            if pattern is ADDRESSED[2] and _letterhead_goes_on(head, match):
                continue  # "PERMANENT MISSION OF NORLAND / TO THE UNITED NATIONS": the writer's
            if pattern is ADDRESSED[2] and ENGLISH_SENTENCE.match(match.group(0)):
                continue  # "A revised list of documents is included …": the article, no "A :"
            if pattern is ADDRESSED[5] and SENTENCE_VERB.search(match.group(0)):
                continue  # "The letter was … copied to the President …": a news page's sentence
            if pattern is ADDRESSED[5] and FIRST_PERSON.search(match.group(0)):
                continue  # a sentence of the body ("I have the honour to invite you to the …")
            if pattern is ADDRESSED[5] and (
                re.search(r"\sfrom\s", who)
                or LETTER_TO.match(head, match.start())
                or IN_A_LETTER.search(match.group(0))  # "In a letter to the …, the Minister said"
            ):
                continue  # "Letter to the Chairman from the Secretary of State": LETTER_TO's
            if 2 < len(who) <= 250 and (
                named or pattern in (*ADDRESSED[2:5], LETTER_TO, ATTENTION)
            ):
                if pattern is ADDRESSED[0] and IDENTICAL.search(head, 0, match.start()):
                    return identical_addressees(text, *match.span(group))
                listed = _semicolon_list(text, *match.span(group))
                if pattern is ADDRESSED[2] and len(listed) < 2:
                    listed = comma_groups(text, *match.span(group))
                if pattern is ADDRESSED[2] and len(listed) > 1:
                    return listed
                if pattern is ADDRESSED[2] and len(who) >= RUN_TOGETHER:
                    groups = run_together_groups(text, *match.span(group))
                    if len(groups) > 1:
                        return groups
                return [Mention(who, Span(*match.span(group)), 0.6)]
    return []


# Identical letters to several posts, one for each: "Identical letters dated … addressed to
# the Secretary-General and the President of the Security Council", "Cartas idénticas …
# dirigidas al Secretario General y a la Presidenta …", "Lettres identiques … adressées au
# Secrétaire général et au Président …".
IDENTICAL = re.compile(r"\b(?:identical|id[ée]ntic[oa]s|identiques)\b[^\n]{0,200}$", re.IGNORECASE)
IDENTICAL_AND = re.compile(
    r"\s+(?:and(?:\s+to)?\s+(?:the\s+)?|y\s+(?:al\s+|a\s+(?:la|los|las)\s+)|"
    r"et\s+(?:au\s+|aux\s+|[àa]\s+(?:la\s+|l['’]))|et\s+l['’]|et\s+la\s+)",
    re.IGNORECASE,
)


def identical_addressees(text, start, end) -> list[Mention]:
    """Each post identical letters are addressed to ("the Secretary-General and the
    President of the Security Council" is two), a post that holds an "and" staying whole
    when the part after it names no post."""
    found, position = [], start
    for part in IDENTICAL_AND.split(text[start:end]):
        who = part.strip(" ,")
        begin = text.find(who, position)
        position = begin + len(who)
        found.append(Mention(" ".join(who.split()), Span(begin, position), 0.6))
    if len(found) > 1 and not all(TITLE_WORDS.search(m.text) for m in found):
        return [Mention(" ".join(text[start:end].split()), Span(start, end), 0.6)]
    return found


# A news sentence opening with the letter it tells of: "In a letter to the Secretary-General, …".
IN_A_LETTER = re.compile(r"(?:^|\s)(?:In|Dans|En)\s+(?:an?|his|her|their|its|une|sa|leur|una|su)\s")
# An e-mail's address after the name it belongs to.
MAIL_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>")
# A group of a circular a heading is addressed to: "… addressed to all Members of the …".
ALL_GROUP = re.compile(r"(?:all|tous\s+les|toutes\s+les|tod[oa]s\s+l[oa]s)\s+[A-ZÀ-Ý]", re.I)


# The writer's office or post in a letterhead, which a line "to the United Nations" goes on.
# The writer's peers a message goes to: "his colleagues", "her fellow Ministers".
PEERS = re.compile(r"(?:his|her|their|its)\s+(?:colleagues|counterparts|fellow\s)", re.IGNORECASE)
# An English sentence opening with the article "A", not the Spanish "A" of an address line.
ENGLISH_SENTENCE = re.compile(
    r"\s*A\s+[^\n:]*\b(?:is|are|was|were|will|has|have|had|shall|may|can|should)\b"
)
# the office a letterhead names over the line going on it: "HAUT COMMISSARIAT DES NATIONS
# UNIES / AUX DROITS DE L'HOMME"
LETTERHEAD_OFFICE = re.compile(
    r"\b(?:Mission|Misi[óo]n|D[ée]l[ée]gation|Delegaci[óo]n|Embassy|Ambassade|Embajada|Commissariat|"
    r"Representative|Repr[ée]sentant|Representante|Observer|Observateur|Observador)\b[^\n]*$",
    re.IGNORECASE,
)


def _letterhead_goes_on(text, match) -> bool:
    """Whether a "To …" line without a colon goes on the writer's office on the line right
    above it ("Permanent Mission of Norland / to the United Nations")."""
    line = text[match.start() : match.end()].strip()
    if re.match(r"(?i:to|à|a|aux|al)\s*:", line):
        return False
    line_start = start_of_line(text, match.start())
    above = max(line_start - 1, 0)
    before = text[start_of_line_above(text, line_start) : above].strip() if line_start else ""
    return (
        bool(before)
        and not before.endswith((".", ",", ":"))
        and bool(LETTERHEAD_OFFICE.search(before))
    )


def _person(words) -> bool:
    """Whether ``words`` are a person's name ("Michelle Bachelet"), not an office's."""
    return bool(NAME.match(words)) and not NOT_A_NAME.search(words)


def _semicolon_list(text, start, end) -> list[Mention]:
    """Each addressee of a "To:" line that an e-mail separates with semicolons ("To: Heads
    of Delegation; Members of the Scientific Committee")."""
    found, position = [], start
    for part in re.split(r";[ \t]+(?=[^\W\d_])", text[start:end]):
        who = part.strip(" \t")
        words = who.split()
        # a part that ends on "the" or breaks off with a comma is OCR noise, not a list
        if len(who) < 3 or who.endswith(",") or words[-1].lower() in BINDING:
            return []
        begin = text.find(who, position)
        position = begin + len(who)
        found.append(Mention(who, Span(begin, position), 0.55))
    return found[:MAX_LISTED]


# A circular's groups of addressees run together on its "To:" line when its text is
# flattened ("To : IOC Member States Permanent Delegates/Observer Missions to UNESCO cc. : …"):
# a group opens with a word that names one, or with a capital after a lower-case word, never
# after a word that binds it to the group before ("Presidente y Vicepresidentes", "Missions
# to UNESCO").
RUN_TOGETHER = 80
GROUP_WORD = re.compile(
    r"(?:All|Permanent|Intergovernmental|Non-?governmental|Liberation|Contracting|"
    r"Heads?|Chairs?|Vice-?Chairs?|Pr[ée]?sident(?:e|es|s)?|Contactos|Puntos|Points|"
    r"Delegados|Observ[a-z]+|Ministers?|Ministres?|Ministros?)\b"
)
BINDING = {
    "of", "the", "to", "and", "or", "for", "in", "on", "at", "with", "from", "by", "a", "an",
    "de", "des", "du", "la", "le", "les", "l", "et", "ou", "aux", "au", "à", "avec", "pour",
    "sur", "dans", "entre", "y", "o", "del", "los", "las", "el", "en", "con", "sobre",
    "contra", "para", "por", "ante",
}  # fmt: skip
# words that open a group's name and never end one
GROUP_OPENERS = {"all", "permanent", "tous", "toutes", "todos", "todas", "intergovernmental"}
# courtesy titles that go before the group they honour: "los Señores Ministros …",
# "Messieurs les Ministres", "Honourable Ministers"
GROUP_OPENERS |= {
    "señores", "señoras", "messieurs", "mesdames", "excellencies", "excelencias",
    "excellences", "honourable", "honorable", "distinguished",
}  # fmt: skip
# where the list stops: the copies ("cc.:") or another field of the heading
LIST_STOP = re.compile(r"\s(?:cc|c\.c|Copy|Copie|Copia|Subject|Objet|Asunto)\.?\s?:", re.I)


def run_together_groups(text, start, end) -> list[Mention]:
    """The groups named between ``start`` and ``end`` (a "To:" line's value), each once."""
    stop = LIST_STOP.search(text, start, end)
    end = stop.start() if stop else end
    if re.search(r"[,;]|\.(?:\s|$)", text[start:end]):
        return []  # a sentence ("À la suite de nos entretiens, …"), not groups of addressees
    cuts = [start]
    words = list(re.finditer(r"\S+", text[start:end]))
    for before, word in itertools.pairwise(words):
        previous, current = before.group(0), word.group(0)
        if previous.lower().strip("’'") in BINDING or not current[0].isupper():
            continue
        if previous.lower() in GROUP_OPENERS:
            continue  # "All Permanent Representatives", "Permanent Observers": one group
        # a lower-case word may end on an acronym of its group: "du groupe ABC-DEF"
        if GROUP_WORD.match(current) or (previous[0].islower() and not current.isupper()):
            cuts.append(start + word.start())
    bounds = zip(cuts, [*cuts[1:], end], strict=True)
    groups = [(text[a:b].strip(" ,;"), a) for a, b in bounds]
    return [Mention(who, Span(at, at + len(who)), 0.55) for who, at in groups if who][:MAX_LISTED]


# A flattened header table whose labels come first and their values after: "To: Subject:
# All IMO Members Intergovernmental organizations World Maritime Day events at IMO: …",
# the subject the last group before its own colon.
STACKED_TO = re.compile(
    r"^[ \t]*(?:To|TO|À|A|Aux|Para)[ \t]?:[ \t]+(?:Subject|Objet|Asunto)[ \t]?:[ \t]+"
    r"(?P<both>[A-ZÀ-Ý][^\n:]{10,400}?)[ \t]*:",
    re.MULTILINE,
)


# A "To:" line run on to its copies however long: "To: … Region cc.: IOC Officers …".
TO_BEFORE_COPIES = re.compile(
    r"^[ \t]*(?:To|TO|A|Aux|AUX|Para)[ \t]?:[ \t]*(?P<who>[A-ZÀ-Ý][^\n]{3,400}?)[ \t]+"
    r"(?:cc|c\.c)\.?[ \t]?:",
    re.MULTILINE,
)


def _before_copies(head) -> list[Mention]:
    match = TO_BEFORE_COPIES.search(head)
    return run_together_groups(head, *match.span("who")) if match else []


def stacked_addressees(head) -> list[Mention]:
    match = STACKED_TO.search(head)
    if not match:
        return []
    groups = run_together_groups(head, *match.span("both"))
    return groups[:-1] if len(groups) > 1 else []


# A memorandum's "TO … FROM" heading run together, its labels in capitals without colons.
FLAT_MEMO_TO = re.compile(
    r"(?<!\S)TO:?[ \t]+(?P<who>[A-Z][a-z][^\n]{3,120}?)[ \t]+FROM:?[ \t]+[A-Z]"
)


def memo_addressee(text) -> list[Mention]:
    match = FLAT_MEMO_TO.search(text[:3000])
    if not match:
        return []
    return [Mention(match.group("who"), Span(*match.span("who")), 0.5)]


# A French official's heading: the writer's post, "à" alone on its line, then the one
# written to ("Le Secrétaire général / à / Mesdames et Messieurs les Ministres …"), up to a
# blank line or the subject.
POST_TO_POST = re.compile(
    r"^[ \t]*(?:Le|La|L['’])\s?[A-ZÀ-Ý][^\n]{2,120}\n(?:[ \t]*\n)?[ \t]*[àÀaA][ \t]*\n(?:[ \t]*\n)?"
    r"(?P<who>[ \t]*[A-ZÀ-Ý][^\n]{2,160}"
    r"(?:\n[ \t]*(?!(?:Objet|Object|Re|Réf)\b)[^\s][^\n]{1,160}){0,3})",
    re.MULTILINE,
)


def post_to_post_addressee(text) -> list[Mention]:
    found = POST_TO_POST.search(text[:2500])
    if not found:
        return []
    lines = [line.strip() for line in found.group("who").split("\n")]
    who = ", ".join(lines)
    start = found.start("who") + len(found.group("who")) - len(found.group("who").lstrip())
    return [Mention(who, Span(start, found.end("who")), 0.6)]
