"""The officer's decision on each registry match of a received letter: the instruments it
cites and whom it is from and to. ``incoming_matches.instrument_links`` and
``incoming_matches.correspondent_links`` compute the matches on every view (linked at or above the
threshold, proposed below it); here the officer confirms one, links another entry instead
(an alternative, or any entry of the registry of that kind), or says it is none of them,
and undoes that decision. A match is named by its place: ``instruments/N`` (the Nth
instrument cited) or ``correspondents/N/KIND`` (the Nth correspondent's person, post,
state, organization or body)."""

import re

from django.db import transaction

from plenipo.bodies.queries import body_names
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.correspondence.models import IncomingLetter
from plenipo.correspondence.services.incoming import reading_of, record_decision
from plenipo.correspondence.services.incoming_matches import (
    CORRESPONDENT_KINDS,
    correspondent_links,
    decision_link,
    instrument_links,
    recorded_decision,
)
from plenipo.correspondence.transitions import LINK, LINK_NONE, UNDECIDED
from plenipo.registry.queries import correspondent_names
from plenipo.treaties.queries import instrument_names

# The first part of a match's place; an item's ("meetings/0") is never one of them.
PLACE_PREFIXES = ("instruments/", "correspondents/")
PLACE = re.compile(
    r"^(?:instruments/(?P<instrument>\d{1,4})"
    rf"|correspondents/(?P<row>\d{{1,4}})/(?P<kind>{'|'.join(CORRESPONDENT_KINDS)}))$"
)


def parse_place(place: str) -> str:
    """The place of a match as the decisions keep it ("instruments/0",
    "correspondents/1/state"); refused, in one line, when it names none."""
    place = str(place or "").strip()
    if not PLACE.match(place):
        raise InvalidInput(
            f"bad link {place!r}: give instruments/NUMBER or correspondents/NUMBER/KIND, "
            f"KIND one of {', '.join(CORRESPONDENT_KINDS)} (e.g. correspondents/0/person)"
        )
    return place


def registry_entries(kind: str) -> dict[str, str]:
    """Every registry entry a match of ``kind`` may be linked to: code → the name shown.
    An instrument cited may also be a recorded decision, looked up by its symbol."""
    return registry_choices({kind})[kind]


def registry_choices(kinds) -> dict[str, dict[str, str]]:
    """``registry_entries`` of each of ``kinds`` (instrument, person, post, state,
    organization, body), reading each part of the registry once."""
    choices = {}
    if "instrument" in kinds:
        choices["instrument"] = {code: code for code, _ in instrument_names()}
    if "body" in kinds:
        choices["body"] = {code: names[0] for code, names in body_names()}
    if set(kinds) & {"person", "post", "state", "organization"}:
        named = correspondent_names()
        choices["post"] = {key: names[0] for key, names, _ in named.pop("post")}
        choices |= {
            kind: {code: names[0] if names else code for code, names in rows}
            for kind, rows in named.items()
        }
    return {kind: choices[kind] for kind in kinds}


def _match_at(letter, place) -> dict:
    """The match computed now at ``place``, with its ``kind``."""
    reading = reading_of(letter)
    found = PLACE.match(place)
    if found["instrument"] is not None:
        rows, index = instrument_links(reading, letter.text), int(found["instrument"])
        if index >= len(rows):
            raise NotFound(f"received letter {letter.pk} cites no instrument {index}")
        return rows[index]
    rows, index = correspondent_links(reading), int(found["row"])
    if index >= len(rows):
        raise NotFound(f"received letter {letter.pk} has no correspondent {index}")
    match = next((m for m in rows[index]["links"] if m["kind"] == found["kind"]), None)
    if match is None:
        raise NotFound(
            f"{rows[index]['written']!r} is matched to no {found['kind']} of the registry"
        )
    return match


def _chosen(match, to: str) -> dict:
    """``to`` as the decision keeps it (code, kind, the name shown), if it is the match,
    one of its alternatives or an entry of the registry of that kind."""
    if to == match["code"]:
        return {"code": to, "kind": match["kind"], "label": match["label"] or to}
    # A decision's symbol has no alternatives; an instrument's are instruments.
    kind = "instrument" if match["kind"] == "decision" else match["kind"]
    for alternative in match["alternatives"]:
        if alternative["code"] == to:
            return {"code": to, "kind": kind, "label": alternative.get("label") or to}
    known = registry_entries(kind)
    if to in known:
        return {"code": to, "kind": kind, "label": known[to]}
    if kind == "instrument" and (decision := recorded_decision(to)) is not None:
        recorded = decision_link(to, decision)
        return {"code": recorded["code"], "kind": "decision", "label": recorded["label"]}
    raise InvalidInput(f"unknown {kind} {to!r}: the registry has no {kind} of that code")


@transaction.atomic
def decide_link(*, letter, place: str, to: str | None, by) -> dict:
    """Decide the match at ``place``: link it to ``to`` (the code proposed, an alternative,
    or any registry entry of that kind; unknown codes refused), or to nothing (``to`` None:
    "none of these"). Refused while the match is decided (undo it first). Writes the
    decision into ``letter.decisions[place]`` with who decided and what was read, and an
    audit entry; returns the decision."""
    place = parse_place(place)
    match = _match_at(letter, place)
    read = {"code": match["code"], "status": match["status"], "confidence": match["confidence"]}
    if to is None:
        decision = {"status": LINK_NONE}
    else:
        code = str(to).strip()
        if not code:
            raise InvalidInput("give the code of the registry entry to link, or none")
        decision = {"status": "linked", **_chosen(match, code)}
    decision |= {"by": by.get_username() if by else "", "read": read}
    letter.decisions = IncomingLetter.objects.select_for_update().get(pk=letter.pk).decisions
    record_decision(
        letter,
        place,
        decision,
        by,
        action="correspondence.incoming.link_decided",
        machine=LINK,
    )
    return decision


@transaction.atomic
def undo_link(*, letter, place: str, by) -> dict:
    """Undo the officer's decision on the match at ``place``: the computed match is shown
    again. Refused when it is not decided. Returns the decision undone."""
    place = parse_place(place)
    letter.decisions = IncomingLetter.objects.select_for_update().get(pk=letter.pk).decisions
    decision = letter.decisions.get(place)
    if not decision:
        raise InvalidInput(f"{letter}, {place}: the link is not decided: there is nothing to undo")
    record_decision(
        letter,
        place,
        {"status": UNDECIDED},
        by,
        action="correspondence.incoming.link_reopened",
        data={"undone": decision},
        machine=LINK,
    )
    return decision


def decided_links(letter, reading=None) -> dict:
    """The letter's matches as the review screen, the API and the command line show them:
    ``{"instruments": rows, "correspondents": rows}``, each match with its ``place`` and the
    officer's ``decision`` (None while undecided) beside what was computed."""
    reading = reading or reading_of(letter)
    decisions = letter.decisions or {}
    instruments = instrument_links(reading, letter.text)
    for index, match in enumerate(instruments):
        match["place"] = f"instruments/{index}"
        match["decision"] = decisions.get(match["place"])
    correspondents = correspondent_links(reading)
    for index, row in enumerate(correspondents):
        for match in row["links"]:
            match["place"] = f"correspondents/{index}/{match['kind']}"
            match["decision"] = decisions.get(match["place"])
    return {"instruments": instruments, "correspondents": correspondents}
