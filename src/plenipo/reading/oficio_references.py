"""An oficio's number written after its kind with no sign of number, alone on a line at the
head: "Oficio DM-123-2031", "OFICIO SG/45/2031", "Of. DGT-0456-2031". Cited by its kind and
number as written, as an oficio labelled "Oficio Nº 422/2020" is. Pure."""

import re

from plenipo.reading.model import Mention, Span

OFICIO_LINE = re.compile(
    r"^[ \t]*(?P<ref>(?i:Oficio|Of\.|Ofic\.)[ \t]+(?!(?i:n[°ºo]|no\.|n[úu]m)\b)"
    # the number holds a digit and a dash or a slash: not "Oficio de la Secretaría"
    r"(?=[\w./-]*\d)(?=[\w./-]*[/-])[A-Z0-9][\w./-]{3,40})[ \t]*\.?[ \t]*$",
    re.MULTILINE,
)
HEAD = 1200


def oficio_reference(text) -> Mention | None:
    """The oficio's kind and number its own line gives near the top."""
    match = OFICIO_LINE.search(text[:HEAD])
    if not match:
        return None
    return Mention(match.group("ref"), Span(*match.span("ref")), 0.85)
