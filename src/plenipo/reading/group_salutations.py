"""Groups a letter is written to that only its salutation, or a heading over a salutation of
courtesy, names: "Dear Colleagues from National Statistical Offices,", "Chers collègues des
instituts nationaux de statistique,", and "Members of the Standing Committee" over "Dear
Members,". Pure."""

import re

from plenipo.reading.addressee_forms import GROUP_NOUNS, VERB
from plenipo.reading.addressing import SALUTATION_LINE
from plenipo.reading.model import Mention, Span

# A salutation of courtesy that says which colleagues or friends it means.
COLLEAGUES_FROM = re.compile(
    r"^[ \t]*(?:(?:My\s+)?Dear|Chers?|Ch[èe]res?|Estimad[oa]s|Querid[oa]s)[ \t]+"
    r"(?P<who>(?i:colleagues|friends|coll[èe]gues|amis|colegas|amig[oa]s)[ \t]+"
    r"(?i:from|of|in|at|de\s+la|de\s+l['’]|de\s+los|de\s+las|des|du|del|de|en)[ \t]*"
    # the group named in capitals ("National Statistical Offices"), or by its article in
    # French and Spanish ("des instituts nationaux de statistique")
    r"(?:(?i:the|les|los|las)[ \t]+)?[^\W\d_][^\n,:;]{2,140}?)[ \t]*[,:][ \t]*$",
    re.MULTILINE,
)
# "Dear Members,", "Dear Colleagues,", "Chers membres,", "Estimados miembros:": no group of
# their own, the heading above them says which.
COURTESY_SALUTATION = re.compile(
    r"[ \t]*(?:(?:My\s+)?Dear|Chers?|Ch[èe]res?|Estimad[oa]s|Querid[oa]s)[ \t]+"
    r"(?i:all|members|colleagues|friends|membres|coll[èe]gues|amis|miembros|colegas|"
    r"amig[oa]s)[ \t]*[,:][ \t]*$"
)
# The heading naming the group: a group's word opens it, then what the group belongs to.
GROUP_HEADING = re.compile(
    r"^[ \t]*(?:(?:All|The|Tou(?:s|tes)\s+les|Les|Tod(?:os|as)\s+l[oa]s|L[oa]s)\s+)?"
    r"(?:[A-ZÀ-Ý][\w-]*\s+)?(?i:" + GROUP_NOUNS + r")\s+(?i:of|to|du|des|de|del|to)\s+"
    r"[^\n]{3,120}$"
)
HEAD = 3000
HEADING_LENGTH = 140


def colleagues_from(text) -> list[Mention]:
    """The colleagues a salutation names by where they come from."""
    match = COLLEAGUES_FROM.search(text[:HEAD])
    if not match:
        return []
    who = match.group("who")
    return [Mention(" ".join(who.split()), Span(*match.span("who")), 0.45)]


def group_over_salutation(text) -> list[Mention]:
    """The group a heading names right above a salutation of courtesy ("Members of the
    Standing Committee" / "Dear Members,"), blank lines between them aside."""
    for salutation in SALUTATION_LINE.finditer(text[:HEAD]):
        if not COURTESY_SALUTATION.fullmatch(salutation.group(0).strip("\n")):
            continue
        above = text[: salutation.start()].rstrip()
        start = above.rfind("\n") + 1
        line = above[start:].strip()
        if (
            not line
            or len(line) > HEADING_LENGTH
            or line.endswith((":", ".", ";", ","))
            or VERB.search(line)
            or not GROUP_HEADING.match(line)
        ):
            return []
        offset = start + above[start:].find(line)
        return [Mention(line, Span(offset, offset + len(line)), 0.45)]
    return []
