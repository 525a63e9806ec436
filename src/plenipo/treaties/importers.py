"""The treaties' sections of data files: instruments, actions, snapshots."""

from plenipo.core.errors import InvalidInput, PlenipoError
from plenipo.core.importing import LINE, Matched, check_keys, register_section, sources_of, strip
from plenipo.core.partialdates import DateBounds, DateError
from plenipo.registry.importers import organization
from plenipo.registry.models import Organization
from plenipo.registry.queries import get_organization, members_on
from plenipo.registry.services import states as registry
from plenipo.treaties.models import Instrument
from plenipo.treaties.queries import get_instrument
from plenipo.treaties.services.actions import record_action, record_snapshot
from plenipo.treaties.services.instruments import define_instrument
from plenipo.treaties.services.reconcile import match_action, match_snapshot
from plenipo.treaties.services.status import recompute_status


def _party(record):
    if record.get("party"):
        organization = Organization.objects.filter(code=record["party"].upper()).first()
        return organization or registry.ensure_state(record["party"], by=None)
    if record.get("organization"):
        code = record["organization"]
        organization = Organization.objects.filter(code=code).first()
        if organization is None:
            raise InvalidInput(f"unknown organization {code!r}")
        return organization
    if not record.get("state"):
        raise InvalidInput("give a state (alpha-3) or an organization code")
    return registry.ensure_state(record["state"], by=None)


def _check_shapes(record, *, text=(), lists=(), mappings=()):
    """Refuse values of the wrong shape (a list where a code goes) in plain words."""
    for key in text:
        if record.get(key) is not None and not isinstance(record[key], str):
            raise InvalidInput(f"{key}: expected text, not {strip(record[key])!r}")
    for key in lists:
        value = record.get(key)
        if value is not None and not isinstance(value, list):
            raise InvalidInput(f"{key}: expected a list, not {strip(value)!r}")
    for key in mappings:
        value = record.get(key)
        if value is not None and not isinstance(value, dict):
            raise InvalidInput(f"{key}: expected a mapping, not {strip(value)!r}")


ACTION_KEYS = {
    "instrument",
    "party",
    "state",
    "organization",
    "kind",
    "date",
    "entry_into_force",
    "source",
    "sources",
    "text",
    "note",
    "conflicts",
    "withdraws",
}


SNAPSHOT_KEYS = {
    "as_of",
    "source",
    "sources",
    "counts",
    "parties",
    "complete",
    "not_parties",
    "note",
}


def _instrument_order(documents):
    codes = []
    for document in documents:
        if document.data.get("instrument"):
            codes.append(document.data["instrument"])
        codes.extend(r.get("instrument") for r in document.data.get("actions") or [])
    ordered = []
    for code in dict.fromkeys(filter(None, codes)):
        try:
            instrument = get_instrument(code)
        except PlenipoError:
            ordered.append(code)
            continue
        prerequisite = (instrument.eif_rule or {}).get("not_before_instrument")
        if prerequisite and prerequisite in codes and prerequisite not in ordered:
            ordered.append(prerequisite)
        ordered.append(instrument.code)
    return list(dict.fromkeys(ordered))


def _create_action(run, instrument, record):
    """Record one action, or say how it matches one already recorded."""
    what = _action_label(record)
    check_keys(record, ACTION_KEYS, what)
    _check_shapes(
        record,
        text=("party", "state", "organization", "kind", "text", "note"),
        lists=("conflicts",),
    )
    source, others = sources_of(run, record)
    party = _party(record)
    existing = match_action(
        instrument=instrument,
        party=party,
        kind=record.get("kind"),
        date=strip(record.get("date")),
        text=record.get("text") or "",
        sources=[source, *others],
        by=run.by,
    )
    if existing is not None:
        return Matched(existing.outcome, existing.message)
    return record_action(
        instrument=instrument,
        party=party,
        kind=record.get("kind"),
        date=strip(record.get("date")),
        recorded_eif=strip(record.get("entry_into_force")),
        text=record.get("text") or "",
        note=record.get("note") or "",
        conflicts=strip(record.get("conflicts") or []),
        source=source,
        other_sources=others,
        by=run.by,
        recompute=False,
    )


def _create_snapshot(run, instrument, record):
    """Record one snapshot, or find it already recorded from the same source."""
    check_keys(record, SNAPSHOT_KEYS, "snapshot")
    _check_shapes(record, text=("note",), lists=("not_parties",), mappings=("counts",))
    if not isinstance(record.get("parties") or [], list | dict):
        raise InvalidInput("parties: expected a list of codes or {members_of: …}")
    source, _ = sources_of(run, record)
    record_counts = record.get("counts") or {}
    content = {
        "party_count": record_counts.get("parties"),
        "signatory_count": record_counts.get("signatories"),
        "parties": _party_list(record.get("parties"), record.get("as_of")),
        "complete": bool(record.get("complete")),
        "not_parties": record.get("not_parties") or [],
    }
    as_of = strip(record.get("as_of"))
    existing = match_snapshot(instrument=instrument, as_of=as_of, source=source, content=content)
    if existing is not None:
        return Matched(existing.outcome)
    return record_snapshot(
        instrument=instrument,
        as_of=as_of,
        source=source,
        **content,
        note=record.get("note") or "",
        by=run.by,
        recompute=False,
    )


