"""Benchmark: the list of participants of a large meeting, and the reply matrix's queries.

A meeting with 193 delegations (every UN member) and 2,000 participants. Measures the list
of participants as CSV and as PDF (WeasyPrint), against a baseline measured in the same
run: reading the same rows with one raw SQL query. Then counts the reply-matrix page's
queries with 10 and with 193 delegations: the count must not grow.

Runs on its own database: var/bench-meetings.sqlite3 (recreated), or BENCH_DATABASE_URL.
"""

import datetime as dt
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def configure():
    url = os.environ.get("BENCH_DATABASE_URL")
    if not url:
        path = ROOT / "var" / "bench-meetings.sqlite3"
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


def build(delegation_count):
    from plenipo.bodies.queries import get_body  # noqa: PLC0415
    from plenipo.core.models import Source  # noqa: PLC0415
    from plenipo.meetings.models import Delegation, Participant  # noqa: PLC0415
    from plenipo.meetings.services.meetings import record_meeting  # noqa: PLC0415
    from plenipo.meetings.spec import MeetingSpec  # noqa: PLC0415
    from plenipo.registry.models import Organization  # noqa: PLC0415
    from plenipo.registry.queries import members_on  # noqa: PLC0415

    source = Source.objects.create(
        key=f"bench-{delegation_count}", title="Synthetic", url="https://example.org"
    )
    meeting = record_meeting(
        MeetingSpec(
            body=get_body("WG-TIP"),
            title=f"Benchmark meeting ({delegation_count} delegations)",
            kind="working_group",
            status="scheduled",
            start="2031-04-14",
            end="2031-04-15",
            city="Vienna",
            timezone="Europe/Vienna",
            source=source,
        ),
        by=None,
    )
    states = [s for s, _ in members_on(Organization.objects.get(code="UN"), dt.date(2031, 1, 1))]
    delegations = Delegation.objects.bulk_create(
        Delegation(
            meeting=meeting,
            state=state,
            category="member_state",
            status="approved",
            invited_on=dt.date(2031, 1, 10),
        )
        for state in states[:delegation_count]
    )
    people, total = [], 2000 * delegation_count // 193
    for i in range(total):
        delegation = delegations[i % len(delegations)]
        role = "head" if i < len(delegations) else ("alternate" if i % 3 else "adviser")
        people.append(
            Participant(
                delegation=delegation,
                role=role,
                name=f"Participant {i:04d}",
                title="Counsellor",
                position=i,
            )
        )
    Participant.objects.bulk_create(people, batch_size=1000)
    return meeting, total


def median_ms(function, runs):
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        function()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def reply_matrix_queries(meeting, user):
    from django.db import connection  # noqa: PLC0415
    from django.test import Client  # noqa: PLC0415
    from django.test.utils import CaptureQueriesContext  # noqa: PLC0415

    client = Client()
    client.force_login(user)
    client.get(f"/office/meetings/{meeting.pk}/")
    with CaptureQueriesContext(connection) as captured:
        response = client.get(f"/office/meetings/{meeting.pk}/")
    assert response.status_code == 200, response.status_code
    return len(captured)


def main():
    configure()
    from django.contrib.auth import get_user_model  # noqa: PLC0415
    from django.db import connection  # noqa: PLC0415

    from plenipo.meetings.exporters import participants_csv, participants_pdf  # noqa: PLC0415
    from plenipo.registry.roles import ensure_secretariat_group  # noqa: PLC0415

    small, _ = build(10)
    meeting, people = build(193)

    def raw_rows():
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT d.category, s.code, p.role, p.name, p.title FROM meetings_participant p "
                "JOIN meetings_delegation d ON d.id = p.delegation_id "
                "JOIN registry_state s ON s.id = d.state_id WHERE d.meeting_id = %s "
                "ORDER BY d.category, s.code, p.position",
                [meeting.pk],
            )
            return cursor.fetchall()

    officer = get_user_model().objects.create_user("bench-officer")
    officer.groups.add(ensure_secretariat_group())
    results = {
        "raw SQL: the participants' rows (baseline)": median_ms(raw_rows, 10),
        "list of participants, CSV": median_ms(lambda: participants_csv(meeting), 10),
        "list of participants, PDF": median_ms(lambda: participants_pdf(meeting), 3),
    }
    baseline = results["raw SQL: the participants' rows (baseline)"]
    print(f"database: {connection.vendor}; 193 delegations, {people} participants")
    print("| measurement | median (ms) | × baseline |")
    print("|---|---|---|")
    for name, value in results.items():
        print(f"| {name} | {value:.1f} | {value / baseline:.0f}× |")
    queries_small = reply_matrix_queries(small, officer)
    queries_large = reply_matrix_queries(meeting, officer)
    print(
        f"reply matrix page: {queries_small} queries with 10 delegations, {queries_large} with 193"
    )
    return 0 if queries_small == queries_large else 1


if __name__ == "__main__":
    sys.exit(main())
