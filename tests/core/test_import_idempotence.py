"""Imports are all or nothing in every format, and importing again changes nothing."""

import json

import pytest

from plenipo.core.importing import ImportFailed, import_files
from plenipo.core.models import ActivityLog, Source
from plenipo.registry.models import State
from plenipo.treaties.models import Action, Participation, Snapshot
from plenipo.treaties.queries import data_coverage
from tests.core.test_importing import DEFINITION, write

pytestmark = pytest.mark.django_db

GOOD = {"party": "ALB", "kind": "accession", "date": "2010-03-01"}
PROBLEMS = {
    "state": ({"party": "XXZ"}, "XXZ accession: unknown ISO 3166-1 alpha-3 code 'XXZ'"),
    "date": ({"date": "2010-02-30"}, "impossible date '2010-02-30'"),
    "kind": ({"kind": "ratifcation"}, "unknown action kind 'ratifcation'"),
}


def table_rows(bad):
    header = ["instrument", "party", "kind", "date", "source_url", "source_title"]
    rows = [{**GOOD}, {**GOOD, "party": "AUT", **bad}]
    return [header] + [
        ["TEST-IMPORT", r["party"], r["kind"], r["date"], "https://example.org/g", "Gazette"]
        for r in rows
    ]


def as_csv(tmp_path, bad):
    text = "\n".join(",".join(row) for row in table_rows(bad)) + "\n"
    return write(tmp_path, "actions.csv", text), 3


def as_xlsx(tmp_path, bad):
    from openpyxl import Workbook

    workbook = Workbook()
    for row in table_rows(bad):
        workbook.active.append(row)
    path = tmp_path / "actions.xlsx"
    workbook.save(path)
    return path, 3


def structured_records(bad):
    return [{**GOOD}, {**GOOD, "party": "AUT", **bad}]


def as_yaml(tmp_path, bad):
    lines = [
        "instrument: TEST-IMPORT",
        "sources:",
        "  gaz: {title: Gazette, url: 'https://e.org/g'}",
    ]
    lines.append("actions:")
    for record in structured_records(bad):
        lines.append(
            f"  - {{party: {record['party']}, kind: {record['kind']}, date: {record['date']}, "
            "source: gaz}"
        )
    return write(tmp_path, "actions.yaml", "\n".join(lines) + "\n"), 6


def as_json(tmp_path, bad):
    lines = [
        '{"instrument": "TEST-IMPORT",',
        ' "sources": {"gaz": {"title": "Gazette", "url": "https://e.org/g"}},',
        ' "actions": [',
    ]
    records = [json.dumps({**r, "source": "gaz"}) for r in structured_records(bad)]
    lines += ["  " + records[0] + ",", "  " + records[1], " ]", "}"]
    return write(tmp_path, "actions.json", "\n".join(lines) + "\n"), 5


def database_state():
    return {
        "actions": sorted(Action.objects.values_list("pk", "date_not_before", "conflicts")),
        "snapshots": Snapshot.objects.count(),
        "sources": sorted(Source.objects.values_list("key", "title")),
        "states": State.objects.count(),
        "log": ActivityLog.objects.count(),
        "participations": sorted(
            Participation.objects.values_list(
                "instrument", "party_code", "consent_not_before", "consent_not_after"
            )
        ),
    }


@pytest.fixture
def test_instrument(tmp_path):
    import_files([write(tmp_path, "def.yaml", DEFINITION)], by=None)


@pytest.mark.parametrize("problem", sorted(PROBLEMS))
@pytest.mark.parametrize("writer", [as_csv, as_xlsx, as_yaml, as_json], ids=lambda w: w.__name__)
def test_a_bad_row_refuses_the_whole_file_in_every_format(
    tmp_path, test_instrument, writer, problem
):
    bad, message = PROBLEMS[problem]
    path, line = writer(tmp_path, bad)
    before = database_state()
    with pytest.raises(ImportFailed) as failure:
        import_files([path], by=None)
    (error,) = failure.value.errors
    assert error.startswith(f"{path.name}:{line}: AUT ") or error.startswith(
        f"{path.name}:{line}: XXZ "
    )
    assert message in error
    assert str(failure.value) == f"{error} (nothing was imported)"
    assert database_state() == before