def _action_label(record):
    party = record.get("state") or record.get("organization") or record.get("party")
    return f"{party} {record.get('kind')}"


def _signatures_first(item):
    """Sort key: by date, signatures before ratifications, whatever the order of the file."""
    _, record = item
    try:
        bounds = DateBounds.parse(record.get("date"))
    except (DateError, TypeError):
        return ("9999-12-31", record.get("kind") != "signature")
    return (
        str(bounds.not_after or bounds.not_before or "9999"),
        record.get("kind") != "signature",
    )


def _load_actions(run, documents, code):
    records = []
    snapshots = []
    for document in documents:
        for record in document.data.get("actions") or []:
            if record.get("instrument") == code:
                records.append((document, record))
        if document.data.get("instrument") == code:
            snapshots.extend((document, s) for s in document.data.get("snapshots") or [])
    where = (records or snapshots or [(documents[0], {})])[0]
    instrument = run.attempt(*where, f"instrument {code}", lambda: get_instrument(code))
    if instrument is None:
        return
    for document, record in sorted(records, key=_signatures_first):
        result = run.attempt(
            document,
            record,
            _action_label(record),
            lambda r=record: _create_action(run, instrument, r),
        )
        run.tally(document, record, "actions", result)
    for document, record in snapshots:
        result = run.attempt(
            document,
            record,
            f"snapshot as of {strip(record.get('as_of'))}",
            lambda r=record: _create_snapshot(run, instrument, r),
        )
        run.tally(document, record, "snapshots", result)
    run.attempt(documents[0], {}, f"status of {code}", lambda: recompute_status(instrument))


def _party_list(spec, as_of):
    """A snapshot's parties: a list, or {members_of: ORG, except: [...], plus: [...]}."""
    if not spec:
        return []
    if isinstance(spec, list):
        return [str(code) for code in spec]
    spec = strip(spec)
    unknown = set(spec) - {"members_of", "except", "plus"}
    if unknown:
        raise InvalidInput(f"parties: unknown key(s) {sorted(unknown)}")
    when = DateBounds.parse(strip(as_of))
    organization = get_organization(spec["members_of"])
    members = members_on(organization, when.not_after)
    earliest = {s.code for s, _ in members_on(organization, when.not_before or when.not_after)}
    uncertain = [s.code for s, certain in members if not certain]
    changed = earliest ^ {s.code for s, _ in members}
    if uncertain or changed:
        raise InvalidInput(
            f"parties: membership of {', '.join(sorted(set(uncertain) | changed))} in "
            f"{organization.code} is uncertain or changes on {when}; list the parties instead"
        )
    if not all(isinstance(spec.get(k) or [], list) for k in ("except", "plus")):
        raise InvalidInput("parties: except and plus are lists of codes")
    excluded = set(spec.get("except") or [])
    return sorted(
        {s.code for s, _ in members if s.code not in excluded} | set(spec.get("plus") or [])
    )


INSTRUMENT_KEYS = {
    "code",
    "kind",
    "titles",
    "short_title",
    "authentic_languages",
    "aliases",
    "supplements",
    "depositary",
    "depositary_organization",
    "adoption_symbol",
    "adopted",
    "opened",
    "opened_at",
    "eligibility",
    "entry_into_force_rule",
    "entry_into_force",
    "source",
    "sources",
    "note",
}


def _load_instrument(run, document, record):
    def create():
        check_keys(record, INSTRUMENT_KEYS, "instrument")
        source, _ = sources_of(run, record)
        return define_instrument(
            code=record["code"],
            kind=record["kind"],
            titles=strip(record["titles"]),
            short_title=record.get("short_title") or "",
            authentic_languages=record.get("authentic_languages") or [],
            aliases=record.get("aliases") or [],
            supplements=Instrument.objects.get(code=record["supplements"])
            if record.get("supplements")
            else None,
            depositary=record.get("depositary") or "",
            depositary_organization=organization(record["depositary_organization"])
            if record.get("depositary_organization")
            else None,
            adoption_symbol=record.get("adoption_symbol") or "",
            adopted=strip(record.get("adopted")),
            opened=strip(record.get("opened")),
            opened_at=record.get("opened_at") or "",
            eligibility=strip(record.get("eligibility")),
            eif_rule=strip(record.get("entry_into_force_rule")),
            recorded_eif=strip(record.get("entry_into_force")),
            source=source,
            by=run.by,
        )

    return run.attempt(document, record, f"instrument {record.get('code')}", create)


def _load_instruments(run, documents, counts):
    for document in documents:
        for record in document.data.get("instruments") or []:
            if _load_instrument(run, document, record) is not None:
                counts["instruments"] = counts.get("instruments", 0) + 1


def _load_all_actions(run, documents, counts):
    for document in documents:
        if document.data.get("instrument"):
            for record in document.data.get("actions") or []:
                record.setdefault("instrument", document.data["instrument"])
        for record in document.data.get("actions") or []:
            if not record.get("instrument"):
                run.errors.append(
                    f"{document.name}:{record.get(LINE, '?')}: action: no instrument given"
                )
    for instrument_code in _instrument_order(documents):
        _load_actions(run, documents, instrument_code)


def register():
    register_section(order=20, keys={"instruments"}, load=_load_instruments)
    register_section(order=30, keys={"instrument", "actions", "snapshots"}, load=_load_all_actions)
