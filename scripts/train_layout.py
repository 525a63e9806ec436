"""Builds the reader's layout model (src/plenipo/reading/data/layout.crfsuite) from the
development part of the labelled corpus (tests/corpus/split.json): never from the test
part. Run again after adding letters to the development part:

    .venv/bin/python scripts/train_layout.py
"""

import json
import sys
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading.evaluation.layout_labels import gold_zones  # noqa: E402
from plenipo.reading.layout import MODEL, features, segments  # noqa: E402
from plenipo.reading.text import normalised  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}


def development_letters():
    split = json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))
    for name in split["development"]:
        text = normalised((CORPUS / f"{name}.txt").read_text(encoding="utf-8"))
        yield name, text, json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))


def main() -> int:
    trainer = pycrfsuite.Trainer(verbose=False)
    count = 0
    for _, text, label in development_letters():
        items = segments(text)
        if items:
            trainer.append(features(items), gold_zones(text, label))
            count += 1
    trainer.set_params(PARAMS)
    MODEL.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(MODEL))
    print(f"layout model trained on {count} development letters: {MODEL.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
