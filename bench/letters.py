"""Benchmark: 193 notes verbales, one per UN member, to PDF and to DOCX.

Each letter is merged with its own recipient's data (the invitation to the working group's
first meeting). PDFs are laid out in one WeasyPrint pass and split per letter; the baseline
in the same run renders the same letters one by one (a WeasyPrint document each).
Target: 193 PDFs in 20 s or less on a 2-core machine.

Runs on its own database: var/bench-letters.sqlite3 (recreated), or BENCH_DATABASE_URL.
"""

import datetime as dt
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def configure():
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        path = ROOT / "var" / "bench-letters.sqlite3"
        path.parent.mkdir(exist_ok=True)
        path.unlink(missing_ok=True)
        url = f"sqlite:///{path}"
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "plenipo.settings")
    import django  # noqa: PLC0415

    django.setup()
    from django.core.management import call_command  # noqa: PLC0415

    call_command("migrate", verbosity=0)
    if url.startswith("postgres"):
        call_command("flush", interactive=False, verbosity=0)
    call_command("load-data", verbosity=0)


def timed(function):
    started = time.perf_counter()
    result = function()
    return result, time.perf_counter() - started


def main():
    configure()
    from plenipo.correspondence.exporters import letter_docx, letter_pdf, letters_pdf  # noqa: PLC0415
    from plenipo.correspondence.names import formal_name, with_article  # noqa: PLC0415
    from plenipo.correspondence.queries import get_template  # noqa: PLC0415
    from plenipo.correspondence.recipients import Recipient  # noqa: PLC0415
    from plenipo.correspondence.services.letters import merge  # noqa: PLC0415
    from plenipo.meetings.models import Meeting  # noqa: PLC0415
    from plenipo.registry.models import Organization  # noqa: PLC0415
    from plenipo.registry.queries import members_on  # noqa: PLC0415

    day = dt.date(2009, 3, 4)
    # Today's 193 members (South Sudan joined in 2011), written to as of the 2009 meeting.
    today = dt.date.today()  # noqa: DTZ011 -- calendar day
    members = [s for s, _ in members_on(Organization.objects.get(code="UN"), today)]
    recipients = [
        Recipient(
            key=s.code,
            state=s,
            post=f"Permanent Representative of {with_article(formal_name(s.code))} "
            "to the United Nations (Vienna)",
        )
        for s in members
    ]
    meeting = Meeting.objects.get(body__code="WG-TIP", start_not_before="2009-04-14")
    result, merge_seconds = timed(
        lambda: merge(
            template=get_template("wg-tip-invitation-nv-en"),
            recipients=recipients,
            day=day,
            by=None,
            meeting=meeting,
        )
    )
    letters = result.letters
    batched, batched_seconds = timed(lambda: letters_pdf(letters))
    naive, naive_seconds = timed(lambda: [letter_pdf(letter) for letter in letters])
    docx, docx_seconds = timed(lambda: [letter_docx(letter) for letter in letters])
    assert len(batched) == len(naive) == len(docx) == len(letters)
    n = len(letters)
    print(
        f"{n} notes verbales (merge from data: {merge_seconds:.1f} s, "
        f"{merge_seconds / n * 1000:.0f} ms per letter)"
    )
    print("| output | total (s) | per letter (ms) | × one-by-one |")
    print("|---|---|---|---|")
    per_letter = naive_seconds / n * 1000
    print(f"| PDF, one by one (baseline) | {naive_seconds:.1f} | {per_letter:.0f} | 1.00 |")
    print(
        f"| PDF, one pass, split | {batched_seconds:.1f} | {batched_seconds / n * 1000:.0f} | "
        f"{batched_seconds / naive_seconds:.2f} |"
    )
    print(f"| DOCX | {docx_seconds:.1f} | {docx_seconds / n * 1000:.0f} | — |")
    met = batched_seconds <= 20
    print(f"target: 193 PDFs in ≤ 20 s: {'met' if met else 'MISSED'}")
    return 0 if met else 1


if __name__ == "__main__":
    sys.exit(main())
