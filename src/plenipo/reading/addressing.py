"""To whom a letter is written, where neither a heading nor a "To:" line says it: the
block of address under "His Excellency" (at the head of the letter or under the
signature), and the salutation of a letter to a group. Pure."""

import re

from plenipo.reading.model import Mention, Span

# A line that opens a block of address: "His Excellency", "Son Excellence", "Excelentísima
# Señora Embajadora", "A Su Excelencia el Señor …", "His Excellency Señor Don Felipe A. Espil".
EXCELLENCY = re.compile(
    r"^[ \t]*(?:(?:His|Her)\s+Excellency|Son\s+Excellence|(?:A\s+)?Su\s+Excelencia|"
    r"(?:Al\s+)?Excelent[íi]sim[oa])\b[^\n]{0,100}$",
    re.IGNORECASE | re.MULTILINE,
)
BLOCK_LINES = 5


SALUTATION_START = re.compile(r"^(?:Dear|Sir|Madam|Excellency|Monsieur|Madame|Señor[ae]?\s*[,:])")
BLOCK_END = re.compile(r"(?:despacho|D\.\s?C\.|New\s+York|Gen[eè]v[ae]|Washington)\.?$")


def _block_lines(text, start):
    """The short lines after ``start`` (blank lines skipped), up to a long line, a
    sentence, a salutation or the city that ends an address."""
    found = []
    for raw in text[start : start + 600].split("\n")[1:]:
        line = raw.strip()
        if not line:
            continue
        sentence = line.endswith(".") and len(line) > 30 and not BLOCK_END.search(line)
        if len(line) > 90 or sentence or SALUTATION_START.match(line) or len(found) >= BLOCK_LINES:
            break
        found.append(line)
        if BLOCK_END.search(line):
            break
    return found


def excellency_blocks(text) -> list[Mention]:
    """Each block of address that opens with "His Excellency" or its French and Spanish
    forms, its lines joined ("Son Excellence, L'Ambassadeur Hernán R. Castro, Président du
    Conseil permanent …")."""
    found = []
    for match in EXCELLENCY.finditer(text):
        head = match.group(0).strip()
        lines = [head, *_block_lines(text, match.end())]
        if len(lines) == 1 and len(head.split()) <= 3:
            continue  # "Son Excellence" alone, with nothing after it to name
        who = ", ".join(" ".join(line.split()).rstrip(",") for line in lines)
        found.append(
            Mention(who[:250], Span(match.start() + match.group(0).find(head), match.end()), 0.6)
        )
    return found[:2]


DEAR = re.compile(
    r"^\s*(?:Dear|Estimad[oa]s?|Chers?|Ch[èe]res?)\s+(?P<who>[^\n,:]{3,120}?)\s*[,:]\s*$",
    re.MULTILINE,
)
GENERIC = {
    "sir", "madam", "sirs", "colleague", "colleagues", "all", "friend", "friends",
    "excellency", "excellencies", "ladies", "gentlemen", "mr", "mrs", "ms", "dr", "and",
    "or", "collègues", "collegues", "amis", "colegas", "amigos", "señor", "señora",
    "señores", "monsieur", "madame", "messieurs", "mesdames", "my", "dear", "mx",
}  # fmt: skip


def salutation_addressee(text) -> Mention | None:
    """The group or post a salutation names ("Dear IPBES Member States and Observers,",
    "Dear Madam President,"): not "Dear Sir/Madam" nor "Dear Colleagues"."""
    match = DEAR.search(text[:3000])
    if not match:
        return None
    who = match.group("who").strip()
    while who and who.split()[0].lower().strip(".,/") in GENERIC | {"sir/madam"}:
        who = who[len(who.split()[0]) :].strip(" /")
    words = re.findall(r"[\wÀ-ÿ’'-]+", who)
    if not words or all(word.lower() in GENERIC for word in words) or not who[0].isupper():
        return None
    start = text.find(who, match.start("who"))
    return Mention(who, Span(start, start + len(who)), 0.45)


INFORMED = re.compile(
    r"\b(?:has|have)\s+the\s+(?:honou?r|pleasure)\s+to\s+(?:inform|remind|invite|advise|notify)\s+"
    r"|\b(?:would\s+like|wish(?:es)?)\s+to\s+(?:inform|remind|invite|notify)\s+|\ba\s+l['’]honneur\s+d['’]informer\s+"
    r"|\btiene\s+el\s+honor\s+de\s+informar\s+a\s+"
)
_PRONOUN = re.compile(r"(?:you|him|her|it|them|us|your|the\s+Secretariat|les|le|la)\b", re.I)


def informed_addressee(text) -> Mention | None:
    """Those a notice says it informs ("has the honour to inform non-governmental
    organizations in consultative status with ECOSOC that …"), not a pronoun."""
    for match in INFORMED.finditer(text[:2000]):
        rest = text[match.end() : match.end() + 200]
        if _PRONOUN.match(rest):
            continue
        who = re.match(
            r"(?P<who>[^\n,.;:]{5,140}?)\s+(?:that|of|to|about|qu['’e]|que|de\s+que)\b", rest
        )
        if who:
            start = match.end()
            return Mention(who.group("who"), Span(start, start + len(who.group("who"))), 0.45)
    return None


# A circular's list of addressees under its "To:" line: "To: All IMO Members / United
# Nations and specialized agencies / Intergovernmental organizations / …".
TO_LINE = re.compile(
    r"^[ \t]*(?:To|TO|Destinataires?|Destinatarios?|Para|Addressees?|Distribution)[ \t]*:[ \t]*"
    r"(?P<first>(?:\S[^\n]{2,150})?)$",
    re.MULTILINE,
)
BULLET = re.compile(r"^[-–•*▪·]\s*")
LIST_END = re.compile(
    r"^\s*(?:[\w./’' -]{1,25}\s?:|Dear|Sir|Madam|Excellenc|Monsieur|Madame|Señor)"
)
CONTACT = re.compile(r"\b(?:Tel|Fax|E-?mail|Phone|www\.|http)|@|\+\d", re.IGNORECASE)
PERSON_START = re.compile(
    r"^\s*(?:H\.\s?E\.|S\.\s?E\.|Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|His|Her|Son|Su)\.?\s"
)
JOINS_NEXT = re.compile(r"\b(?:of|the|to|and|for|in|on|at|with|de|des|du|la|le|et|y|del)\s*$", re.I)
MAX_LISTED = 8


def listed_addressees(text) -> list[Mention]:
    """The lines that follow a "To:" line naming groups (not one person's address), one
    addressee each (a line ending in "of" goes on on the next), up to a blank line after
    them, a field ("Subject:") or the salutation."""
    match = TO_LINE.search(text[:2000])
    if not match or PERSON_START.match(BULLET.sub("", match.group("first"))):
        return []
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
            return []  # one person's address under a bare "To:"
        current = (item, start + len(line) - len(item), start + len(line))
        if len(found) >= MAX_LISTED:
            break
    if current:
        found.append(current)
    return [Mention(who, Span(begin, end), 0.5) for who, begin, end in found[:MAX_LISTED]]
