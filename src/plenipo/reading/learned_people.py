"""The sender and the addressee a learned scorer finds where the rules find none. Pure.

The candidates are the lines a clerk would look at: for the sender, a person's name on a
short line of the letter's first or last lines (the letterhead, the signature block and
what follows the close); for the addressee, the short lines of the head above the body (a
block of address, a "To:" line, an "Excellency" line) and a closing "To all Permanent
Representatives …" line. Each is described by the layout model's zone of its line and its
neighbours', where it stands, its shape (capitalised words, honorifics, posts, digits) and
the line under it. A logistic scorer, its weights learned from the labelled development
letters (``scripts/train_people.py``, shipped as ``data/people.json``), gives each
candidate the chance of being the letter's sender or an addressee: the likeliest is taken,
when its chance is at least the field's threshold, only where the rules read none.

Not called by the reader: measured out of fold by site (``train_people.py --cv``), the
fallback lowers both fields' F1 on the development letters (docs/benchmarks.md).
"""

from __future__ import annotations

import dataclasses
import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from plenipo.reading.addressee_lines import CONTACT, PERSON_START, TO_LINE
from plenipo.reading.layout import zones
from plenipo.reading.model import Mention, Person, Span
from plenipo.reading.name_words import NOT_A_NAME
from plenipo.reading.people import (
    COURTESY,
    HONORIFIC,
    NAME,
    ORGANIZATION_LINE,
    PARTICLE,
    SIGNED,
    TITLE_LINE,
    TITLE_WORDS,
)

WEIGHTS = Path(__file__).parent / "data" / "people.json"
HEAD_LINES = 18
FOOT_LINES = 22
SHORT = 90
ADDRESS_LONG = 160
# The chance from which a candidate is taken, per field (set from the out-of-fold measure).
CHOSEN = {"sender": 0.9, "addressee": 0.9}
MOST = 0.75  # a guess is never as sure as a rule's reading

GROUP = re.compile(
    r"\b(?:All|Tous|Toutes|Todos|Todas|Permanent\s+(?:Representatives|Missions)|Member\s+States|"
    r"Heads|Chefs|Jefes|Missions|Representatives|Parties|Partes|Focal\s+Points|Governments)\b"
)
COURTESY_START = re.compile(rf"^\s*(?:{COURTESY})\b")
LABEL = re.compile(r"^[ \t]*[\w./’' -]{1,25}:[ \t]*")
DATED = re.compile(r"\b(?:19|20)\d\d\b")
# A name in the sentence that opens a news page or a record: "a message from the OSPAR
# Chair, Richard Cronin:", "Letter from Dr. Nasser Al-Kidwa, Permanent Observer …"
NAME_IN_PROSE = re.compile(
    r"(?:\b(?:Mr|Ms|Mrs|Dr|M|Mme|Sr|Sra|Ambassador|Minister|Chair|President|Président|"
    r"Presidente|Secretary|Ministre|Ministro|Canciller|ambassadeur|embajador)\.?,?[ \t]+"
    r"|,[ \t]+|\()"
    rf"(?P<name>[A-ZÀ-Ý][\w’'-]+(?:[ \t]+(?:[A-ZÀ-Ý][\w’'.-]*|{PARTICLE})){{1,3}})"
    r"(?=[,:)]|[ \t]+(?:a|has|sent|wrote|au|à)\b)"
)
PROSE_LINES = 3
# A sentence: some eight words and more, ended by a full stop.
PROSE = re.compile(r"^(?:\S+\s+){7,}\S*[a-zà-ÿ)]\.\s*$")
SALUTED = re.compile(
    r"\W*(?:Dear|Sir|Madam|Señora?|Monsieur|Madame|Estimad[oa]|Querid[oa]|Ch[eè]re?)\b"
)


@dataclass(frozen=True)
class Candidate:
    text: str
    start: int
    end: int
    index: int  # the line's place among the letter's lines


def _sender_name(line: str) -> tuple[str, int] | None:
    """(name, where in ``line``) of a person's name on a short line, or after its label."""
    for piece, shift in _pieces(line):
        found = NAME.match(piece)
        if found and _a_name(found.group("name")):
            return found.group("name").strip(), shift + found.start("name")
    return None


def _a_name(name: str) -> bool:
    """Whether ``name`` is no organisation, post or salutation ("Dear Mr Roe")."""
    return not (NOT_A_NAME.search(name) or TITLE_LINE.match(name) or SALUTED.match(name))


