"""A length of time is no clock time: "it will last 2 to 3 hours", "durará de 2 a 3 horas",
"elle durera 2 heures", "for about two hours", "una duración de 3 horas". Pure."""

from __future__ import annotations

import re

# The words just before the hours that make them a length: a verb of lasting or taking, or
# a noun of duration; "about", "environ", "unas" may come between.
_LASTING = re.compile(
    r"(?:\blast(?:s|ing)?|\btak(?:e|es|ing)|\bfor|\bdur(?:e|era|eront|ant)|\bdur[ée]e\s+(?:de|d['’])|"
    r"\bdurar[áa]n?|\bdura(?:n|r)?|\bduraci[óo]n\s+de|\bduration\s+of|\bpendant|\bdurante)"
    r"(?:\s+(?:about|around|approximately|some|up\s+to|environ|quelque|unas?|aproximadamente|"
    r"alrededor\s+de|entre|between|from|de|d['’]))?\s*"
    # the second hours of a range: "de 2 a |3 horas", "2 to |3 hours"
    r"(?:\d{1,2}(?:\s*[-–]\s*|\s+(?:to|or|and|a|à|et|ou|o|y)\s+))?$",
    re.IGNORECASE,
)
# Hours said as a quantity: "2 hours", "deux heures", "3 horas", "2 to 3 hours"
_QUANTITY_UNIT = re.compile(r"\s*(?:hours?|heures?|horas?|hrs?|h)\b", re.IGNORECASE)


def is_duration(text: str, start: int, end: int) -> bool:
    """Whether the hours written at ``start`` to ``end`` in ``text`` are a length of time:
    a verb or noun of lasting just before them, and no minutes or half of the day."""
    written = text[start:end]
    if re.search(r"[:.]\d|\d\s?h\s?\d|[ap]\.?\s?m\b", written, re.IGNORECASE):
        return False
    return bool(_LASTING.search(text, max(0, start - 40), start)) and bool(
        _QUANTITY_UNIT.search(written) or _QUANTITY_UNIT.match(text, end)
    )
