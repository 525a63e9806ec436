"""The layout model measured on sites it was not trained on: a cross-validation over the
development part of the corpus, its letters grouped by site (all of a site's letters in one
fold), each fold zoned by a model trained on the others, on the same training sequences as
scripts/train_layout.py. Beside it, the model trained on every development letter and
scored on them, so that the gap between the two shows how much of the model is memory. Per
zone precision, recall and F1 over segments. The test part is never read.

    .venv/bin/python scripts/layout_cv.py            # 5 folds
    .venv/bin/python scripts/layout_cv.py --c1 0.2 --c2 0.01
"""

import argparse
import sys
import tempfile
from collections import Counter
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_layout  # noqa: E402

from plenipo.reading.evaluation.corpus import site_of  # noqa: E402
from plenipo.reading.layout import ZONES, features  # noqa: E402


def site_folds(letters, k: int) -> list[list[int]]:
    """Indexes of ``letters`` in ``k`` folds of whole sites, the largest sites placed first,
    each in the fold with the fewest letters so far (ties by name: the same on every run)."""
    by_site: dict[str, list[int]] = {}
    for index, (_, _, label) in enumerate(letters):
        by_site.setdefault(site_of(label["source"]["url"]), []).append(index)
    folds: list[list[int]] = [[] for _ in range(k)]
    for site in sorted(by_site, key=lambda s: (-len(by_site[s]), s)):
        min(folds, key=len).extend(by_site[site])
    return folds


def prepared(letters):
    """Per letter: its training pairs (features, zones), and the pair of the letter as the
    reader sees it (the first, not augmented), which is what a held-out letter is scored on."""
    return [
        [(features(items), zones) for items, zones in train_layout.training_sequences(text, label)]
        for _, text, label in letters
    ]


def tagged(model: Path, pairs) -> list[tuple[str, str]]:
    """(gold, predicted) of every segment of ``pairs``."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    found = []
    for feats, zones in pairs:
        found.extend(zip(zones, tagger.tag(feats), strict=True))
    return found


def report(found) -> dict[str, tuple[float, float, float, int]]:
    """Per zone (precision, recall, F1, support), and the macro average over the zones."""
    gold, guess, right = Counter(), Counter(), Counter()
    for g, p in found:
        gold[g] += 1
        guess[p] += 1
        right[g] += g == p
    rows = {}
    for zone in ZONES:
        p = right[zone] / guess[zone] if guess[zone] else 0.0
        r = right[zone] / gold[zone] if gold[zone] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows[zone] = (p, r, f1, gold[zone])
    present = [row for row in rows.values() if row[3]]
    means = (sum(row[i] for row in present) / len(present) for i in range(3))
    rows["macro"] = (*means, len(found))
    rows["accuracy"] = sum(right.values()) / len(found)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--c1", type=float, default=train_layout.PARAMS["c1"])
    parser.add_argument("--c2", type=float, default=train_layout.PARAMS["c2"])
    parser.add_argument("--no-train-score", action="store_true", help="the held-out folds only")
    args = parser.parse_args()
    params = {**train_layout.PARAMS, "c1": args.c1, "c2": args.c2}
    letters = list(train_layout.development_letters())
    pairs = prepared(letters)
    held_out = []
    with tempfile.TemporaryDirectory() as folder:
        model = Path(folder) / "layout.crfsuite"
        for fold in site_folds(letters, args.folds):
            outside = set(fold)
            rest = (p for i, letter in enumerate(pairs) if i not in outside for p in letter)
            train_layout.train(rest, model, params)
            held_out += tagged(model, [pairs[i][0] for i in fold])
        cv = report(held_out)
        own = None
        if not args.no_train_score:
            train_layout.train((p for letter in pairs for p in letter), model, params)
            own = report(tagged(model, [letter[0] for letter in pairs]))
            size = model.stat().st_size
    setting = f"c1={args.c1} c2={args.c2}"
    print(f"{len(letters)} development letters, {args.folds} folds by site; {setting}")
    print(f"{'zone':<12} {'held-out P':>10} {'R':>5} {'F1':>5}  {'n':>5}   trained-on P / R / F1")
    for zone in (*ZONES, "macro"):
        p, r, f1, n = cv[zone]
        line = f"{zone:<12} {p:>10.2f} {r:>5.2f} {f1:>5.2f}  {n:>5}"
        if own:
            line += "   {:.2f} / {:.2f} / {:.2f}".format(*own[zone][:3])
        print(line)
    print(f"segments zoned right: held-out {cv['accuracy']:.3f}", end="")
    print(f", trained-on {own['accuracy']:.3f}" if own else "")
    if own:
        print(f"model trained on all: {size} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
