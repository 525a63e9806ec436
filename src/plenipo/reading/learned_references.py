"""The letter's own reference chosen by a learned scorer among the symbols and numbers its
head and foot give, the rules' own choice among them. Pure.

The candidates are what a clerk would look at for a letter's number: the rules' answer,
each symbol (``references.SYMBOL``), file number and "No. 123" in the first and last lines,
and each labelled reference line's value, in the form the rules cut a reference to. Each is
described by where it stands (the layout model's zone of its line, how far from the top, on
a line of its own), the label before it, its shape, whether a sentence cites it as another
letter's or a document's, and whether the rules chose it. A logistic scorer, its weights
learned from the labelled development letters (``scripts/train_reference.py``, shipped as
``data/reference.json``), gives each candidate the chance of being the letter's own: the
likeliest is the reference when that chance is at least one half, else the letter has none.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plenipo.reading.lines import end_of_line, start_of_line
from plenipo.reading.model import Mention, Span
from plenipo.reading.reference_forms import (
    NOT_A_SYMBOL,
    UNLABELLED_NOT_OWN,
    a_date_after_a_word,
    named_otherwise,
)
from plenipo.reading.references import (
    DATE_LIKE,
    FILE_NUMBER,
    POSTAL_DISTRICT,
    STAMP_TIME,
    SYMBOL,
    cited_at,
    cleaned_reference,
)

WEIGHTS = Path(__file__).parent / "data" / "reference.json"
HEAD = 1500
FOOT = 600
CHOSEN = 0.5
# The rules' readings under a label or in a known form (a circular's number, a note's on its
# dateline); below it, a symbol guessed for where it stands, which the scorer weighs.
SURE_RULE = 0.8

NUMBERED = re.compile(r"(?:\b(?:No\.?|Nr\.|N[°º])|№)[ \t]*\d{1,6}\b(?![/.-]\d)")
LABEL_BEFORE = re.compile(
    r"(?P<label>(?:our|notre|nuestra|n/)\s*r[ée]f\w*|(?:your|votre|su|v/)\s*r[ée]f\w*|r[ée]f\w*|"
    r"file|circular(?:\s+letter|\s+note)?|circulaire|circular|notification|nota|note|oficio|"
    r"no\.?|n[°º]|symbol|index|índice|document)\W{0,4}$",
    re.IGNORECASE,
)
CITED_BEFORE = re.compile(
    r"\b(?:your|votre|vuestra|su|its|his|her|their|my|our)\s+(?:\w+\s+){0,3}?"
    r"(?:note|letter|lettre|nota|carta|communication|reference)\b[^\n]{0,40}$"
    r"|\b(?:resolution|decision|document|r[ée]solution|d[ée]cision|documento|reglamento)\s*$"
    # a note or letter a sentence names by its number: "with reference to the Ministry's note
    # No. 445", "se refiere a su nota N° 12"; not a heading's "NOTE No. 35/2031"
    r"|\S[ \t]+(?:note|letter|lettre|nota|carta|oficio)(?:[ \t]+verbale?)?[ \t]+"
    r"(?:No\.?|N[°º]|n[úu]m(?:ero|\.)?)?[ \t]*$",
    re.IGNORECASE,
)
YEAR = re.compile(r"(?:19|20)\d\d")
DIGIT = re.compile(r"\d")
DATE_SHAPED = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{2,4}|(?:19|20)\d\d[-–](?:19|20)\d\d")


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    source: str


def _line_of(text: str, start: int) -> tuple[int, int]:
    return start_of_line(text, start), end_of_line(text, start)


def candidates(text: str, rule: Mention | None) -> list[Candidate]:
    """The values that could be the letter's own reference, each once by its form."""
    found = []
    if rule and rule.evidence:
        found.append(Candidate(rule.text, rule.evidence.start, rule.evidence.end, "rule"))
    for lo, hi, where in _digit_lines(text):
        for pattern in (SYMBOL, FILE_NUMBER, NUMBERED):
            for match in pattern.finditer(text, lo, hi):
                value = cleaned_reference(match.group(0))
                if any(c.isdigit() for c in value) and not _never_own(text, value, match):
                    found.append(Candidate(value, match.start(), match.end(), where))
    seen, kept = set(), []
    for item in found:
        key = item.text.lower()
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept


def _digit_lines(text: str):
    """(start, end, "head" or "foot") of the lines of the head and the foot that hold a
    digit: a reference has one, and most lines of prose do not."""
    foot = max(HEAD, len(text) - FOOT)
    for lo, hi, where in ((0, min(HEAD, len(text)), "head"), (foot, len(text), "foot")):
        digit = DIGIT.search(text, lo, hi)
        while digit:
            line_start, line_end = _line_of(text, digit.start())
            yield max(lo, line_start), min(hi, line_end), where
            digit = DIGIT.search(text, line_end + 1, hi)


