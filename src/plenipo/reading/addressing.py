"""To whom a letter is written: "All Permanent Representatives …" lines, the note verbale's
"compliments to …", the layout model's addressee zone, the block of address under "His
Excellency" (at the head of the letter or under the signature), and the salutation of a
letter to a group (headings and "To:" lines: ``addressee_lines``). Pure."""

import re

from plenipo.reading.addressee_forms import COPIES, TITLE_ALONE, enclosed_note
from plenipo.reading.caseless import caseless
from plenipo.reading.compliment_lists import each_addressee
from plenipo.reading.dates import DATE_SHAPE
from plenipo.reading.mail_forms import MEMBERS_OF_NAMED
from plenipo.reading.model import Mention, Span
from plenipo.reading.people import COURTESY_ALONE, HONORIFIC, TITLE_WORDS

# A line that opens a block of address: "His Excellency", "Son Excellence", "Excelentísima
# Señora Embajadora", "A Su Excelencia el Señor …", "His Excellency Señor Don Felipe A. Espil".
EXCELLENCY = re.compile(
    r"^[ \t]*(?:(?:To\s+)?(?:His|Her)\s+Excellency|(?:[AÀ]\s+)?Son\s+Excellence|"
    r"(?:A\s+)?Su\s+Excelencia|(?:Al\s+)?Excelent[íi]sim[oa])\b"
    # the abbreviation: "Excmo. Sr. D. Pedro Ruiz", "EXCMA. SRA. MINISTRA DE …"
    r"[^\n]{0,250}$|^[ \t]*(?:Al\s+)?Excm[oa]\.?[ \t][^\n]{0,250}$",
    re.IGNORECASE | re.MULTILINE,
)
BLOCK_LINES = 5
# An address runs together on one line when its text is flattened; a sentence does not read
# as one.
BLOCK_LINE = 100
PROSE_MARK = re.compile(r"[;!?]|\.\s*\.|\.\s+[a-zà-ÿ]|\b(?:is|are|was|has|have|est|es)\b")


SALUTATION_START = re.compile(
    r"^(?:Dear|Sir|Madam|Excellency|Monsieur|Madame|Señor[ae]?\s*[,:]|Estimad[oa]s?\s|"
    # "Su excelencia,", "Votre Excellence,", "Excelencia:"
    r"(?:(?:Su|Vuestra|Votre|Your)\s+)?(?i:excelencia|excellence|excellency)\s*[,:])"
)
# the city or the office that ends an address, or a town in brackets: "(Managua)."
BLOCK_END = re.compile(
    r"(?:despacho|D\.\s?C\.|New\s+York|Gen[eè]v[ae]|Washington|^\([^()\n]{2,30}\))\.?$"
)


def _block_lines(text, start, bare=False):
    """The short lines after ``start`` (blank lines skipped), up to a long line, a
    sentence, a salutation or the city that ends an address (the first line is the name
    under a ``bare`` courtesy title, not a salutation)."""
    found = []
    raws = text[start : start + 600].split("\n")[1:]
    for index, raw in enumerate(raws):
        line = raw.strip()
        if not line:
            continue
        sentence = line.endswith(".") and len(line) > 30 and not BLOCK_END.search(line)
        # a post's line ending in a full stop is no sentence: "Secretario Ejecutivo de la …."
        sentence = sentence and (PROSE_MARK.search(line) or not _capitalised(line))
        salutation = SALUTATION_START.match(line) or SALUTATION_LINE.match(line)
        if salutation and (_post_follows(raws[index + 1 : index + 2]) or (bare and not found)):
            salutation = None  # "Señor Don Felipe Ortiz," over "Ambassador of …": the name
        heading = line.endswith(":")  # "MENSAJE DE FELICITACIÓN:", a subject's label
        heading = heading or bool(DATELINE.fullmatch(line))  # the date over the salutation
        if len(line) > 90 or sentence or salutation or heading or len(found) >= BLOCK_LINES:
            break
        found.append(line)
        if BLOCK_END.search(line):
            break
    return found


