"""How the reader holds up when the development letters are laid out the way other sites
lay out theirs: hard-wrapped at 80 columns (PDF extractions, OCR), behind a web page's
menu, without their closing formula (notifications and circulars are signed without
one), in capitals (telegrams, airgrams, old typed letters), with OCR's character noise
(seeded, the same on every run) and a page break's running header, and flat (a
circular's heading, addressees and subject run together on one line). Per field and macro
F1 of the development part as it is and under each change, and, with
``--sites``, the same with the layout model trained without each site in turn and scored
on that site (leave one site out). Reads the development part only, never the test part:

    .venv/bin/python scripts/reading_robustness.py [--sites]
"""

import argparse
import random
import re
import sys
import tempfile
import textwrap
import zlib
from pathlib import Path
from urllib.parse import urlparse

import pycrfsuite

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

import train_layout  # noqa: E402

from plenipo.reading import layout, read_text  # noqa: E402
from plenipo.reading.evaluation.score import Scores, score_one  # noqa: E402
from plenipo.reading.text import normalised, unwrapped  # noqa: E402
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


# What OCR confuses, one character (or pair) for another.
OCR_CONFUSIONS = {"l": "1", "1": "l", "O": "0", "0": "O", "rn": "m", "I": "l"}
OCR_RATE = 0.05  # of the characters OCR may confuse
SPACE_RATE = 0.01  # of the spaces, dropped or doubled
PAGE_BREAK = "\n\n- 2 -\n\n{header}\n\n"


def ocr_noise(text):
    """``text`` as OCR gives it: a few characters confused, spaces dropped or doubled, and
    a page number and running header (the letter's first line) between two paragraphs;
    seeded by the text, so every run changes it the same way."""
    rng = random.Random(zlib.crc32(text.encode("utf-8")))
    pattern = re.compile("|".join(re.escape(k) for k in OCR_CONFUSIONS) + "| ")

    def confuse(match):
        found = match.group(0)
        if found == " ":
            roll = rng.random()
            return "" if roll < SPACE_RATE / 2 else "  " if roll < SPACE_RATE else " "
        return OCR_CONFUSIONS[found] if rng.random() < OCR_RATE else found

    noisy = pattern.sub(confuse, text)
    breaks = [m.start() for m in re.finditer(r"\n[ \t]*\n", noisy)]
    if len(breaks) < 4:
        return noisy
    at = breaks[len(breaks) // 2]
    header = next(line.strip() for line in noisy.split("\n") if line.strip())[:80]
    return noisy[:at] + PAGE_BREAK.format(header=header) + noisy[at:]


def flat(text):
    """``text`` with the short lines above its first paragraph (heading, reference, date,
    addressees, subject) run together on one line, and those under its last paragraph
    (signature) on another, as web pages and text extraction flatten circulars. Wrapped
    paragraphs are joined first, as the reader joins them."""
    lines = [line.strip() for line in unwrapped(normalised(text)).split("\n") if line.strip()]
    long_ones = [i for i, line in enumerate(lines) if len(line) >= 160]
    if not long_ones:
        return " ".join(lines)
    first, last = long_ones[0], long_ones[-1]
    parts = [" ".join(lines[:first]), *lines[first : last + 1], " ".join(lines[last + 1 :])]
    return "\n\n".join(part for part in parts if part)


CHANGES = {"as it is": lambda t: t, "wrapped": wrapped, "behind a menu": lambda t: MENU + t}
CHANGES["without closing"] = unclosed
CHANGES["in capitals"] = str.upper
CHANGES["OCR noise"] = ocr_noise
CHANGES["flat"] = flat


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
