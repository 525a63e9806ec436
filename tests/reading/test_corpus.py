"""The reader on the development corpus: no field may fall below its recorded floor."""

import json
from pathlib import Path

from plenipo.reading.evaluation.corpus import score_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Recorded floors: raise them when the reader improves; CI fails if a field drops below.
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())


def test_the_corpus_has_the_seeds_and_enough_real_letters():
    labels = sorted(p.stem for p in CORPUS.glob("*.json"))
    assert {"seed_000", "seed_001", "seed_002"} <= set(labels)
    assert len(labels) >= 30
    for name in labels:
        label = json.loads((CORPUS / f"{name}.json").read_text())
        assert label["source"]["url"], name


def test_no_field_falls_below_its_floor():
    report = score_folder(CORPUS)
    below = {
        name: (report["fields"][name]["f1"], floor)
        for name, floor in FLOORS.items()
        if report["fields"][name]["f1"] < floor
    }
    assert below == {}
