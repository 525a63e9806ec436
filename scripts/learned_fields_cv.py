"""Whether models that learn a field from the labelled corpus read letters of other sites
better than the rules do: three such models measured by cross-validation over the
development part, its letters grouped by site (all of a site's letters in one fold, as
scripts/layout_cv.py), the latest round's letters (scripts/dev_folds.py, "validation")
left out. The test part is never read. Only aggregates are printed.

- sender: a CRF over a letter's lines (the layout model's features, and whether the line
  opens with a name) marking the line that bears the signer's name, the name then cut from
  it as the rules cut a signature's; scored as `plenipo read --score` scores the sender's
  name, over the letters whose label gives one.
- kind: the kind rules' cues (zones._kind_cues: which kind each points to, and the weight its
  author gave it) as features of a classifier that learns their weights, against the
  weights as written.
- requests: a CRF over a letter's sentences (their words and word pairs, first word, length,
  place, colon, digits, address) marking the sentences that ask something, English letters
  only (the labels are English phrases); scored as requests are. Beside it, how many of
  the sentences it marks hold none of the request rules' cues: what it would add to them.

    .venv/bin/python scripts/learned_fields_cv.py
"""

import itertools
import sys
import tempfile
from pathlib import Path

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from dev_folds import development_folds  # noqa: E402
from layout_cv import site_folds  # noqa: E402
from train_layout import development_letters  # noqa: E402

from plenipo.reading import zones as kinds  # noqa: E402
from plenipo.reading.caseless import caseless  # noqa: E402
from plenipo.reading.evaluation.score import norm, similar, tokens  # noqa: E402
from plenipo.reading.layout import features, segments  # noqa: E402
from plenipo.reading.mail_forms import without_quoted_replies  # noqa: E402
from plenipo.reading.people import SIGNED, signatory_match  # noqa: E402
from plenipo.reading.request_cues import REQUEST  # noqa: E402
from plenipo.reading.request_forms import more_cues  # noqa: E402
from plenipo.reading.text import (  # noqa: E402
    normalised,
    ocr_repaired,
    unflattened,
    unwrapped,
    whole_sentences,
)

PARAMS = {"c1": 0.1, "c2": 0.05, "max_iterations": 150, "feature.possible_transitions": True}
THRESHOLDS = (0.2, 0.3, 0.5)


def as_read(text: str) -> str:
    """The text as ``reader.read_text`` reads it."""
    return unflattened(ocr_repaired(unwrapped(without_quoted_replies(normalised(text)))))


def f1(tp, fp, fn) -> str:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.2f}  R {r:.2f}  F1 {2 * p * r / (p + r) if p + r else 0.0:.2f}"


def cross_validated(letters, data, mark):
    """For each fold of sites, a CRF trained on the other folds' (features, labels) of
    ``data``, handed to ``mark(tagger, index)`` for each letter of the fold."""
    with tempfile.TemporaryDirectory() as folder:
        model = str(Path(folder) / "model.crfsuite")
        for fold in site_folds(letters, 5):
            held = set(fold)
            trainer = pycrfsuite.Trainer(verbose=False)
            for index, (feats, labels) in enumerate(data):
                if index not in held and feats:
                    trainer.append(feats, labels)
            trainer.set_params(PARAMS)
            trainer.train(model)
            tagger = pycrfsuite.Tagger()
            tagger.open(model)
            for index in fold:
                mark(tagger, index)


def signer_of(line: str) -> str | None:
    prefix = SIGNED.match(line)
    match = signatory_match(line[prefix.end() if prefix else 0 :])
    return match.group("name").strip() if match else None


def sender_experiment(letters) -> str:
    data, lines, names = [], [], []
    for _, text, label in letters:
        items = segments(as_read(text))
        name = norm((label.get("sender") or {}).get("name"))
        feats = features(items)
        for feat, item in zip(feats, items, strict=True):
            feat["opens_with_a_name"] = float(signer_of(item.text) is not None)
        bears = [bool(name) and len(i.text) < 160 and name in norm(i.text) for i in items]
        data.append((feats, ["signer" if b else "other" for b in bears]))
        lines.append(items)
        names.append(name)
    counts = {threshold: [0, 0, 0] for threshold in THRESHOLDS}

    def mark(tagger, index):
        items, name = lines[index], names[index]
        if items:
            tagger.set(data[index][0])
        for threshold, tally in counts.items():
            marked = [
                (tagger.marginal("signer", i), signer_of(item.text))
                for i, item in enumerate(items)
                if tagger.marginal("signer", i) >= threshold
            ]
            found = max((m for m in marked if m[1]), default=(0, None))[1]
            right = bool(found) and norm(found) == name
            tally[0] += right
            tally[1] += bool(found) and not right
            tally[2] += bool(name) and not right

    cross_validated(letters, data, mark)
    labelled = sum(1 for name in names if name)
    readable = sum(
        1
        for items, name in zip(lines, names, strict=True)
        if name and any(norm(signer_of(i.text) or "") == name for i in items)
    )
    rows = [f"  threshold {t}: {f1(*tally)}" for t, tally in counts.items()]
    head = f"sender: {labelled} letters name their signer; a line gives the name as cut: {readable}"
    return "\n".join([head, *rows])


