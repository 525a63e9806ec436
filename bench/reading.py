"""Benchmark: the letter reader against what a user would otherwise reach for.

On the labelled corpus (tests/corpus): F1 of the document's own date and of the meeting
dates, for the reader, ``dateparser.search.search_dates`` and ``datefinder`` (each
baseline takes the first date it finds as the document's date, and every date it finds as
a meeting date). Then letters read per second on text input, one core, against
``search_dates`` on the same letters in the same run: per second of wall-clock time and
per CPU-second of this (single-threaded) process, which a shared machine's load moves far
less. Target: at least 100 letters per CPU-second. Then reading time against the text's
length: the corpus's letters run together into texts of 10 kB to 1 MB (``--full``: up to
20 MB, the largest text the reader takes), CPU seconds per megabyte at each length as a
ratio to the 10 kB text's in the same run: flat (about 1) when reading time grows linearly
with the text. Twice: the letters one after another, and the same letters run together on
one line, as a flattened copy (a PDF's text, a page saved as one line) comes: a rule that
reads a date's whole line for each date on it grows with the square of such a text.

``--part development`` (or ``test``) takes only that part of the corpus's split
(tests/corpus/split.json), for both the scores and the speed.
"""

import json
import os
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from plenipo.reading import read_text  # noqa: E402
from plenipo.reading.evaluation.corpus import labelled, split_of  # noqa: E402
from plenipo.reading.evaluation.score import Tally  # noqa: E402

CORPUS = ROOT / "tests" / "corpus"


def dateparser_dates(text):
    from dateparser.search import search_dates  # noqa: PLC0415

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = search_dates(text, languages=["en", "fr", "es"]) or []
    return [value.date() for _, value in found]


def datefinder_dates(text):
    import datefinder  # noqa: PLC0415

    try:
        return [value.date() for value in datefinder.find_dates(text)]
    except (ValueError, OverflowError):
        return []


def reader_dates(text):
    reading = read_text(text)
    meetings = {m.start.day for m in reading.meetings if m.start.is_exact}
    return reading.day, meetings


def score(documents, extract):
    own_tally, meeting_tally = Tally(), Tally()
    for text, label in documents:
        own, meetings = extract(text)
        expected = label.get("date")
        if expected is None:
            own_tally.add(fp=int(own is not None))
        elif own is None:
            own_tally.add(fn=1)
        elif own.isoformat() == expected:
            own_tally.add(tp=1)
        else:
            own_tally.add(fp=1, fn=1)
        wanted = {m["start_date"] for m in label.get("meetings", []) if m.get("start_date")}
        got = {d if isinstance(d, str) else d.isoformat() for d in meetings}
        meeting_tally.add(tp=len(wanted & got), fp=len(got - wanted), fn=len(wanted - got))
    return own_tally.f1, meeting_tally.f1


def baseline(finder):
    def extract(text):
        dates = finder(text)
        return (dates[0] if dates else None), set(dates)

    return extract


def rates(functions, texts, rounds=6, seconds=0.5):
    """(letters per wall-clock second, letters per CPU-second) of each function, measured
    in alternating short windows so that all of them meet the same load on a shared
    machine. The process runs one thread: its CPU time is one core's."""
    counts = [0] * len(functions)
    wall, cpu = [0.0] * len(functions), [0.0] * len(functions)
    for _ in range(rounds):
        for index, function in enumerate(functions):
            started, started_cpu = time.perf_counter(), time.process_time()
            while time.perf_counter() - started < seconds:
                for text in texts:
                    function(text)
                    counts[index] += 1
            wall[index] += time.perf_counter() - started
            cpu[index] += time.process_time() - started_cpu
    return [
        (count / on_clock, count / on_cpu)
        for count, on_clock, on_cpu in zip(counts, wall, cpu, strict=True)
    ]


def one_after_another(texts):
    return "\n\n".join(texts)


def on_one_line(texts):
    return " ".join(" ".join(text.split()) for text in texts)


