"""Loading data files (the built-in dataset and `plenipo import`) all or nothing.

A document is a mapping with a ``sources:`` map and any of the sections below; the format
is documented in docs/data-format.md. Every record goes through the owning app's service
function, inside one transaction: one bad record and nothing is written, and every error
is reported with its file and line.
"""

import csv
import datetime as dt
import hashlib
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction

from plenipo.core.errors import InvalidInput, PlenipoError
from plenipo.core.models import Source
from plenipo.core.partialdates import DateBounds, DateError
from plenipo.core.sources import upsert_sources
from plenipo.registry.models import MembershipRole, Mission, Organization, Person, Post
from plenipo.registry.queries import get_organization, get_state, members_on
from plenipo.registry.services import states as registry
from plenipo.treaties.models import Instrument
from plenipo.treaties.queries import get_instrument
from plenipo.treaties.services.actions import record_action, record_snapshot
from plenipo.treaties.services.instruments import define_instrument
from plenipo.treaties.services.status import recompute_status

LINE = "__line__"
DOCUMENT_KEYS = {
    "sources",
    "organizations",
    "missions",
    "memberships",
    "observers",
    "membership_changes",
    "posts",
    "people",
    "holdings",
    "instruments",
    "instrument",
    "actions",
    "snapshots",
}
CSV_COLUMNS = [
    "instrument",
    "party",
    "kind",
    "date",
    "not_before",
    "not_after",
    "entry_into_force",
    "source_url",
    "source_title",
    "source_as_of",
]


class ImportFailed(PlenipoError):
    def __init__(self, errors):
        self.errors = errors
        super().__init__(f"{len(errors)} error(s); nothing was imported:\n" + "\n".join(errors))


class _LineLoader(yaml.SafeLoader):
    """Remembers the line each mapping starts on, for error messages."""


def _mapping_with_line(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=deep)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)


@dataclass
class Document:
    name: str
    data: dict


@dataclass
class _Run:
    by: object
    errors: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)
    touched: set = field(default_factory=set)

    def attempt(self, document, record, what, function):
        """Run one record's service call in a savepoint; collect its error."""
        line = record.get(LINE, "?") if isinstance(record, dict) else "?"
        try:
            with transaction.atomic():
                return function()
        except (PlenipoError, DateError, KeyError, TypeError, ValueError) as exc:
            message = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
            self.errors.append(f"{document.name}:{line}: {what}: {message}")
            return None


def _strip(value):
    """Plain data: no line markers, dates as ISO text (for JSON fields)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _strip(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [_strip(v) for v in value]
    return value


def read_file(path) -> list[Document]:
    """Parse a YAML, JSON, CSV or XLSX file into documents (no database access)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.exists():
        raise InvalidInput(f"{path}: no such file")
    if suffix in {".yaml", ".yml"}:
        try:
            data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LineLoader)
        except yaml.YAMLError as exc:
            raise InvalidInput(f"{path.name}: not valid YAML: {exc}") from None
        return [Document(path.name, data or {})]
    if suffix == ".json":
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError as exc:
            raise InvalidInput(f"{path.name}:{exc.lineno}: not valid JSON: {exc.msg}") from None
        return [Document(path.name, data)]
    if suffix == ".csv":
        return [_table_document(path.name, csv.reader(io.StringIO(path.read_text("utf-8-sig"))))]
    if suffix == ".xlsx":
        from openpyxl import load_workbook

        sheet = load_workbook(path, read_only=True, data_only=True).active
        rows = (
            ["" if c is None else str(c) for c in row] for row in sheet.iter_rows(values_only=True)
        )
        return [_table_document(path.name, rows)]
    raise InvalidInput(f"{path.name}: unsupported file type (use .yaml, .json, .csv or .xlsx)")


