"""Holds out about a third of a round's new corpus letters for the test part of the split
(tests/corpus/split.json), by site, with a fixed-seed random search over subsets of the
round's new sites only: each draw puts each new site in the test part with probability
1/3, and the draw kept is the first that minimises

    (share of the round's letters in test - 1/3)^2
    + mean over the traits of the corpus table (docs/reading.md) present in the round of
      (share of the round's letters with that trait that are in test - 1/3)^2

Sites already in the split keep their side: a round's letters from them join it, and only
the round's new sites are drawn.
The round's letters must have their traits recorded in split.json's "traits" first.

    .venv/bin/python scripts/corpus_draw.py --names 'p6_a_*' --seed 20261127 [--write]
"""

import argparse
import fnmatch
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading.evaluation.corpus import site_of  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"
TRAITS = ("nv", "fres", "encl", "instr", "sig", "noisy")


def source_site(name: str) -> str:
    label = json.loads((CORPUS / f"{name}.json").read_text(encoding="utf-8"))
    return site_of(label["source"]["url"])


def cost(test_names, names, traits) -> float:
    """How far a choice of test letters is from a third, overall and trait by trait."""
    total = (len(test_names) / len(names) - 1 / 3) ** 2
    shares = []
    for trait in TRAITS:
        having = [name for name in names if trait in traits[name]]
        if having:
            held = sum(1 for name in having if name in test_names)
            shares.append((held / len(having) - 1 / 3) ** 2)
    return total + (sum(shares) / len(shares) if shares else 0.0)


def draw(by_site, traits, seed, draws):
    """The first subset of sites of least cost over ``draws`` fixed-seed draws."""
    rng = random.Random(seed)
    sites = sorted(by_site)
    names = [name for s in sites for name in by_site[s]]
    best = None
    for _ in range(draws):
        chosen = [s for s in sites if rng.random() < 1 / 3]
        held = {name for s in chosen for name in by_site[s]}
        value = cost(held, names, traits)
        if best is None or value < best[0]:
            best = (value, chosen)
    return best


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", required=True, help="glob of the round's letter names")
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--draws", type=int, default=200_000)
    parser.add_argument("--write", action="store_true", help="record the draw in split.json")
    args = parser.parse_args()

    split_path = CORPUS / "split.json"
    split = json.loads(split_path.read_text(encoding="utf-8"))
    names = sorted(p.stem for p in CORPUS.glob("*.json") if fnmatch.fnmatch(p.stem, args.names))
    missing = [name for name in names if name not in split["traits"]]
    if not names or missing:
        raise SystemExit(f"no letters, or letters without traits in split.json: {missing}")
    sides = {source_site(n): "development" for n in split["development"]}
    sides |= dict.fromkeys(split["test_sites"], "test")
    by_site, joining = {}, {"development": [], "test": []}
    for name in names:
        site = source_site(name)
        if site in sides:
            joining[sides[site]].append(name)
        else:
            by_site.setdefault(site, []).append(name)
    print(f"joining the side of their site: {joining}")

    value, chosen = draw(by_site, split["traits"], args.seed, args.draws)
    test = sorted([*joining["test"], *(name for s in chosen for name in by_site[s])])
    print(f"cost {value:.5f}; test sites {chosen}; {len(test)} of {len(names)} letters: {test}")
    if args.write:
        split["test"] = sorted(set(split["test"]) | set(test))
        split["development"] = sorted(set(split["development"]) | (set(names) - set(test)))
        split["test_sites"] = sorted(set(split["test_sites"]) | set(chosen))
        split_path.write_text(json.dumps(split, ensure_ascii=False, indent=1) + "\n", "utf-8")


if __name__ == "__main__":
    main()
