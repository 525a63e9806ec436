"""To whom a letter is written, where neither a heading nor a "To:" line says it: the
block of address under "His Excellency" (at the head of the letter or under the
signature), and the salutation of a letter to a group. Pure."""

import re

from plenipo.reading.model import Mention, Span

# A line that opens a block of address: "His Excellency", "Son Excellence", "Excelentísima
# Señora Embajadora", "A Su Excelencia el Señor …", "His Excellency Señor Don Felipe A. Espil".
EXCELLENCY = re.compile(
    r"^\s*(?:(?:His|Her)\s+Excellency|Son\s+Excellence|(?:A\s+)?Su\s+Excelencia|"
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
    r"|\bwould\s+like\s+to\s+(?:inform|remind|invite)\s+|\ba\s+l['’]honneur\s+d['’]informer\s+"
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
