"""The ``negotiations`` section of data files (see plenipo.core.importing and
docs/data-format.md): processes with their mandate, facilitators, milestones, linked
consultations and outcome."""

from plenipo.bodies.models import Decision, Mandate
from plenipo.bodies.queries import get_body, get_decision
from plenipo.core.errors import InvalidInput
from plenipo.core.importing import check_keys, register_section, sources_of, strip
from plenipo.core.userdates import user_bounds
from plenipo.meetings.models import Meeting
from plenipo.negotiations.services import processes as services
from plenipo.registry.models import Person
from plenipo.registry.queries import get_organization, get_state

PROCESS_KEYS = {
    "code", "title", "mandate", "visibility", "audience", "timezone", "note", "source",
    "sources", "facilitators", "milestones", "consultations", "outcome",
}  # fmt: skip
FACILITATOR_KEYS = {
    "phase", "role", "state", "person", "appointed_by", "appointed_on", "note", "source",
}  # fmt: skip
MILESTONE_KEYS = {"kind", "title", "date", "time", "status", "note", "source"}
MEETING_REF_KEYS = {"body", "start", "kind"}
OUTCOME_KEYS = {
    "symbol", "date", "method", "votes_for", "votes_against", "abstentions", "source", "sources",
}  # fmt: skip


def _mandate(spec):
    if not spec:
        return None
    check_keys(spec, {"decision", "paragraph"}, "mandate")
    decision = get_decision(spec["decision"])
    mandate = Mandate.objects.filter(
        decision=decision, paragraph_number=str(spec.get("paragraph") or "")
    ).first()
    if mandate is None:
        raise InvalidInput(f"{decision.symbol} has no mandate in paragraph {spec.get('paragraph')}")
    return mandate


def _meeting(spec):
    """The one recorded meeting of a body starting on the given day (or within the bounds)."""
    check_keys(spec, MEETING_REF_KEYS, "consultation")
    start = user_bounds(strip(spec["start"]), "consultation start")
    meetings = Meeting.objects.filter(
        body=get_body(spec["body"]),
        start_not_before=start.not_before,
        start_not_after=start.not_after,
    )
    if spec.get("kind"):
        meetings = meetings.filter(kind=spec["kind"])
    found = list(meetings[:2])
    if len(found) != 1:
        many = "more than one meeting" if found else "no meeting"
        raise InvalidInput(f"{many} of {spec['body']} starting {start}: link exactly one")
    return found[0]


def _source(run, record, default):
    return sources_of(run, record)[0] if record.get("source") or record.get("sources") else default


def _load_process(run, record):
    check_keys(record, PROCESS_KEYS, "negotiation")
    source, _ = sources_of(run, record)
    process = services.create_process(
        code=record["code"],
        title=record["title"],
        mandate=_mandate(record.get("mandate")),
        visibility=record.get("visibility") or "secretariat",
        audience=get_organization(record["audience"]) if record.get("audience") else None,
        timezone=record.get("timezone") or "",
        note=record.get("note") or "",
        source=source,
        by=run.by,
    )
    for spec in record.get("facilitators") or []:
        check_keys(spec, FACILITATOR_KEYS, "facilitator")
        person = Person.objects.filter(key=spec["person"]).first() if spec.get("person") else None
        if spec.get("person") and person is None:
            raise InvalidInput(f"unknown person {spec['person']!r}")
        services.appoint_facilitator(
            process=process,
            phase=spec["phase"],
            role=spec["role"],
            state=get_state(spec["state"]),
            person=person,
            appointed_by=spec.get("appointed_by") or "",
            appointed_on=strip(spec.get("appointed_on")),
            note=spec.get("note") or "",
            source=_source(run, spec, source),
            by=run.by,
        )
    for spec in record.get("milestones") or []:
        check_keys(spec, MILESTONE_KEYS, "milestone")
        services.add_milestone(
            process=process,
            kind=spec["kind"],
            title=spec["title"],
            date=strip(spec["date"]),
            status=spec["status"],
            time_text=str(spec.get("time") or ""),
            note=spec.get("note") or "",
            source=_source(run, spec, source),
            by=run.by,
        )
    for spec in record.get("consultations") or []:
        services.link_consultation(process=process, meeting=_meeting(spec), by=run.by)
    if record.get("outcome"):
        _load_outcome(run, process, record["outcome"])
    return process


def _load_outcome(run, process, spec):
    check_keys(spec, OUTCOME_KEYS, "outcome")

    services.record_outcome(
        process=process,
        symbol=spec["symbol"],
        date=strip(spec["date"]),
        method=spec["method"],
        decision=Decision.objects.filter(symbol=spec["symbol"]).first(),
        votes_for=spec.get("votes_for"),
        votes_against=spec.get("votes_against"),
        abstentions=spec.get("abstentions"),
        source=sources_of(run, spec)[0],
        by=run.by,
    )


def _load_processes(run, documents, counts):
    run.each(
        documents,
        "negotiations",
        lambda r: f"negotiation {r.get('code')}",
        lambda document, record: _load_process(run, record),
        counts,
    )


def register():
    register_section(order=70, keys={"negotiations"}, load=_load_processes)
