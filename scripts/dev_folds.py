"""The development part split again into letters to tune on and letters kept to check that a
change carries over to letters it was not written for: the development letters of the
latest round of the corpus (names `pN_…` with the highest N), which no rule has been written
on yet. Once a round's letters have been tuned on, the next round's take their place.
The test part is never read.

    .venv/bin/python scripts/dev_folds.py --list tuning
    .venv/bin/python scripts/dev_folds.py --score validation   # aggregate only
"""

import argparse
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading.evaluation.corpus import score_folder, split_of  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def round_of(name: str) -> int:
    found = re.match(r"p(\d+)_", name)
    return int(found.group(1)) if found else 0


def development_folds() -> dict[str, list[str]]:
    names = split_of(CORPUS)["development"]
    latest = max(round_of(name) for name in names)
    return {
        "tuning": [name for name in names if round_of(name) != latest],
        "validation": [name for name in names if round_of(name) == latest],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    action = parser.add_mutually_exclusive_group(required=True)
    action.add_argument("--list", choices=("tuning", "validation"))
    action.add_argument("--score", choices=("tuning", "validation"))
    args = parser.parse_args()
    folds = development_folds()
    if args.list:
        print("\n".join(folds[args.list]))
        return 0
    report = score_folder(CORPUS, names=set(folds[args.score]))
    print(f"{args.score}: {report['documents']} letters; macro F1 {report['macro_f1']}")
    for field, values in report["fields"].items():
        p, r, f1, n = (values[k] for k in ("precision", "recall", "f1", "support"))
        print(f"  {field:<20} P {p:.2f}  R {r:.2f}  F1 {f1:.2f}  n {n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