def _never_own(text: str, value: str, match: re.Match) -> bool:
    """Whether ``value`` is what the rules never take for a number of the letter: a date, a
    stamp's date and time, a postal district, a session's name, a symbol named otherwise."""
    return bool(
        DATE_LIKE.match(value)
        or a_date_after_a_word(value)
        or STAMP_TIME.match(text, match.end())
        or POSTAL_DISTRICT.fullmatch(value)
        or NOT_A_SYMBOL.fullmatch(value)
        or UNLABELLED_NOT_OWN.fullmatch(value)
        or named_otherwise(text, match.start(), match.group(0))
    )


def _shape(value: str) -> list[str]:
    shape = re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "9", value)))
    digits = sum(c.isdigit() for c in value)
    return [
        f"shape={shape[:12]}",
        f"digits={min(digits, 8)}",
        f"length={min(len(value) // 4, 8)}",
        f"slash={min(value.count('/'), 3)}",
        f"year={bool(YEAR.search(value))}",
        f"dated={bool(DATE_SHAPED.fullmatch(value))}",
        f"bare_number={value.isdigit()}",
        f"has_no={value.lower().startswith(('no', 'n°', 'file'))}",
    ]


def features(text: str, item: Candidate, rule: Mention | None, zone_at) -> list[str]:
    """What the scorer weighs of ``item``: its source, place, label, shape and the rules'."""
    line_start, line_end = _line_of(text, item.start)
    line = text[line_start:line_end]
    before = text[max(line_start, item.start - 30) : item.start]
    label = LABEL_BEFORE.search(before)
    rest = (line[: item.start - line_start] + line[item.end - line_start :]).strip(" .,:;()")
    # how many lines stand above it, counted in the head only (never over the whole text)
    top = text.count("\n", 0, item.start) if item.start < HEAD else "foot"
    ruled = bool(rule) and rule.text.lower() == item.text.lower()
    sure = f"{min(rule.confidence, 0.9):.1f}" if ruled else "none"
    feats = [
        "bias",
        f"source={item.source}",
        f"rule_confidence={sure}",
        f"zone={zone_at(item.start)}",
        f"line={top if top == 'foot' else min(top, 8)}",
        f"alone={not rest}",
        f"rest={min(len(rest) // 15, 5)}",
        f"label={(label.group('label').lower()[:6] if label else 'none')}",
        f"cited={bool(CITED_BEFORE.search(text[max(0, item.start - 60) : item.start]))}",
        f"cited_by_rules={cited_at(text, item.start)}",
        f"in_prose={len(line) > 160}",
        f"rule_says={'none' if rule is None else 'other'}",
    ]
    # where it stands and how it is labelled weigh differently for the rules' choice
    feats += [f"{f}&rule={ruled}" for f in feats[1:]] + _shape(item.text)
    return [*feats, f"rule={ruled}"]


def zone_finder(labelled):
    """A function giving the layout zone of the segment holding a character offset."""
    starts = [segment.start for segment, _ in labelled]

    def zone_at(position: int) -> str:
        index = bisect.bisect_right(starts, position) - 1
        if index >= 0 and position < labelled[index][0].end:
            return labelled[index][1]
        return "none"

    return zone_at


def score(weights: dict[str, float], feats: list[str]) -> float:
    total = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def _weights() -> dict[str, float]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def best_candidate(weights, rule: Mention | None, scored) -> tuple[float, Candidate] | None:
    """The likeliest of ``scored`` ((features, candidate)) and its chance, when it is likely
    enough; a reference the rules read under a label or in a known form is kept whatever
    the scorer says."""
    chances = [(score(weights, feats), item) for feats, item in scored]
    if rule and rule.confidence >= SURE_RULE:
        return next(((c, item) for c, item in chances if item.source == "rule"), None)
    best = max(chances, key=lambda pair: pair[0], default=None)
    return best if best and best[0] >= CHOSEN else None


def chosen_reference(text: str, labelled, rule: Mention | None) -> Mention | None:
    """The letter's own reference: the likeliest candidate when likely enough, the rules'
    own reading of it (its evidence and confidence) when it is theirs."""
    zone_at = zone_finder(labelled)
    scored = [(features(text, item, rule, zone_at), item) for item in candidates(text, rule)]
    found = best_candidate(_weights(), rule, scored)
    if found is None:
        return None
    chance, best = found
    if best.source == "rule":
        return rule
    return Mention(best.text, Span(best.start, best.end), round(min(chance, 0.85), 2))