def _table_document(name, rows) -> Document:
    """Actions from a table: one row per action, its source in columns."""
    rows = iter(rows)
    header = [h.strip().lower() for h in next(rows, [])]
    missing = [c for c in ("instrument", "party", "kind", "source_url") if c not in header]
    if missing:
        raise InvalidInput(f"{name}:1: missing column(s) {', '.join(missing)}")
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    if unknown:
        raise InvalidInput(f"{name}:1: unknown column(s) {', '.join(unknown)}")
    sources, actions = {}, []
    for number, values in enumerate(rows, start=2):
        if not any(v.strip() for v in values):
            continue
        row = dict(zip(header, (v.strip() for v in values), strict=False))
        key = (
            "import-"
            + hashlib.sha1(
                f"{row.get('source_url')}|{row.get('source_title')}".encode()
            ).hexdigest()[:12]
        )
        sources[key] = {
            "title": row.get("source_title") or row.get("source_url"),
            "url": row.get("source_url"),
            **({"as_of": row["source_as_of"]} if row.get("source_as_of") else {}),
        }
        date = row.get("date") or {k: row[k] for k in ("not_before", "not_after") if row.get(k)}
        record = {
            LINE: number,
            "instrument": row.get("instrument"),
            "party": row.get("party", ""),
            "kind": row.get("kind"),
            "date": date,
            "source": key,
        }
        if row.get("entry_into_force"):
            record["entry_into_force"] = row["entry_into_force"]
        actions.append(record)
    return Document(name, {"sources": sources, "actions": actions})


def _sources_of(run, record):
    keys = record.get("sources") or ([record["source"]] if record.get("source") else [])
    if not keys:
        raise InvalidInput("no source: every record cites one")
    found = []
    for key in keys:
        if key not in run.sources:
            raise InvalidInput(f"unknown source {key!r}")
        found.append(run.sources[key])
    return found[0], found[1:]


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


def _check_keys(record, allowed, what):
    unknown = set(record) - set(allowed) - {LINE}
    if unknown:
        raise InvalidInput(f"{what}: unknown key(s) {', '.join(sorted(unknown))}")


MEMBERSHIP_KEYS = {
    "organization",
    "state",
    "start",
    "end",
    "source",
    "sources",
    "note",
    "conflicts",
}
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


def import_documents(documents: list[Document], *, by) -> dict:
    """Import documents in dependency order; all or nothing. Returns counts per section."""
    run = _Run(by=by)
    for document in documents:
        if not isinstance(document.data, dict):
            run.errors.append(f"{document.name}: expected a mapping at the top level")
            continue
        unknown = set(document.data) - DOCUMENT_KEYS - {LINE}
        if unknown:
            run.errors.append(f"{document.name}: unknown section(s) {', '.join(sorted(unknown))}")
    if run.errors:
        raise ImportFailed(run.errors)
    counts = {}
    with transaction.atomic():
        for document in documents:
            declared = _strip(document.data.get("sources") or {})
            clash = set(declared) & set(run.sources)
            if clash:
                run.errors.append(f"{document.name}: source id(s) declared twice: {sorted(clash)}")
            run.attempt(
                document, {}, "sources", lambda d=declared: run.sources.update(upsert_sources(d))
            )
        run.sources.update({s.key: s for s in Source.objects.exclude(key__in=run.sources)})
        for section, loader in SECTIONS:
            for document in documents:
                for record in document.data.get(section) or []:
                    if loader(run, document, record) is not None:
                        counts[section] = counts.get(section, 0) + 1
        for document in documents:
            if document.data.get("instrument"):
                for record in document.data.get("actions") or []:
                    record.setdefault("instrument", document.data["instrument"])
        for instrument_code in _instrument_order(documents):
            _load_actions(run, documents, instrument_code, counts)
        if run.errors:
            transaction.set_rollback(True)
    if run.errors:
        raise ImportFailed(run.errors)
    return counts


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


