"""Reading data files (YAML, JSON, CSV, XLSX) into documents, without touching the database.

Files come from people and spreadsheet programs: text may be UTF-8 (with or without a
BOM), UTF-16 with a BOM (Excel's "Unicode text", tab-separated) or Windows-1252 (Excel's
"CSV" on Windows); a workbook may be truncated, encrypted or not a workbook at all. Every
problem becomes one ``InvalidInput`` line naming the file (and the line where there is one).
"""

import bisect
import codecs
import csv
import datetime as dt
import io
import json
import json.decoder
import json.scanner
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from plenipo.core.errors import InvalidInput

LINE = "__line__"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)

# Encrypted OOXML workbooks and legacy .xls files are OLE2 compound documents.
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@dataclass
class Document:
    name: str
    data: object
    notes: list[str] = field(default_factory=list)  # what the reader had to guess
    cites_sources: bool = False  # a table: its rows cite sources, they do not define them


def decode_text(name: str, raw: bytes) -> tuple[str, str | None]:
    """The text of a file and, when it was not UTF-8, a note saying how it was read."""
    for bom, encoding, label in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise InvalidInput(
                    f"{name}: starts with a {label} byte-order mark but is not valid {label} "
                    f"(byte {exc.start})"
                ) from None
            return text, None if label == "UTF-8" else f"{name}: read as {label} (byte-order mark)"
    if b"\x00" in raw:
        raise InvalidInput(
            f"{name}: contains NUL bytes: not a text file (UTF-16 without a byte-order mark "
            "or a binary file); save it as UTF-8"
        )
    try:
        return raw.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        utf8_error = exc.start
    try:
        text = raw.decode("cp1252")
    except UnicodeDecodeError:
        raise InvalidInput(
            f"{name}: not UTF-8 (byte {utf8_error}) nor Windows-1252; save it as UTF-8"
        ) from None
    return text, f"{name}: not UTF-8, read as Windows-1252 (Latin-1); check accented names"


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise InvalidInput(f"{path.name}: cannot read the file: {exc.strerror}") from None


class _LineLoader(yaml.SafeLoader):
    """Remembers the line each mapping starts on, for error messages."""


def _mapping_with_line(loader, node, deep=False):
    mapping = loader.construct_mapping(node, deep=deep)
    mapping[LINE] = node.start_mark.line + 1
    return mapping


def _timestamp_or_text(loader, node):
    """An impossible date (2010-02-30) stays text, so the record that holds it is refused
    with its line rather than the whole file failing to parse."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_with_line)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_or_text)


def _read_yaml(name: str, text: str):
    try:
        return yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{name}:{mark.line + 1}" if mark else name
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise InvalidInput(f"{where}: not valid YAML: {problem}") from None


class _LineDecoder(json.JSONDecoder):
    """A JSON decoder that marks every object with the line it starts on, as YAML does."""

    def __init__(self, text: str):
        super().__init__()
        newlines = [i for i, char in enumerate(text) if char == "\n"]

        def parse_object(text_and_end, *args):
            found, end = json.decoder.JSONObject(text_and_end, *args)
            found[LINE] = bisect.bisect_left(newlines, text_and_end[1]) + 1
            return found, end

        self.parse_object = parse_object
        self.scan_once = json.scanner.py_make_scanner(self)


def _read_json(name: str, text: str):
    try:
        return _LineDecoder(text).decode(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(f"{name}:{exc.lineno}: not valid JSON: {exc.msg}") from None
    except RecursionError:
        raise InvalidInput(f"{name}: not valid JSON: nested too deeply") from None


def _delimiter(header_line: str, known_columns) -> str:
    """The delimiter the header uses: the one that splits it into the most known columns."""

    def known(delimiter):
        names = next(csv.reader([header_line], delimiter=delimiter), [])
        return sum(1 for n in names if n.strip().lower() in known_columns)

    return max((",", "\t", ";"), key=known)


def csv_rows(name: str, text: str, known_columns):
    """(line number, values) for each record of a CSV or tab-separated text."""
    header_line = text.split("\n", 1)[0]
    reader = csv.reader(
        io.StringIO(text, newline=""), delimiter=_delimiter(header_line, known_columns)
    )
    try:
        for values in reader:
            yield reader.line_num, values
    except csv.Error as exc:
        raise InvalidInput(f"{name}:{reader.line_num + 1}: not valid CSV: {exc}") from None


def _cell_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def xlsx_rows(path: Path):
    """(row number, values) of a workbook's active sheet; one-line errors for bad files."""
    from openpyxl import load_workbook

    if _read_bytes(path).startswith(_OLE2_MAGIC):
        raise InvalidInput(
            f"{path.name}: not an .xlsx workbook: password-protected (encrypted) or an old "
            ".xls file; save it as an unprotected .xlsx"
        )
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
        try:
            rows = [
                (number, [_cell_text(c) for c in row])
                for number, row in enumerate(workbook.active.iter_rows(values_only=True), 1)
            ]
        finally:
            workbook.close()
    except zipfile.BadZipFile:
        raise InvalidInput(
            f"{path.name}: not an .xlsx workbook (not a zip archive: truncated, or another "
            "kind of file renamed)"
        ) from None
    except Exception as exc:  # openpyxl reports damage through whatever its parser hit
        raise InvalidInput(
            f"{path.name}: damaged or not an .xlsx workbook ({type(exc).__name__}: {exc})"[:300]
        ) from None
    return rows


def read_structured(path: Path) -> Document:
    """A YAML or JSON document, each mapping marked with its line."""
    text, note = decode_text(path.name, _read_bytes(path))
    reader = _read_json if path.suffix.lower() == ".json" else _read_yaml
    data = reader(path.name, text)
    return Document(path.name, {} if data is None else data, [note] if note else [])


def read_table(path: Path, known_columns) -> tuple[list, list[str]]:
    """(row number, values) pairs of a CSV or XLSX file, and any note on its encoding."""
    if path.suffix.lower() == ".xlsx":
        return xlsx_rows(path), []
    text, note = decode_text(path.name, _read_bytes(path))
    return list(csv_rows(path.name, text, known_columns)), [note] if note else []
