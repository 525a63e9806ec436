"""Reading import files as people and spreadsheet programs write them (no database)."""

import codecs
import zipfile

import pytest

from plenipo.core.errors import InvalidInput
from plenipo.core.importing import LINE, read_file

HEADER = ["instrument", "party", "kind", "date", "source_url", "source_title"]
ROW = [
    "TEST-IMPORT",
    "ALB",
    "accession",
    "2010-03-01",
    "https://example.org/a",
    "Journal officiel é",
]


def table_text(delimiter=","):
    return "\r\n".join(delimiter.join(values) for values in (HEADER, ROW)) + "\r\n"


def only_action(tmp_path, name, raw: bytes):
    path = tmp_path / name
    path.write_bytes(raw)
    (document,) = read_file(path)
    (action,) = document.data["actions"]
    return document, action


@pytest.mark.parametrize(
    ("raw", "note"),
    [
        (table_text().encode("utf-8"), None),
        (codecs.BOM_UTF8 + table_text().encode("utf-8"), None),
        # Excel's "Unicode text": UTF-16 LE with a byte-order mark, tab-separated.
        (codecs.BOM_UTF16_LE + table_text("\t").encode("utf-16-le"), "read as UTF-16"),
        (codecs.BOM_UTF16_BE + table_text(";").encode("utf-16-be"), "read as UTF-16"),
        # Excel's "CSV" on Windows: Windows-1252.
        (table_text().encode("cp1252"), "not UTF-8, read as Windows-1252"),
    ],
    ids=["utf-8", "utf-8-bom", "utf-16-le-tabs", "utf-16-be-semicolons", "cp1252"],
)
def test_spreadsheet_encodings_and_delimiters_are_read(tmp_path, raw, note):
    document, action = only_action(tmp_path, "actions.csv", raw)
    assert action["party"] == "ALB"
    assert action["date"] == "2010-03-01"
    assert action[LINE] == 2
    (source,) = document.data["sources"].values()
    assert source["title"] == "Journal officiel é"
    if note is None:
        assert document.notes == []
    else:
        assert len(document.notes) == 1
        assert note in document.notes[0]
        assert document.notes[0].startswith("actions.csv: ")


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "byte-order mark but is not valid UTF-16"),
        (table_text().encode("utf-16-le"), "contains NUL bytes"),
        (b"instrument,party\n\x81\x8d\x8f\xc3", "not UTF-8 (byte 17) nor Windows-1252"),
        (b"", "missing column(s) instrument, party, kind, source_url"),
        (
            b"party,name,status,action,date\nALB,Albania,party,ratification,2007-02-06\n",
            "export with --actions",
        ),
        (b"instrument,party,kind,source_url,colour\n", "unknown column(s) colour"),
        (
            b"instrument,party,kind,source_url\nTEST-IMPORT,ALB,accession,https://e.org,extra\n",
            "actions.csv:2: more values than columns",
        ),
    ],
    ids=[
        "bad-utf-16",
        "utf-16-without-bom",
        "neither-utf-8-nor-cp1252",
        "empty",
        "status-export",
        "unknown-column",
        "extra-values",
    ],
)
def test_unreadable_tables_fail_in_one_line_naming_the_file(tmp_path, raw, message):
    path = tmp_path / "actions.csv"
    path.write_bytes(raw)
    with pytest.raises(InvalidInput) as failure:
        read_file(path)
    assert message in str(failure.value)
    assert str(failure.value).startswith("actions.csv")
    assert "\n" not in str(failure.value)


def write_workbook(path, rows):
    from openpyxl import Workbook

    workbook = Workbook()
    for row in rows:
        workbook.active.append(row)
    workbook.save(path)


def test_workbook_dates_and_numbers_read_as_written(tmp_path):
    import datetime as dt  # noqa: PLC0415

    path = tmp_path / "actions.xlsx"
    write_workbook(
        path,
        [
            [*HEADER, "entry_into_force"],
            [
                "TEST-IMPORT",
                "ALB",
                "accession",
                dt.datetime(2010, 3, 1),
                "https://e.org",
                "A",
                2011,
            ],
        ],
    )
    (document,) = read_file(path)
    (action,) = document.data["actions"]
    assert (action["date"], action["entry_into_force"], action[LINE]) == ("2010-03-01", "2011", 2)


def truncated(tmp_path):
    whole = tmp_path / "whole.xlsx"
    write_workbook(whole, [HEADER, ROW])
    return whole.read_bytes()[:600]


def foreign_zip(tmp_path):
    path = tmp_path / "foreign.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document/>")
    return path.read_bytes()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (truncated, "not an .xlsx workbook (not a zip archive"),
        (lambda _: b"instrument,party,kind\n", "not an .xlsx workbook (not a zip archive"),
        (
            lambda _: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504,
            "password-protected (encrypted) or an old .xls file",
        ),
        (foreign_zip, "damaged or not an .xlsx workbook"),
    ],
    ids=["truncated", "text-renamed", "encrypted", "other-zip"],
)
def test_damaged_workbooks_fail_in_one_line(tmp_path, make, message):
    path = tmp_path / "status.xlsx"
    path.write_bytes(make(tmp_path))
    with pytest.raises(InvalidInput) as failure:
        read_file(path)
    assert str(failure.value).startswith("status.xlsx: ")
    assert message in str(failure.value)
    assert "\n" not in str(failure.value)


def test_json_records_carry_their_line(tmp_path):
    path = tmp_path / "actions.json"
    path.write_text(
        '{"instrument": "TEST-IMPORT",\n "sources": {"a": {"title": "A", "url": "https://e.org"}},\n'
        ' "actions": [\n  {"state": "ALB", "kind": "accession", "date": "2010-03-01"},\n'
        '  {"state": "AUT", "kind": "accession", "date": "2010-04-01"}\n ]\n}\n',
        encoding="utf-8-sig",
    )
    (document,) = read_file(path)
    assert [a[LINE] for a in document.data["actions"]] == [4, 5]


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.json", '{"actions": [}', r"^bad\.json:1: not valid JSON"),
        ("bad.yaml", "actions:\n  - {state: ALB\n", r"^bad\.yaml:3: not valid YAML"),
        ("bad.yaml", b"actions: [\x81]\n", r"^bad\.yaml: not UTF-8 \(byte 10\) nor Windows-1252"),
        ("bad.json", b"\xff\xfe{\x00{", r"^bad\.json: starts with a UTF-16 byte-order mark"),
    ],
)
def test_structured_files_that_cannot_be_parsed(tmp_path, name, text, message):
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(InvalidInput, match=message) as failure:
        read_file(path)
    assert "\n" not in str(failure.value)


def test_a_windows_1252_yaml_file_is_read_and_said_so(tmp_path):
    path = tmp_path / "names.yaml"
    path.write_bytes("actions:\n  - {state: CIV, note: C\xf4te d'Ivoire}\n".encode("cp1252"))
    (document,) = read_file(path)
    assert document.data["actions"][0]["note"] == "C\xf4te d'Ivoire"
    assert document.notes == [
        "names.yaml: not UTF-8, read as Windows-1252 (Latin-1); check accented names"
    ]


def test_files_that_are_not_data_files(tmp_path):
    with pytest.raises(InvalidInput, match="no such file"):
        read_file(tmp_path / "missing.csv")
    with pytest.raises(InvalidInput, match="a folder, not a file"):
        read_file(tmp_path)
