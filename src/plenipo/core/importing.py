"""Loading data files (the built-in dataset and `plenipo import`) all or nothing.

A document is a mapping with a ``sources:`` map and sections that the apps register here
(``register_section``) in dependency order; the format is in docs/data-format.md. Every
record goes through the owning app's service function inside one transaction: one bad
record and nothing is written, and every error is reported with its file and line.
"""

import csv
import datetime as dt
import io
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from django.db import transaction

from plenipo.core.errors import InvalidInput, PlenipoError
from plenipo.core.models import Source
from plenipo.core.partialdates import DateError
from plenipo.core.sources import source_key, upsert_sources

LINE = "__line__"

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


@dataclass(frozen=True)
class Section:
    order: int
    keys: frozenset[str]  # the top-level document keys this loader reads
    load: object  # load(run, documents, counts)


_SECTIONS: list[Section] = []


def register_section(*, order: int, keys, load) -> None:
    """Called by each app (in its AppConfig.ready) for the sections it owns."""
    _SECTIONS.append(Section(order, frozenset(keys), load))
    _SECTIONS.sort(key=lambda s: s.order)


def document_keys() -> set[str]:
    return {"sources"}.union(*(s.keys for s in _SECTIONS))


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
class ImportRun:
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

    def each(self, documents, section, what, create, counts):
        """Call ``create(document, record)`` for every record of ``section``."""
        for document in documents:
            for record in document.data.get(section) or []:
                label = what(record) if callable(what) else what
                if (
                    self.attempt(document, record, label, lambda d=document, r=record: create(d, r))
                    is not None
                ):
                    counts[section] = counts.get(section, 0) + 1


def strip(value):
    """Plain data: no line markers, dates as ISO text (for JSON fields)."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: strip(v) for k, v in value.items() if k != LINE}
    if isinstance(value, list):
        return [strip(v) for v in value]
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
        key = source_key(row.get("source_url") or "", row.get("source_title") or "")
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


def sources_of(run, record):
    keys = record.get("sources") or ([record["source"]] if record.get("source") else [])
    if not keys:
        raise InvalidInput("no source: every record cites one")
    found = []
    for key in keys:
        if key not in run.sources:
            raise InvalidInput(f"unknown source {key!r}")
        found.append(run.sources[key])
    return found[0], found[1:]


def check_keys(record, allowed, what):
    unknown = set(record) - set(allowed) - {LINE}
    if unknown:
        raise InvalidInput(f"{what}: unknown key(s) {', '.join(sorted(unknown))}")


def import_documents(documents: list[Document], *, by) -> dict:
    """Import documents section by section, all or nothing. Returns counts per section."""
    run = ImportRun(by=by)
    known = document_keys()
    for document in documents:
        if not isinstance(document.data, dict):
            run.errors.append(f"{document.name}: expected a mapping at the top level")
            continue
        unknown = set(document.data) - known - {LINE}
        if unknown:
            run.errors.append(f"{document.name}: unknown section(s) {', '.join(sorted(unknown))}")
    if run.errors:
        raise ImportFailed(run.errors)
    counts = {}
    with transaction.atomic():
        for document in documents:
            declared = strip(document.data.get("sources") or {})
            clash = set(declared) & set(run.sources)
            if clash:
                run.errors.append(f"{document.name}: source id(s) declared twice: {sorted(clash)}")
            run.attempt(
                document, {}, "sources", lambda d=declared: run.sources.update(upsert_sources(d))
            )
        run.sources.update({s.key: s for s in Source.objects.exclude(key__in=run.sources)})
        for section in _SECTIONS:
            section.load(run, documents, counts)
        if run.errors:
            transaction.set_rollback(True)
    if run.errors:
        raise ImportFailed(run.errors)
    return counts


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
