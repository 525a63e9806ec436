"""Proposals: exact places, one-line refusals, conflicts, staleness, statuses."""

import dataclasses
import datetime as dt

import pytest

from plenipo.negotiations import proposals as P
from plenipo.negotiations.compile import ParagraphStatus, compile_text
from plenipo.negotiations.revise import RevisionError, revise
from plenipo.negotiations.texts import import_text


def _make(version, id, action, label, by="EU", **details):
    return P.make(version, id=id, action=action, label=label, by=by, **details)


def test_words_the_paragraph_does_not_contain_are_refused(zero_draft):
    with pytest.raises(P.ProposalError) as error:
        _make(zero_draft, "1", "replace", "OP1", old="eliminate", new="eradicate")
    assert str(error.value) == "proposal 1 (EU): OP1 does not contain 'eliminate'"


def test_an_occurrence_that_is_not_there_is_refused(zero_draft):
    with pytest.raises(P.ProposalError, match="does not contain occurrence 2 of 'combat'"):
        _make(zero_draft, "1", "replace", "OP1", old="combat", new="end", occurrence=2)


def test_an_unknown_paragraph_or_action_or_party_is_refused(zero_draft):
    with pytest.raises(P.ProposalError, match="has no paragraph OP9"):
        _make(zero_draft, "1", "delete", "OP9")
    with pytest.raises(P.ProposalError, match="unknown proposal action 'move'"):
        _make(zero_draft, "1", "move", "OP1")
    with pytest.raises(P.ProposalError, match="is not a party code"):
        _make(zero_draft, "1", "delete", "OP1", by="")


def test_overlapping_proposals_are_both_kept_and_flagged(zero_draft):
    eu = _make(zero_draft, "1", "replace", "OP1", old="combat", new="eradicate")
    g77 = _make(zero_draft, "2", "replace", "OP1", by="G77", old="combat trafficking",
                new="end trafficking")  # fmt: skip
    apart = _make(zero_draft, "3", "insert", "OP1", by="USA", old="all its forms",
                  new="and manifestations")  # fmt: skip
    compilation = compile_text(zero_draft, [eu, g77, apart])
    assert compilation.conflicts == {frozenset({"1", "2"})}
    op1 = compilation.paragraphs[2]
    assert op1.proposals == ("1", "2", "3")
    assert op1.conflicting == ("1", "2")
    assert "[“combat” → “eradicate” — EU]" in op1.text
    assert "[“combat trafficking” → “end trafficking” — G77]" in op1.text
    assert op1.text.endswith("all its forms [and manifestations — USA];")


def test_deleting_a_paragraph_conflicts_with_word_changes_in_it(zero_draft):
    words = _make(zero_draft, "1", "replace", "OP3", old="report", new="submit a report")
    delete = _make(zero_draft, "2", "delete", "OP3", by="USA")
    assert compile_text(zero_draft, [words, delete]).conflicts == {frozenset({"1", "2"})}


def test_insertion_conflicts_with_a_change_to_its_anchor_words(zero_draft):
    insert = _make(zero_draft, "1", "insert", "OP2", old="cooperation", new="and assistance")
    replace = _make(zero_draft, "2", "replace", "OP2", old="international cooperation",
                    new="cooperation")  # fmt: skip
    assert compile_text(zero_draft, [insert, replace]).conflicts == {frozenset({"1", "2"})}


def test_supporters_objectors_and_ad_ref_appear_in_the_compilation(zero_draft):
    eu = _make(zero_draft, "1", "replace", "OP1", old="combat", new="eradicate",
               supporters=("NOR", "CHE"), objectors=("RUS",))  # fmt: skip
    op4 = zero_draft.by_label("OP4").pid
    compilation = compile_text(zero_draft, [eu], ad_ref=frozenset({op4}))
    by_label = {p.label: p for p in compilation.paragraphs}
    assert "[eradicate — EU; supported by NOR, CHE; opposed by RUS]" in by_label["OP1"].text
    assert by_label["OP4"].status is ParagraphStatus.AGREED_AD_REF
    assert by_label["OP3"].status is ParagraphStatus.UNBRACKETED


def test_only_pending_proposals_are_compiled(zero_draft):
    withdrawn = _make(zero_draft, "1", "delete", "OP1").with_status("withdrawn")
    merged = _make(zero_draft, "2", "delete", "OP2").with_status(P.Status.MERGED)
    compilation = compile_text(zero_draft, [withdrawn, merged])
    assert all(p.status is ParagraphStatus.UNBRACKETED for p in compilation.paragraphs)


def test_unbracketed_paragraphs_are_agreed_only_when_the_text_is(zero_draft):
    eu = _make(zero_draft, "1", "replace", "OP1", old="combat", new="eradicate")
    op4 = zero_draft.by_label("OP4").pid
    open_text = compile_text(zero_draft, [])
    agreed = compile_text(zero_draft, [eu], ad_ref=frozenset({op4}), agreed=True)
    assert {p.status for p in open_text.paragraphs} == {ParagraphStatus.UNBRACKETED}
    by_label = {p.label: p.status for p in agreed.paragraphs}
    assert by_label["OP1"] is ParagraphStatus.BRACKETED
    assert by_label["OP3"] is ParagraphStatus.AGREED
    assert by_label["OP4"] is ParagraphStatus.AGREED_AD_REF


