"""How the reader holds up when the development letters are laid out the way other sites
lay out theirs: hard-wrapped at 80 columns (PDF extractions, OCR), behind a web page's
menu, and without their closing formula (notifications and circulars are signed without
one). Macro F1 of the development part as it is and under each change, and, with
``--sites``, the same with the layout model trained without each site in turn and scored
on that site (leave one site out). Reads the development part only, never the test part:

    .venv/bin/python scripts/reading_robustness.py [--sites]
"""

import argparse
import sys
import tempfile
import textwrap
from pathlib import Path
from urllib.parse import urlparse

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_layout  # noqa: E402

from plenipo.reading import layout, read_text  # noqa: E402
from plenipo.reading.evaluation.score import Scores, score_one  # noqa: E402
from plenipo.reading.zones import CLOSING  # noqa: E402

MENU = "".join(f"{item}\n\n" for item in ["Home", "About us", "News", "Documents", "Contact"] * 6)


def wrapped(text):
    return "\n".join(
        textwrap.fill(line, 80, break_long_words=False, break_on_hyphens=False)
        if len(line) > 80
        else line
        for line in text.split("\n")
    )


def unclosed(text):
    return "\n".join(
        line for line in text.split("\n") if not (CLOSING.search(line) and len(line) < 200)
    )


CHANGES = {"as it is": lambda t: t, "wrapped": wrapped, "behind a menu": lambda t: MENU + t}
CHANGES["without closing"] = unclosed


def site(label):
    url = label["source"]["url"]
    if url.startswith("seed:"):
        return "seed"
    return ".".join(urlparse(url).hostname.lower().removeprefix("www.").split(".")[-2:])


def score(letters, scores):
    for _, text, label in letters:
        for name, change in CHANGES.items():
            score_one(scores[name], read_text(change(text)).to_json(), label)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sites", action="store_true", help="leave one site out")
    letters = list(train_layout.development_letters())
    scores = {name: Scores() for name in CHANGES}
    if not parser.parse_args().sites:
        score(letters, scores)
    else:
        model = Path(tempfile.mkdtemp()) / "layout.crfsuite"
        for left_out in sorted({site(label) for _, _, label in letters}):
            trainer = pycrfsuite.Trainer(verbose=False)
            for _, text, label in letters:
                if site(label) != left_out:
                    for items, zones in train_layout.training_sequences(text, label):
                        trainer.append(layout.features(items), zones)
            trainer.set_params(train_layout.PARAMS)
            trainer.train(str(model))
            layout.MODEL = model
            layout._tagger.cache_clear()
            score([x for x in letters if site(x[2]) == left_out], scores)
    reports = {name: s.report() for name, s in scores.items()}
    print(f"{'field':20}" + "".join(f"{name:>17}" for name in CHANGES))
    for field in reports["as it is"]["fields"]:
        print(
            f"{field:20}" + "".join(f"{r['fields'][field]['f1']:17.3f}" for r in reports.values())
        )
    print(f"{'macro F1':20}" + "".join(f"{r['macro_f1']:17.3f}" for r in reports.values()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
