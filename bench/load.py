"""Benchmark: concurrent requests against `plenipo serve` (gunicorn + WhiteNoise), as
production runs it, with the built-in dataset or, with ``--untc`` (or BENCH_DATASET=untc),
the built-in dataset plus the UN-Treaty-Collection-sized registry of bench/status.py (600
instruments × 197 states, over 100,000 actions): then the instrument page and the API ask
for one of its instruments, and Austria's state page lists about a thousand actions.

Clients on loopback, in threads, each opening a connection per request (gunicorn's sync
workers close it), 20 and then 50 at once, for BENCH_SECONDS (8) per page. The baseline,
measured in the same run through the same stack, is /health/: a minimal Django view (one
`SELECT 1`, one cache write and read). Every page is reported as requests/s, p50/p95/p99
and errors, and its throughput as a fraction of the baseline's.

Database: BENCH_DATABASE_URL, kept (what it lacks is loaded), or else recreated:
postgres://postgres@127.0.0.1:5432/plenipo_bench_load (plenipo_bench_load_untc) when
PostgreSQL answers, otherwise var/plenipo-bench-load(-untc).sqlite3. Cache: Redis at
BENCH_REDIS_URL (default redis://127.0.0.1:6379/5) when it answers, else local memory.

Pages are served from the page cache after the first request (the data do not change during
a run). The last rows measure pages rendered from the database, as every page is on the first
request after a write: "instrument, a new day each time" and "API status, a new day each
time" ask for a day not asked before at every request (status and page uncached); "state,
rendered afresh each time" and "meetings, rendered afresh each time" add a query string not
asked before (``?fresh=N``, which the pages ignore; the page cache keys on the full address),
and these pages keep nothing else. The single-threaded cost of the same renders, with
queries counted, is bench/render.py's.
"""

import argparse
import concurrent.futures
import datetime as dt
import http.client
import itertools
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SECONDS = float(os.environ.get("BENCH_SECONDS", "8"))
CLIENTS = (20, 50)
UNTC_INSTRUMENT = "SYN-0300"  # one of bench/status.py's, with about 170 parties


def _new_days():
    # After both instruments opened: an earlier day is refused (400) as before the opening.
    return (dt.date(2010, 1, 1) + dt.timedelta(days=n) for n in itertools.count())


def _never_kept(address):
    """``address`` with a query string not asked before at every request (``fresh``, which
    the page ignores): the page cache keeps a page by its full address, so each is rendered
    from the database, as every page is after a write."""
    numbers = itertools.count()
    return lambda: f"{address}?fresh={next(numbers)}"


def pages(instrument):
    """The pages measured: each from the page cache, then the status pages on a new day and
    the state and meetings pages with a new query string at every request, rendered afresh."""
    days, api_days = _new_days(), _new_days()
    status = f"/api/instruments/{instrument}/status"
    return {
        "baseline: /health/": "/health/",
        "home": "/",
        "instrument, as of": f"/instruments/{instrument}/?as_of=2015-06-15",
        "state": "/states/AUT/",
        "meetings": "/meetings/",
        "API status": f"{status}?as_of=2015-06-15",
        "instrument, a new day each time": lambda: f"/instruments/{instrument}/?as_of={next(days)}",
        "state, rendered afresh each time": _never_kept("/states/AUT/"),
        "meetings, rendered afresh each time": _never_kept("/meetings/"),
        "API status, a new day each time": lambda: f"{status}?as_of={next(api_days)}",
    }


def _answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _database_url(untc):
    """BENCH_DATABASE_URL as it is (a database already loaded is kept: load-data and the
    UNTC-scale registry are added only where missing), else a new one."""
    if url := os.environ.get("BENCH_DATABASE_URL"):
        return url
    name = "plenipo_bench_load_untc" if untc else "plenipo_bench_load"
    if _answers("127.0.0.1", 5432):
        import psycopg  # noqa: PLC0415

        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
            c.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            c.execute(f'CREATE DATABASE "{name}"')
        return f"postgres://postgres@127.0.0.1:5432/{name}"
    path = ROOT / "var" / f"{name.replace('_', '-')}.sqlite3"
    path.parent.mkdir(exist_ok=True)
    path.unlink(missing_ok=True)
    return f"sqlite:///{path}"


def _environment(database_url, var):
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "PLENIPO_VAR": str(var),
        "PLENIPO_DEBUG": "false",
        "PLENIPO_SECRET_KEY": "bench-" * 10,
        "PLENIPO_CONN_MAX_AGE": "60",
        "PLENIPO_LOG_LEVEL": "ERROR",
    }
    redis_url = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
    if _answers("127.0.0.1", 6379):
        env["PLENIPO_REDIS_URL"] = redis_url
    return env


