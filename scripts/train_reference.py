"""Builds the reader's reference scorer (src/plenipo/reading/data/reference.json) from the
development part of the labelled corpus, without its validation letters (the latest
round's, as scripts/train_layout.py): never from the test part. With ``--cv``, measures it
instead by cross-validation over those letters grouped by site (5 folds, all of a site's
letters in one), against the rules alone on the same letters; only aggregates are printed.

    .venv/bin/python scripts/train_reference.py
    .venv/bin/python scripts/train_reference.py --cv
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

from plenipo.reading import references  # noqa: E402
from plenipo.reading.dated_references import reference_after_date  # noqa: E402
from plenipo.reading.evaluation.score import Tally, norm  # noqa: E402
from plenipo.reading.layout import zones  # noqa: E402
from plenipo.reading.learned_references import (  # noqa: E402
    SURE_RULE,
    WEIGHTS,
    best_candidate,
    candidates,
    features,
    score,
    zone_finder,
)
from plenipo.reading.mail_forms import without_quoted_replies  # noqa: E402
from plenipo.reading.oficio_references import oficio_reference  # noqa: E402
from plenipo.reading.page_chrome import after_menu  # noqa: E402
from plenipo.reading.text import (  # noqa: E402
    in_capitals,
    normalised,
    ocr_repaired,
    recased,
    unflattened,
    unwrapped,
)

EPOCHS = 40
RATE = 0.5
L2 = 0.01


def as_read(raw: str) -> str:
    """The text as ``reader.read_text`` hands it to the field rules."""
    text = ocr_repaired(unwrapped(without_quoted_replies(normalised(raw))))
    text = text[after_menu(text) :]
    return unflattened(recased(text, sentence_case=False) if in_capitals(text) else text)


def examples(raw: str, label: dict):
    """(the rules' reference, [(candidate, features, whether it is the labelled one)])."""
    text = as_read(raw)
    labelled = zones(text)
    rule = reference_after_date(text, references.own_reference(text, labelled))
    rule = rule or oficio_reference(text)
    zone_at, gold = zone_finder(labelled), norm(label.get("reference"))
    found = [
        (item, features(text, item, rule, zone_at), bool(gold) and norm(item.text) == gold)
        for item in candidates(text, rule)
    ]
    return rule, found


def train(letters) -> dict[str, float]:
    """Logistic weights over every candidate of ``letters`` ([(rule, found)]), by plain
    stochastic gradient descent in a fixed order: the same weights on every run."""
    weights: dict[str, float] = {}
    for epoch in range(EPOCHS):
        rate = RATE / (1 + epoch / 10)
        for _, found in letters:
            for _, feats, right in found:
                error = float(right) - score(weights, feats)
                for f in feats:
                    w = weights.get(f, 0.0)
                    weights[f] = w + rate * (error - L2 * w)
    return {f: round(w, 6) for f, w in sorted(weights.items()) if abs(w) >= 1e-6}


def chosen(weights, rule, found) -> str | None:
    best = best_candidate(weights, rule, [(feats, item) for item, feats, _ in found])
    return best[1].text if best else None


def tally(pairs) -> str:
    counts = Tally()
    for predicted, expected in pairs:
        if not expected:
            counts.add(fp=int(bool(predicted)))
        elif not predicted:
            counts.add(fn=1)
        elif norm(predicted) == norm(expected):
            counts.add(tp=1)
        else:
            counts.add(fp=1, fn=1)
    return f"P {counts.precision:.3f}  R {counts.recall:.3f}  F1 {counts.f1:.3f}"


def cross_validate(letters) -> None:
    data = [examples(text, label) for _, text, label in letters]
    gold = [label.get("reference") for _, _, label in letters]
    model = [None] * len(letters)
    for fold in site_folds(letters, 5):
        held = set(fold)
        weights = train([d for i, d in enumerate(data) if i not in held])
        for index in fold:
            model[index] = chosen(weights, *data[index])
    rules = [rule.text if rule else None for rule, _ in data]
    reachable = sum(
        1 for (_, found), g in zip(data, gold, strict=True) if g and any(r for _, _, r in found)
    )
    print(f"{len(letters)} letters, {sum(map(bool, gold))} with a reference, {reachable} among")
    print("the candidates; 5 folds by site, out of fold:")
    print(f"  rules  {tally(zip(rules, gold, strict=True))}")
    print(f"  model  {tally(zip(model, gold, strict=True))}")
    guesses = [
        (norm(rule.text) == norm(g), norm(m) == norm(rule.text))
        for (rule, _), m, g in zip(data, model, gold, strict=True)
        if rule and rule.confidence < SURE_RULE
    ]
    right = [kept for is_right, kept in guesses if is_right]
    wrong = [kept for is_right, kept in guesses if not is_right]
    print(
        f"the rules' {len(guesses)} guesses: {sum(right)} of {len(right)} right ones kept, "
        f"{len(wrong) - sum(wrong)} of {len(wrong)} wrong ones set aside"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="cross-validate instead of building")
    args = parser.parse_args()
    letters = list(development_letters())
    if args.cv:
        cross_validate(letters)
        return 0
    weights = train([examples(text, label) for _, text, label in letters])
    WEIGHTS.write_text(json.dumps(weights, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    where = WEIGHTS.relative_to(ROOT)
    print(f"reference scorer trained on {len(letters)} development letters: {where}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
