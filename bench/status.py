"""Benchmark: status queries on a synthetic UN-Treaty-Collection-sized registry.

600 instruments × 197 states, over 100,000 actions. Measures, against a lower bound taken
in the same run (one raw SQL aggregate over the participations table the queries read):

- parties as of a date for one instrument (``treaties.queries.status_of``), target ≤ 10 ms;
- the whole status matrix for one date (``treaties.queries.status_matrix``), target ≤ 3×.

Runs on its own database: var/bench.sqlite3 (recreated), or BENCH_DATABASE_URL (emptied).
Usage: .venv/bin/python bench/status.py [--instruments 600] [--states 197]
       .venv/bin/python bench/status.py --add-to DATABASE_URL  (adds the synthetic registry to
       a migrated database, keeping what is there, and measures nothing: bench/load.py --untc)
"""

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def configure(add_to=None):
    url = add_to or os.environ.get("BENCH_DATABASE_URL")
    if not url:
        path = ROOT / "var" / "bench.sqlite3"
        path.parent.mkdir(exist_ok=True)
        path.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenipo.settings")
    import django  # noqa: PLC0415

    django.setup()
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", verbosity=0)
    if url.startswith("postgres") and not add_to:
        call_command("flush", interactive=False, verbosity=0)


def build(n_instruments, n_states, seed=197):
    import pycountry  # noqa: PLC0415

    from plenipo.core.models import Source  # noqa: PLC0415
    from plenipo.registry.services.states import ensure_state  # noqa: PLC0415
    from plenipo.treaties.codes import lookup_key  # noqa: PLC0415
    from plenipo.treaties.models import Action, Instrument, InstrumentAlias  # noqa: PLC0415
    from plenipo.treaties.services.status import recompute_status  # noqa: PLC0415

    rng = random.Random(seed)
    source = Source.objects.create(
        key="bench", title="Synthetic benchmark data", url="https://example.org"
    )
    states = [ensure_state(c.alpha_3, by=None) for c in list(pycountry.countries)[:n_states]]
    rule = {
        "threshold": 40,
        "delay": {"kind": "days_after", "amount": 90},
        "later_delay": {"kind": "days_after", "amount": 30},
    }
    instruments = Instrument.objects.bulk_create(
        Instrument(
            code=f"SYN-{i:04d}",
            kind="convention",
            titles={"en": f"Synthetic convention {i}"},
            authentic_languages=["en"],
            eif_rule=rule,
            source=source,
            opened_not_before=dt.date(1950, 1, 1) + dt.timedelta(days=i * 40),
            opened_not_after=dt.date(1950, 1, 1) + dt.timedelta(days=i * 40),
            opened_precision="day",
        )
        for i in range(n_instruments)
    )
    # Looked up by code, as the pages and the API look instruments up.
    InstrumentAlias.objects.bulk_create(
        InstrumentAlias(instrument=i, alias=i.code, key=lookup_key(i.code)) for i in instruments
    )
    actions = []
    for instrument in instruments:
        opened = instrument.opened_not_before
        for state in rng.sample(states, k=rng.randint(int(n_states * 0.7), n_states)):
            signed = opened + dt.timedelta(days=rng.randint(0, 400))
            actions.append(_action(instrument, state, "signature", signed, source, exact=True))
            if rng.random() < 0.85:
                deposit = signed + dt.timedelta(days=rng.randint(30, 4000))
                # One deposit in ten is known only to the month, as in the real data.
                actions.append(
                    _action(
                        instrument, state, "ratification", deposit, source, exact=rng.random() > 0.1
                    )
                )
    Action.objects.bulk_create(actions, batch_size=5000)
    started = time.perf_counter()
    for instrument in instruments:
        recompute_status(instrument)
    return instruments, len(actions), time.perf_counter() - started


def _action(instrument, state, kind, day, source, *, exact):
    from plenipo.core.partialdates import DateBounds  # noqa: PLC0415
    from plenipo.treaties.models import Action  # noqa: PLC0415

    bounds = DateBounds.exact(day) if exact else DateBounds.month(day.year, day.month)
    return Action(
        instrument=instrument,
        state=state,
        kind=kind,
        source=source,
        date=bounds,
    )


def median_ms(function, runs):
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--instruments", type=int, default=600)
    parser.add_argument("--states", type=int, default=197)
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--add-to", metavar="DATABASE_URL", help="build into it, measure nothing")
    args = parser.parse_args()
    configure(args.add_to)
    if args.add_to:
        from plenipo.core.models import Source  # noqa: PLC0415

        if Source.objects.filter(key="bench").exists():
            print("the synthetic registry is there already")
            return 0
        instruments, n_actions, seconds = build(args.instruments, args.states)
        print(f"added {len(instruments)} instruments, {n_actions} actions ({seconds:.1f} s)")
        return 0
    from django.db import connection  # noqa: PLC0415

    from plenipo.treaties.queries import status_matrix, status_of  # noqa: PLC0415

    instruments, n_actions, recompute_seconds = build(args.instruments, args.states)
    day = dt.date(2010, 6, 30)
    one = instruments[len(instruments) // 2]

    def raw_aggregate():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT instrument_id, COUNT(*) FROM treaties_participation "
                "WHERE consent_not_after <= %s GROUP BY instrument_id",
                [day],
            )
            return cursor.fetchall()

    def raw_one():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT party_code FROM treaties_participation "
                "WHERE instrument_id = %s AND consent_not_after <= %s",
                [one.pk, day],
            )
            return cursor.fetchall()

    raw_aggregate(), status_matrix(day), status_of(one, day)  # warm caches
    results = {
        "raw SQL: parties of one instrument": median_ms(raw_one, args.runs),
        "status_of (one instrument, one date)": median_ms(lambda: status_of(one, day), args.runs),
        "raw SQL aggregate (lower bound)": median_ms(raw_aggregate, args.runs),
        "status_matrix (all instruments, one date)": median_ms(
            lambda: status_matrix(day), args.runs
        ),
    }
    ratio = (
        results["status_matrix (all instruments, one date)"]
        / results["raw SQL aggregate (lower bound)"]
    )
    print(
        f"database: {connection.vendor}; {len(instruments)} instruments, "
        f"{args.states} states, {n_actions} actions; "
        f"recomputing every instrument's status took {recompute_seconds:.1f} s"
    )
    print("| measurement | median (ms) |")
    print("|---|---|")
    for name, value in results.items():
        print(f"| {name} | {value:.2f} |")
    print(f"| matrix / lower bound | {ratio:.2f}× |")
    one_ms = results["status_of (one instrument, one date)"]
    ok = one_ms <= 10 and ratio <= 3
    print(
        f"targets: one instrument ≤ 10 ms ({'met' if one_ms <= 10 else 'MISSED'}), "
        f"matrix ≤ 3× lower bound ({'met' if ratio <= 3 else 'MISSED'})"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