def test_new_paragraphs_are_numbered_bis_ter(zero_draft):
    first = _make(zero_draft, "1", "add", "OP2", new="Invites donors to contribute;")
    second = _make(zero_draft, "2", "add", "OP2", by="G77", new="Calls for assistance;")
    compilation = compile_text(zero_draft, [first, second])
    labels = [p.label for p in compilation.paragraphs]
    assert labels[3:6] == ["OP2", "OP2 bis", "OP2 ter"]
    assert compilation.paragraphs[4].number == "2 bis"
    assert compilation.paragraphs[5].text == "[Calls for assistance; — G77]"
    rev1 = revise(zero_draft, [first.with_status("accepted"), second.with_status("accepted")],
                  label="Rev.1", date=dt.date(2026, 3, 20))  # fmt: skip
    assert [rev1.label_of(p.pid) for p in rev1.paragraphs][3:7] == ["OP2", "OP3", "OP4", "OP5"]
    assert rev1.by_label("OP3").text == "Invites donors to contribute;"


def test_a_proposal_against_a_removed_paragraph_is_stale_with_its_old_label(zero_draft):
    delete = _make(zero_draft, "1", "delete", "OP3", by="USA").with_status("accepted")
    later = _make(zero_draft, "2", "replace", "OP3", by="G77", old="report", new="brief")
    moved = _make(zero_draft, "3", "replace", "OP4", by="EU", old="seized", new="actively seized")
    rev1 = revise(zero_draft, [delete], label="Rev.1", date=dt.date(2026, 3, 20))
    history = {"Zero draft": zero_draft}
    compilation = compile_text(rev1, [later, moved], history=history)
    (stale,) = compilation.stale
    assert stale.proposal.id == "2"
    assert stale.stale == "OP3 of Zero draft is not in Rev.1"
    op3 = {p.label: p for p in compilation.paragraphs}["OP3"]  # the old OP4, renumbered
    assert op3.proposals == ("3",)
    assert "[actively seized — EU]" in op3.text
    assert "Stale proposals" in compilation.render()


def test_a_proposal_whose_words_were_changed_is_stale(zero_draft):
    accepted = _make(zero_draft, "1", "replace", "OP1", old="combat", new="eradicate")
    pending = _make(zero_draft, "2", "insert", "OP1", by="G77", old="combat", new="effectively")
    rev1 = revise(zero_draft, [accepted.with_status("accepted")], label="Rev.1", date=None)
    (stale,) = compile_text(rev1, [pending]).stale
    assert stale.stale == "OP1 in Rev.1 no longer contains 'combat'"
    with pytest.raises(RevisionError, match="accepted proposal 2 is stale"):
        revise(rev1, [pending.with_status("accepted")], label="Rev.2", date=None)


def test_overlapping_accepted_proposals_are_refused(zero_draft):
    first = _make(zero_draft, "1", "replace", "OP1", old="combat", new="eradicate")
    second = _make(zero_draft, "2", "delete", "OP1", by="USA")
    accepted = [first.with_status("accepted"), second.with_status("accepted")]
    with pytest.raises(RevisionError, match="accepted proposals 1 and 2 overlap"):
        revise(zero_draft, accepted, label="Rev.1", date=None)


def test_deleting_words_leaves_no_double_space(zero_draft):
    cut = _make(zero_draft, "1", "replace", "OP1", old="in all its forms", new="")
    rev1 = revise(zero_draft, [cut.with_status("accepted")], label="Rev.1", date=None)
    assert rev1.by_label("OP1").text == "Calls upon Member States to combat trafficking in persons;"


def test_changing_a_sub_paragraph_of_a_deleted_paragraph_is_refused():
    version = import_text(
        "Recalling,\n\n1. Calls for:\n\n(a) Action;\n", label="Zero draft"
    ).version
    delete = P.make(version, id="1", action="delete", label="OP1", by="USA")
    words = P.make(version, id="2", action="replace", label="OP1(a)", by="EU", old="Action",
                   new="Joint action")  # fmt: skip
    accepted = [delete.with_status("accepted"), words.with_status("accepted")]
    with pytest.raises(RevisionError, match="proposal 2 acts on OP1\\(a\\), which an accepted"):
        revise(version, accepted, label="Rev.1", date=None)


def test_a_revision_has_its_own_symbol_or_none(zero_draft):
    draft = dataclasses.replace(zero_draft, symbol="A/81/L.99")
    unnamed = revise(draft, [], label="Rev.1", date=None)
    assert unnamed.symbol is None
    named = revise(draft, [], label="Rev.1", date=None, symbol="A/81/L.99/Rev.1")
    assert named.symbol == "A/81/L.99/Rev.1"
