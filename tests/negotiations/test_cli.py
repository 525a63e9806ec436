"""The negotiation from the command line alone: import, propose, compile, decide, revise,
diff, silence, Akoma Ntoso; and the built-in 2017 declaration."""

import json
from io import StringIO
from xml.etree import ElementTree

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from plenipo.negotiations.models import Process, Proposal, Version
from tests.negotiations.conftest import ZERO_DRAFT

pytestmark = pytest.mark.django_db

CODE = "GPA-DECLARATION-2017"


def run(*args) -> str:
    out = StringIO()
    call_command("negotiation", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def run_json(*args):
    return json.loads(run(*args, "--json"))


@pytest.fixture
def draft_file(tmp_path):
    path = tmp_path / "zero-draft.txt"
    path.write_text(ZERO_DRAFT, encoding="utf-8")
    return path


@pytest.fixture
def imported(draft_file):
    run("new", "TIP-RES", "--title", "Strengthening cooperation", "--timezone", "America/New_York")
    return run_json(
        "import", "TIP-RES", str(draft_file), "--version", "Zero draft", "--date", "2026-03-02",
        "--symbol", "A/81/L.99",
    )  # fmt: skip


def propose(*args):
    return run_json("propose", "TIP-RES", "--version", "Zero draft", *args)["id"]


def test_the_whole_negotiation_from_the_command_line(imported, tmp_path):
    labels = [p["label"] for p in imported["paragraphs"]]
    assert labels == ["PP1", "PP2", "OP1", "OP2", "OP3", "OP4"]
    eu = propose("--by", "EU", "--paragraph", "OP1", "--replace", "combat", "--with", "eradicate")
    g77 = propose("--by", "G77", "--paragraph", "OP2", "--insert-after",
                  "international cooperation", "--text", "and technical assistance")  # fmt: skip
    usa = propose("--by", "USA", "--paragraph", "OP3", "--delete")

    compilation = run("compile", "TIP-RES", "--version", "Zero draft", "--format", "txt")
    flat = " ".join(compilation.split())
    assert "to [combat] [eradicate — EU] trafficking" in flat
    assert "international cooperation [and technical assistance — G77];" in flat
    assert "the present resolution;] [delete — USA]" in flat

    run("decide", "TIP-RES", str(eu), "accept")
    run("decide", "TIP-RES", str(g77), "reject")
    run("decide", "TIP-RES", str(usa), "accept")
    rev1 = run_json("revise", "TIP-RES", "--from", "Zero draft", "--version", "Rev.1",
                    "--date", "2026-03-20", "--symbol", "A/81/L.99/Rev.1")  # fmt: skip
    assert rev1["symbol"] == "A/81/L.99/Rev.1"
    texts = {p["label"]: p["text"] for p in rev1["paragraphs"]}
    assert list(texts) == ["PP1", "PP2", "OP1", "OP2", "OP3"]
    assert texts["OP1"] == (
        "Calls upon Member States to eradicate trafficking in persons in all its forms;"
    )
    assert texts["OP2"] == "Encourages Member States to strengthen international cooperation;"
    assert texts["OP3"] == "Decides to remain seized of the matter."
    assert not any("[" in text for text in texts.values())
    assert set(Proposal.objects.filter(applied_in__label="Rev.1").values_list("pk", flat=True)) == {
        eu,
        usa,
    }

    diff = run_json("diff", "TIP-RES", "Zero draft", "Rev.1")
    assert diff["renumbered"] == {"OP4": "OP3"}
    assert {c["change"] for c in diff["changes"]} == {"modified", "removed"}

    run("silence", "TIP-RES", "--version", "Rev.1", "--until", "2036-03-25 18:00")
    run("break-silence", "TIP-RES", "--by", "USA", "--at", "2036-03-24 12:00")
    (silence,) = run_json("show", "TIP-RES")["silence"]
    assert silence["status"] == "broken"
    assert silence["until"] == "2036-03-25T18:00:00-04:00"
    assert [b["party"] for b in silence["breaks"]] == ["USA"]

    out = tmp_path / "rev1.xml"
    run("compile", "TIP-RES", "--version", "Rev.1", "--format", "akn", "--out", str(out))
    root = ElementTree.parse(out).getroot()
    assert root.tag == "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}akomaNtoso"
    assert len(root.findall(".//{*}mainBody/{*}paragraph")) == 3


def test_compilation_as_pdf_and_docx(imported, tmp_path):
    propose("--by", "EU", "--paragraph", "OP1", "--replace", "combat", "--with", "eradicate")
    pdf, docx = tmp_path / "c.pdf", tmp_path / "c.docx"
    run("compile", "TIP-RES", "--version", "Zero draft", "--format", "pdf", "--out", str(pdf))
    run("compile", "TIP-RES", "--version", "Zero draft", "--format", "docx", "--out", str(docx))
    assert pdf.read_bytes().startswith(b"%PDF")
    from docx import Document

    text = "\n".join(p.text for p in Document(str(docx)).paragraphs)
    assert "[combat] [eradicate — EU]" in text
    assert "The General Assembly," in text  # the opening words, before the paragraphs
    plain = tmp_path / "c.txt"
    run("compile", "TIP-RES", "--version", "Zero draft", "--out", str(plain))
    printed = plain.read_text(encoding="utf-8")
    assert -1 < printed.find("The General Assembly,") < printed.find("PP1 —")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--by", "EU", "--paragraph", "OP1"], "give exactly one of"),
        (["--by", "EU", "--paragraph", "OP9", "--delete"], "has no paragraph OP9"),
        (["--by", "ATLANTIS", "--paragraph", "OP1", "--delete"], "unknown party"),
        (["--by", "EU", "--paragraph", "OP1", "--replace", "fight", "--with", "x"],
         "does not contain 'fight'"),
    ],
)  # fmt: skip
def test_bad_proposals_are_refused_in_one_line(imported, args, message):
    with pytest.raises(CommandError, match=message) as error:
        propose(*args)
    assert "\n" not in str(error.value)
    assert not Proposal.objects.filter(process__code="TIP-RES").exists()


