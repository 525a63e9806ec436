import os
import subprocess

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.ops.serving import (
    collectstatic_argv,
    gunicorn_argv,
    production_environment,
    worker_count,
)


def _positive(value):
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise InvalidInput(f"the number of workers must be a whole number above 0, not {value!r}")
    return number


class Command(PlenipoCommand):
    help = (
        "Serve Plenipo with gunicorn: collects static files (hashed, compressed) into "
        "var/static, then runs 2 × cores + 1 workers (at most 9) unless told otherwise."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--bind",
            default=os.environ.get("PLENIPO_BIND", "127.0.0.1:8000"),
            help="HOST:PORT or unix:PATH (default: $PLENIPO_BIND or 127.0.0.1:8000)",
        )
        parser.add_argument(
            "--workers",
            default=os.environ.get("PLENIPO_WEB_WORKERS"),
            help="Worker processes (default: $PLENIPO_WEB_WORKERS or 2 × cores + 1, at most 9)",
        )
        parser.add_argument(
            "--timeout", type=int, default=60, help="Seconds before a silent worker is restarted"
        )
        parser.add_argument(
            "--no-collectstatic",
            action="store_true",
            help="Serve what an earlier collectstatic left in var/static",
        )

    def handle(self, *args, bind, workers, timeout, no_collectstatic=False, **options):
        workers = worker_count(_positive(workers) if workers is not None else None)
        environment = production_environment(os.environ)
        if not no_collectstatic:
            collected = subprocess.run(collectstatic_argv(), env=environment, check=False)
            if collected.returncode != 0:
                raise InvalidInput("collectstatic failed (see above); nothing was served")
        argv = gunicorn_argv(bind=bind, workers=workers, timeout=timeout)
        self.stderr.write(f"Serving on {bind} with {workers} workers.")
        self.stderr.flush()
        # gunicorn takes over this process, so a supervisor's signals reach it directly.
        os.execve(argv[0], argv, environment)
