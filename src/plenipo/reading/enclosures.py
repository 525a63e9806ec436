"""What a letter encloses or attaches. Pure."""

import re

from plenipo.reading.model import Enclosure, Span

ENCLOSE = re.compile(
    r"(?:please\s+find\s+(?:enclosed|attached)|I\s+(?:have\s+the\s+honou?r\s+to\s+)?(?:enclose|transmit|attach)|"
    r"(?:attached|enclosed)\s+(?:is|are|herewith|please\s+find)|ci-joint|veuillez\s+trouver\s+ci-joint|"
    r"adjunt[oa]|se\s+adjunta|encontrar[áa]\s+adjunt[oa])\s+(?P<what>(?:\b(?:H\.E|Mr|Ms|Mrs|Dr|No|St)\.|"
    r"[^.]|\.(?=\S)){3,300})",
    re.IGNORECASE,
)


def enclosures(text, dates) -> list[Enclosure]:
    found = []
    for match in ENCLOSE.finditer(text):
        what = " ".join(match.group("what").split())
        dated = next(
            (d for d in dates if match.start("what") <= d.start < match.end("what") and d.last),
            None,
        )
        found.append(
            Enclosure(
                description=what[:200],
                date=dated.last_bounds() if dated else None,
                evidence=Span(*match.span("what")),
                confidence=0.7,
            )
        )
    return found
