"""What a received letter cites and whom it is from and to, matched to the registry with a
confidence: each instrument cited, and each correspondent's person, post, state,
organization and body; linked at or above the reader's threshold, proposed below it, never
linked silently (``plenipo.reading.linking``). The officer decides them
(``incoming_links``)."""

import re

from plenipo.bodies.queries import body_names, get_decision
from plenipo.bodies.symbols import parse_symbol
from plenipo.core.errors import InvalidInput, NotFound
from plenipo.meetings.duplicates import likely_duplicates
from plenipo.reading.linking import INSTRUMENT_WORDS, link, link_named, link_person
from plenipo.registry.queries import correspondent_names
from plenipo.treaties.queries import instrument_names


def instrument_links(reading, text: str = "") -> list[dict]:
    """Each instrument the letter cites, matched to the registry's instruments with a
    confidence: linked at or above ``LINK_THRESHOLD``, proposed below it, new where the
    registry has nothing close. A symbol of a recorded decision or resolution ("decision
    4/4", "A/RES/64/293") is that decision, not a new instrument. ``cited`` is the name the
    reader gives it; ``written``, the letter's own words there (from ``text``, the letter)."""
    if not reading.instruments:
        return []
    registry = instrument_names()
    rows = []
    for mention in reading.instruments:
        decision = recorded_decision(mention.text)
        if decision is not None:
            row = decision_link(mention.text, decision)
        else:
            found = link(mention.text, registry, INSTRUMENT_WORDS)
            row = dict(found, kind="instrument", label=found["code"])
        span = mention.evidence
        row["written"] = " ".join(text[span.start : span.end].split()) or mention.text
        rows.append(row)
    return rows


def recorded_decision(written):
    try:
        return get_decision(written)
    except (InvalidInput, NotFound):
        return None


# "decision 4/4" is numbered within its body's sessions: another body's decision 4/4 is
# written the same, so the one recorded is only proposed. A UN document symbol is unique.
BODY_NUMBERED_CONFIDENCE = 0.8


def decision_link(written, decision) -> dict:
    unique = bool(parse_symbol(decision.symbol).prefix)
    return {
        "cited": written,
        "code": decision.symbol,
        "confidence": 1.0 if unique else BODY_NUMBERED_CONFIDENCE,
        "status": "linked" if unique else "proposed",
        "why": "" if unique else "another body's decision may be numbered the same",
        "alternatives": [],
        "kind": "decision",
        "label": f"{decision.symbol} of {decision.body.code}: {decision.title}",
    }


# The kinds of registry entry a correspondent is matched to, in the order shown. A signatory
# is matched to people by name, everything else by the whole of what the letter writes
# (title and organization too): "Mr Sergey Lavrov, Minister for Foreign Affairs of the
# Russian Federation" names a person, a post and a state at once.
CORRESPONDENT_KINDS = ("person", "post", "state", "organization", "body")


# "Permanent Mission of Austria to the United Nations", "Mission permanente de la France
# auprès de l'Office des Nations Unies", "Misión Permanente de Chile ante la OEA": the
# organization after "to"/"auprès de"/"ante" is where the correspondent is accredited, not
# whose it is. The mission is Austria's; the United Nations is not a correspondent there
# (a post keeps its whole title: "Permanent Representative of Greece to the United Nations").
ACCREDITED_TO = re.compile(
    r"\b(?:mission|representative|delegation|observer|ambassador|embassy|délégation|"
    r"représentant|représentante|ambassadeur|ambassade|misión|representante|delegación|"
    r"observador|embajador|embajada)\b.{0,200}?"
    r"(?P<accredited>\s(?:to|auprès\s+(?:de|du|des)|ante)\s.*)",
    re.IGNORECASE | re.DOTALL,
)


def whose(written: str) -> str:
    """What the correspondent is, without where it is accredited: "Permanent Mission of
    Austria to the United Nations (Vienna)" is "Permanent Mission of Austria"."""
    found = ACCREDITED_TO.search(written[:1000])
    return written[: found.start("accredited")] if found else written


