"""Scoring the reader against hand-made labels: precision, recall and F1 per field. Pure.

Predictions and labels are compared in the JSON of docs/reading.md (``Reading.to_json``)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from plenipo.reading.instruments import canonical

SCALARS = ["doc_type", "language", "date", "place", "reference"]
FIELDS = [
    *SCALARS,
    "sender",
    "addressees",
    "enclosures",
    "instruments_cited",
    "meetings",
    "meeting_times",
    "deadlines",
    "requested_actions",
]
STOP = {
    "the",
    "of",
    "to",
    "and",
    "a",
    "an",
    "in",
    "on",
    "for",
    "this",
    "that",
    "your",
    "be",
    "de",
    "la",
    "le",
    "les",
    "des",
    "el",
    "los",
    "las",
    "y",
    "et",
    "en",
    "del",
    "du",
}


@dataclass
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp=0, fp=0, fn=0):
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    @property
    def precision(self):
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self):
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self):
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    tallies: dict = field(default_factory=lambda: {f: Tally() for f in FIELDS})

    def report(self) -> dict:
        fields = {
            name: {
                "precision": round(t.precision, 3),
                "recall": round(t.recall, 3),
                "f1": round(t.f1, 3),
                "support": t.tp + t.fn,
            }
            for name, t in self.tallies.items()
        }
        return {
            "fields": fields,
            "macro_f1": round(sum(f["f1"] for f in fields.values()) / len(fields), 3),
        }


def norm(value) -> str:
    text = unicodedata.normalize("NFKD", str(value or "")).encode("ascii", "ignore").decode()
    return " ".join(re.sub(r"[^\w/ ]", " ", text.lower()).split())


def tokens(value) -> set:
    return {w for w in norm(value).split() if w not in STOP and len(w) > 1}


def similar(a, b, threshold=0.4) -> bool:
    left, right = tokens(a), tokens(b)
    if not left or not right:
        return norm(a) == norm(b) and bool(norm(a))
    return len(left & right) / min(len(left), len(right)) >= threshold


def _scalar(tally, predicted, expected, same=lambda a, b: norm(a) == norm(b)):
    if expected in (None, ""):
        tally.add(fp=int(predicted not in (None, "")))
    elif predicted in (None, ""):
        tally.add(fn=1)
    elif same(predicted, expected):
        tally.add(tp=1)
    else:
        tally.add(fp=1, fn=1)


def _match_lists(tally, predicted, expected, same):
    remaining = list(predicted)
    for item in expected:
        hit = next((p for p in remaining if same(p, item)), None)
        if hit is None:
            tally.add(fn=1)
        else:
            remaining.remove(hit)
            tally.add(tp=1)
    tally.add(fp=len(remaining))


def _same_meeting(p, e):
    if e.get("start_date"):
        return p.get("start_date") == e["start_date"]
    return p.get("start_date") is None and p.get("status") == e.get("status")


def score_one(scores: Scores, predicted: dict, expected: dict) -> None:
    t = scores.tallies
    for name in SCALARS:
        _scalar(t[name], predicted.get(name), expected.get(name))
    sender, label = predicted.get("sender") or {}, expected.get("sender") or {}
    if label.get("name"):
        _scalar(t["sender"], sender.get("name"), label["name"])
    elif label.get("title"):
        _scalar(
            t["sender"], sender.get("title"), label["title"], same=lambda a, b: similar(a, b, 0.6)
        )
    else:
        _scalar(t["sender"], sender.get("name"), None)
    _match_lists(
        t["addressees"],
        predicted.get("addressees", []),
        expected.get("addressees", []),
        lambda a, b: similar(a, b, 0.5),
    )
    _match_lists(
        t["enclosures"],
        predicted.get("enclosures", []),
        expected.get("enclosures", []),
        lambda p, e: (
            (p.get("date") == e["date"])
            if e.get("date")
            else similar(p.get("description"), e.get("description"), 0.3)
        ),
    )
    _match_lists(
        t["instruments_cited"],
        {canonical(x) for x in predicted.get("instruments_cited", [])},
        {canonical(x) for x in expected.get("instruments_cited", [])},
        lambda a, b: a == b,
    )
    _match_lists(
        t["meetings"], predicted.get("meetings", []), expected.get("meetings", []), _same_meeting
    )
    timed = [m for m in expected.get("meetings", []) if m.get("start_time")]
    _match_lists(
        t["meeting_times"],
        [m for m in predicted.get("meetings", []) if m.get("start_time")],
        timed,
        lambda p, e: _same_meeting(p, e) and p["start_time"] == e["start_time"],
    )
    _match_lists(
        t["deadlines"],
        predicted.get("deadlines", []),
        expected.get("deadlines", []),
        lambda p, e: p.get("date") == e.get("date"),
    )
    _match_lists(
        t["requested_actions"],
        predicted.get("requested_actions", []),
        expected.get("requested_actions", []),
        lambda a, b: similar(a, b, 0.35),
    )
