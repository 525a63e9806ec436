"""A mandate's report as of a day: its status is read from the meetings held, so the report
sits with the meetings, above both bodies and meetings. Read through ``meetings.queries``."""

import datetime as dt
from collections import defaultdict

from django.db.models import Prefetch, prefetch_related_objects

from plenipo.bodies.mandates import (
    MeetingFact,
    RequirementFact,
    RequirementKind,
    mandate_status,
)
from plenipo.bodies.models import Mandate, Requirement
from plenipo.meetings.models import Meeting, MeetingStatus


def _meeting_fact(meeting) -> MeetingFact:
    return MeetingFact(
        id=meeting.pk,
        title=meeting.title,
        start=meeting.start,
        end=meeting.end,
        held=meeting.status == MeetingStatus.HELD,
        session_id=meeting.session_id,
    )


def _requirement_fact(requirement) -> RequirementFact:
    session = requirement.session
    return RequirementFact(
        id=requirement.pk,
        kind=RequirementKind(requirement.kind),
        text=requirement.text,
        session_id=requirement.session_id,
        session_start=session.start if session else None,
        session_end=session.end if session else None,
        min_count=requirement.min_count,
        due=requirement.due,
        delivered=requirement.delivered,
    )


def mandate_reports(mandates, as_of: dt.date) -> list[dict]:
    """Mandates (from ``bodies.queries``) with their status as of a day, for the CLI, the
    API and the pages, in a constant number of queries however many there are."""
    mandates = list(mandates)
    prefetch_related_objects(
        mandates,
        Prefetch("requirements", queryset=Requirement.objects.select_related("session")),
    )
    meetings_by_body = defaultdict(list)
    subjects = {m.subject.pk for m in mandates}
    for meeting in Meeting.objects.filter(body_id__in=subjects):
        meetings_by_body[meeting.body_id].append(_meeting_fact(meeting))
    return [_mandate_report(m, meetings_by_body[m.subject.pk], as_of) for m in mandates]


def mandate_report(mandate: Mandate, as_of: dt.date) -> dict:
    """One mandate with its status as of a day."""
    [report] = mandate_reports([mandate], as_of)
    return report


def _mandate_report(mandate: Mandate, meetings: list[MeetingFact], as_of: dt.date) -> dict:
    subject = mandate.subject
    superseded = mandate.superseded_by.adopted if mandate.superseded_by_id else None
    status, results = mandate_status(
        [_requirement_fact(r) for r in mandate.requirements.all()],
        meetings,
        adopted=mandate.decision.adopted,
        as_of=as_of,
        superseded_on=superseded,
    )

    def meeting_dict(m):
        return {"id": m.id, "title": m.title, "start": str(m.start), "end": str(m.end)}

    return {
        "symbol": mandate.decision.symbol,
        "title": mandate.decision.title,
        "adopted": str(mandate.decision.adopted),
        "adopted_by": mandate.decision.body.code,
        "as_of": as_of.isoformat(),
        "body": {
            "code": subject.code,
            "name": subject.name,
            "relation": "creates" if mandate.creates_id else "tasks",
        },
        "functions": list(mandate.functions),
        "required_meetings": [
            {
                "text": r.requirement.text,
                "kind": r.requirement.kind.value,
                "held": r.met,
                "unrecorded": r.unrecorded,
                "satisfied_by": [meeting_dict(m) for m in r.meetings],
            }
            for r in results
            if r.requirement.kind is not RequirementKind.DEADLINE
        ],
        "deadlines": [
            {
                "text": r.requirement.text,
                "due": str(r.requirement.due) if r.requirement.due else None,
                "delivered": r.met,
                "unrecorded": r.unrecorded,
            }
            for r in results
            if r.requirement.kind is RequirementKind.DEADLINE
        ],
        "superseded_by": mandate.superseded_by.symbol if mandate.superseded_by_id else None,
        "status": status.value,
    }