def _load_actions(run, documents, code, counts):
    def find_instrument():
        return get_instrument(code)

    records = []
    snapshots = []
    for document in documents:
        for record in document.data.get("actions") or []:
            if record.get("instrument") == code:
                records.append((document, record))
        if document.data.get("instrument") == code:
            snapshots.extend((document, s) for s in document.data.get("snapshots") or [])
    instrument = run.attempt(documents[0], {}, f"instrument {code}", find_instrument)
    if instrument is None:
        return

    # Signatures before ratifications, whatever the order of the file.
    def order(item):
        _, record = item
        try:
            bounds = DateBounds.parse(record.get("date"))
        except (DateError, TypeError):
            return ("9999-12-31", record.get("kind") != "signature")
        return (
            (bounds.not_after or bounds.not_before or "9999").__str__(),
            record.get("kind") != "signature",
        )

    for document, record in sorted(records, key=order):
        party = record.get("state") or record.get("organization") or record.get("party")
        what = f"{party} {record.get('kind')}"

        def create(record=record, what=what):
            _check_keys(record, ACTION_KEYS, what)
            source, others = _sources_of(run, record)
            return record_action(
                instrument=instrument,
                party=_party(record),
                kind=record.get("kind"),
                date=_strip(record.get("date")),
                recorded_eif=_strip(record.get("entry_into_force")),
                text=record.get("text") or "",
                note=record.get("note") or "",
                conflicts=_strip(record.get("conflicts") or []),
                source=source,
                other_sources=others,
                by=run.by,
                recompute=False,
            )

        if run.attempt(document, record, what, create) is not None:
            counts["actions"] = counts.get("actions", 0) + 1
    for document, record in snapshots:

        def create_snapshot(record=record):
            _check_keys(record, SNAPSHOT_KEYS, "snapshot")
            source, _ = _sources_of(run, record)
            record_counts = record.get("counts") or {}
            return record_snapshot(
                instrument=instrument,
                as_of=_strip(record.get("as_of")),
                source=source,
                party_count=record_counts.get("parties"),
                signatory_count=record_counts.get("signatories"),
                parties=_party_list(record.get("parties"), record.get("as_of")),
                complete=bool(record.get("complete")),
                not_parties=record.get("not_parties") or [],
                note=record.get("note") or "",
                by=run.by,
                recompute=False,
            )

        if run.attempt(
            document, record, f"snapshot as of {_strip(record.get('as_of'))}", create_snapshot
        ):
            counts["snapshots"] = counts.get("snapshots", 0) + 1
    run.attempt(documents[0], {}, f"status of {code}", lambda: recompute_status(instrument))


def _party_list(spec, as_of):
    """A snapshot's parties: a list, or {members_of: ORG, except: [...], plus: [...]}."""
    if not spec:
        return []
    if isinstance(spec, list):
        return [str(code) for code in spec]
    spec = _strip(spec)
    unknown = set(spec) - {"members_of", "except", "plus"}
    if unknown:
        raise InvalidInput(f"parties: unknown key(s) {sorted(unknown)}")
    when = DateBounds.parse(_strip(as_of))
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
    excluded = set(spec.get("except") or [])
    return sorted(
        {s.code for s, _ in members if s.code not in excluded} | set(spec.get("plus") or [])
    )


def _load_organization(run, document, record):
    def create():
        _check_keys(record, {"code", "names", "kind", "source"}, "organization")
        source, _ = _sources_of(run, record)
        return registry.define_organization(
            code=record["code"],
            names=_strip(record["names"]),
            kind=record["kind"],
            source=source,
            by=run.by,
        )

    return run.attempt(document, record, f"organization {record.get('code')}", create)


def _load_mission(run, document, record):
    def create():
        _check_keys(record, {"code", "name", "organization", "city"}, "mission")
        return registry.define_mission(
            code=record["code"],
            name=record["name"],
            organization=_party({"organization": record["organization"]}),
            city=record["city"],
            by=run.by,
        )

    return run.attempt(document, record, f"mission {record.get('code')}", create)


def _membership_loader(role):
    def load(run, document, record):
        what = f"membership of {record.get('state')} in {record.get('organization')}"

        def create():
            _check_keys(record, MEMBERSHIP_KEYS, what)
            source, others = _sources_of(run, record)
            return registry.record_membership(
                organization=_party({"organization": record["organization"]}),
                state=registry.ensure_state(record["state"], by=None),
                start=_strip(record["start"]),
                end=_strip(record.get("end")),
                role=role,
                source=source,
                other_sources=others,
                note=record.get("note") or "",
                conflicts=_strip(record.get("conflicts") or []),
                by=run.by,
            )

        return run.attempt(document, record, what, create)

    return load


