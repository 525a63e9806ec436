"""Writes to bodies: bodies, sessions, decisions with their paragraphs, mandates."""

import re

from django.db import transaction

from plenipo.bodies.mandates import RequirementKind
from plenipo.bodies.models import (
    Body,
    BodyKind,
    Decision,
    DecisionKind,
    Mandate,
    Paragraph,
    Requirement,
    Session,
)
from plenipo.bodies.symbols import SymbolError, parse_symbol
from plenipo.core.audit import log_action
from plenipo.core.errors import InvalidInput
from plenipo.core.userdates import check_span, user_bounds

COMPOSITION_KEYS = {"parties_to", "members_of", "open_ended", "experts", "note"}
BODY_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,31}$")
NAME_LENGTH = 300


@transaction.atomic
def define_body(
    *,
    code,
    names,
    kind,
    source,
    by,
    parent=None,
    organization=None,
    instrument=None,
    composition=None,
    established=None,
    established_by="",
) -> Body:
    if kind not in BodyKind.values:
        raise InvalidInput(
            f"{code}: unknown body kind {kind!r} (known: {', '.join(BodyKind.values)})"
        )
    unknown = set(composition or {}) - COMPOSITION_KEYS
    if unknown:
        raise InvalidInput(f"{code}: unknown composition key(s) {sorted(unknown)}")
    body, created = Body.objects.update_or_create(
        code=code,
        defaults={
            "names": names,
            "kind": kind,
            "parent": parent,
            "organization": organization,
            "instrument": instrument,
            "composition": composition or {},
            "established_by": established_by,
            "source": source,
            "established": user_bounds(established, f"{code} established", required=False),
        },
    )
    log_action(
        body, f"bodies.body.{'created' if created else 'updated'}", by=by, data={"code": code}
    )
    return body


@transaction.atomic
def add_body(*, code, name, kind, source, by, organization=None, name_fr="", name_es="") -> Body:
    """A body new to the registry, named by an officer (e.g. while reviewing a received
    letter that names it): recorded through ``define_body``, but refused when its code is
    taken, where a data file's body updates the one loaded before. Its French and Spanish
    names, where given, let letters in those languages be matched to it."""
    code = (code or "").strip().upper()
    if not BODY_CODE.match(code):
        raise InvalidInput(
            f"the body's code {code!r}: give letters, digits and hyphens, at most 32 (e.g. WG-FIN)"
        )
    names = {"en": name, "fr": name_fr, "es": name_es}
    names = {lang: " ".join(str(text or "").split()) for lang, text in names.items()}
    if not names["en"]:
        raise InvalidInput(f"the body {code} needs a name")
    for lang, text in names.items():
        if len(text) > NAME_LENGTH:
            raise InvalidInput(f"the body's name ({lang}) is longer than {NAME_LENGTH} characters")
    taken = Body.objects.filter(code=code).first()
    if taken is not None:
        raise InvalidInput(f"a body {code} is already recorded ({taken.name}): choose it")
    return define_body(
        code=code,
        names={lang: text for lang, text in names.items() if text},
        kind=kind,
        organization=organization,
        source=source,
        by=by,
    )


@transaction.atomic
def record_session(
    *, body, number, start, end=None, city="", report="", note="", conflicts=(), source, by
) -> Session:
    start_bounds = user_bounds(start, f"{body.code} session {number} start", required=False)
    end_bounds = (
        user_bounds(end, f"{body.code} session {number} end", required=False) or start_bounds
    )
    check_span(start_bounds, end_bounds, f"{body.code} session {number}")
    if Session.objects.filter(body=body, number=number).exists():
        raise InvalidInput(f"{body.code} session {number} is already recorded")
    session = Session.objects.create(
        body=body,
        number=number,
        city=city,
        report=report,
        note=note,
        conflicts=list(conflicts),
        source=source,
        start=start_bounds,
        end=end_bounds,
    )
    log_action(
        session, "bodies.session.recorded", by=by, data={"body": body.code, "number": number}
    )
    return session