def test_importing_the_same_files_again_changes_nothing(tmp_path, test_instrument):
    table = write(
        tmp_path,
        "actions.csv",
        "instrument,party,kind,date,source_url,source_title\n"
        "TEST-IMPORT,ALB,accession,2010-03-01,https://example.org/g,Gazette\n"
        "TEST-IMPORT,AUT,accession,2010-04-01,https://example.org/g,Gazette\n",
    )
    snapshot = write(
        tmp_path,
        "snapshot.yaml",
        "instrument: TEST-IMPORT\nsources:\n  list: {title: List, url: 'https://e.org/l'}\n"
        "snapshots:\n  - {as_of: 2010-05-01, source: list, parties: [ALB, AUT], complete: true}\n",
    )
    first = import_files([table, snapshot], by=None)
    assert (first.new, first.unchanged) == ({"actions": 2, "snapshots": 1}, {})
    before = database_state()
    again = import_files([table, snapshot], by=None)
    assert (again.new, again.unchanged) == ({}, {"actions": 2, "snapshots": 1})
    assert (
        again.lines()[-1]
        == "Unchanged (already recorded from the same source): 2 actions, 1 snapshots."
    )
    assert database_state() == before


def test_the_same_deposit_from_another_source_adds_that_source(tmp_path, test_instrument):
    row = "TEST-IMPORT,ALB,accession,2010-03-01,https://example.org/{0},{0}\n"
    header = "instrument,party,kind,date,source_url,source_title\n"
    import_files([write(tmp_path, "a.csv", header + row.format("A"))], by=None)
    summary = import_files([write(tmp_path, "b.csv", header + row.format("B"))], by=None)
    assert (summary.new, summary.corroborated) == ({}, {"actions": 1})
    (action,) = Action.objects.filter(instrument__code="TEST-IMPORT")
    assert {s.title for s in action.other_sources.all()} == {"B"}


def test_another_day_for_the_same_deposit_is_a_conflict_the_status_spans(tmp_path, test_instrument):
    header = "instrument,party,kind,date,source_url,source_title\n"
    import_files(
        [
            write(
                tmp_path,
                "a.csv",
                header + "TEST-IMPORT,ALB,accession,2010-03-01,https://e.org/a,A\n",
            )
        ],
        by=None,
    )
    second = write(
        tmp_path, "b.csv", header + "TEST-IMPORT,ALB,accession,2010-03-05,https://e.org/b,B\n"
    )
    summary = import_files([second], by=None)
    assert summary.new == {}
    (conflict,) = summary.conflicts
    assert conflict.startswith("b.csv:2: ALB accession of TEST-IMPORT: cited-")
    assert "gives 2010-03-05" in conflict
    assert "gave 2010-03-01" in conflict
    (action,) = Action.objects.filter(instrument__code="TEST-IMPORT")
    assert str(action.date) == "2010-03-01"
    assert action.conflicts == [
        {"date": "2010-03-05", "source": action.conflicts[0]["source"], "unresolved": True}
    ]
    participation = Participation.objects.get(instrument__code="TEST-IMPORT", party_code="ALB")
    assert str(participation.consent) == "between 2010-03-01 and 2010-03-05"
    (reported,) = data_coverage()["TEST-IMPORT"]["date_conflicts"]
    assert reported["unresolved"] is True
    assert reported["message"].endswith("unresolved: the status spans them")
    again = import_files([second], by=None)
    assert (again.new, again.unchanged, again.conflicts) == ({}, {"actions": 1}, [])


def test_a_deposit_after_a_denunciation_is_a_new_deposit(tmp_path, test_instrument):
    rows = [
        "TEST-IMPORT,ALB,accession,2010-03-01,https://e.org/a,A",
        "TEST-IMPORT,ALB,denunciation,2012-01-10,https://e.org/a,A",
        "TEST-IMPORT,ALB,accession,2015-06-01,https://e.org/a,A",
    ]
    text = "instrument,party,kind,date,source_url,source_title\n" + "\n".join(rows) + "\n"
    summary = import_files([write(tmp_path, "a.csv", text)], by=None)
    assert (summary.new, summary.conflicts) == ({"actions": 3}, [])