def _plenipo(*args):
    return [sys.executable, "-m", "plenipo.cli.main", *args]


def _one(port, path):
    started = time.perf_counter()
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        response.read()
        ok = response.status == 200
    except OSError:
        ok = False
    finally:
        connection.close()
    return time.perf_counter() - started, ok


def measure(port, path, clients):
    """Requests/s, latency percentiles (ms) and errors of ``clients`` threads for SECONDS.
    ``path``: an address, or a function giving the next one."""
    stop_at = time.perf_counter() + SECONDS
    latencies, errors, lock = [], [0], threading.Lock()
    next_path = path if callable(path) else lambda: path

    def client():
        while time.perf_counter() < stop_at:
            with lock:
                address = next_path()
            took, ok = _one(port, address)
            with lock:
                latencies.append(took)
                errors[0] += not ok

    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        for future in [pool.submit(client) for _ in range(clients)]:
            future.result()
    elapsed = time.perf_counter() - started
    cuts = statistics.quantiles(latencies, n=100)
    return {
        "rps": len(latencies) / elapsed,
        "p50": cuts[49] * 1000,
        "p95": cuts[94] * 1000,
        "p99": cuts[98] * 1000,
        "errors": errors[0],
        "requests": len(latencies),
    }


def _serve(env, port, workers):
    server = subprocess.Popen(
        _plenipo("serve", "--bind", f"127.0.0.1:{port}", "--workers", str(workers)),
        env=env,
        cwd=ROOT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise SystemExit(f"plenipo serve exited with status {server.returncode}")
        if _answers("127.0.0.1", port) and _one(port, "/health/")[1]:
            return server
        time.sleep(0.5)
    os.killpg(server.pid, signal.SIGTERM)
    raise SystemExit("plenipo serve did not answer within 240 s")


def _load(env, database_url, untc):
    subprocess.run(_plenipo("migrate", "-v0"), env=env, cwd=ROOT, check=True)
    subprocess.run(_plenipo("load-data", "--if-empty", "-v0"), env=env, cwd=ROOT, check=True)
    if untc:
        started = time.monotonic()
        builder = [sys.executable, str(ROOT / "bench" / "status.py"), "--add-to", database_url]
        subprocess.run(builder, env=env, cwd=ROOT, check=True)
        print(f"# UNTC-scale registry added in {time.monotonic() - started:.0f} s")


def _load_average():
    return "/".join(f"{value:.2f}" for value in os.getloadavg())


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--untc",
        action="store_true",
        default=os.environ.get("BENCH_DATASET") == "untc",
        help="add bench/status.py's 600 instruments × 197 states to the built-in dataset",
    )
    untc = parser.parse_args().untc
    at_start = _load_average()  # before this run's own start-up work
    var = ROOT / "var" / "bench-load"
    var.mkdir(parents=True, exist_ok=True)
    database_url = _database_url(untc)
    env = _environment(database_url, var)
    _load(env, database_url, untc)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workers = int(os.environ.get("BENCH_WEB_WORKERS", "5"))
    server = _serve(env, port, workers)
    vendor = database_url.split(":", 1)[0]
    cache = "Redis" if "PLENIPO_REDIS_URL" in env else "local memory"
    dataset = "built-in + UNTC scale (600 × 197)" if untc else "built-in"
    print(f"# plenipo serve, {workers} workers, {vendor}, cache {cache}, {SECONDS:g} s each")
    print(f"# dataset: {dataset}; load average at start {at_start}, now {_load_average()}")
    measured = pages(UNTC_INSTRUMENT if untc else "CETS-197")
    try:
        for path in measured.values():
            _one(port, path() if callable(path) else path)  # warm imports and caches a little
        for clients in CLIENTS:
            ceiling = None
            print(f"\n{clients} clients (load average {_load_average()})")
            print("| page | req/s | × baseline | p50 ms | p95 ms | p99 ms | errors |")
            print("|---|---|---|---|---|---|---|")
            for name, path in measured.items():
                result = measure(port, path, clients)
                ceiling = ceiling or result["rps"]
                print(
                    f"| {name} | {result['rps']:.0f} | {result['rps'] / ceiling:.2f} | "
                    f"{result['p50']:.0f} | {result['p95']:.0f} | {result['p99']:.0f} | "
                    f"{result['errors']}/{result['requests']} |",
                    flush=True,
                )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)


if __name__ == "__main__":
    main()
