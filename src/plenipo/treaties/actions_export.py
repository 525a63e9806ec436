"""An instrument's recorded actions in the forms `plenipo import` reads back.

CSV and XLSX: one row per action with its main source (the columns of
``plenipo.core.importing.CSV_COLUMNS``). JSON: the data-file document, every source,
conflict and note included.
"""

import csv
import io
import json

from plenipo.core.errors import InvalidInput
from plenipo.core.importing import CSV_COLUMNS
from plenipo.core.models import Source
from plenipo.core.partialdates import DateBounds, Precision
from plenipo.treaties.models import Action
from plenipo.treaties.services.reconcile import bounds_as_data


def cell_date(bounds: DateBounds | None) -> str:
    """A date for one table cell: a day, a month, a year, or bounds as ``start/end``."""
    if bounds is None:
        return ""
    if bounds.precision is not Precision.BOUNDS or bounds.is_exact:
        return str(bounds)
    low, high = bounds.not_before, bounds.not_after
    return f"{low.isoformat() if low else ''}/{high.isoformat() if high else ''}"


def _actions(instrument):
    return (
        Action.objects.filter(instrument=instrument)
        .select_related("state", "organization", "source")
        .prefetch_related("other_sources")
        .order_by("date_not_before", "pk")
    )


def _row(action: Action) -> dict:
    source = action.source
    exact_side = action.date.precision is not Precision.BOUNDS or action.date.is_exact
    return {
        "instrument": action.instrument.code,
        "party": action.party_code,
        "kind": action.kind,
        "date": str(action.date) if exact_side else "",
        "not_before": ""
        if exact_side or not action.date.not_before
        else str(action.date.not_before),
        "not_after": "" if exact_side or not action.date.not_after else str(action.date.not_after),
        "entry_into_force": cell_date(action.recorded_eif),
        "text": action.text,
        "note": action.note,
        "source": source.key,
        "source_url": source.url,
        "source_symbol": source.symbol,
        "source_title": source.title,
        "source_as_of": cell_date(source.as_of),
    }


def action_rows(instrument) -> list[list[str]]:
    return [[_row(a)[column] for column in CSV_COLUMNS] for a in _actions(instrument)]


def _source_spec(source) -> dict:
    spec = {"title": source.title}
    for key in ("url", "symbol", "note"):
        if getattr(source, key):
            spec[key] = getattr(source, key)
    if source.as_of:
        spec["as_of"] = bounds_as_data(source.as_of)
    return spec


def actions_document(instrument) -> dict:
    sources, actions = {}, []
    conflict_keys = set()
    for action in _actions(instrument):
        cited = [action.source, *action.other_sources.all()]
        sources.update({s.key: s for s in cited})
        conflict_keys.update(c["source"] for c in action.conflicts if c.get("source"))
        record = {
            "party": action.party_code,
            "kind": action.kind,
            "date": bounds_as_data(action.date),
            "sources": [s.key for s in cited],
        }
        if action.recorded_eif:
            record["entry_into_force"] = bounds_as_data(action.recorded_eif)
        for key in ("text", "note", "conflicts"):
            if getattr(action, key):
                record[key] = getattr(action, key)
        actions.append(record)
    missing = conflict_keys - set(sources)
    sources.update({s.key: s for s in Source.objects.filter(key__in=missing)})
    return {
        "instrument": instrument.code,
        "sources": {key: _source_spec(s) for key, s in sorted(sources.items())},
        "actions": actions,
    }


def export_actions(instrument, fmt: str):
    """(filename, content type, bytes) of an instrument's actions."""
    stem = f"{instrument.code}-actions"
    if fmt == "json":
        body = json.dumps(actions_document(instrument), ensure_ascii=False, indent=1)
        return f"{stem}.json", "application/json", body.encode("utf-8")
    rows = action_rows(instrument)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows)
        return f"{stem}.csv", "text/csv; charset=utf-8", buffer.getvalue().encode("utf-8")
    if fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook()
        sheet = workbook.active
        sheet.title = "Actions"
        sheet.append(CSV_COLUMNS)
        for row in rows:
            sheet.append(row)
        for cells in sheet.iter_rows(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str) and cell.value.startswith("="):
                    cell.data_type = "s"  # text, not a formula
        buffer = io.BytesIO()
        workbook.save(buffer)
        return (
            f"{stem}.xlsx",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            buffer.getvalue(),
        )
    raise InvalidInput(f"unknown export format {fmt!r} (csv, xlsx or json)")