def test_a_bad_import_writes_nothing(imported, tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n", encoding="utf-8")
    with pytest.raises(CommandError, match="the text is empty"):
        run("import", "TIP-RES", str(empty), "--version", "Rev.9", "--date", "2026-04-01")
    with pytest.raises(CommandError, match="impossible date"):
        run("import", "TIP-RES", str(empty), "--version", "Rev.9", "--date", "2026-13-01")
    labels = Version.objects.filter(process__code="TIP-RES").values_list("label", flat=True)
    assert list(labels) == ["Zero draft"]
    assert Process.objects.get(code="TIP-RES").revision == 2


def test_the_2017_declaration_as_built_in_data():
    shown = run_json("show", CODE)
    assert shown["mandate"]["decision"] == "A/RES/71/287"
    assert shown["mandate"]["paragraph"] == "10"
    assert {f["state"] for f in shown["facilitators"]} == {"QAT", "BEL"}
    assert {f["role"] for f in shown["facilitators"]} == {"co-facilitator"}
    assert all(f["appointed_by"] is None and f["source"] for f in shown["facilitators"])
    (zero,) = [m for m in shown["milestones"] if m["kind"] == "zero_draft"]
    assert (zero["date"], zero["status"]) == ("2017-06-23", "planned")
    by_day = {c["start_date"]: c for c in shown["consultations"] if c["start_date"]}
    assert by_day["2017-06-29"]["start"] == "2017-06-29T10:00:00-04:00"
    assert by_day["2017-06-29"]["room"] == "ECOSOC Chamber"
    assert by_day["2017-07-06"]["room"] == "Conference Room 3"
    assert by_day["2017-06-16"]["status"] == "held"
    (tentative,) = [c for c in shown["consultations"] if c["recorded_status"] == "tentative"]
    assert tentative["start_date"] is None  # no day is given for the additional informal
    # Its last possible day has passed: shown as held, which no record confirms.
    assert (tentative["status"], tentative["status_confirmed"]) == ("held", False)
    assert shown["outcome"] == {
        "symbol": "A/RES/72/1",
        "date": "2017-09-27",
        "method": "consensus",
        "tally": None,
        "source": "bun-ga-11955",
    }
    listed = run_json("list")
    assert CODE in [p["code"] for p in listed]


def test_the_schedule_letter_names_days_times_and_rooms(tmp_path):
    letter = run("letter", CODE, "--kind", "schedule", "--date", "2017-06-16")
    assert "Thursday, 29 June 2017, 10:00, ECOSOC Chamber" in letter
    assert "Thursday, 6 July 2017, 10:00, Conference Room 3" in letter
    assert "Tentatively, between 10 July 2017 and 16 July 2017" in letter
    assert "Friday, 23 June 2017 (COB)" in letter
    assert "16 June 2017" not in letter.split("Excellency")[1]  # the held one is not announced
    assert "Alya Ahmed Saif Al-Thani" in letter
    assert "Marc Pecsteen de Buytswerve" in letter
    pdf = tmp_path / "letter.pdf"
    run("letter", CODE, "--kind", "schedule", "--format", "pdf", "--out", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF")


def test_a_version_kept_to_the_secretariat_then_circulated(imported):
    run("revise", "TIP-RES", "--from", "Zero draft", "--version", "Rev.1", "--date",
        "2026-03-20", "--keep-to-secretariat")  # fmt: skip
    shown = run_json("show", "TIP-RES")["versions"]
    assert [(v["label"], v["circulated"]) for v in shown] == [
        ("Zero draft", True), ("Rev.1", False),
    ]  # fmt: skip
    assert "Rev.1 is circulated" in run("circulate", "TIP-RES", "Rev.1")
    with pytest.raises(CommandError, match=r"Rev\.1 is already circulated"):
        run("circulate", "TIP-RES", "Rev.1")
