"""The negotiation in one story: proposals, compilation, revision, diff, Akoma Ntoso."""

import datetime as dt

from plenipo.negotiations import proposals as P
from plenipo.negotiations.akn import GENERAL_ASSEMBLY, NAMESPACE, parse, to_akn
from plenipo.negotiations.compile import ParagraphStatus, compile_text
from plenipo.negotiations.diff import Change, diff_versions
from plenipo.negotiations.revise import revise

NS = {"akn": NAMESPACE}


def test_zero_draft_to_rev1(zero_draft):
    assert [zero_draft.label_of(p.pid) for p in zero_draft.paragraphs] == [
        "PP1", "PP2", "OP1", "OP2", "OP3", "OP4",
    ]  # fmt: skip
    eu = P.make(zero_draft, id="1", action="replace", label="OP1", by="EU",
                old="combat", new="eradicate")  # fmt: skip
    g77 = P.make(zero_draft, id="2", action="insert", label="OP2", by="G77",
                 old="international cooperation", new="and technical assistance")  # fmt: skip
    usa = P.make(zero_draft, id="3", action="delete", label="OP3", by="USA")

    compilation = compile_text(zero_draft, [eu, g77, usa])
    texts = {p.label: p.text for p in compilation.paragraphs}
    assert "to [combat] [eradicate — EU] trafficking" in texts["OP1"]
    assert texts["OP2"].endswith("international cooperation [and technical assistance — G77];")
    assert texts["OP3"].startswith("[Requests the Secretary-General to report")
    assert texts["OP3"].endswith("] [delete — USA]")
    assert texts["OP4"] == "Decides to remain seized of the matter."
    statuses = {p.label: p.status for p in compilation.paragraphs}
    assert statuses["PP1"] is ParagraphStatus.UNBRACKETED
    assert statuses["OP1"] is statuses["OP2"] is statuses["OP3"] is ParagraphStatus.BRACKETED
    assert statuses["OP4"] is ParagraphStatus.UNBRACKETED
    numbered = compilation.render(line_numbers=True).splitlines()
    assert numbered[0].startswith(" 1  ") or numbered[0].startswith("1  ")

    decided = [eu.with_status("accepted"), g77.with_status("rejected"),
               usa.with_status("accepted")]  # fmt: skip
    rev1 = revise(zero_draft, decided, label="Rev.1", date=dt.date(2026, 3, 20),
                  symbol="A/81/L.99/Rev.1")  # fmt: skip
    assert "[" not in "".join(p.text for p in rev1.paragraphs)
    assert rev1.by_label("OP1").text == (
        "Calls upon Member States to eradicate trafficking in persons in all its forms;"
    )
    assert rev1.by_label("OP2").text == zero_draft.by_label("OP2").text
    assert rev1.by_label("OP3").text == "Decides to remain seized of the matter."
    assert len(rev1.paragraphs) == 5

    diff = diff_versions(zero_draft, rev1)
    assert diff.renumbering == {"OP4": "OP3"}
    assert [p.old_label for p in diff.of_change(Change.REMOVED)] == ["OP3"]
    (modified,) = diff.of_change(Change.MODIFIED)
    assert modified.old_label == "OP1"
    assert ("delete", "combat") in modified.words
    assert ("insert", "eradicate") in modified.words

    root = parse(to_akn(rev1, author=GENERAL_ASSEMBLY))
    assert root.tag == f"{{{NAMESPACE}}}akomaNtoso"
    work = root.find(".//akn:FRBRWork/akn:FRBRthis", NS).get("value")
    assert work == "/akn/un/statement/deliberation/un-ga/2026-03-20/A-81-L.99-Rev.1/!main"
    eids = [e.get("eId") for e in root.findall(".//akn:mainBody/akn:paragraph", NS)]
    assert eids == ["para_1", "para_2", "para_3"]
