"""Benchmark: concurrent requests against `plenipo serve` (gunicorn + WhiteNoise), as
production runs it, with the built-in dataset.

Clients on loopback, in threads, each opening a connection per request (gunicorn's sync
workers close it), 20 and then 50 at once, for BENCH_SECONDS (8) per page. The baseline,
measured in the same run through the same stack, is /health/: a minimal Django view (one
`SELECT 1`, one cache write and read). Every page is reported as requests/s, p50/p95/p99
and errors, and its throughput as a fraction of the baseline's.

Database: BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/plenipo_bench_load,
recreated, when PostgreSQL answers; otherwise var/bench-load.sqlite3). Cache: Redis at
BENCH_REDIS_URL (default redis://127.0.0.1:6379/5) when it answers, else local memory.
"""

import concurrent.futures
import http.client
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
PAGES = {
    "baseline: /health/": "/health/",
    "home": "/",
    "instrument, as of": "/instruments/CETS-197/?as_of=2015-06-15",
    "state": "/states/AUT/",
    "meetings": "/meetings/",
    "API status": "/api/instruments/CETS-197/status?as_of=2015-06-15",
}


def _answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=0.5):
            return True
    except OSError:
        return False


def _database_url():
    if url := os.environ.get("BENCH_DATABASE_URL"):
        return url
    if _answers("127.0.0.1", 5432):
        import psycopg  # noqa: PLC0415

        with psycopg.connect("postgres://postgres@127.0.0.1:5432/postgres", autocommit=True) as c:
            c.execute('DROP DATABASE IF EXISTS "plenipo_bench_load" WITH (FORCE)')
            c.execute('CREATE DATABASE "plenipo_bench_load"')
        return "postgres://postgres@127.0.0.1:5432/plenipo_bench_load"
    path = ROOT / "var" / "bench-load.sqlite3"
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
    """Requests/s, latency percentiles (ms) and errors of ``clients`` threads for SECONDS."""
    stop_at = time.perf_counter() + SECONDS
    latencies, errors, lock = [], [0], threading.Lock()

    def client():
        while time.perf_counter() < stop_at:
            took, ok = _one(port, path)
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


def main():
    var = ROOT / "var" / "bench-load"
    var.mkdir(parents=True, exist_ok=True)
    database_url = _database_url()
    env = _environment(database_url, var)
    subprocess.run(_plenipo("migrate", "-v0"), env=env, cwd=ROOT, check=True)
    subprocess.run(_plenipo("load-data", "--if-empty", "-v0"), env=env, cwd=ROOT, check=True)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    workers = int(os.environ.get("BENCH_WEB_WORKERS", "5"))
    server = _serve(env, port, workers)
    vendor = database_url.split(":", 1)[0]
    cache = "Redis" if "PLENIPO_REDIS_URL" in env else "local memory"
    print(f"# plenipo serve, {workers} workers, {vendor}, cache {cache}, {SECONDS:g} s each")
    try:
        for path in PAGES.values():
            _one(port, path)  # warm each worker's imports and caches a little
        for clients in CLIENTS:
            ceiling = None
            print(f"\n{clients} clients")
            print("| page | req/s | × baseline | p50 ms | p95 ms | p99 ms | errors |")
            print("|---|---|---|---|---|---|---|")
            for name, path in PAGES.items():
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
