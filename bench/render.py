"""Benchmark: what a public page costs rendered afresh, single-threaded, with nothing kept.

The cost of the first request after any write (every kept page and answer is dropped then),
measured without a server: Django's test client in one thread, on a local-memory cache
emptied before every request, so every request computes its status, its counts and its page
(and keeps them, as it would after a write). For each page: milliseconds per request (median
of ``--runs``), of which the CPU time of this process (Django's own work, the database
server's excluded: the part that does not depend on the machine's neighbours as much), and
database queries per request; the baseline, in the same run, is /health/ (``SELECT 1``, a
cache write and read). The instrument page and the API ask for a new day at every request,
as a reader after a write would.

Database: DATABASE_URL, as it is, for instance the UNTC-scale one of ``bench/load.py
--untc`` (built-in data + bench/status.py's 600 instruments × 197 states):
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/plenipo_bench_load_untc \\
        .venv/bin/python bench/render.py
``--profile PAGE`` prints cProfile's 40 costliest functions (by cumulative time) for one of
the pages named in the table instead.
"""

import argparse
import cProfile
import datetime as dt
import itertools
import os
import pstats
import statistics
import sys
import time

UNTC_INSTRUMENT = "SYN-0300"  # as bench/load.py --untc asks for


def pages(instrument):
    days = (dt.date(2010, 1, 1) + dt.timedelta(days=n) for n in itertools.count())
    return {
        "baseline: /health/": lambda: "/health/",
        "instrument, a new day": lambda: f"/instruments/{instrument}/?as_of={next(days)}",
        "state /states/AUT/": lambda: "/states/AUT/",
        "meetings /meetings/": lambda: "/meetings/",
        "API status, a new day": lambda: f"/api/instruments/{instrument}/status?as_of={next(days)}",
    }


def _configure():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenipo.settings")
    os.environ.setdefault("PLENIPO_DEBUG", "false")
    os.environ.setdefault("PLENIPO_SECRET_KEY", "bench-" * 10)
    os.environ.setdefault("PLENIPO_LOG_LEVEL", "ERROR")
    import django  # noqa: PLC0415
    from django.conf import settings  # noqa: PLC0415

    django.setup()
    settings.CACHES["default"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    settings.ALLOWED_HOSTS = ["*"]


def _one(client, address):
    from django.core.cache import cache  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415
    from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        started, cpu = time.perf_counter(), time.process_time()
        response = client.get(address)
        took, cpu = time.perf_counter() - started, time.process_time() - cpu
    if response.status_code != 200:
        raise SystemExit(f"{address}: HTTP {response.status_code}")
    return took * 1000, cpu * 1000, len(queries), len(response.content)


def measure(client, next_address, runs):
    _one(client, next_address())  # imports, templates, the database's own caches
    timings, cpu_times, counts, sizes = [], [], set(), set()
    for _ in range(runs):
        took, cpu, queries, size = _one(client, next_address())
        timings.append(took)
        cpu_times.append(cpu)
        counts.add(queries)
        sizes.add(size)
    return statistics.median(timings), statistics.median(cpu_times), counts, max(sizes)


def profile(client, next_address):
    _one(client, next_address())
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(10):
        _one(client, next_address())
    profiler.disable()
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--instrument", default=UNTC_INSTRUMENT)
    parser.add_argument("--profile", metavar="PAGE", help="a page's name in the table")
    args = parser.parse_args()
    _configure()
    from django.db import connection  # noqa: PLC0415
    from django.test import Client  # noqa: PLC0415

    client = Client()
    measured = pages(args.instrument)
    if args.profile:
        chosen = [name for name in measured if args.profile in name]
        if not chosen:
            raise SystemExit(f"no page named {args.profile!r} (pages: {', '.join(measured)})")
        profile(client, measured[chosen[0]])
        return 0
    print(f"# {connection.vendor}, {args.runs} requests a page, single-threaded, nothing kept")
    print(f"# load average {'/'.join(f'{v:.2f}' for v in os.getloadavg())}")
    print("| page | ms/request | × baseline | CPU ms/request | queries/request | bytes |")
    print("|---|---|---|---|---|---|")
    baseline = None
    for name, next_address in measured.items():
        ms, cpu, queries, size = measure(client, next_address, args.runs)
        baseline = baseline or ms
        shown = "–".join(str(n) for n in sorted(queries))
        print(
            f"| {name} | {ms:.1f} | {ms / baseline:.0f} | {cpu:.1f} | {shown} | {size} |",
            flush=True,
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