@transaction.atomic
def record_decision(
    *,
    symbol,
    body,
    title,
    source,
    by,
    kind=None,
    session=None,
    adopted=None,
    document="",
    paragraphs=(),
    note="",
    conflicts=(),
) -> Decision:
    """Record a decision or resolution with its paragraphs (number, text), in order."""
    try:
        parsed = parse_symbol(symbol)
    except SymbolError as exc:
        raise InvalidInput(str(exc)) from None
    kind = kind or parsed.kind
    if kind not in DecisionKind.values:
        raise InvalidInput(f"{symbol}: unknown kind {kind!r}")
    if Decision.objects.filter(symbol=str(parsed)).exists():
        raise InvalidInput(f"{parsed} is already recorded")
    decision = Decision.objects.create(
        symbol=str(parsed),
        kind=kind,
        body=body,
        session=session,
        title=title,
        document=document,
        note=note,
        conflicts=list(conflicts),
        source=source,
        adopted=user_bounds(adopted, f"{parsed} adopted", required=False),
    )
    numbers = [str(number) for number, _ in paragraphs]
    if len(set(numbers)) != len(numbers):
        raise InvalidInput(f"{parsed}: paragraph numbers repeat")
    Paragraph.objects.bulk_create(
        Paragraph(decision=decision, number=str(number), position=i, text=text)
        for i, (number, text) in enumerate(paragraphs)
    )
    log_action(decision, "bodies.decision.recorded", by=by, data={"symbol": str(parsed)})
    return decision


@transaction.atomic
def define_mandate(
    *,
    decision,
    source,
    by,
    paragraph=None,
    paragraph_number="",
    creates=None,
    tasks=None,
    functions=(),
    requirements=(),
    superseded_by=None,
) -> Mandate:
    """``requirements``: dicts with kind, text, and session / min_count / due as the kind needs."""
    if creates is None and tasks is None:
        raise InvalidInput(f"{decision.symbol}: a mandate creates or tasks a body")
    mandate = Mandate.objects.create(
        decision=decision,
        paragraph=paragraph,
        paragraph_number=paragraph.number if paragraph else str(paragraph_number or ""),
        creates=creates,
        tasks=tasks,
        functions=list(functions),
        superseded_by=superseded_by,
        source=source,
    )
    for item in requirements:
        kind = item.get("kind")
        if kind not in RequirementKind.__members__.values():
            known = ", ".join(k.value for k in RequirementKind)
            raise InvalidInput(f"{decision.symbol}: unknown requirement kind {kind!r} ({known})")
        if kind != RequirementKind.DEADLINE and item.get("session") is None:
            raise InvalidInput(f"{decision.symbol}: a {kind} requirement names a session")
        if kind == RequirementKind.DEADLINE and not item.get("due"):
            raise InvalidInput(f"{decision.symbol}: a deadline needs a due date")
        Requirement.objects.create(
            mandate=mandate,
            kind=kind,
            text=item.get("text") or "",
            session=item.get("session"),
            min_count=item.get("min_count") or 1,
            due=user_bounds(item.get("due"), "due", required=False),
            delivered=user_bounds(item.get("delivered"), "delivered", required=False),
        )
    log_action(
        mandate,
        "bodies.mandate.defined",
        by=by,
        data={"decision": decision.symbol, "body": (creates or tasks).code},
    )
    return mandate


@transaction.atomic
def record_delivery(*, requirement, delivered, by) -> Requirement:
    """Record that a deadline requirement (a report, say) was delivered."""
    if requirement.kind != RequirementKind.DEADLINE:
        raise InvalidInput("only deadlines are delivered; meetings are recorded as meetings")
    bounds = user_bounds(delivered, "delivered", required=False)
    requirement.delivered = bounds
    requirement.save()
    log_action(requirement, "bodies.requirement.delivered", by=by, data={"on": str(bounds)})
    return requirement