def _capitalised(line) -> bool:
    """Whether ``line``'s words are capitalised but for its joining words, as an address's."""
    lower = [w for w in re.findall(r"\b[a-zà-ÿ][\w’'-]*", line) if w not in JOINING_WORDS]
    return not lower


def _post_follows(lines) -> bool:
    """Whether the line after a line that reads like a salutation is the post of an address
    (short, with a post's word), so that the line above it is a name, not the salutation."""
    line = lines[0].strip() if lines else ""
    return bool(line) and len(line) <= 60 and bool(TITLE_WORDS.search(line))


# "To"/"À"/"A" before the courtesy title is the envelope's, not the addressee's.
TO_BEFORE_EXCELLENCY = re.compile(r"^(?:To|[AÀ])\s+(?=(?:His|Her|Son|Su)\s)", re.IGNORECASE)


def joined_address(lines) -> str:
    """A block of address on one line, its lines joined with commas, but a courtesy title
    alone on its line goes with the name under it ("His Excellency / Mr. John Roe" is "His
    Excellency Mr. John Roe")."""
    parts = []
    for raw in lines:
        line = " ".join(raw.split()).rstrip(",")
        if parts or len(lines) > 1:
            line = WORD_STOP.sub("", line)  # "Marek Belka. / … Unidas. / Ginebra."
        if ENVELOPE_PREPOSITION.fullmatch(line) or BY_HAND.fullmatch(line):
            continue  # "à" alone over the town: "à / Addis-Abeba"; "Presente.-", by hand
        # "Excelentísimo Señor / Juan Pérez" (not over a post: "… / Secretario General …")
        spanish = TITLE_ALONE.fullmatch(parts[-1]) if parts else None
        alone = parts and (
            COURTESY_ALONE.match(parts[-1]) or (spanish and not POST_OPENS.match(line))
        )
        if alone or (parts and GOES_ON_LOWER.match(line)):
            parts[-1] = f"{parts[-1].rstrip(', ')} {line}"  # "… de l'Organisation / des États"
        else:
            parts.append(line)
    if parts:
        parts[-1] = re.sub(r"(?<=\))\.$", "", parts[-1])  # "(Managua)."
    return ", ".join(parts)


ENVELOPE_PREPOSITION = re.compile(r"[àa]|en|in", re.IGNORECASE)
BY_HAND = re.compile(r"(?:Presente|PRESENTE|Pte)\.?\s*-?")
# the full stop after a word (not after an initial or an abbreviation: "D. C.", "Sr.")
WORD_STOP = re.compile(r"(?<=[a-zà-ÿ]{3})\.$")
# a line going on the name of the line above: "des États Américains", "of America"
GOES_ON_LOWER = re.compile(r"(?:des|de|du|del|of|and|et|y)\s")


def excellency_blocks(text) -> list[Mention]:
    """Each block of address that opens with "His Excellency" or its French and Spanish
    forms, its lines joined ("Son Excellence, L'Ambassadeur Hernán R. Castro, Président du
    Conseil permanent …")."""
    found = []
    for match in EXCELLENCY.finditer(text):
        head = match.group(0).strip()
        if len(head) > BLOCK_LINE and PROSE_MARK.search(head):
            continue  # a sentence, not an address run together on one line
        # the block may end on its first line: "… Su despacho."
        if head.endswith(":"):
            continue  # a salutation: "Excmo. Sr. Secretario General:"
        # a courtesy title alone has the name under it, whatever that line ends with ("A Son
        # Excellence / Monsieur le Docteur Jean Roe, / Envoyé …")
        bare = len(head.split()) <= 3
        lines = [head, *([] if BLOCK_END.search(head) else _block_lines(text, match.end(), bare))]
        if len(lines) == 1 and bare:
            continue  # "Son Excellence" alone, with nothing after it to name
        lines[0] = TO_BEFORE_EXCELLENCY.sub("", lines[0])
        who = joined_address(lines)
        # the evidence spans the whole block, so that no name in it is read as the writer's
        last = text.find(lines[-1], match.end()) if len(lines) > 1 else -1
        end = last + len(lines[-1]) if last >= 0 else match.end()
        found.append(Mention(who[:250], Span(match.start() + match.group(0).find(head), end), 0.6))
    return found[:2]


