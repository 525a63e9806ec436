"""How `plenipo serve` runs gunicorn: worker count, command line, environment."""

import os
import sys

MAX_WORKERS = 9  # more sync workers than this mostly wait on the database


def available_cores():
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use, not the machine's
    except AttributeError:
        return os.cpu_count() or 1


def worker_count(requested=None, *, cores=None):
    """Gunicorn's rule of thumb, 2 × cores + 1, capped; an explicit number wins."""
    if requested is not None:
        return requested
    return min(2 * (cores or available_cores()) + 1, MAX_WORKERS)


def gunicorn_argv(*, bind, workers, timeout):
    return [
        sys.executable,
        "-m",
        "gunicorn",
        "plenipo.wsgi:application",
        "--bind",
        bind,
        "--workers",
        str(workers),
        "--timeout",
        str(timeout),
        "--config",
        "python:plenipo.ops.gunicorn_config",
    ]


def production_environment(environ):
    """The environment of the server processes: hashed static files unless said otherwise."""
    return {**environ, "PLENIPO_STATIC_MANIFEST": environ.get("PLENIPO_STATIC_MANIFEST", "true")}


def collectstatic_argv():
    return [sys.executable, "-m", "plenipo.cli.main", "collectstatic", "--noinput", "-v", "0"]
