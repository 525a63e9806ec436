"""Builds the reader's sender and addressee scorers (src/plenipo/reading/data/people.json)
from the development part of the labelled corpus, without its validation letters (the
latest round's, as scripts/train_layout.py): never from the test part. With ``--cv``,
measures them instead by cross-validation over those letters grouped by site (5 folds, all
of a site's letters in one): the rules alone against the rules with the scorers' fallback,
per field as ``plenipo read --score`` scores it; only aggregates are printed.

    .venv/bin/python scripts/train_people.py
    .venv/bin/python scripts/train_people.py --cv
"""

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from layout_cv import site_folds  # noqa: E402
from train_layout import development_letters  # noqa: E402

from plenipo.reading import reader  # noqa: E402
from plenipo.reading.evaluation.score import Scores, norm, score_one, similar  # noqa: E402
from plenipo.reading.layout import zones  # noqa: E402
from plenipo.reading.learned_people import (  # noqa: E402
    CHOSEN,
    WEIGHTS,
    addressee_candidates,
    features,
    learned_addressee,
    learned_sender,
    rule_says,
    score,
    sender_candidates,
)
from plenipo.reading.mail_forms import without_quoted_replies  # noqa: E402
from plenipo.reading.page_chrome import after_menu  # noqa: E402
from plenipo.reading.text import normalised, ocr_repaired, unwrapped  # noqa: E402

EPOCHS = 40
RATE = 0.5
L2 = 0.01
FIELDS = ("sender", "addressees")
UNSAID = "unsaid"


def examples(raw: str, label: dict, *, alone: bool = False) -> dict:
    """The rules' reading, the letter's zoned lines as the fallback sees them, and each
    field's candidates with their features and whether they are right; with ``alone``,
    features that do not say what the rules read."""
    reading = reader.read_text(raw)
    text = ocr_repaired(unwrapped(without_quoted_replies(normalised(raw))))
    labelled = zones(text[after_menu(text) :])
    rule = UNSAID if alone else rule_says(reading.sender)
    name = norm((label.get("sender") or {}).get("name"))
    gold = label.get("addressees") or []
    senders = [
        (features(labelled, c, rule), bool(name) and norm(c.text) == name)
        for c in sender_candidates(labelled)
    ]
    addressees = [
        (features(labelled, c, rule), any(similar(c.text, g, 0.5) for g in gold))
        for c in addressee_candidates(labelled)
    ]
    return {
        "reading": reading,
        "labelled": labelled,
        "label": label,
        "sender": senders,
        "addressee": addressees,
    }


def train(found) -> dict[str, float]:
    """Logistic weights over every candidate of ``found`` ([[(features, right)]]), by plain
    stochastic gradient descent in a fixed order: the same weights on every run."""
    weights: dict[str, float] = {}
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch / 10)
        for candidates in found:
            for feats, right in candidates:
                error = float(right) - score(weights, feats)
                for f in feats:
                    w = weights.get(f, 0.0)
                    weights[f] = w + rate * (error - L2 * w)
    return {f: round(w, 6) for f, w in sorted(weights.items()) if abs(w) >= 1e-6}


def trained(data) -> dict[str, dict[str, float]]:
    return {field: train([d[field] for d in data]) for field in ("sender", "addressee")}


def predicted(item, weights, fields, *, alone=False) -> dict:
    """The reading's JSON with the fallback of ``fields`` applied; with ``alone``, the
    scorers' answers in place of the rules' (one addressee at most)."""
    reading = item["reading"]
    result = reading.to_json()
    if alone:
        found = learned_sender(item["labelled"], None, weights["sender"], UNSAID)
        best = learned_addressee(item["labelled"], UNSAID, weights["addressee"])
        return {
            **result,
            "sender": found and found.to_json(),
            "addressees": [best.text] if best else [],
        }
    needs = reading.sender is None or reading.sender.name is None
    if "sender" in fields and needs:
        found = learned_sender(item["labelled"], reading.sender, weights["sender"])
        result["sender"] = found.to_json() if found else None
    if "addressees" in fields and not reading.addressees:
        rule = rule_says(reading.sender)
        found = learned_addressee(item["labelled"], rule, weights["addressee"])
        result["addressees"] = [found.text] if found else []
    return result


def tallied(data, weights, fields, *, alone=False) -> dict:
    scores = Scores()
    for item, w in zip(data, weights, strict=True):
        score_one(scores, predicted(item, w, fields, alone=alone), item["label"])
    return scores.report()["fields"]


def line(name, fields) -> str:
    return "  ".join(
        f"{field} P {fields[field]['precision']:.3f} R {fields[field]['recall']:.3f} "
        f"F1 {fields[field]['f1']:.3f}"
        for field in FIELDS
    )


def cross_validate(letters, thresholds, *, alone=False) -> None:
    data = [examples(text, label, alone=alone) for _, text, label in letters]
    weights = [None] * len(letters)
    for fold in site_folds(letters, 5):
        held = set(fold)
        fold_weights = trained([d for i, d in enumerate(data) if i not in held])
        for index in fold:
            weights[index] = fold_weights
    reachable = {
        field: sum(1 for d in data if any(right for _, right in d[field]))
        for field in ("sender", "addressee")
    }
    print(f"{len(letters)} letters; a right candidate in {reachable}; 5 folds by site:")
    print(f"  rules alone          {line('rules', tallied(data, weights, ()))}")
    for threshold in thresholds:
        CHOSEN["sender"] = CHOSEN["addressee"] = threshold
        found = tallied(data, weights, FIELDS, alone=alone)
        name = "scorer alone" if alone else "rules+scorer"
        print(f"  {name} ({threshold:.2f})  {line(name, found)}")
        if not alone:
            print(f"    {guesses(data, weights)}")


def guesses(data, weights) -> str:
    """How often the fallback answers where the rules read none, and how often rightly: a
    guess raises a field's F1 when more than F1/2 of such guesses are right."""
    counts = {"sender": [0, 0], "addressees": [0, 0]}
    for item, w in zip(data, weights, strict=True):
        reading, label = item["reading"], item["label"]
        result = predicted(item, w, FIELDS)
        if (result["sender"] or {}).get("name") and not (reading.sender and reading.sender.name):
            gold = (label.get("sender") or {}).get("name")
            counts["sender"][0] += 1
            counts["sender"][1] += bool(gold) and norm(result["sender"]["name"]) == norm(gold)
        if result["addressees"] and not reading.addressees:
            gold = label.get("addressees") or []
            counts["addressees"][0] += 1
            counts["addressees"][1] += any(similar(result["addressees"][0], g, 0.5) for g in gold)
    return "  ".join(f"{f}: {right} of {made} guesses right" for f, (made, right) in counts.items())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate instead of building")
    parser.add_argument(
        "--threshold",
        type=float,
        nargs="*",
        default=[CHOSEN["sender"]],
        help="chances to take a guess from",
    )
    parser.add_argument(
        "--alone", action="store_true", help="with --cv, the scorers without the rules' answers"
    )
    args = parser.parse_args()
    letters = list(development_letters())
    if args.cv:
        cross_validate(letters, args.threshold, alone=args.alone)
        return 0
    weights = trained([examples(text, label) for _, text, label in letters])
    WEIGHTS.write_text(json.dumps(weights, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    where = WEIGHTS.relative_to(ROOT)
    print(f"sender and addressee scorers trained on {len(letters)} development letters: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
