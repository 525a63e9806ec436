import datetime as dt
import os
import socket

from django.conf import settings
from django.core.management import call_command

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.jobs.services.jobs import recover_stale_jobs


class Command(PlenipoCommand):
    help = "Run background jobs from the queue in the database until stopped (SIGTERM)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between looks at an empty queue"
        )
        parser.add_argument("--batch", action="store_true", help="Run what is queued, then stop")

    def handle(self, *args, interval, batch, **options):
        if settings.TASK_BACKEND != "database":
            raise InvalidInput(
                f"jobs run inside the web process (PLENIPO_TASK_BACKEND={settings.TASK_BACKEND}); "
                "set PLENIPO_TASK_BACKEND=database to run them in a worker"
            )
        # A worker starting after a crash picks up what the dead one was doing.
        recover_stale_jobs(silent_for=dt.timedelta(seconds=settings.JOB_SILENCE_SECONDS))
        call_command(
            "db_worker",
            queue_name="*",
            interval=interval,
            batch=batch,
            reload=False,
            worker_id=f"{socket.gethostname()}-{os.getpid()}"[-64:],
            verbosity=options["verbosity"],
        )
