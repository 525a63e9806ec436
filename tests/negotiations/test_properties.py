"""Properties: revising then diffing reports exactly the applied changes; renumbering maps
are consistent; rendering reads back."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from plenipo.negotiations import proposals as P
from plenipo.negotiations.diff import Change, diff_versions
from plenipo.negotiations.revise import revise
from plenipo.negotiations.texts import Kind, import_text, render_text

WORDS = ["States", "trafficking", "persons", "victims", "cooperation", "combat", "protect"]
sentences = st.lists(st.sampled_from(WORDS), min_size=2, max_size=8).map(" ".join)


@st.composite
def drafts(draw):
    preamble = draw(st.lists(sentences.map(lambda s: f"Recalling {s},"), max_size=3))
    blocks = list(preamble)
    for number in range(1, draw(st.integers(1, 6)) + 1):
        blocks.append(f"{number}. Calls for {draw(sentences)};")
        for letter in "abc"[: draw(st.integers(0, 2))]:
            blocks.append(f"({letter}) By {draw(sentences)};")
    return import_text("\n\n".join(blocks) + "\n", label="Zero draft").version


@st.composite
def drafts_with_proposals(draw):
    version = draw(drafts())
    proposals, touched, parent_deleted = [], set(), False
    for index, paragraph in enumerate(version.paragraphs):
        choice = draw(st.sampled_from(["none", "none", "replace", "insert", "delete", "add"]))
        label = version.label_of(paragraph.pid)
        if paragraph.kind is not Kind.SUB:
            parent_deleted = choice == "delete"
        elif choice == "delete" or parent_deleted:
            continue
        if choice == "none":
            continue
        details = {}
        if choice in {"replace", "insert"}:
            word = draw(st.sampled_from(paragraph.text.split()[1:]))
            details = {"old": word, "new": draw(st.sampled_from(["new", "other words"]))}
        elif choice == "add":
            details = {"new": "Added text;"}
        proposals.append(
            P.make(
                version, id=str(index), action=choice, label=label, by="EU", **details
            ).with_status("accepted")
        )
        touched.add((paragraph.pid, choice))
    return version, proposals, touched


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drafts_with_proposals())
def test_diff_reports_exactly_the_applied_changes(case):
    version, proposals, touched = case
    rev1 = revise(version, proposals, label="Rev.1", date=None)
    diff = diff_versions(version, rev1)
    deleted = {pid for pid, action in touched if action == "delete"}
    deleted |= {
        p.pid
        for p in version.paragraphs
        if p.kind is Kind.SUB and _parent(version, p.pid) in deleted
    }
    assert {p.old_id for p in diff.of_change(Change.REMOVED)} == deleted
    added = {f"add-{p.id}" for p in proposals if p.action is P.Action.ADD}
    assert {p.new_id for p in diff.of_change(Change.ADDED)} == added
    edited = {pid for pid, action in touched if action in {"replace", "insert"}}
    modified = diff.of_change(Change.MODIFIED)
    assert {p.old_id for p in modified} <= edited
    for entry in modified:
        old_text = version.paragraph(entry.old_id).text
        new_text = rev1.paragraph(entry.new_id).text
        assert "".join(t for op, t in entry.words if op != "insert") == old_text
        assert "".join(t for op, t in entry.words if op != "delete") == new_text
    for entry in diff.of_change(Change.UNCHANGED):
        assert entry.old_id not in deleted


@settings(max_examples=150, deadline=None)
@given(drafts_with_proposals())
def test_renumbering_map_is_consistent(case):
    version, proposals, _ = case
    rev1 = revise(version, proposals, label="Rev.1", date=None)
    renumbering = diff_versions(version, rev1).renumbering
    assert len(set(renumbering.values())) == len(renumbering)  # no two land on one label
    for old_label, new_label in renumbering.items():
        pid = version.by_label(old_label).pid
        assert rev1.label_of(pid) == new_label
    for paragraph in rev1.paragraphs:
        if paragraph.pid in version and version.label_of(paragraph.pid) not in renumbering:
            assert version.label_of(paragraph.pid) == rev1.label_of(paragraph.pid)


@settings(max_examples=100, deadline=None)
@given(drafts())
def test_rendered_text_imports_to_the_same_paragraphs(version):
    again = import_text(render_text(version), label="Zero draft").version
    assert again.paragraphs == version.paragraphs
    assert again.labels == version.labels


def _parent(version, pid):
    for index in range(version.position(pid) - 1, -1, -1):
        candidate = version.paragraphs[index]
        if candidate.kind is not Kind.SUB:
            return candidate.pid
    return None