def _pieces(line: str):
    """The line, the part before its first comma ("Jane Roe, Director"), the part after a
    label ("Signed: Jane Roe")."""
    yield line, 0
    if "," in line:
        yield line[: line.index(",")], 0
    label = LABEL.match(line) or SIGNED.match(line)
    if label and label.end():
        yield line[label.end() :], label.end()


def sender_candidates(labelled) -> list[Candidate]:
    """Every person's name on a short line of the first or last lines, once."""
    last = len(labelled) - FOOT_LINES
    # the one a salutation greets ("Dear Mr Dorn,") is written to, not the writer
    saluted = {
        word.casefold()
        for segment, _ in labelled[:HEAD_LINES]
        if SALUTED.match(segment.text)
        for word in re.findall(r"[^\W\d_]+", segment.text)
    }
    found, seen = [], set()
    for index, (segment, _) in enumerate(labelled):
        line = segment.text
        if HEAD_LINES <= index < last:
            continue
        named = [_sender_name(line)] if len(line.strip()) <= SHORT else []
        if index < PROSE_LINES:
            named += [(m.group("name"), m.start("name")) for m in NAME_IN_PROSE.finditer(line)]
        for name, at in filter(None, named):
            key = name.casefold()
            if key not in seen and key.split()[-1] not in saluted and _a_name(name):
                seen.add(key)
                start = segment.start + at
                found.append(Candidate(name, start, start + len(name), index))
    return found


def addressee_candidates(labelled) -> list[Candidate]:
    """The short lines of the head above the body, and a closing line to a group."""
    body = next((i for i, (_, zone) in enumerate(labelled) if zone == "body"), HEAD_LINES)
    last = len(labelled) - FOOT_LINES
    found = []
    for index, (segment, _) in enumerate(labelled):
        line = segment.text.strip()
        head = index < min(max(body, 3), HEAD_LINES)
        closing_group = index >= last and GROUP.search(line) and len(line) < ADDRESS_LONG
        if not (head or closing_group) or len(line) > ADDRESS_LONG or len(line) < 3:
            continue
        if PROSE.search(line) or SALUTED.match(line):
            # a sentence of the body; a salutation, which the rules weigh of their own
            continue
        to = TO_LINE.match(segment.text)
        if to and to.group("first"):
            line = to.group("first").strip()
        start = segment.text.find(line)
        start = segment.start + max(start, 0)
        found.append(Candidate(line, start, start + len(line), index))
    return found


def _shape(line: str) -> list[str]:
    words = line.split()
    capitals = sum(1 for w in words if w[:1].isupper())
    return [
        f"words={min(len(words), 8)}",
        f"capitalised={min(capitals, 6)}",
        f"all_capitalised={bool(words) and capitals == len(words)}",
        f"upper={line.isupper()}",
        f"digit={any(c.isdigit() for c in line)}",
        f"year={bool(DATED.search(line))}",
        f"comma={',' in line}",
        f"ends={line.rstrip()[-1:] if line.strip() else ''}",
        f"length={min(len(line) // 15, 8)}",
        f"honorific={bool(HONORIFIC.match(line) or PERSON_START.match(line))}",
        f"courtesy={bool(COURTESY_START.match(line))}",
        f"title_words={bool(TITLE_WORDS.search(line))}",
        f"title_line={bool(TITLE_LINE.match(line))}",
        f"organization={bool(ORGANIZATION_LINE.match(line.strip()))}",
        f"not_a_name={bool(NOT_A_NAME.search(line))}",
        f"contact={bool(CONTACT.search(line))}",
        f"group={bool(GROUP.search(line))}",
        f"label={bool(LABEL.match(line))}",
        f"to_line={bool(TO_LINE.match(line))}",
    ]


def _neighbours(labelled, index: int) -> list[str]:
    """The zones around the line and the shape of the line under it."""
    zone = labelled[index][1]
    above = labelled[index - 1][1] if index else "start"
    below = labelled[index + 1] if index + 1 < len(labelled) else None
    under = below[0].text if below else ""
    closes = [i for i, (_, z) in enumerate(labelled) if z == "closing" and i <= index]
    since = index - closes[-1] if closes else "none"
    return [
        f"zone={zone}",
        f"above={above}",
        f"below={below[1] if below else 'end'}",
        f"zones={above}>{zone}",
        f"since_close={since if since == 'none' else min(since, 6)}",
        f"under_post={bool(TITLE_WORDS.search(under) and len(under) < SHORT)}",
        f"under_title_line={bool(TITLE_LINE.match(under))}",
        f"under_organization={bool(ORGANIZATION_LINE.match(under.strip()))}",
        f"under_contact={bool(CONTACT.search(under))}",
    ]


