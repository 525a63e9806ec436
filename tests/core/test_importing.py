import pytest

from plenipo.core.importing import ImportFailed, import_files
from plenipo.treaties.models import Action, Instrument
from plenipo.treaties.queries import get_instrument

pytestmark = pytest.mark.django_db

DEFINITION = """
sources:
  test-def: {title: "Test treaty text", url: "https://example.org/t"}
instruments:
  - code: TEST-IMPORT
    kind: convention
    titles: {en: "Test import convention"}
    aliases: ["Test No. 1"]
    opened: 2010-01-01
    source: test-def
    entry_into_force_rule:
      threshold: 2
      delay: {kind: days_after, amount: 30}
      later_delay: {kind: days_after, amount: 30}
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_yaml_import_defines_an_instrument_with_its_aliases(tmp_path):
    import_files([write(tmp_path, "def.yaml", DEFINITION)], by=None)
    assert get_instrument("test no 1").code == "TEST-IMPORT"


def test_csv_import_records_actions_and_computes_entry_into_force(tmp_path):
    csv = (
        "instrument,party,kind,date,source_url,source_title\n"
        "TEST-IMPORT,ALB,accession,2010-03-01,https://example.org/a,Gazette A\n"
        "TEST-IMPORT,AUT,accession,2010-04-01,https://example.org/a,Gazette A\n"
    )
    counts = import_files(
        [write(tmp_path, "def.yaml", DEFINITION), write(tmp_path, "a.csv", csv)], by=None
    )
    assert counts.new["actions"] == 2
    derived = Instrument.objects.get(code="TEST-IMPORT").derived
    # Two recorded deposits reach the threshold on 1 April 2010; with no source showing the
    # list complete, an unrecorded earlier deposit remains possible, so that is an upper bound.
    assert derived.eif["entry_into_force"]["not_after"] == "2010-05-01"
    assert derived.eif["undetermined"] == []


def test_a_bad_row_refuses_the_whole_file_naming_its_line(tmp_path):
    csv = (
        "instrument,party,kind,date,source_url,source_title\n"
        "TEST-IMPORT,ALB,accession,2010-03-01,https://example.org/a,Gazette A\n"
        "TEST-IMPORT,XXZ,accession,2010-04-01,https://example.org/a,Gazette A\n"
        "TEST-IMPORT,AUT,accession,2010-02-30,https://example.org/a,Gazette A\n"
    )
    with pytest.raises(ImportFailed) as failure:
        import_files(
            [write(tmp_path, "def.yaml", DEFINITION), write(tmp_path, "a.csv", csv)], by=None
        )
    assert failure.value.errors == [
        "a.csv:3: XXZ accession: unknown ISO 3166-1 alpha-3 code 'XXZ'",
        "a.csv:4: AUT accession: AUT accession of TEST-IMPORT: impossible date '2010-02-30': "
        "day is out of range for month",
    ]
    assert not Instrument.objects.filter(code="TEST-IMPORT").exists()
    assert not Action.objects.filter(instrument__code="TEST-IMPORT").exists()


def test_yaml_errors_carry_line_numbers(tmp_path):
    text = (
        DEFINITION
        + """
actions:
  - {instrument: TEST-IMPORT, state: ALB, kind: accession, date: 2010-03-01, source: test-def}
  - {instrument: TEST-IMPORT, state: AUT, kind: accession, date: 2010-03-01}
"""
    )
    with pytest.raises(ImportFailed, match=r"bad\.yaml:18: AUT accession: no source"):
        import_files([write(tmp_path, "bad.yaml", text)], by=None)


def test_a_record_without_a_source_is_refused(tmp_path):
    text = "memberships:\n  - {organization: COE, state: FRA, start: 1949-05-05}\n"
    with pytest.raises(ImportFailed, match="no source"):
        import_files([write(tmp_path, "m.yaml", text)], by=None)


def test_unknown_sections_and_files_are_refused(tmp_path):
    with pytest.raises(ImportFailed, match="unknown section"):
        import_files([write(tmp_path, "x.yaml", "treaty: {}\n")], by=None)
    with pytest.raises(ImportFailed, match="unsupported file type"):
        import_files([write(tmp_path, "x.pdf", "hello")], by=None)


def test_xlsx_import(tmp_path):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["instrument", "party", "kind", "date", "source_url", "source_title"])
    sheet.append(["TEST-IMPORT", "ALB", "accession", "2010-03-01", "https://example.org/x", "X"])
    path = tmp_path / "a.xlsx"
    workbook.save(path)
    counts = import_files([write(tmp_path, "def.yaml", DEFINITION), path], by=None)
    assert counts.new["actions"] == 1