def test_a_source_cannot_say_two_things_about_one_day(tmp_path, test_instrument):
    text = (
        "instrument: TEST-IMPORT\nsources:\n  list: {title: List, url: 'https://e.org/l'}\n"
        "snapshots:\n  - {as_of: 2010-05-01, source: list, counts: {parties: %d}}\n"
    )
    import_files([write(tmp_path, "s1.yaml", text % 2)], by=None)
    before = database_state()
    with pytest.raises(
        ImportFailed,
        match=r"s2\.yaml:5: snapshot as of 2010-05-01: list as of "
        r"2010-05-01 is already recorded with another party_count",
    ):
        import_files([write(tmp_path, "s2.yaml", text % 3)], by=None)
    assert database_state() == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("actions: {state: ALB}\n", "x.yaml:1: actions: expected a list of records"),
        ("actions: [{state: ALB}, AUT]\n", "x.yaml:1: actions: record 2 is not a mapping"),
        ("- 1\n- 2\n", "x.yaml: expected a mapping of sections at the top level"),
        ("instrument: [A]\n", "x.yaml:1: instrument: expected a code"),
        ("sources: [a]\n", "x.yaml:1: sources: expected a mapping of ids"),
        ("actions:\n  - {state: ALB, kind: accession}\n", "x.yaml:2: action: no instrument given"),
        (
            "instrument: TEST-IMPORT\nsources:\n  s: {title: S, url: 'https://e.org'}\n"
            "actions:\n  - {state: [ALB], kind: accession, date: 2010-03-01, source: s}\n",
            "x.yaml:5: ['ALB'] accession: state: expected text, not ['ALB']",
        ),
        (
            "instrument: TEST-IMPORT\nsources:\n  s: {title: S, url: 'https://e.org'}\n"
            "snapshots:\n  - {as_of: 2010-05-01, source: s, counts: 2}\n",
            "x.yaml:5: snapshot as of 2010-05-01: counts: expected a mapping, not 2",
        ),
        (
            "sources:\n  s: {title: S, url: 'https://e.org', as_of: 2015-13}\n",
            "x.yaml:2: sources: source 's': as_of: impossible month in '2015-13'",
        ),
    ],
)
def test_misshapen_documents_are_refused_in_one_line(tmp_path, test_instrument, text, message):
    with pytest.raises(ImportFailed) as failure:
        import_files([write(tmp_path, "x.yaml", text)], by=None)
    assert failure.value.errors == [message]


def test_a_less_precise_date_for_a_recorded_deposit_cites_its_source(tmp_path, test_instrument):
    header = "instrument,party,kind,date,source_url,source_title\n"
    exact = "TEST-IMPORT,ALB,accession,2010-03-01,https://e.org/a,A\n"
    import_files([write(tmp_path, "a.csv", header + exact)], by=None)
    year = "TEST-IMPORT,ALB,accession,2010,https://e.org/b,B\n"
    summary = import_files([write(tmp_path, "b.csv", header + year)], by=None)
    assert (summary.corroborated, summary.conflicts) == ({"actions": 1}, [])
    (action,) = Action.objects.filter(instrument__code="TEST-IMPORT")
    assert (str(action.date), action.conflicts) == ("2010-03-01", [])


def test_a_row_may_not_redefine_a_recorded_source(tmp_path):
    text = (
        "instrument,party,kind,date,source,source_url,source_title\n"
        "CETS-197,ALB,signature,2005-12-22,coe-flags-2016,https://example.org/other,Other\n"
    )
    before = database_state()
    with pytest.raises(
        ImportFailed,
        match=r"^a\.csv:2: sources: source 'coe-flags-2016' is "
        r"recorded with another url",
    ):
        import_files([write(tmp_path, "a.csv", text)], by=None)
    assert database_state() == before


def test_a_membership_imported_again_is_unchanged(tmp_path):
    from plenipo.registry.models import Membership  # noqa: PLC0415

    text = (
        "sources:\n  m: {title: Members, url: 'https://e.org/members'}\n"
        "memberships:\n  - {organization: COE, state: FRA, start: 1949-05-05, source: m}\n"
    )
    path = write(tmp_path, "m.yaml", text)
    import_files([path], by=None)
    before = sorted(Membership.objects.values_list("pk", "start_not_before"))
    again = import_files([path], by=None)
    assert (again.new, again.unchanged) == ({}, {"memberships": 1})
    assert sorted(Membership.objects.values_list("pk", "start_not_before")) == before
