"""Benchmark: a compilation text and a diff on a long negotiated text.

A synthetic 200-paragraph draft (20 preambular, 180 operative paragraphs, one in six with
sub-paragraphs) with 500 pending proposals (word replacements and insertions, paragraph
deletions and new paragraphs, some overlapping). Measures, against baselines run in the
same process:

- the compilation text (``negotiations.compile.compile_text``) against a naive compiler
  that re-scans every proposal for every paragraph and re-finds its words in the text;
- the diff between the draft and its revision (``negotiations.diff.diff_versions``) against
  difflib over the whole text's words at once.

Target: each under one second. Pure Python, no database.
Usage: .venv/bin/python bench/negotiations.py [--paragraphs 200] [--proposals 500]
"""

import argparse
import difflib
import random
import statistics
import sys
import time

from plenipo.negotiations import proposals as P
from plenipo.negotiations.compile import attribution, compile_text
from plenipo.negotiations.diff import diff_versions, tokens
from plenipo.negotiations.revise import revise
from plenipo.negotiations.texts import import_text, render_text

# 25 stems × 8 endings: a vocabulary of 200 words, closer to a real text's variety.
STEMS = [
    "State", "traffick", "person", "victim", "cooperat", "combat", "protect", "prevent",
    "prosecut", "assist", "nation", "region", "internation", "measure", "strengthen",
    "support", "capacit", "women", "children", "migrant", "data", "evidence", "implement",
    "review", "partner",
]  # fmt: skip
ENDINGS = ("", "s", "ing", "ed", "al", "ly", "ive", "ation")
VOCABULARY = [stem + ending for stem in STEMS for ending in ENDINGS]
PARTIES = ["EU", "G77", "USA", "CAN", "AUS", "JPN", "RUS", "CHN", "BRA", "facilitators"]


def draft(n_paragraphs, rng):
    def sentence():
        return " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(25, 60)))

    blocks = [f"Recalling {sentence()}," for _ in range(n_paragraphs // 10)]
    number = 0
    while len(blocks) < n_paragraphs:
        number += 1
        blocks.append(f"{number}. Calls upon {sentence()};")
        if rng.random() < 1 / 6:
            for letter in "abc":
                if len(blocks) < n_paragraphs:
                    blocks.append(f"({letter}) By {sentence()};")
    return import_text("\n\n".join(blocks) + "\n", label="Zero draft").version


def proposals_on(version, n_proposals, rng):
    made = []
    while len(made) < n_proposals:
        paragraph = rng.choice(version.paragraphs)
        label = version.label_of(paragraph.pid)
        words = paragraph.text.split()
        action = rng.choices(["replace", "insert", "delete", "add"], [6, 3, 0.3, 0.7])[0]
        details = {}
        if action in {"replace", "insert"}:
            start = rng.randrange(1, len(words) - 3)
            old = " ".join(words[start : start + rng.randint(1, 3)])
            index = paragraph.text.index(old)
            occurrence = paragraph.text[: index + 1].count(old) or 1
            new = " ".join(rng.choice(VOCABULARY) for _ in range(rng.randint(1, 4)))
            details = {"old": old, "new": new, "occurrence": occurrence}
        elif action == "add":
            details = {"new": "Invites " + " ".join(rng.sample(VOCABULARY, 12)) + ";"}
        party = rng.choice(PARTIES)
        made.append(
            P.make(version, id=str(len(made) + 1), action=action, label=label, by=party, **details)
        )
    return made


def naive_compile(version, proposals):
    """The same job done naively: for every paragraph scan every proposal and find its words
    again; for conflicts, compare every pair of proposals."""
    out = []
    for paragraph in version.paragraphs:
        text = paragraph.text
        for proposal in proposals:
            if proposal.paragraph != paragraph.pid or proposal.status is not P.Status.PENDING:
                continue
            if proposal.action is P.Action.DELETE:
                text = f"[{text}] [delete — {attribution(proposal)}]"
            elif proposal.words_level:
                index = text.find(proposal.old)
                if index >= 0:
                    end = index + len(proposal.old)
                    text = f"{text[:end]} [{proposal.new} — {attribution(proposal)}]{text[end:]}"
        out.append(text)
    clashes = set()
    for i, first in enumerate(proposals):
        for second in proposals[i + 1 :]:
            if first.paragraph != second.paragraph or P.Action.ADD in {
                first.action,
                second.action,
            }:
                continue
            spans = [P.locate(p, version) for p in (first, second)]
            deleting = P.Action.DELETE in {first.action, second.action}
            if deleting or spans[0].overlaps(spans[1]):
                clashes.add(frozenset({first.id, second.id}))
    return out, clashes


def naive_diff(old, new):
    """difflib over the whole text's words at once (with its default junk heuristic)."""
    a, b = tokens(render_text(old)), tokens(render_text(new))
    return difflib.SequenceMatcher(None, a, b).get_opcodes()


def median_ms(function, runs):
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def accepted_subset(version, proposals, rng):
    """Non-overlapping proposals to accept, so that a revision can be made."""
    compilation = compile_text(version, proposals)
    conflicting = {pid for pair in compilation.conflicts for pid in pair}
    chosen = [p for p in proposals if p.id not in conflicting and rng.random() < 0.5]
    return [p.with_status("accepted") if p in chosen else p for p in proposals]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--paragraphs", type=int, default=200)
    parser.add_argument("--proposals", type=int, default=500)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    rng = random.Random(2017)
    version = draft(args.paragraphs, rng)
    proposals = proposals_on(version, args.proposals, rng)
    decided = accepted_subset(version, proposals, rng)
    rev1 = revise(version, decided, label="Rev.1", date=None)
    compilation = compile_text(version, proposals)
    results = {
        "naive compiler (baseline)": median_ms(
            lambda: naive_compile(version, proposals), args.runs
        ),
        "compile_text": median_ms(lambda: compile_text(version, proposals), args.runs),
        "difflib over the whole text (baseline)": median_ms(
            lambda: naive_diff(version, rev1), args.runs
        ),
        "diff_versions": median_ms(lambda: diff_versions(version, rev1), args.runs),
    }
    words = sum(len(p.text.split()) for p in version.paragraphs)
    accepted = sum(p.status is P.Status.ACCEPTED for p in decided)
    print(
        f"{len(version.paragraphs)} paragraphs ({words} words), {len(proposals)} pending "
        f"proposals ({len(compilation.conflicts)} conflicting pairs); Rev.1 from {accepted} "
        f"accepted"
    )
    print("| measurement | median (ms) | × baseline |")
    print("|---|---|---|")
    pairs = [
        ("naive compiler (baseline)", "compile_text"),
        ("difflib over the whole text (baseline)", "diff_versions"),
    ]
    for baseline, measured in pairs:
        print(f"| {baseline} | {results[baseline]:.1f} | 1 |")
        ratio = results[measured] / results[baseline]
        print(f"| {measured} | {results[measured]:.1f} | {ratio:.2f} |")
    ok = results["compile_text"] < 1000 and results["diff_versions"] < 1000
    print(f"target: each under one second ({'met' if ok else 'MISSED'})")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
