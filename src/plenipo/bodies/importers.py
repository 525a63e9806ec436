"""The bodies' sections of data files: bodies, sessions, decisions with mandates."""

from plenipo.bodies.models import Body, Decision, Session
from plenipo.bodies.queries import get_body
from plenipo.bodies.services import bodies as services
from plenipo.core.errors import InvalidInput
from plenipo.core.importing import check_keys, register_section, sources_of, strip
from plenipo.registry.importers import organization
from plenipo.treaties.queries import get_instrument

BODY_KEYS = {
    "code",
    "names",
    "kind",
    "parent",
    "organization",
    "instrument",
    "composition",
    "established",
    "established_by",
    "source",
    "sources",
    "note",
}
SESSION_KEYS = {
    "body",
    "number",
    "start",
    "end",
    "city",
    "report",
    "source",
    "sources",
    "note",
    "conflicts",
}
DECISION_KEYS = {
    "symbol",
    "kind",
    "body",
    "session",
    "adopted",
    "title",
    "document",
    "paragraphs",
    "mandates",
    "source",
    "sources",
    "note",
    "conflicts",
}
MANDATE_KEYS = {
    "paragraph",
    "creates",
    "tasks",
    "functions",
    "requirements",
    "deadlines",
    "superseded_by",
    "source",
    "sources",
    "note",
}


def session_ref(spec, default_body=None):
    """A session named as {body: CODE, number: N} (or a bare number of ``default_body``)."""
    if spec is None:
        return None
    if isinstance(spec, int):
        number = spec
        body = default_body
        if body is not None and not Session.objects.filter(body=body, number=number).exists():
            body = body.parent or body
    else:
        spec = strip(spec)
        body, number = get_body(spec.get("body")), spec.get("number")
    session = Session.objects.filter(body=body, number=number).first()
    if session is None:
        raise InvalidInput(f"unknown session {number} of {body.code if body else '?'}")
    return session


def _load_bodies(run, documents, counts):
    pending = [(d, r) for d in documents for r in d.data.get("bodies") or []]
    # Parents first, whatever the order in the files.
    defined = set(Body.objects.values_list("code", flat=True))
    for _ in range(len(pending) + 1):
        ready = [(d, r) for d, r in pending if not r.get("parent") or r["parent"] in defined]
        if not ready:
            break
        for document, record in ready:
            pending.remove((document, record))

            def create(record=record):
                check_keys(record, BODY_KEYS, "body")
                source, _ = sources_of(run, record)
                return services.define_body(
                    code=record["code"],
                    names=strip(record["names"]),
                    kind=record["kind"],
                    parent=get_body(record["parent"]) if record.get("parent") else None,
                    organization=organization(record["organization"])
                    if record.get("organization")
                    else None,
                    instrument=get_instrument(record["instrument"])
                    if record.get("instrument")
                    else None,
                    composition=strip(record.get("composition")),
                    established=strip(record.get("established")),
                    established_by=record.get("established_by") or "",
                    source=source,
                    by=run.by,
                )

            if run.attempt(document, record, f"body {record.get('code')}", create):
                counts["bodies"] = counts.get("bodies", 0) + 1
            defined.add(record.get("code"))
    for document, record in pending:
        run.errors.append(
            f"{document.name}:{record.get('__line__', '?')}: body {record.get('code')}: "
            f"unknown parent {record.get('parent')!r}"
        )


def _load_sessions(run, documents, counts):
    def create(document, record):
        check_keys(record, SESSION_KEYS, "session")
        source, _ = sources_of(run, record)
        return services.record_session(
            body=get_body(record["body"]),
            number=record["number"],
            start=strip(record.get("start")),
            end=strip(record.get("end")),
            city=record.get("city") or "",
            report=record.get("report") or "",
            note=record.get("note") or "",
            conflicts=strip(record.get("conflicts") or []),
            source=source,
            by=run.by,
        )

    run.each(
        documents,
        "sessions",
        lambda r: f"session {r.get('body')} {r.get('number')}",
        create,
        counts,
    )


def _load_decisions(run, documents, counts):
    def create(document, record):
        check_keys(record, DECISION_KEYS, "decision")
        source, _ = sources_of(run, record)
        body = get_body(record["body"])
        paragraphs = [(str(p["number"]), p["text"]) for p in record.get("paragraphs") or []]
        decision = services.record_decision(
            symbol=record["symbol"],
            kind=record.get("kind"),
            body=body,
            session=session_ref(record.get("session"), body),
            adopted=strip(record.get("adopted")),
            title=record["title"],
            document=record.get("document") or "",
            paragraphs=paragraphs,
            note=record.get("note") or "",
            conflicts=strip(record.get("conflicts") or []),
            source=source,
            by=run.by,
        )
        for spec in record.get("mandates") or []:
            _mandate(run, decision, spec, source)
        return decision

    run.each(documents, "decisions", lambda r: f"decision {r.get('symbol')}", create, counts)


def _mandate(run, decision, spec, default_source):
    check_keys(spec, MANDATE_KEYS, "mandate")
    source = (
        sources_of(run, spec)[0]
        if (spec.get("source") or spec.get("sources"))
        else (default_source)
    )
    paragraph = None
    if spec.get("paragraph") is not None:
        # The paragraph's text may not be recorded; its number still is.
        paragraph = decision.paragraphs.filter(number=str(spec["paragraph"])).first()
    requirements = []
    for raw in spec.get("requirements") or []:
        item = strip(raw)
        requirements.append({**item, "session": session_ref(item.get("session"))})
    for raw in spec.get("deadlines") or []:
        item = strip(raw)
        requirements.append(
            {
                "kind": "deadline",
                "text": item.get("what") or item.get("text"),
                "due": item.get("due"),
                "delivered": item.get("delivered"),
            }
        )
    superseded = None
    if spec.get("superseded_by"):
        superseded = Decision.objects.filter(symbol=spec["superseded_by"]).first()
    return services.define_mandate(
        decision=decision,
        paragraph=paragraph,
        paragraph_number=str(spec.get("paragraph") or ""),
        creates=get_body(spec["creates"]) if spec.get("creates") else None,
        tasks=get_body(spec["tasks"]) if spec.get("tasks") else None,
        functions=strip(spec.get("functions") or []),
        requirements=requirements,
        superseded_by=superseded,
        source=source,
        by=run.by,
    )


def register():
    register_section(order=40, keys={"bodies"}, load=_load_bodies)
    register_section(order=41, keys={"sessions"}, load=_load_sessions)
    register_section(order=43, keys={"decisions"}, load=_load_decisions)