def features(labelled, item: Candidate, rule: str) -> list[str]:
    """What the scorer weighs of ``item``: where its line stands, its shape, its
    neighbours', and what the rules read (``rule``: "none", "post" or "name")."""
    line = labelled[item.index][0].text
    from_end = len(labelled) - 1 - item.index
    place = [
        f"top={min(item.index, HEAD_LINES)}",
        f"bottom={min(from_end, FOOT_LINES)}",
        f"half={'head' if item.index < len(labelled) - item.index else 'foot'}",
        f"rule={rule}",
        f"whole_line={item.text.strip() == line.strip()}",
        f"in_prose={len(line) > SHORT}",
        f"before={_word_before(line, item.start - labelled[item.index][0].start)}",
    ]
    feats = ["bias", *place, *_neighbours(labelled, item.index), *_shape(line)]
    tokens = item.text.split()
    feats += [f"name_words={min(len(tokens), 6)}", f"name_upper={item.text.isupper()}"]
    # the zone weighs differently at the head and at the foot of a letter
    return feats + [f"{f}&{place[2]}" for f in feats[6:10]]


def _word_before(line: str, at: int) -> str:
    words = line[max(0, at - 20) : max(at, 0)].split()
    return words[-1].lower().strip(".,(") if words else "none"


def score(weights: dict[str, float], feats: list[str]) -> float:
    total = sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, total))))


@cache
def _weights() -> dict[str, dict[str, float]]:
    return json.loads(WEIGHTS.read_text(encoding="utf-8"))


def likeliest(weights, scored, threshold: float):
    """(chance, candidate) of the likeliest of ``scored`` ((features, candidate)) when its
    chance reaches ``threshold``, else None."""
    best = max(((score(weights, f), item) for f, item in scored), key=lambda p: p[0], default=None)
    return best if best and best[0] >= threshold else None


def rule_says(sender: Person | None) -> str:
    if sender is None:
        return "none"
    return "name" if sender.name else "post"


def learned_sender(labelled, sender: Person | None, weights=None, rule=None) -> Person | None:
    """The sender's name the scorer finds, kept with the rules' post when they read one."""
    weights = weights or _weights()["sender"]
    rule = rule or rule_says(sender)
    scored = [(features(labelled, c, rule), c) for c in sender_candidates(labelled)]
    found = likeliest(weights, scored, CHOSEN["sender"])
    if found is None:
        return sender
    chance, best = found
    evidence = Span(best.start, best.end)
    confidence = round(min(chance, MOST), 2)
    if sender:
        return dataclasses.replace(sender, name=best.text, evidence=evidence, confidence=confidence)
    return Person(best.text, None, None, evidence, confidence)


def learned_addressee(labelled, rule: str, weights=None) -> Mention | None:
    weights = weights or _weights()["addressee"]
    scored = [(features(labelled, c, rule), c) for c in addressee_candidates(labelled)]
    found = likeliest(weights, scored, CHOSEN["addressee"])
    if found is None:
        return None
    chance, best = found
    return Mention(best.text, Span(best.start, best.end), round(min(chance, MOST), 2))


def with_learned_people(reading, text: str, start: int = 0):
    """``reading`` with the sender's name and an addressee the scorer finds in ``text``
    (from ``start``, where the letter begins) where the rules read none; offsets of text."""
    sender = reading.sender
    needs_sender = sender is None or sender.name is None
    if not (needs_sender or not reading.addressees):
        return reading
    labelled = zones(text[start:])
    if not labelled:
        return reading
    changes = {}
    if needs_sender:
        found = learned_sender(labelled, sender)
        if found is not sender:
            changes["sender"] = _shifted(found, start)
    if not reading.addressees:
        found = learned_addressee(labelled, rule_says(sender))
        if found:
            changes["addressees"] = (_shifted(found, start),)
    return dataclasses.replace(reading, **changes) if changes else reading


def _shifted(value, start: int):
    span = value.evidence
    return dataclasses.replace(value, evidence=Span(span.start + start, span.end + start))
