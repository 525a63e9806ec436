"""Decision and resolution symbols as written: "decision 4/4", "resolution 9/1",
"A/RES/71/287", "GA res. 64/293", and the Council of Europe's Committee of Ministers'
"CM/Del/Dec(2026)1450/4.1" and "CM/Res(2020)1". Pure."""

import re
from dataclasses import dataclass

_NUMBERED = re.compile(r"^\s*(decision|resolution)\s+(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE)
_UN = re.compile(r"^\s*A\s*/\s*RES\s*/\s*(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE)
_GA_SHORT = re.compile(
    r"^\s*(?:GA|General Assembly)\s+res(?:olution|\.)?\s*(\d+)\s*/\s*(\d+)\s*$", re.IGNORECASE
)

# The Ministers' Deputies' decisions: the year, the meeting, the item ("4.1", "10.3a").
_COE_DECISION = re.compile(
    r"^\s*CM\s*/\s*Del\s*/\s*Dec\s*\(\s*(\d{4})\s*\)\s*(\d+)\s*/\s*(\d+[a-z]?(?:\.\d+[a-z]?)*)\s*$",
    re.IGNORECASE,
)
# The Committee of Ministers' resolutions: general, on the execution of judgments (DH),
# on the Framework Convention for national minorities (CMN), on the Social Charter (ChS).
_COE_RESOLUTION = re.compile(
    r"^\s*CM\s*/\s*(Res|ResDH|ResCMN|ResChS)\s*\(\s*(\d{4})\s*\)\s*(\d+)\s*$", re.IGNORECASE
)
_COE_SERIES = {"res": "Res", "resdh": "ResDH", "rescmn": "ResCMN", "reschs": "ResChS"}


class SymbolError(ValueError):
    pass


@dataclass(frozen=True)
class Symbol:
    kind: str  # "decision" or "resolution"
    session: int
    number: int
    prefix: str = ""  # "A/RES/" for General Assembly resolutions, "CM/" for the CoE's
    written: str = ""  # a Council of Europe symbol, spelled as the Council spells it

    def __str__(self) -> str:
        if self.written:
            return self.written
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
    if match := _COE_DECISION.match(value):
        year, meeting, item = match.groups()
        written = f"CM/Del/Dec({year}){int(meeting)}/{item.lower()}"
        return Symbol("decision", int(year), int(meeting), "CM/", written)
    if match := _COE_RESOLUTION.match(value):
        series, year, number = match.groups()
        written = f"CM/{_COE_SERIES[series.lower()]}({year}){int(number)}"
        return Symbol("resolution", int(year), int(number), "CM/", written)
    raise SymbolError(
        f"cannot read {value!r} as a decision symbol (use 'decision 4/4', 'resolution 9/1', "
        "'A/RES/71/287', 'CM/Del/Dec(2026)1450/4.1' or 'CM/Res(2020)1')"
    )