DEAR = re.compile(
    # a group may be a list of its own: "Dear members, observers and stakeholders,"
    r"^\s*(?:Dear|Estimad[oa]s?|Chers?|Ch[èe]res?|"
    # a group honoured by its courtesy titles: "Mesdames et Messieurs les Ministres,",
    # "Señoras y Señores Representantes Permanentes:", "Distinguidos Miembros del Consejo:"
    r"(?:Mesdames\s+et\s+)?Messieurs\s+les|Mesdames\s+les|(?:Señoras\s+y\s+)?Señores|"
    r"Distinguid[oa]s|Distinguished|Honou?rable)\s+(?P<who>[^\n:]{3,160}?)\s*[,:]\s*$",
    re.MULTILINE,
)
GENERIC = {
    "sir", "madam", "sirs", "colleague", "colleagues", "all", "friend", "friends",
    "excellency", "excellencies", "ladies", "gentlemen", "mr", "mrs", "ms", "dr", "and",
    "or", "collègues", "collegues", "amis", "colegas", "amigos", "señor", "señora",
    "señores", "monsieur", "madame", "messieurs", "mesdames", "my", "dear", "mx",
    "distinguido", "distinguida", "distinguidos", "distinguidas", "estimado", "estimada",
}  # fmt: skip


# Plurals of courtesy that say no more than "colleagues": "Dear Delegates,", "Estimados
# participantes:" name no group of their own.
COURTESY_GROUPS = {
    "delegates", "representatives", "participants", "partners", "members", "excellencies",
    "délégués", "delegues", "délégations", "delegations", "membres", "delegados",
    "representantes", "participantes", "miembros", "compañeros", "compañeras", "partenaires",
    "socios", "amis", "amigos",
}  # fmt: skip


def _names_group(words) -> bool:
    """Whether a salutation's words name a group ("Member States and Observers", "Members
    of the Bureau"): a plural, more than a courtesy plural alone; not persons ("Dear Ms. Roe
    and Mr. Smith,")."""
    lowered = [word.lower() for word in words if len(word) > 2]  # "compañeros (as)"
    if all(word in COURTESY_GROUPS | GENERIC for word in lowered):
        return False
    return any(len(word) > 3 and word.endswith("s") for word in lowered)


# The end of a sentence (not an initial's or an honorific's full stop).
SENTENCE_END = re.compile(r"\w{4,}[.!?]\s")


def salutation_addressee(text) -> Mention | None:
    """The group a salutation names ("Dear IPBES Member States and Observers,"): not "Dear
    Sir/Madam", "Dear Colleagues" nor one post ("Dear Madam President,")."""
    match = DEAR.search(text[:3000])
    if not match:
        return None
    who = match.group("who").strip()
    if SENTENCE_END.search(who):
        # a flattened copy's salutation run into its first sentences: the salutation ends
        # at its comma ("Dear Members of the Board, I am pleased …")
        who = re.split(r"[,:]\s", who, maxsplit=1)[0]
    while who and who.split()[0].lower().strip(".,/") in GENERIC | {"sir/madam"}:
        who = who[len(who.split()[0]) :].strip(" /")
    words = re.findall(r"[\wÀ-ÿ’'-]+", who)
    # a group in French or Spanish goes in lower case: "Estimados miembros del Consejo:"
    lower_group = not match.group(0).lstrip().startswith("Dear") or bool(
        MEMBERS_OF_NAMED.match(who)  # an e-mail's "Dear members of the Ocean Working Group,"
    )
    if not words or all(word.lower() in GENERIC for word in words):
        return None
    if not (who[0].isupper() or lower_group):
        return None
    if not _names_group(words):
        return None  # one post or person ("Dear Director-General,"): the letter names no address
    start = text.find(who, match.start("who"))
    return Mention(who, Span(start, start + len(who)), 0.45)