def seconds_per_megabyte(texts, sizes, joined=one_after_another, at_least=1.0):
    """(size, CPU seconds per MB, ratio to the smallest size's) of the reader on texts of
    each size made of the corpus's letters ``joined``. Short texts are read again until
    ``at_least`` seconds have passed and the fastest read counts: a load spike on a shared
    machine should not pass for a slower reader."""
    blob = joined(texts)
    rows = []
    for size in sizes:
        text = (blob * (size // len(blob) + 1))[:size]
        best, began = float("inf"), time.perf_counter()
        while best == float("inf") or time.perf_counter() - began < at_least:
            started = time.process_time()
            read_text(text)
            best = min(best, time.process_time() - started)
        per_mb = best / (size / 1_000_000)
        rows.append((size, per_mb, per_mb / rows[0][1] if rows else 1.0))
    return rows


def part_names():
    """The letters of the split's part named by ``--part``, or None for the whole corpus."""
    if "--part" not in sys.argv:
        return None
    part = sys.argv[sys.argv.index("--part") + 1]
    split = split_of(CORPUS)
    if not split or part not in ("development", "test"):
        sys.exit(f"--part must be development or test, and {CORPUS} must be split")
    return set(split[part])


def main():
    documents = [
        (path.read_text(encoding="utf-8"), label) for path, label in labelled(CORPUS, part_names())
    ]
    texts = [text for text, _ in documents]
    rows = {
        "Plenipo reader": score(documents, reader_dates),
        "dateparser.search.search_dates": score(documents, baseline(dateparser_dates)),
        "datefinder": score(documents, baseline(datefinder_dates)),
    }
    part = f" (the {sys.argv[sys.argv.index('--part') + 1]} part)" if "--part" in sys.argv else ""
    print(f"{len(documents)} labelled documents{part}")
    print("| extractor | F1 document date | F1 meeting dates |")
    print("|---|---|---|")
    for name, (own, meetings) in rows.items():
        print(f"| {name} | {own:.2f} | {meetings:.2f} |")
    load = os.getloadavg()[0]
    (ours, ours_cpu), (theirs, theirs_cpu) = rates([read_text, dateparser_dates], texts)
    met = ours_cpu >= 100
    print(
        f"\nreader: {ours:.0f} letters/s; search_dates: {theirs:.1f} letters/s "
        f"(×{ours / theirs:.1f}) wall-clock, load average {load:.1f}"
    )
    print(
        f"per CPU-second: reader {ours_cpu:.0f} letters, search_dates {theirs_cpu:.1f} "
        f"(×{ours_cpu / theirs_cpu:.1f}); target 100 letters per CPU-second: "
        f"{'met' if met else 'MISSED'}"
    )
    sizes = [10_000, 100_000, 1_000_000]
    if "--full" in sys.argv:
        sizes += [5_000_000, 20_000_000]
    linear = {}
    for joined in (one_after_another, on_one_line):
        linear[joined.__name__] = rows = seconds_per_megabyte(texts, sizes, joined)
        print(f"\nletters {joined.__name__.replace('_', ' ')}")
        print("| text length | CPU seconds per MB | × the 10 kB text's |\n|---|---|---|")
        for size, per_mb, ratio in rows:
            print(f"| {size / 1000:,.0f} kB | {per_mb:.1f} | {ratio:.2f} |")
    flat = all(ratio < 1.5 for rows in linear.values() for _, _, ratio in rows)
    print(f"linear in the text's length (every ratio under 1.5): {'yes' if flat else 'NO'}")
    (ROOT / "var").mkdir(exist_ok=True)
    (ROOT / "var" / "bench-reading.json").write_text(
        json.dumps(
            {
                "f1": rows,
                "rate": ours,
                "baseline_rate": theirs,
                "cpu_rate": ours_cpu,
                "baseline_cpu_rate": theirs_cpu,
                "load_average": load,
                "per_mb": linear,
            }
        )
    )
    return 0 if met and flat else 1


if __name__ == "__main__":
    sys.exit(main())
