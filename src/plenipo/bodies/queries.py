"""Reads of bodies, decisions and mandates shared by the public site, the API and the CLI.

A mandate's status depends on the meetings held, so its report lives a layer up, in
``meetings.queries`` (meetings refer to bodies, never the other way round)."""

import datetime as dt

from django.db.models import Q

from plenipo.bodies.models import Body, BodyKind, Decision, Mandate, Requirement, Session
from plenipo.bodies.symbols import SymbolError, parse_symbol
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.core.listing import matches

BODY_KINDS = BodyKind.choices


def get_body(code: str) -> Body:
    body = Body.objects.filter(code=(code or "").strip().upper()).select_related("parent").first()
    if body is None:
        known = ", ".join(Body.objects.values_list("code", flat=True))
        raise NotFound(f"unknown body code {code!r} (known: {known})")
    return body


def get_decision(symbol: str) -> Decision:
    try:
        parsed = parse_symbol(symbol)
    except SymbolError as exc:
        raise InvalidInput(str(exc)) from None
    decision = (
        Decision.objects.filter(symbol=str(parsed))
        .select_related("body", "session", "source")
        .first()
    )
    if decision is None:
        raise NotFound(f"no decision {parsed} is recorded")
    return decision


def all_bodies():
    return Body.objects.select_related("parent", "instrument").order_by("code")


def search_bodies(text):
    """Bodies whose code or name (any language) holds every word of ``text``."""
    bodies = all_bodies()
    if not str(text or "").split():
        return bodies
    found = [
        row["pk"]
        for row in Body.objects.values("pk", "code", "names")
        if matches(text, row["code"], *(row["names"] or {}).values())
    ]
    return bodies.filter(pk__in=found)


def body_names() -> list[tuple[str, list[str]]]:
    """(code, names in English, French and Spanish, then the code) of every body, for
    matching the bodies a received letter names."""
    return [
        (code, [*(names[lang] for lang in ("en", "fr", "es") if names.get(lang)), code])
        for code, names in Body.objects.order_by("code").values_list("code", "names")
    ]


def body_choices() -> list[tuple[str, str]]:
    """(code, "code — name") of every body, for a list's filter: a code alone means little
    to someone new to the bodies."""
    return [(body.code, f"{body.code} — {body.name}") for body in Body.objects.order_by("code")]


def children_of(body: Body):
    return Body.objects.filter(parent=body).order_by("code")


def ancestors(body: Body) -> list[Body]:
    chain, seen = [], {body.pk}
    current = body.parent
    while current is not None and current.pk not in seen:
        chain.insert(0, current)
        seen.add(current.pk)
        current = current.parent
    return chain


def organization_of(body: Body) -> str:
    """The code of the organization a body works in: its own, else its nearest parent's
    (a committee under the Committee of Ministers is the Council of Europe's); "" if none."""
    if body.organization_id is None:
        body = next((b for b in reversed(ancestors(body)) if b.organization_id), None)
    return body.organization.code if body is not None else ""


def sessions_of(body: Body):
    return Session.objects.filter(body=body).select_related("source").order_by("number")


def decisions_of(body: Body):
    return (
        Decision.objects.filter(body=body)
        .select_related("session")
        .order_by("adopted_not_before", "symbol")
    )


def get_mandate(reference: str) -> Mandate:
    """The mandate a reference names: ``A/RES/71/287 OP10``, or the decision's symbol alone
    when the decision holds one mandate."""
    symbol, _, paragraph = reference.strip().partition(" OP")
    mandates = get_decision(symbol.strip()).mandates.all()
    if paragraph:
        mandates = mandates.filter(paragraph_number=paragraph.strip())
    found = list(mandates[:2])
    if len(found) != 1:
        what = "no mandate" if not found else "more than one mandate: name its paragraph (OPn)"
        raise InvalidInput(f"{reference}: {what}")
    return found[0]


def mandates_of_decision(decision: Decision):
    return decision.mandates.select_related(
        "creates", "tasks", "superseded_by", "decision__body", "paragraph"
    )


def mandates_concerning(body: Body):
    """Mandates the body gave (by its decisions), or that create or task it."""
    return (
        Mandate.objects.filter(Q(creates=body) | Q(tasks=body) | Q(decision__body=body))
        .select_related("creates", "tasks", "superseded_by", "decision__body")
        .distinct()
        .order_by("decision__adopted_not_before", "pk")
    )


def deadlines_between(start, end):
    """Deadlines set by mandates that may fall between two days (inclusive) and are not
    recorded as delivered, soonest first, with their decision and body, in one query."""
    due = Requirement.due
    return (
        Requirement.objects.filter(
            due.possibly_after(start - dt.timedelta(days=1)),
            due.possibly_by(end),
            Requirement.delivered.is_none(),
            kind="deadline",
        )
        .select_related("mandate__decision", "mandate__creates", "mandate__tasks")
        .order_by("due_not_before", "pk")
    )