INFORMED = re.compile(
    r"\b(?:has|have)\s+the\s+(?:honou?r|pleasure)\s+to\s+(?:inform|remind|invite|advise|notify)\s+"
    r"|\b(?:would\s+like|wish(?:es)?)\s+to\s+(?:inform|remind|invite|notify)\s+"
    # "a l'honneur d'inviter les États membres à …", "tiene el honor de invitar a los …"
    r"|\ba\s+l['’]honneur\s+d['’](?:informer|inviter)\s+"
    r"|\btiene\s+el\s+honor\s+de\s+(?:informar|invitar)\s+a\s+",
    re.IGNORECASE,  # "Has the Honour to Inform": a letter in capitals is read capitalised
)
GROUP_ARTICLE = re.compile(r"(?:les|los|las)\s+(?=[A-ZÀ-Ý])")
_PRONOUN = re.compile(r"(?:you|him|her|it|them|us|your|the\s+Secretariat|les|le|la)\b", re.I)


def informed_addressee(text) -> Mention | None:
    """Those a notice says it informs ("has the honour to inform non-governmental
    organizations in consultative status with ECOSOC that …"), not a pronoun."""
    for match in INFORMED.finditer(text[:2000]):
        rest = text[match.end() : match.end() + 200]
        article = GROUP_ARTICLE.match(rest)  # "les États membres", "los Estados": no pronoun
        if article:
            rest = rest[article.end() :]
        elif _PRONOUN.match(rest):
            continue
        who = re.match(
            # or a colon opening what they are asked: "invite Governments: 1. To nominate"
            r"(?P<who>[^\n,.;:]{5,140}?)(?:\s+(?:that|of|to|about|qu['’e]|que|de\s+que|[àa]|pour|"
            r"afin|para)\b|\s*:)",
            rest,
        )
        if who:
            start = match.end() + (article.end() if article else 0)
            return Mention(who.group("who"), Span(start, start + len(who.group("who"))), 0.45)
    return None


# A note that opens by referring its addressee to a text instead of presenting its
# compliments: "The Department of State refers the Embassy of … to the Agreement …".
REFERS = re.compile(
    r"^[ \t]*The\s+[^\n;]{3,120}?\s+refers\s+the\s+(?P<who>(?:Embassy|Ministry|(?:Permanent\s+)?"
    r"Mission|Delegation|Department|Secretariat|Government|Office|Consulate)\b[^\n,;:.]{3,150}?)"
    r"\s+to\s+(?:the|its|his|her|their|a|an)\s",
    re.IGNORECASE | re.MULTILINE,
)


