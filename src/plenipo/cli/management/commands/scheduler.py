import datetime as dt
import time

from django.conf import settings

from plenipo.cli.base import PlenipoCommand
from plenipo.core.errors import InvalidInput
from plenipo.correspondence.queries import queued_letter_ids
from plenipo.jobs.queries import unfinished
from plenipo.jobs.services.jobs import recover_stale_jobs, start_job
from plenipo.jobs.services.lists import build_changed_lists


def tick() -> list[str]:
    """One round: queue again the jobs of workers that died; send the outbox; build the
    PDF of every published list of participants that changed."""
    said = [
        f"recovered {job}"
        for job in recover_stale_jobs(silent_for=dt.timedelta(seconds=settings.JOB_SILENCE_SECONDS))
    ]
    if queued_letter_ids() and not unfinished("outbox"):
        said.append(f"started {start_job(kind='outbox', params={}, by=None)}")
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    said += [f"building the list of participants of {t}" for t in build_changed_lists(today)]
    return said


class Command(PlenipoCommand):
    help = (
        "Every SECONDS: re-queue jobs whose worker died, queue sending the outbox and "
        "building the published lists of participants that changed."
    )

    def add_arguments(self, parser):
        parser.add_argument("--every", type=int, default=60, metavar="SECONDS")
        parser.add_argument("--once", action="store_true", help="One round, then stop")

    def handle(self, *args, every, once, **options):
        if every < 1:
            raise InvalidInput("--every must be at least 1 second")
        while True:
            for line in tick():
                self.stdout.write(line)
            if once:
                return
            time.sleep(every)
