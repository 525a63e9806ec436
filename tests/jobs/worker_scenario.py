"""Run in a separate process by test_worker_killed: queued letters and the job that sends
them, in a database the worker processes share with it. Prints the job's id."""

import datetime as dt
import sys

import django


def setup(count: int) -> int:
    from plenipo.correspondence.models import Letter, LetterStatus, SendingOffice  # noqa: PLC0415
    from plenipo.jobs.services.jobs import start_job  # noqa: PLC0415

    office = SendingOffice.objects.create(code="TEST", name="Test secretariat", city="Vienna")
    Letter.objects.bulk_create(
        Letter(
            office=office,
            genre="note_verbale",
            language="en",
            reference=f"TEST/{number:03d}",
            date=dt.date(2030, 1, 15),
            recipient_key=f"S{number:03d}",
            recipient_post=f"Permanent Mission {number}",
            recipient_email=f"mission{number}@example.org",
            subject=f"Note {number}",
            body=f"The Secretariat presents its compliments to mission {number}.",
            status=LetterStatus.QUEUED,
        )
        for number in range(count)
    )
    return start_job(kind="outbox", params={}, by=None).pk


if __name__ == "__main__":
    django.setup()
    print(setup(int(sys.argv[1])))
