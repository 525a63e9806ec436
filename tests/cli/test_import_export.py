"""`plenipo export --actions` writes what `plenipo import` reads back; failed imports write
nothing and say why in one line."""

import pytest
from django.core.management import CommandError

from plenipo.treaties.models import Action
from tests.cli.test_commands import run

pytestmark = pytest.mark.django_db


def recorded_actions(code, *, all_sources):
    rows = []
    for action in Action.objects.filter(instrument__code=code).select_related("source"):
        row = (
            action.party_code,
            action.kind,
            str(action.date),
            str(action.recorded_eif) if action.recorded_eif else None,
            action.text,
            action.note,
            action.source.key,
        )
        if all_sources:
            others = sorted(action.other_sources.values_list("key", flat=True))
            row += (tuple(others), repr(action.conflicts))
        rows.append(row)
    return sorted(rows)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "json"])
def test_exported_actions_import_back(tmp_path, fmt):
    path = tmp_path / f"actions.{fmt}"
    run("export", "CETS-197", "--actions", "--format", fmt, "--out", str(path))
    original = recorded_actions("CETS-197", all_sources=fmt == "json")
    status = run("export", "CETS-197", "--as-of", "2020-01-01")
    assert len(original) == 100

    again = run("import", str(path))
    assert again.splitlines()[-2:] == [
        "New: nothing.",
        "Unchanged (already recorded from the same source): 100 actions.",
    ]

    Action.objects.filter(instrument__code="CETS-197").delete()
    assert run("import", str(path)).splitlines() == ["New: 100 actions."]
    assert recorded_actions("CETS-197", all_sources=fmt == "json") == original
    assert run("export", "CETS-197", "--as-of", "2020-01-01") == status


def test_actions_export_has_no_as_of():
    with pytest.raises(CommandError, match="--as-of applies to the status") as failure:
        run("export", "CETS-197", "--actions", "--as-of", "2015-01-01")
    assert failure.value.returncode == 2


def database_state():
    return (
        sorted(Action.objects.values_list("pk", "date_not_before", "date_not_after", "conflicts")),
        Action.objects.count(),
    )


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("broken.xlsx", b"PK\x03\x04 cut short", "broken.xlsx: not an .xlsx workbook"),
        (
            "rows.csv",
            b"instrument,party,kind,date,source_url,source_title\n"
            b"CETS-197,MLT,ratification,2008-01-30,https://e.org/m,M\n"
            b"CETS-197,MLT,ratificaton,2008-01-30,https://e.org/m,M\n",
            "rows.csv:3: MLT ratificaton: unknown action kind 'ratificaton'",
        ),
    ],
)
def test_a_failed_import_exits_2_in_one_line_and_writes_nothing(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = database_state()
    with pytest.raises(CommandError) as failure:
        run("import", str(path))
    assert failure.value.returncode == 2
    assert str(failure.value).startswith(message)
    assert str(failure.value).endswith("(nothing was imported)")
    assert "\n" not in str(failure.value)
    assert database_state() == before


def test_import_says_how_it_read_the_file_and_what_it_found(tmp_path):
    # Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated.
    path = tmp_path / "Feuil1.txt"
    text = (
        "instrument\tparty\tkind\tdate\tsource_url\tsource_title\r\n"
        "CETS-197\tAUT\tratification\t2006-12-12\thttps://e.org/a\tJournal é\r\n"
    )
    path.write_text(text, encoding="utf-16")
    out = run("import", str(path)).splitlines()
    assert out[0] == "Note: Feuil1.txt: read as UTF-16 (byte-order mark)"
    assert out[1].startswith("Conflict recorded: Feuil1.txt:2: AUT ratification of CETS-197: ")
    assert out[2:] == [
        "New: nothing.",
        "1 conflict between sources recorded; see `plenipo check-data`.",
    ]
    report = run("check-data")
    assert (
        "CETS-197: AUT ratification: coe-flags-2016 gives 2006-10-12; whatconvention-1516 gives "
        "2006-12-12; cited-" in report
    )
    assert "gives 2006-12-12; unresolved: the status spans them" in report
    status = run("status", "CETS-197", "--as-of", "2006-11-01", "--json")
    assert '"not_before": "2006-10-12"' in status