def kind_experiment(letters) -> str:
    data, written = [], []
    for _, text, label in letters:
        read = as_read(text)
        feats = {"bias": 1.0}
        for kind, weight in kinds._kind_cues(read):
            feats[f"{kind}:{weight}"] = feats.get(f"{kind}:{weight}", 0.0) + 1.0
        data.append(([feats], [label["doc_type"]]))
        written.append(kinds.doc_type(read)[0] == label["doc_type"])
    right = []

    def mark(tagger, index):
        right.append(tagger.tag(data[index][0]) == data[index][1])

    cross_validated(letters, data, mark)
    return (
        f"kind: {len(letters)} letters; the cues' weights as written (set on these letters): "
        f"{sum(written) / len(written):.3f}; learned, on other sites: {sum(right) / len(right):.3f}"
    )


def asks(sentence: str) -> bool:
    return bool(caseless(REQUEST).search(sentence) or more_cues(sentence))


def sentence_features(items) -> list[dict]:
    out = []
    for index, (_, _, sentence) in enumerate(items):
        words = [w for w in norm(sentence).split() if w.isalpha()][:40]
        feats = {"bias": 1.0, f"place={10 * index // len(items)}": 1.0}
        feats[f"words={min(len(words) // 5, 8)}"] = 1.0
        feats.update({f"w:{w}": 1.0 for w in words})
        feats.update({f"b:{a}_{b}": 1.0 for a, b in itertools.pairwise(words)})
        feats["first:" + (words[0] if words else "")] = 1.0
        feats["colon"] = float(sentence.rstrip().endswith(":"))
        feats["after_colon"] = float(index > 0 and items[index - 1][2].rstrip().endswith(":"))
        feats["digits"] = float(any(c.isdigit() for c in sentence))
        feats["address"] = float("@" in sentence)
        out.append(feats)
    return out


def asked_sentences(items, requests) -> list[str]:
    """Per sentence "request" where it holds most (at least half) of a request's words."""
    labels = ["other"] * len(items)
    held = [tokens(sentence) for _, _, sentence in items]
    for request in requests:
        words = tokens(request)
        shares = [len(words & h) / len(words) if words else 0.0 for h in held]
        best = max(range(len(items)), key=shares.__getitem__, default=None)
        if best is not None and shares[best] >= 0.5:
            labels[best] = "request"
    return labels


def requests_experiment(letters) -> str:
    english = [letter for letter in letters if letter[2].get("language") == "en"]
    sentences, asked, data = [], [], []
    for _, text, label in english:
        items = [s for s in whole_sentences(as_read(text)) if len(s[2].strip()) > 3]
        sentences.append(items)
        asked.append(label.get("requested_actions") or [])
        data.append((sentence_features(items), asked_sentences(items, asked[-1])))
    counts = {threshold: [0, 0, 0] for threshold in THRESHOLDS}
    beyond = {threshold: [0, 0] for threshold in THRESHOLDS}

    def mark(tagger, index):
        items = sentences[index]
        if items:
            tagger.set(data[index][0])
        chance = [tagger.marginal("request", i) for i in range(len(items))]
        for threshold in THRESHOLDS:
            found = [i for i, p in enumerate(chance) if p >= threshold]
            left = [items[i][2] for i in found]
            for request in asked[index]:
                hit = next((s for s in left if similar(s, request, 0.35)), None)
                counts[threshold][0 if hit else 2] += 1
                if hit:
                    left.remove(hit)
            counts[threshold][1] += len(left)
            for i in (i for i in found if not asks(items[i][2])):
                beyond[threshold][data[index][1][i] != "request"] += 1

    cross_validated(english, data, mark)
    rows = [
        f"  threshold {t}: {f1(*counts[t])}; sentences without a rule's cue: "
        f"{beyond[t][0]} requests, {beyond[t][1]} not"
        for t in THRESHOLDS
    ]
    return "\n".join([f"requests: {len(english)} English letters", *rows])


def main() -> int:
    kept = set(development_folds()["tuning"])
    letters = [letter for letter in development_letters() if letter[0] in kept]
    print(f"{len(letters)} development letters (the latest round left out), 5 folds by site")
    for experiment in (sender_experiment, kind_experiment, requests_experiment):
        print(experiment(letters))
    return 0


if __name__ == "__main__":
    sys.exit(main())
