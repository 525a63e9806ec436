"""An enclosed paper and what followed on it are two items: "the Report of the Commission
and subsequent Council Decision on the same" encloses the report and the Council's decision
on the report; "le rapport et la décision subséquente du Conseil sur celui-ci", "el informe
y la decisión posterior del Consejo al respecto". Pure."""

from __future__ import annotations

import dataclasses
import re

from plenipo.reading.model import Enclosure

SEQUEL = re.compile(
    r"\s+(?:and|et|y)\s+(?:the\s+|la\s+|le\s+|el\s+)?"
    r"(?P<sequel>(?:subsequent|related|ensuing|resulting|subs[ée]quente?|posterior)\b[^,;]{3,120}?"
    r"|[^,;]{3,80}?\b(?:subs[ée]quente?|posterior)\b[^,;]{3,80}?)"
    r"[ \t]+(?P<same>on\s+the\s+same|thereon|on\s+it|sur\s+celui-ci|sur\s+celle-ci|"
    r"al\s+respecto|sobre\s+el\s+mismo|sobre\s+la\s+misma)\s*\.?$",
    re.IGNORECASE,
)


def sequels_apart(found: list[Enclosure]) -> list[Enclosure]:
    """``found`` with each "X and subsequent Y on the same" as X, then Y on X."""
    out = []
    for enclosure in found:
        sequel = SEQUEL.search(enclosure.description)
        if not sequel:
            out.append(enclosure)
            continue
        first = enclosure.description[: sequel.start()].strip(" ,")
        on = {"sur": "sur", "al": "sobre", "sobre": "sobre"}.get(
            sequel["same"].split()[0].lower(), "on"
        )
        second = f"{sequel['sequel']} {on} {first}"
        out += [
            dataclasses.replace(enclosure, description=first),
            dataclasses.replace(enclosure, description=second),
        ]
    return out