# A note verbale's compliments and those they go to, up to the note's first verb (in the
# three languages) or the end of its sentence.
COMPLIMENTS_TO = re.compile(
    r"(?:compliments\s+to\s+(?:the\s+)?|compliments\s+(?:[àa]\s+(?:la\s+|l['’]|le\s+|les\s+)?|aux\s+|au\s+)|"
    r"(?:saluda\s+(?:muy\s+)?atentamente|tiene\s+el\s+honor\s+de\s+saludar)\s+"
    r"a(?:l\s+|\s+(?:la\s+|las\s+|los\s+|el\s+)?))"
    # the addressees may be a list ("… Member States, Observer States and …")
    r"(?P<who>[^;:]{5,250}?)"
    # the sentence of the compliments ends: "… to the Ministry of …. The Embassy has …"
    r"(?:(?<!\b(?-i:[A-Z]))(?<!\bSt)(?<!\bMr)(?<!\bNo)\.\s+(?=(?-i:[A-Z]))|"
    r"\s*,?\s+(?:and\s*,?\s+(?:has|have|wishes|would\s+like|is\s+pleased|"
    r"with\s+reference|in\s+reference|referring|in\s+(?:its|his|her|their)\s+capacity|"
    r"pursuant\s+to|"
    # the note's first verb after its compliments, whatever it says
    r"(?:begs|refers|acknowledges|requests|informs|notes|takes|confirms|transmits|encloses|"
    r"invites|thanks|hereby|kindly|also|further|draws|seeks|submits|forwards|conveys|"
    r"expresses|regrets|proposes|recalls|reiterates|would\s+be)\b|"
    # "has the honour to present its compliments to … and to inform …"
    r"to\s+(?!(?:the|all|its|their|his|her)\b)(?-i:[a-z]{3,})\b)|"
    r"et\s*,?\s+(?:a|ont|souhaite|souhaiterait|voudrait|désire|tient|prie)\s|"
    r"et\s+(?:se\s+r[ée]f[èe]re|accuse|transmet|informe|demande|remercie|confirme|sollicite|"
    r"se\s+permet|rappelle|aimerait|serait|invite|fait\s+suite|propose|exprime|"
    r"porte\s+[àa])\b|"
    # a pronoun for the addressee before the verb: "y les informa", "et l'informe"
    r"y\s+(?:les?|se)\s+(?-i:[a-zá-ú]{3,})|et\s+(?:l['’]|les\s+|lui\s+|leur\s+)(?-i:[a-zé]{3,})|"
    r"et\s+a\s+l['’]honneur|"
    # a clause set off by commas after "and": "and, in accordance with …, has the honour"
    r"(?:and|et|y)\s*,\s+(?-i:[a-zà-ÿ])|"
    r"y\s*,?\s+(?:tiene|tienen|desea|quisiera|se\s+permite|con\s+referencia|acusa|"
    r"hace\s+referencia|se\s+complace|se\s+refiere|solicita|informa|agradece|transmite|"
    r"remite|comunica|confirma|cumple|adjunta|reitera|invita|expresa|propone|"
    r"(?:en|con)\s+(?:relaci[óo]n|atenci[óo]n|alusi[óo]n))\b|"
    # "… saluda a la Secretaría y de informarle", "… au Ministère et de l'informer"
    r"(?:y|et)\s+de\s+(?:l['’])?[^\W\d_]+(?:ar|er|ir)(?:le|les)?\b))",
    re.IGNORECASE,
)


def addressees(text) -> list[Mention]:
    """ "All Permanent Representatives …" lines, and the addressee of a note verbale."""
    found = []
    for match in re.finditer(
        r"(?:^|(?<=consideration\.)\s|(?<=consideration)\s)(?:To\s+)?(?P<who>(?:All\s+)(?:Permanent\s*Representatives?|Permanent\s+Observers?|"
        r"Ministers?|Heads?\s+of|Representatives?|Members?\s+of|States?)[^\n]{3,160}"
        r"(?:\n[^\n]{3,80}(?=\n|$))?)"
        # in flat text, anywhere: up to the seat it names
        r"|(?<=\s)(?P<flat>All\s+Permanent\s+Representatives\b[^\n]{0,120}?\b(?:to|at)\s+the\s+"
        r"United\s+Nations(?:\s+(?:Office\s+)?at\s+[A-Z]\w+)?(?:\s+(?:New\s+York|Geneva|Vienna))?)",
        text,
        re.MULTILINE,
    ):
        who = " ".join((match.group("who") or match.group("flat")).split())
        if len(who) < 200 and not re.search(r"\b(?:will|would|should|have|has)\b", who):
            group = "who" if match.group("who") else "flat"
            found.append(Mention(who, Span(*match.span(group)), 0.7))
    note = caseless(COMPLIMENTS_TO).search(text)
    if note and enclosed_note(text, note.start()):
        note = None
    note = note or REFERS.search(text[:3000])
    if note:
        who = note.group("who").strip().strip("[]").strip()
        found[0:0] = each_addressee(text, Mention(who, Span(*note.span("who")), 0.8))
    unique, seen = [], set()
    for mention in found:
        if mention.text.lower() not in seen:
            seen.add(mention.text.lower())
            unique.append(mention)
    return unique


