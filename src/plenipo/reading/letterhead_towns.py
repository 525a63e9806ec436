"""A letterhead's town that the lists of cities lack, told by its postcode, and a letterhead
flattened onto one long line, told from prose (wave 9). Pure."""

import re

# A town after its postcode, and the country or the end of the address after it: "1219
# Châtelaine, Switzerland", "CH-1290 Versoix – Suisse", "53113 Bonn, Germany", "C.P. 11000
# Montevideo"; or before a British postcode, "Histon, Cambridge CB4 4NP".
_TOWN = r"[A-ZÀ-Ý][a-zà-ÿ'’]+(?:[ -](?:(?:de|del|la|le|sur|am|an|im)[ -])?[A-ZÀ-Ý][a-zà-ÿ'’]+){0,2}"
POSTCODE_TOWN = re.compile(
    r"(?:^|[\s,–—(])(?:[A-Z]{1,2}-)?\d{4,5}[ \t]+(?P<town>" + _TOWN + r")(?:[ \t]+\d{1,2})?"
    r"(?=[ \t]*(?:,[ \t]*[A-Z]|[–—]|-[ \t]|$))|"
    r"(?:^|[\s,])(?P<british>" + _TOWN + r")[ \t]+(?-i:[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2})\b",
    re.MULTILINE,
)
# Words that start no town's name though a number stands before them: a year's events, a
# month, a document.
NOT_A_TOWN = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Janvier|Mars|Avril|Mai|Juin|Juillet|Enero|Febrero|Marzo|Abril|Mayo|Junio|Julio|"
    r"Agosto|Annual|Conference|Meeting|Session|Report|Budget|Edition|Room|Suite|Floor|Street|"
    r"Avenue|Road|Box|Tel|Fax|Phone|Excellenc\w*|Excelencia|Your|Dear|Monsieur|Madame|Señor\w*|"
    r"Sir|Madam)\b"
)
# A year after its month is no postcode: "20 March 2031 Excellency,".
MONTH_BEFORE = re.compile(
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|"
    r"novembre|d[ée]cembre|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|"
    r"octubre|noviembre|diciembre)\W{0,3}(?:\d{1,2}\W{1,3})?(?:de\s+)?$",
    re.IGNORECASE,
)


def prose(line) -> bool:
    """Whether a line runs as prose: six words in lower case or more."""
    return len(LOWER_WORD.findall(line)) >= 6


def postcode_town(line) -> str | None:
    """The town a line of a letterhead's address names by its postcode; not a sentence's."""
    if prose(line):
        return None
    for found in POSTCODE_TOWN.finditer(line):
        town = found.group("town") or found.group("british")
        if not NOT_A_TOWN.match(town) and not MONTH_BEFORE.search(line, 0, found.start("town")):
            return town
    return None


# A word in lower case, as prose has many and a letterhead few.
LOWER_WORD = re.compile(r"(?<![\w-])[a-zà-ÿ]")
# A line of the writer's contacts: a letterhead flattened onto one line holds one.
CONTACT = re.compile(r"\b(?:Telephone|T[ée]l[ée]phone|Tel|T[ée]l|Phone|Fax|Telex|Cables?)\b", re.I)


def flattened_letterhead(line) -> bool:
    """Whether a long line is a letterhead run together (its name, address and telephone),
    not prose: few words in lower case, and a telephone's or a fax's word or the parts of an
    address parted by commas."""
    return len(LOWER_WORD.findall(line)) <= 3 and (
        bool(CONTACT.search(line)) or line.count(",") >= 3
    )
