"""The writer's own reference set on the dateline, after the date: "23 February 2031 Our
ref. 6115/ls", "Genève, le 3 mai 2031   N/Réf. : DG/2031/4", "Lima, 3 de mayo de 2031
Nuestra ref.: OF-45/2031". Pure."""

import re

from plenipo.reading.dates import DATE_SHAPE
from plenipo.reading.model import Mention, Span

# A city may come first: "Genève, le 3 mai 2031"; only the writer's own label, not "Your
# ref.", which quotes the addressee's.
DATED_OWN = re.compile(
    r"^[ \t]*(?:[^\W\d_][^\n\d]{0,40}?)?(?:" + DATE_SHAPE.pattern + r")[ \t,;.–-]+"
    r"(?i:Our|Notre|Nos|Nuestra|N/)[ \t]*(?i:r[ée]f(?:[ée]rence|erence|erencia)?s?)\.?[ \t]*:?"
    r"[ \t]*(?P<ref>[^\s:][^\n]{0,40}?)[ \t]*$",
    re.MULTILINE | re.IGNORECASE,
)
HEAD = 1500
# A labelled reference read at a line's start is surer than one read on the dateline.
LABELLED = 0.9


def reference_after_date(text, found: Mention | None) -> Mention | None:
    """``found`` (the reference read otherwise) unless it was read without a label and the
    dateline labels the writer's own."""
    if found and found.confidence >= LABELLED:
        return found
    match = DATED_OWN.search(text[:HEAD])
    if not match or not re.search(r"[\d/]", match.group("ref")):
        return found
    return Mention(match.group("ref"), Span(*match.span("ref")), 0.85)