# A line that opens a letter's enclosure ("[Enclosure]", "Annex 2"): the addresses under it
# are the enclosed letter's.
ENCLOSURE_MARK = re.compile(
    r"^\s*\[?(?:Enclosures?|Annex(?:es|e)?|Anexo|Pi[èe]ce\s+jointe)(?:\s+\d+)?\]?\s*$", re.I
)


# A salutation that opens with a word of courtesy, whatever post or group follows it.
COURTESY_SALUTATION = re.compile(
    r"(?:My\s+)?(?:Dear|Distinguished|Honou?red|Excellenc\w*|Sirs?|Madam|Estimad[oa]s?|"
    r"Distinguid[oa]s?|Ch[èe]re?s?)\b[^\n]{0,70}[,:]$",
    re.IGNORECASE,
)


def zone_addressees(labelled) -> list[Mention]:
    """Runs of short segments the layout model put in the addressee zone, one addressee
    per run ("Son Excellence / L'Ambassadeur … / Président du Conseil permanent …"), above
    any enclosure."""
    runs, current = [], []
    previous = None
    for segment, zone in labelled:
        if ENCLOSURE_MARK.match(segment.text) or COPIES.match(segment.text):
            break  # the enclosed letter's addresses, or the copies
        under_name = not current and _right_under_signature(previous, segment)
        previous = (segment, zone)
        if under_name and not HONORIFIC.match(segment.text):
            continue  # the signer's post on the line under the name: "Jane Roe / Director"
        salutation = COURTESY_SALUTATION.match(segment.text.strip())
        if (
            zone == "addressee"
            and len(segment.text) < 120
            and not segment.text.endswith(".")
            # another field of a heading ends the address: "TO: … / FROM: … / DATE: …"
            and not OTHER_FIELD.match(segment.text)
        ):
            if salutation:
                continue  # "Distinguished Representatives,": a courtesy, not an address
            current.append(segment)
            continue
        if current:
            runs.append(current)
        current = []
    if current:
        runs.append(current)
    found = []
    for run in runs[:3]:
        if _writers_post(run, labelled) or FROM_WRITER.match(run[0].text):
            continue
        if len(run) > 1 and all(GROUP_LINE.match(s.text) for s in run):
            # "All Contracting Parties / All National Focal Points": a group on each line
            found += [Mention(s.text.strip(), Span(s.start, s.end), 0.55) for s in run]
            continue
        who = " ".join(" ".join(s.text for s in run).split())
        # a sentence or a heading ("The Chargé … (Moffat) to the Secretary of State") is not
        # an address
        prose = re.search(r"\b(?:is|are|was|were|announcing|that|which|will|has|have)\b", who)
        heading = re.search(r"\)\s*\d*\s+to\s+the\b", who)
        if prose or heading:
            continue
        if len(who) <= 250 and (TITLE_WORDS.search(who) or HONORIFIC.match(who)):
            found.append(Mention(who, Span(run[0].start, run[-1].end), 0.55))
    return found


# A line naming a whole group: "All Member States", "Tous les États membres", "A todas las …".
GROUP_LINE = re.compile(
    r"^\s*(?:To\s+)?(?:All|Tou(?:te)?s\s+les|A\s+tod[oa]s\s+l[oa]s|Tod[oa]s\s+l[oa]s)\s+\S",
    re.IGNORECASE,
)
# A heading's field other than the addressee's, in a memorandum's or an e-mail's heading:
# "FROM:", "De :", "Date:", "Subject:", "Objet :", "Asunto:", "Ref.:".
OTHER_FIELD = re.compile(
    r"^\s*(?:From|De|Sender|Exp[ée]diteur|Remitente|Date|Fecha|Subject|Objet|Asunto|Re|"
    r"Ref(?:erence)?|R[ée]f(?:[ée]rence)?|Referencia|Tel|Fax|E-?mail)\.?[ \t]?:",
    re.IGNORECASE,
)
# A heading naming the writer: "From the President of the General Assembly".
FROM_WRITER = re.compile(r"^\s*(?:From|De\s+la\s+part\s+d[eu]|De\s+parte\s+de)\s", re.I)