def correspondent_links(reading) -> list[dict]:
    """Who the letter is from and to, matched to the registry: for the sender, each
    co-signatory and each addressee, what the letter writes and every kind of registry
    entry it is close to (person, post, state, organization, body), linked at or above the
    threshold, proposed below it; never linked silently."""
    people = [("From", reading.sender)] if reading.sender else []
    people += [("Also signed by", person) for person in reading.co_signatories]
    written = [(role, _person_written(p), p.name) for role, p in people]
    written += [("To", addressee.text, None) for addressee in reading.addressees]
    if not written:
        return []
    registry = {**correspondent_names(), "body": body_names()}
    posts = registry.pop("post")
    shown = {(kind, row[0]): row[1][0] for kind, rows in registry.items() for row in rows}
    shown |= {("post", key): names[0] for key, names, _ in posts}
    rows = []
    for role, text, name in written:
        own = whose(text)
        found = {
            kind: link_named(own, registry[kind]) for kind in ("state", "organization", "body")
        }
        found["person"] = link_person(name or text, registry["person"])
        # A state's post ("Permanent Representative of Greece") is only that state's.
        named = {found["state"]["code"], *(a["code"] for a in found["state"]["alternatives"])}
        found["post"] = link_named(
            text, [(key, names) for key, names, state in posts if not state or state in named]
        )
        links = [
            _shown_link(kind, found[kind], shown)
            for kind in CORRESPONDENT_KINDS
            if found[kind]["status"] != "new"
        ]
        rows.append({"role": role, "written": text, "links": links})
    return rows


def named_body(item, names=None) -> str | None:
    """The code of the body a read meeting's title names ("the fifth meeting of the Working
    Group on Trafficking in Persons": WG-TIP), when one body is linked with confidence;
    None when none is, or several are as close. ``names``: ``body_names()``, read once for
    a letter's meetings."""
    if not item.title:
        return None
    found = link_named(item.title, body_names() if names is None else names)
    return found["code"] if found["status"] == "linked" else None


def _person_written(person) -> str:
    """Name, title and organization as the letter writes them, each once: a title often
    holds its organization ("Secretary-General of the United Nations")."""
    parts = []
    for part in (person.name, person.title, person.organization):
        if part and not any(part.casefold() in earlier.casefold() for earlier in parts):
            parts.append(part)
    return ", ".join(parts)


def _shown_link(kind, matched, shown) -> dict:
    def label(code):
        return shown.get((kind, code), code)

    alternatives = [dict(a, label=label(a["code"])) for a in matched["alternatives"]]
    return dict(matched, kind=kind, label=label(matched["code"]), alternatives=alternatives)


def possible_duplicates(letter, reading) -> dict[str, list[dict]]:
    """For each meeting read that is still undecided and matches no recorded meeting, the
    recorded meetings it may duplicate (``meetings.duplicates``), each with why: what the
    review page warns of, for the API. The body is the one the meeting's title names."""
    # incoming builds on this module: imported when called, not when loaded.
    from plenipo.correspondence.services.letter_venues import matching_meeting  # noqa: PLC0415

    names = body_names()
    wanted = [
        (f"meetings/{index}", item, named_body(item, names) or "")
        for index, item in enumerate(reading.meetings)
        if f"meetings/{index}" not in letter.decisions and matching_meeting(item) is None
    ]
    found = likely_duplicates([(item, body) for _, item, body in wanted])
    return {
        key: [
            {
                "meeting": recorded.pk,
                "title": recorded.title,
                "body": recorded.body,
                "first_day": recorded.span.first.isoformat() if recorded.span.first else None,
                "why": why,
            }
            for recorded, why in duplicates
        ]
        for (key, _, _), duplicates in zip(wanted, found, strict=True)
        if duplicates
    }