def _load_membership_change(run, document, record):
    def create():
        _check_keys(
            record,
            {
                "organization",
                "former",
                "state",
                "successor",
                "successors",
                "date",
                "kind",
                "source",
                "sources",
                "note",
            },
            "membership change",
        )
        source, _ = _sources_of(run, record)
        codes = record.get("successors") or (
            [record["successor"]] if record.get("successor") else []
        )
        states = [registry.ensure_state(c, by=None) for c in codes]
        former = record.get("former")
        if record.get("state"):  # a change of one state's own membership (e.g. withdrawal)
            state = registry.ensure_state(record["state"], by=None)
            states.append(state)
            former = former or state.name
        return registry.record_membership_change(
            organization=_party({"organization": record["organization"]}),
            former=former,
            successors=states,
            kind=record["kind"],
            date=_strip(record.get("date")),
            note=record.get("note") or "",
            source=source,
            by=run.by,
        )

    return run.attempt(document, record, f"membership change {record.get('former')}", create)


def _load_person(run, document, record):
    def create():
        _check_keys(record, {"id", "name", "honorific", "gender", "note"}, "person")
        return registry.define_person(
            key=record["id"],
            name=record["name"],
            honorific=record.get("honorific") or "",
            gender=record.get("gender") or "",
            by=run.by,
        )

    return run.attempt(document, record, f"person {record.get('id')}", create)


def _load_post(run, document, record):
    def create():
        _check_keys(record, {"id", "title", "state", "organization", "mission"}, "post")
        mission = (
            Mission.objects.filter(code=record["mission"]).first()
            if record.get("mission")
            else None
        )
        if record.get("mission") and mission is None:
            raise InvalidInput(f"unknown mission {record['mission']!r}")
        return registry.define_post(
            key=record["id"],
            title=record["title"],
            state=get_state(record["state"]) if record.get("state") else None,
            organization=_party({"organization": record["organization"]})
            if record.get("organization")
            else None,
            mission=mission,
            by=run.by,
        )

    return run.attempt(document, record, f"post {record.get('id')}", create)


def _load_holding(run, document, record):
    def create():
        _check_keys(
            record, {"person", "post", "start", "end", "source", "sources", "note"}, "holding"
        )
        source, others = _sources_of(run, record)
        person = Person.objects.filter(key=record["person"]).first()
        post = Post.objects.filter(key=record["post"]).first()
        if person is None or post is None:
            raise InvalidInput(f"unknown {'person' if person is None else 'post'}")
        return registry.record_post_holding(
            person=person,
            post=post,
            start=_strip(record["start"]),
            end=_strip(record.get("end")),
            source=source,
            other_sources=others,
            note=record.get("note") or "",
            by=run.by,
        )

    return run.attempt(document, record, f"{record.get('person')} as {record.get('post')}", create)


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
        _check_keys(record, INSTRUMENT_KEYS, "instrument")
        source, _ = _sources_of(run, record)
        return define_instrument(
            code=record["code"],
            kind=record["kind"],
            titles=_strip(record["titles"]),
            short_title=record.get("short_title") or "",
            authentic_languages=record.get("authentic_languages") or [],
            aliases=record.get("aliases") or [],
            supplements=Instrument.objects.get(code=record["supplements"])
            if record.get("supplements")
            else None,
            depositary=record.get("depositary") or "",
            depositary_organization=_party({"organization": record["depositary_organization"]})
            if record.get("depositary_organization")
            else None,
            adoption_symbol=record.get("adoption_symbol") or "",
            adopted=_strip(record.get("adopted")),
            opened=_strip(record.get("opened")),
            opened_at=record.get("opened_at") or "",
            eligibility=_strip(record.get("eligibility")),
            eif_rule=_strip(record.get("entry_into_force_rule")),
            recorded_eif=_strip(record.get("entry_into_force")),
            source=source,
            by=run.by,
        )

    return run.attempt(document, record, f"instrument {record.get('code')}", create)


SECTIONS = [
    ("organizations", _load_organization),
    ("missions", _load_mission),
    ("memberships", _membership_loader(MembershipRole.MEMBER)),
    ("observers", _membership_loader(MembershipRole.OBSERVER)),
    ("membership_changes", _load_membership_change),
    ("people", _load_person),
    ("posts", _load_post),
    ("holdings", _load_holding),
    ("instruments", _load_instrument),
]


def import_files(paths, *, by) -> dict:
    documents = []
    errors = []
    for path in paths:
        try:
            documents.extend(read_file(path))
        except InvalidInput as exc:
            errors.append(str(exc))
    if errors:
        raise ImportFailed(errors)
    return import_documents(documents, by=by)
