"""The reader on the development corpus: no field may fall below its recorded floor."""

import json
from pathlib import Path

import pytest

from plenipo.reading.evaluation.corpus import score_folder

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
# Recorded floors of the development part: raise them when the reader improves; CI fails if
# a field drops below.
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text())


def test_the_corpus_has_the_seeds_and_enough_real_letters():
    labels = sorted(p.stem for p in CORPUS.glob("*.json") if p.with_suffix(".txt").exists())
    assert {"seed_000", "seed_001", "seed_002"} <= set(labels)
    assert len(labels) >= 30
    for name in labels:
        label = json.loads((CORPUS / f"{name}.json").read_text())
        assert label["source"]["url"], name


# The floors guard every field on the development part, the letters the reader is tuned on:
# recorded just under its scores of 2026-11-26 (docs/benchmarks.md, the fifth round); doc_type,
# place, addressees, requested_actions and the macro floor lowered when the sixth round's batch A
# brought development letters of new kinds (notices, calls for nominations, reposted circulars).
# The seventh round lowered them again: batch A (governments' letters of 1779-2021, OCR'd and
# cut-short copies) doc_type, date, place, sender, addressees, meetings, requested_actions and
# the macro; batch B (international organizations' circulars and OCR'd court registry letters,
# one citing two dozen resolutions) also reference and instruments_cited; reference, sender,
# requested_actions and the macro once more when two development letters from mirrors of test
# sites joined the test part; reference when the layout model chosen by site-grouped
# cross-validation read a reminder's cited notice number as its own (p5_21). doc_type and
# meetings raised under the scores of the scored kind decision and the general meeting rules.
# The eighth round (18 letters: governments' and human rights mechanisms' letters, French and
# Spanish letters of heads of state) set every floor anew, just under its score, and the ninth
# (23 letters on treaty matters and on meetings) once more, with the rules of its tuning.
# The test part is scored by its own test below, which tuning leaves out.
def development_letters():
    return set(json.loads((CORPUS / "split.json").read_text(encoding="utf-8"))["development"])


def test_no_field_of_the_development_part_falls_below_its_floor():
    report = score_folder(CORPUS, names=development_letters())
    assert report["documents"] >= 124
    below = {
        name: (report["fields"][name]["f1"], floor)
        for name, floor in FLOORS.items()
        if report["fields"][name]["f1"] < floor
    }
    assert below == {}
    assert report["macro_f1"] >= DEVELOPMENT_FLOOR


DEVELOPMENT_FLOOR = 0.86
# The held-out test part's macro F1, recorded just under its last measurement (docs/
# benchmarks.md). While tuning the reader run `pytest tests/reading -m "not heldout"`: a
# rule chosen because this test passed or failed would be tuned on the test part. CI runs it,
# so that a change that breaks reading letters of other sites does not land unseen.
TEST_FLOOR = 0.67


@pytest.mark.heldout
def test_the_held_out_test_part_does_not_fall_below_its_floor():
    from plenipo.reading.evaluation.corpus import score_parts  # noqa: PLC0415

    report = score_parts(CORPUS, part="test")
    assert report["documents"] >= 65
    assert report["macro_f1"] >= TEST_FLOOR
