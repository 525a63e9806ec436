"""Loading data files (the built-in dataset and `plenipo import`) all or nothing.

A document is a mapping with a ``sources:`` map and sections that the apps register here
(``register_section``) in dependency order; the format is in docs/data-format.md. Every
record goes through the owning app's service function inside one transaction: one bad
record and nothing is written, and every error is reported with its file and line.
"""

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.db import IntegrityError, transaction
from django.template.defaultfilters import pluralize

from plenipo.core.datafiles import LINE, Document, read_structured, read_table
from plenipo.core.errors import InvalidInput, PlenipoError
from plenipo.core.models import Source
from plenipo.core.partialdates import DateError
from plenipo.core.sources import cite_sources, source_fields, source_key, upsert_sources

__all__ = ["LINE", "Document", "ImportFailed", "ImportSummary", "Matched", "import_files"]

CSV_COLUMNS = [
    "instrument",
    "party",
    "kind",
    "date",
    "not_before",
    "not_after",
    "entry_into_force",
    "text",
    "note",
    "source",
    "source_url",
    "source_symbol",
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
        if len(errors) == 1:
            super().__init__(f"{errors[0]} (nothing was imported)")
        else:
            super().__init__(f"{len(errors)} errors; nothing was imported:\n" + "\n".join(errors))


UNCHANGED = "unchanged"
CORROBORATED = "corroborated"
CONFLICT = "conflict"


@dataclass(frozen=True)
class Matched:
    """A record that was already there: nothing new is created for it.

    ``outcome`` is UNCHANGED (recorded from the same source), CORROBORATED (recorded
    already; this source is now cited too) or CONFLICT (the same deposit recorded with
    another date; this source's date is kept beside it as a conflict).
    """

    outcome: str
    message: str = ""


@dataclass
class ImportSummary:
    new: dict = field(default_factory=dict)
    unchanged: dict = field(default_factory=dict)
    corroborated: dict = field(default_factory=dict)
    conflicts: list = field(default_factory=list)  # one line each: file:line: what
    notes: list = field(default_factory=list)  # how files were read (encodings)

    def lines(self) -> list[str]:
        def listed(counts):
            return ", ".join(f"{n} {section}" for section, n in sorted(counts.items()))

        result = [f"Note: {note}" for note in self.notes]
        result += [f"Conflict recorded: {line}" for line in self.conflicts]
        result.append(f"New: {listed(self.new) or 'nothing'}.")
        if self.unchanged:
            result.append(
                f"Unchanged (already recorded from the same source): {listed(self.unchanged)}."
            )
        if self.corroborated:
            result.append(f"Already recorded, source added: {listed(self.corroborated)}.")
        if self.conflicts:
            result.append(
                f"{len(self.conflicts)} conflict{pluralize(len(self.conflicts))} between sources "
                "recorded; "
                "see `plenipo check-data`."
            )
        return result


@dataclass
class ImportRun:
    by: object
    errors: list = field(default_factory=list)
    sources: dict = field(default_factory=dict)
    summary: ImportSummary = field(default_factory=ImportSummary)

    def attempt(self, document, record, what, function):
        """Run one record's service call in a savepoint; collect its error."""
        line = _line(record)
        try:
            with transaction.atomic():
                return function()
        except (PlenipoError, DateError, KeyError, TypeError, ValueError, AttributeError) as exc:
            # TypeError and AttributeError: a value of the wrong shape (a list for a code).
            message = f"missing key {exc}" if isinstance(exc, KeyError) else str(exc)
            self.errors.append(f"{document.name}:{line}: {what}: {message}")
        except IntegrityError as exc:
            self.errors.append(
                f"{document.name}:{line}: {what}: clashes with a stored record ({exc})"
            )
        return None

    def tally(self, document, record, section, result) -> None:
        """Count what one record's service call did (nothing, when it failed)."""
        if result is None:
            return
        if not isinstance(result, Matched):
            self.summary.new[section] = self.summary.new.get(section, 0) + 1
            return
        if result.outcome == CONFLICT:
            self.summary.conflicts.append(f"{document.name}:{_line(record)}: {result.message}")
            return
        counts = (
            self.summary.unchanged if result.outcome == UNCHANGED else self.summary.corroborated
        )
        counts[section] = counts.get(section, 0) + 1

    def each(self, documents, section, what, create, counts):
        """Call ``create(document, record)`` for every record of ``section``."""
        for document in documents:
            for record in document.data.get(section) or []:
                label = what(record) if callable(what) else what
                result = self.attempt(
                    document, record, label, lambda d=document, r=record: create(d, r)
                )
                self.tally(document, record, section, result)


def _line(record):
    return record.get(LINE, "?") if isinstance(record, dict) else "?"


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
    if path.is_dir():
        raise InvalidInput(f"{path}: a folder, not a file")
    if suffix in {".yaml", ".yml", ".json"}:
        return [read_structured(path)]
    if suffix in {".csv", ".tsv", ".txt", ".xlsx"}:
        rows, notes = read_table(path, CSV_COLUMNS)
        document = _table_document(path.name, rows)
        document.notes.extend(notes)
        return [document]
    raise InvalidInput(
        f"{path.name}: unsupported file type (use .yaml, .json, .csv, .tsv or .xlsx)"
    )


def _table_header(name, rows):
    """The header's column names, and the remaining rows."""
    rows = iter(rows)
    _number, values = next(rows, (1, []))
    header = [h.strip().lower() for h in values]
    missing = [c for c in ("instrument", "party", "kind") if c not in header]
    if not {"source", "source_url", "source_symbol"} & set(header):
        missing.append("source_url")
    if missing:
        hint = (
            " (a status export has no sources: export with --actions)"
            if ("status" in header)
            else ""
        )
        raise InvalidInput(f"{name}:1: missing column(s) {', '.join(missing)}{hint}")
    unknown = [h for h in header if h and h not in CSV_COLUMNS]
    if unknown:
        raise InvalidInput(f"{name}:1: unknown column(s) {', '.join(unknown)}")
    return header, rows


_CELL_BOUNDS = re.compile(r"^(\d{4}(?:-\d\d){0,2})?/(\d{4}(?:-\d\d){0,2})?$")


def cell_date(text: str):
    """A date cell: a day, month or year as written, or bounds written ``start/end``."""
    match = _CELL_BOUNDS.match(text)
    if not match or not any(match.groups()):
        return text
    low, high = match.groups()
    return {k: v for k, v in (("not_before", low), ("not_after", high)) if v}


def _row_source(name, number, row, sources) -> str:
    """The key of the row's source, declaring it in ``sources`` when the row describes it."""
    reference = row.get("source_url") or row.get("source_symbol") or ""
    key = row.get("source") or (
        source_key(reference, row.get("source_title") or "") if reference else ""
    )
    if not reference:
        return key  # a source already recorded, named by its key (or none: refused later)
    spec = {
        "title": row.get("source_title") or reference,
        **({"url": row["source_url"]} if row.get("source_url") else {}),
        **({"symbol": row["source_symbol"]} if row.get("source_symbol") else {}),
        **({"as_of": cell_date(row["source_as_of"])} if row.get("source_as_of") else {}),
    }
    try:
        source_fields(key, spec)
    except InvalidInput as exc:
        raise InvalidInput(f"{name}:{number}: {exc}") from None
    if strip(sources.setdefault(key, {**spec, LINE: number})) != spec:
        raise InvalidInput(
            f"{name}:{number}: source {key!r} is described differently on an earlier row"
        )
    return key


def _table_document(name, rows) -> Document:
    """Actions from a table: one row per action, its source in columns."""
    header, rows = _table_header(name, rows)
    sources, actions = {}, []
    for number, values in rows:
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(header) and any(v.strip() for v in values[len(header) :]):
            raise InvalidInput(f"{name}:{number}: more values than columns")
        row = dict(zip(header, (v.strip() for v in values), strict=False))
        key = _row_source(name, number, row, sources)
        date = cell_date(row.get("date") or "") or {
            k: row[k] for k in ("not_before", "not_after") if row.get(k)
        }
        record = {
            LINE: number,
            "instrument": row.get("instrument"),
            "party": row.get("party", ""),
            "kind": row.get("kind"),
            "date": date,
            **({"source": key} if key else {}),
        }
        if row.get("entry_into_force"):
            record["entry_into_force"] = cell_date(row["entry_into_force"])
        for column in ("text", "note"):
            if row.get(column):
                record[column] = row[column]
        actions.append(record)
    return Document(name, {"sources": sources, "actions": actions}, cites_sources=True)


def sources_of(run, record):
    keys = record.get("sources") or ([record["source"]] if record.get("source") else [])
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise InvalidInput("source: give a source id (or sources: a list of ids)")
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


def _structure_errors(document, known) -> list[str]:
    """Shape errors found before anything is written: sections are lists of mappings."""
    if not isinstance(document.data, dict):
        return [f"{document.name}: expected a mapping of sections at the top level"]
    errors = []
    unknown = set(document.data) - known - {LINE}
    if unknown:
        errors.append(f"{document.name}: unknown section(s) {', '.join(sorted(unknown))}")
    top = document.data.get(LINE, 1)
    for key, value in document.data.items():
        if key == LINE or key in unknown or value is None:
            continue
        if key == "instrument":
            if not isinstance(value, str):
                errors.append(f"{document.name}:{top}: instrument: expected a code")
        elif key == "sources":
            if not isinstance(value, dict):
                errors.append(f"{document.name}:{top}: sources: expected a mapping of ids")
        elif not isinstance(value, list):
            errors.append(f"{document.name}:{top}: {key}: expected a list of records")
        else:
            errors.extend(
                f"{document.name}:{top}: {key}: record {number} is not a mapping"
                for number, record in enumerate(value, 1)
                if not isinstance(record, dict)
            )
    return errors


def _declare_sources(run, documents, declared_specs) -> None:
    for document in documents:
        raw = document.data.get("sources") or {}
        store = cite_sources if document.cites_sources else upsert_sources
        for key, spec in raw.items():
            if key == LINE:
                continue
            plain = strip(spec)
            if key in declared_specs and declared_specs[key] != plain:
                run.errors.append(
                    f"{document.name}:{_line(spec)}: source {key}: declared differently in "
                    "another file"
                )
            declared_specs[key] = plain
            run.attempt(
                document,
                spec,
                "sources",
                lambda k=key, p=plain, s=store: run.sources.update(s({k: p})),
            )


def import_documents(documents: list[Document], *, by) -> ImportSummary:
    """Import documents section by section, all or nothing.

    Returns what was new, what was already recorded and the conflicts between sources.
    """
    run = ImportRun(by=by)
    known = document_keys()
    for document in documents:
        run.errors.extend(_structure_errors(document, known))
        run.summary.notes.extend(document.notes)
    if run.errors:
        raise ImportFailed(run.errors)
    with transaction.atomic():
        _declare_sources(run, documents, {})
        run.sources.update({s.key: s for s in Source.objects.exclude(key__in=run.sources)})
        for section in _SECTIONS:
            section.load(run, documents, run.summary.new)
        if run.errors:
            transaction.set_rollback(True)
    if run.errors:
        raise ImportFailed(run.errors)
    return run.summary


def import_files(paths, *, by) -> ImportSummary:
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
