"""Decision and resolution symbols as written: "decision 4/4", "resolution 9/1",
"A/RES/71/287", "GA res. 64/293". Pure."""

import re
from dataclasses import dataclass

_NUMBERED = re.compile(r"^\s*(decision|resolution)\s+(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE)
_UN = re.compile(r"^\s*A\s*/\s*RES\s*/\s*(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE)
_GA_SHORT = re.compile(
    r"^\s*(?:GA|General Assembly)\s+res(?:olution|\.)?\s*(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE
)


class SymbolError(ValueError):
    pass


@dataclass(frozen=True)
class Symbol:
    kind: str  # "decision" or "resolution"
    session: int
    number: int
    prefix: str = ""  # "A/RES/" for General Assembly resolutions

    def __str__(self) -> str:
        if self.prefix:
            return f"{self.prefix}{self.session}/{self.number}"
        return f"{self.kind} {self.session}/{self.number}"


def parse_symbol(text: str) -> Symbol:
    """Normalise a symbol; raise SymbolError naming the accepted forms."""
    value = str(text or "")
    if match := _NUMBERED.match(value):
        return Symbol(match.group(1).lower(), int(match.group(2)), int(match.group(3)))
    if match := _UN.match(value) or _GA_SHORT.match(value):
        return Symbol("resolution", int(match.group(1)), int(match.group(2)), "A/RES/")
    raise SymbolError(
        f"cannot read {value!r} as a decision symbol "
        "(use 'decision 4/4', 'resolution 9/1' or 'A/RES/71/287')"
    )
