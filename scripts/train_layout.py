"""Builds the reader's layout model (src/plenipo/reading/data/layout.crfsuite) from the
development part of the labelled corpus (tests/corpus/split.json), without its validation
letters (the latest round's): never from the test part. Run again after adding letters to
the development part:

    .venv/bin/python scripts/train_layout.py
"""

import json
import re
import sys
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading.evaluation.layout_labels import gold_zones  # noqa: E402
from plenipo.reading.layout import MODEL, features, segments  # noqa: E402
from plenipo.reading.text import (  # noqa: E402
    in_capitals,
    normalised,
    ocr_repaired,
    recased,
    unflattened,
    unwrapped,
)

CORPUS = ROOT / "tests" / "corpus"
PARAMS = {"c1": 0.5, "c2": 0.001, "max_iterations": 150, "feature.possible_transitions": True}


def round_of(name: str) -> int:
    found = re.match(r"p(\d+)_", name)
    return int(found.group(1)) if found else 0


def development_letters():
    """The development part without its validation letters (the latest round's, as
    scripts/dev_folds.py keeps them): the model never sees the letters that measure how the
    reader does on letters it was not built on."""
    split = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    latest = max(round_of(name) for name in split["development"])
    for name in split["development"]:
        if round_of(name) == latest:
            continue
        text = (CORPUS / f"{name}.txt").read_text(encoding="utf-8")
        yield name, text, json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def training_sequences(text, label, *, augment=True):
    """(segments, zones) of a letter as the reader sees it (line ends normalised, wrapped
    paragraphs joined, OCR's confusions repaired, a flattened heading's fields on lines of
    their own); with ``augment``, also of the same letter in capitals, and without its
    closing formula, as notifications and circulars are signed, so that the model finds a
    signature block by its own shape and not only after "Yours sincerely"."""
    text = unflattened(ocr_repaired(unwrapped(normalised(text))))
    items = segments(text)
    if not items:
        return
    zones = gold_zones(text, label)
    yield items, zones
    if not augment:
        return
    # The same letter in capitals, as the reader reads one (telegrams, airgrams).
    shouted = "".join(c.upper() if len(c.upper()) == 1 else c for c in text)
    if in_capitals(shouted):
        variant = segments(unflattened(recased(shouted)))
        if [v.text.lower() for v in variant] == [item.text.lower() for item in items]:
            yield variant, zones
    if "closing" not in zones:
        return
    # Blank the closing segments (offsets kept) and keep every other segment's zone.
    kept = [(item, zone) for item, zone in zip(items, zones, strict=True) if zone != "closing"]
    chars = list(text)
    for item, zone in zip(items, zones, strict=True):
        if zone == "closing":
            chars[item.start : item.end] = " " * (item.end - item.start)
    variant = segments("".join(chars))
    if kept and [v.text for v in variant] == [item.text for item, _ in kept]:
        yield variant, [zone for _, zone in kept]


def sequences(letters):
    """(features, zones) of every training sequence of ``letters`` ((name, text, label))."""
    for _, text, label in letters:
        for items, zones in training_sequences(text, label):
            yield features(items), zones


def train(pairs, path, params=PARAMS) -> None:
    """A layout model trained on ``pairs`` ((features, zones)) written to ``path``."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for feats, zones in pairs:
        trainer.append(feats, zones)
    trainer.set_params(params)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))


def main() -> int:
    letters = list(development_letters())
    train(sequences(letters), MODEL)
    print(f"layout model trained on {len(letters)} development letters: {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
