"""Import of plain text: preamble, operative paragraphs, sub-paragraphs, annexes, styles."""

import pytest

from plenipo.negotiations.texts import Kind, Style, TextError, import_text, render_text

DECLARATION = """\
Political declaration on a subject

1. We reaffirm our commitment to the Global Plan of Action;

2. We commit to:

(a) Prevent trafficking in persons;

(b) Protect its victims;

3. We decide to appraise progress in 2021.
"""

WITH_ANNEX = """\
The General Assembly,

Recalling its earlier resolutions,

1. Adopts the guidelines annexed to the present resolution;

2. Decides to remain seized of the matter.

Annex

Guidelines on cooperation

The States,

1. Exchange information;

(a) Through central authorities;
"""


def test_resolution_style(zero_draft):
    assert zero_draft.title == "Strengthening cooperation against trafficking in persons"
    assert zero_draft.formula == "The General Assembly,"
    assert zero_draft.style is Style.RESOLUTION
    kinds = [p.kind for p in zero_draft.paragraphs]
    assert kinds == [Kind.PREAMBULAR] * 2 + [Kind.OPERATIVE] * 4
    assert zero_draft.by_label("OP1").text.startswith("Calls upon Member States")


def test_all_numbered_declaration_is_detected():
    imported = import_text(DECLARATION, label="Zero draft")
    assert imported.style is Style.DECLARATION
    labels = list(imported.version.labels.values())
    assert labels == ["P1", "P2", "P2(a)", "P2(b)", "P3"]
    assert imported.warnings == ()


def test_annex_has_its_own_numbering_and_title():
    version = import_text(WITH_ANNEX, label="Zero draft").version
    assert [a.title for a in version.annexes] == ["Guidelines on cooperation"]
    assert list(version.labels.values()) == ["PP1", "OP1", "OP2", "A1.U1", "A1.1", "A1.1(a)"]
    assert version.by_label("A1.1(a)").text == "Through central authorities;"


def test_printed_numbers_out_of_sequence_are_warned_about():
    imported = import_text(
        "Recalling,\n\n1. Decides one;\n\n3. Decides three;\n", label="Zero draft"
    )
    assert imported.warnings == ("OP2 is printed as '3'; labels follow position",)


def test_unnumbered_text_after_a_numbered_paragraph_joins_it():
    imported = import_text("1. Decides one;\n\ncontinued here.\n", label="Zero draft")
    (paragraph,) = imported.version.paragraphs
    assert paragraph.text == "Decides one; continued here."
    assert "joined to the paragraph before it" in imported.warnings[0]


def test_lines_inside_a_paragraph_are_joined():
    version = import_text("1. Decides\nto act;\n", label="Zero draft").version
    assert version.paragraphs[0].text == "Decides to act;"


@pytest.mark.parametrize("text", ["", "   \n\n"])
def test_empty_text_is_refused(text):
    with pytest.raises(TextError, match="the text is empty"):
        import_text(text, label="Zero draft")


@pytest.mark.parametrize("source", [DECLARATION, WITH_ANNEX])
def test_render_reads_back_the_same_structure(source):
    version = import_text(source, label="Zero draft").version
    again = import_text(render_text(version), label="Zero draft").version
    assert again.paragraphs == version.paragraphs
    assert again.annexes == version.annexes
    assert again.title == version.title


def test_negotiators_own_paragraph_labels_give_the_kind_and_are_not_kept_in_the_text():
    text = (
        "The Conference of the Parties,\n\nPP1 Recalling its earlier decisions,\n\n"
        "PP2. Noting the report of the working group,\n\nOP1. Calls upon States to act;\n\n"
        "OP 2 Decides to remain seized of the matter.\n"
    )
    version = import_text(text, label="Zero draft").version
    labels = [version.label_of(p.pid) for p in version.paragraphs]
    assert labels == ["PP1", "PP2", "OP1", "OP2"]
    assert [p.text for p in version.paragraphs] == [
        "Recalling its earlier decisions,",
        "Noting the report of the working group,",
        "Calls upon States to act;",
        "Decides to remain seized of the matter.",
    ]


def test_a_paragraph_opening_with_a_word_like_a_label_keeps_it():
    version = import_text("OPEC countries recall their pledges.\n", label="Zero draft").version
    assert [p.text for p in version.paragraphs] == ["OPEC countries recall their pledges."]


def test_labelled_lines_without_blank_lines_are_each_a_paragraph():
    text = (
        "PP1. Recalling its resolution 64/293,\n"
        "PP2. Reaffirming its commitment,\n"
        "OP1. Decides:\n"
        "(a) To act;\n"
        "(b) To report;\n"
        "2. Decides to remain seized\n"
        "of the matter.\n"
    )
    imported = import_text(text, label="Zero draft")
    version = imported.version
    assert [version.label_of(p.pid) for p in version.paragraphs] == [
        "PP1",
        "PP2",
        "OP1",
        "OP1(a)",
        "OP1(b)",
        "OP2",
    ]
    assert version.paragraphs[-1].text == "Decides to remain seized of the matter."
    assert imported.warnings == ()


def test_several_lines_read_as_one_paragraph_are_warned_of():
    imported = import_text("Decides to remain\nseized of the matter.", label="Zero draft")
    assert len(imported.version.paragraphs) == 1
    assert imported.warnings == (
        "only one paragraph was found in 2 lines: separate the paragraphs by blank lines or "
        "start each line with its label (PP1., OP1., 1., (a))",
    )