def _right_under_signature(previous, segment) -> bool:
    """Whether ``segment`` is the line right under a line of the signature zone."""
    if previous is None:
        return False
    above, zone = previous
    return zone == "signature" and segment.start <= above.end + 1


def _writers_post(run, labelled) -> bool:
    """Whether ``run`` is a post with its article alone on a line over the letter's date:
    the writer's, printed in the letterhead ("Le Directeur général / Paris, le 4 avril")."""
    if len(run) > 1 or not ARTICLE_POST.match(run[0].text.strip()):
        return False
    after = [zone for segment, zone in labelled if segment.start > run[0].start]
    return bool(after) and after[0] == "date"


# The salutation that ends a block of address: a short line of its own ending in a comma or
# a colon ("Excellency,", "Dear Dr. Roe,", "Monsieur le Ministre,", "Señor Ministro:").
SALUTATION_LINE = re.compile(
    r"^[ \t]*(?:(?:My\s+)?Dear|Sir|Madam|Sirs|(?:Your\s+)?Excellency|Mr\.?\s|Madame|Monsieur|"
    r"(?:Su|Vuestra|Votre)\s+(?i:excelencia|excellence)|"
    r"Messieurs|Mesdames|Excellence|Señor|Señora|Señores|Estimad[oa]s?|Distinguid[oa]s?|"
    # the old and the Spanish courtesies: "Gentlemen:", "Cher Monsieur,", "Muy señor mío:",
    # "De mi (mayor) consideración:", "Excelentísimo Señor Secretario General:"
    r"Gentlemen|Ladies\s+and\s+Gentlemen|Ch[èe]re?s?\s|Muy\s+(?i:señor|estimad|distinguid)|"
    r"De\s+(?:mi|nuestra)\s+(?:[\w\s]{0,20}\s)?consideraci[óo]n|Excelent[íi]sim[oa]\s+Señor)"
    r"[^\n]{0,70}[,:][ \t]*$"
    # open punctuation: "Dear Dr Haddad", a few capitalised words and nothing after them
    r"|^[ \t]*Dear\s+(?:[A-Z][\w.’'-]*[ \t]*){1,4}$",
    re.MULTILINE,
)
# A line opening with a post, the whole word ("Consul", not "Consultation on …").
BARE_POST_OPENS = re.compile(rf"(?:{TITLE_WORDS.pattern})(?![^\W\d_])", re.IGNORECASE)
# or its article first: "The Secretary-General / United Nations / New York".
POST_OPENS = re.compile(rf"(?:(?:The|Le|La|El)\s+)?{BARE_POST_OPENS.pattern}", re.IGNORECASE)
# A dateline alone: "14 February 2022", "Geneva, 3 May 2019", "Le 2 mars 2012".
DATELINE = re.compile(rf"[^\n]{{0,40}}?(?:{DATE_SHAPE.pattern})\.?", re.IGNORECASE)

# A post with its article alone on the last line above the date is the writer's own,
# printed in the letterhead ("INTERNATIONAL COURT OF JUSTICE / The Registrar"); the post
# written to has its office or city under it ("The Secretary-General / United Nations").
ARTICLE_POST = re.compile(r"(?:The|Le|La|El)\s", re.IGNORECASE)

JOINING_WORDS = {
    "of", "the", "and", "for", "on", "to", "in", "de", "du", "des", "la", "le", "les", "del",
    "el", "los", "las", "et", "y", "e", "da", "do", "dos", "van", "von", "auprès", "ante",
    "para", "pour", "aux", "au", "à", "at",
}  # fmt: skip
