"""The development part split again, by site, into letters to tune on and letters kept to
check that a change carries over to sites it was not written for (a third of the
development sites, chosen by a hash of the site's name, so the same on every machine).
The test part is never read.

    .venv/bin/python scripts/dev_folds.py --list tuning
    .venv/bin/python scripts/dev_folds.py --score validation   # aggregate only
"""

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading.evaluation.corpus import score_folder, site_of, split_of  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def fold_of(site: str) -> str:
    digest = int(hashlib.sha256(site.encode()).hexdigest(), 16)
    return "validation" if digest % 3 == 0 else "tuning"


def development_folds() -> dict[str, list[str]]:
    folds = {"tuning": [], "validation": []}
    for name in split_of(CORPUS)["development"]:
        label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
        folds[fold_of(site_of(label["source"]["url"]))].append(name)
    return folds


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
