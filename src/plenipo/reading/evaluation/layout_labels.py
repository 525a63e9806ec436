"""The zone of each segment of a labelled letter, derived from its field labels (where the
labelled sender, reference, date and addressees stand) and from the letter's own formulas.
These are the training labels of the layout model. Pure."""

from __future__ import annotations

from plenipo.reading.dates import find_dates
from plenipo.reading.evaluation.score import norm, similar, tokens
from plenipo.reading.layout import CUES, segments

PROSE = 120


def _holds_date(text, iso) -> bool:
    return bool(iso) and any(d.last and d.last.isoformat() == iso for d in find_dates(text))


def _names_sender(text, sender) -> bool:
    name, title = sender.get("name"), sender.get("title")
    if name and norm(name) and norm(name) in norm(text):
        return True
    return bool(title) and len(text) < 200 and similar(text, title, 0.6)


def _fixed_zone(text, label) -> str | None:
    """The zone a segment has whatever its neighbours: formulas and labelled values."""
    short = len(text) < PROSE
    if CUES["furniture"].match(text) and len(text) < 40:
        return "furniture"
    if CUES["salutation"].match(text) and len(text) < 80:
        return "salutation"
    if CUES["closing"].search(text) and len(text) < 300:
        return "closing"
    reference = label.get("reference")
    if reference and short and norm(reference) in norm(text):
        return "reference"
    if short and _holds_date(text, label.get("date")):
        return "date"
    if CUES["enclosure"].match(text) and len(text) < 200:
        return "enclosure"
    if len(text) < 250 and "compliments" not in text.lower():
        for addressee in label.get("addressees") or []:
            if _addresses(text, addressee):
                return "addressee"
    return None


def _addresses(text, addressee) -> bool:
    """Whether ``text`` is (a line of) the address of ``addressee``: most of its words are
    the addressee's, not a sentence of the body that names the addressee ("Member States
    are invited to …")."""
    words, named = tokens(text), tokens(addressee)
    if not similar(text, addressee, 0.5) or len(words) < 0.5 * len(named):
        return False
    return not words or len(words & named) >= 0.5 * len(words)


def gold_zones(text: str, label: dict) -> list[str]:
    """One zone per segment of ``segments(text)``."""
    items = segments(text)
    zones = [_fixed_zone(item.text, label) for item in items]
    sender = label.get("sender") or {}
    closing = next((i for i, z in enumerate(zones) if z == "closing"), None)
    body_start = next(
        (
            i
            for i, (item, z) in enumerate(zip(items, zones, strict=True))
            if z == "salutation" or (z is None and len(item.text) >= PROSE)
        ),
        len(items),
    )
    tail_start = closing + 1 if closing is not None else int(len(items) * 0.7)
    for index, item in enumerate(items):
        if zones[index] is not None:
            continue
        if (index >= tail_start and len(item.text) < 160 and _names_sender(item.text, sender)) or (
            index > 0
            and zones[index - 1] == "signature"
            and len(item.text) < 160
            and (CUES["title"].search(item.text) or CUES["organization"].search(item.text))
        ):
            zones[index] = "signature"
        elif index < body_start and len(item.text) < PROSE:
            zones[index] = "letterhead"
        else:
            zones[index] = "body"
    return zones
