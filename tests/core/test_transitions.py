import pytest

from plenipo.core.transitions import Machine, RefusedTransition, going_back
from plenipo.negotiations.proposals import PROPOSAL

LABELS = {"draft": "draft", "approved": "approved", "sent": "sent"}
DOCUMENT = Machine(
    subject="document",
    labels=LABELS,
    allowed={
        "draft": frozenset({"approved"}),
        "approved": frozenset({"sent"}),
        "sent": frozenset(),
    },
    reasons={
        **going_back(("draft", "approved", "sent"), LABELS, "document"),
        ("draft", "sent"): "a draft document is approved before it is sent",
    },
    initial=frozenset({"draft"}),
)


def test_an_allowed_move_passes_and_a_refused_one_says_why():
    DOCUMENT.check("draft", "approved")
    with pytest.raises(RefusedTransition) as refused:
        DOCUMENT.check("draft", "sent")
    assert str(refused.value) == "a draft document is approved before it is sent"


def test_refusals_read_as_sentences():
    assert DOCUMENT.refusal("sent", "draft") == "a sent document cannot go back to draft"
    assert DOCUMENT.refusal("approved", "draft") == "an approved document cannot go back to draft"
    assert DOCUMENT.refusal("sent", "sent") == "the document is already sent"
    assert DOCUMENT.refusal("draft", "archived") == (
        "unknown document status 'archived' (known: draft, approved, sent)"
    )


def test_refused_lists_every_move_not_in_the_table():
    assert DOCUMENT.refused() == [
        ("draft", "draft"),
        ("draft", "sent"),
        ("approved", "draft"),
        ("approved", "approved"),
        ("sent", "draft"),
        ("sent", "approved"),
        ("sent", "sent"),
    ]


def test_a_new_record_starts_only_in_an_initial_status():
    DOCUMENT.check_initial("draft")
    with pytest.raises(RefusedTransition, match=r"cannot start as sent \(only draft\)"):
        DOCUMENT.check_initial("sent")
    with pytest.raises(RefusedTransition, match="unknown document status 'lost'"):
        DOCUMENT.check_initial("lost")


def test_a_table_with_a_status_left_out_or_an_unknown_one_is_refused():
    with pytest.raises(ValueError, match="every status needs one row"):
        Machine(subject="x", labels={"a": "a", "b": "b"}, allowed={"a": frozenset()})
    with pytest.raises(ValueError, match=r"unknown status\(es\) \['c'\]"):
        Machine(subject="x", labels={"a": "a"}, allowed={"a": frozenset({"c"})})


@pytest.mark.parametrize(("current", "new"), PROPOSAL.refused())
def test_a_proposal_is_decided_once(current, new):
    from plenipo.negotiations.proposals import Action, Proposal, Status  # noqa: PLC0415

    proposal = Proposal(
        id="1", action=Action.DELETE, paragraph="OP1", by="EU", status=Status(current)
    )
    with pytest.raises(RefusedTransition) as refused:
        proposal.with_status(new)
    assert str(refused.value) == PROPOSAL.refusal(current, new)
    assert proposal.status == current


def test_every_proposal_status_has_a_row_and_pending_ones_are_decided():
    from plenipo.negotiations.proposals import Action, Proposal, Status  # noqa: PLC0415

    assert set(PROPOSAL.statuses) == {s.value for s in Status}
    pending = Proposal(id="1", action=Action.DELETE, paragraph="OP1", by="EU")
    for new in sorted(PROPOSAL.allowed["pending"]):
        assert pending.with_status(new).status == new
