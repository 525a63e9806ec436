"""A real negotiation: the 2017 political declaration on the Global Plan of Action, draft
outcome document against the adopted A/RES/72/1. Both stored texts are excerpts of the
same printed page of each document; see texts/README.md for their sources."""

import datetime as dt
from pathlib import Path

import pytest

from plenipo.negotiations.diff import Change, diff_versions
from plenipo.negotiations.texts import Style, import_text

TEXTS = Path(__file__).parent / "texts"


@pytest.fixture(scope="module")
def imported():
    draft = import_text(
        (TEXTS / "A-RES-71-319-annex-page2.txt").read_text(encoding="utf-8"),
        label="draft outcome document",
        date=dt.date(2017, 8, 28),  # transmitted to the 72nd session that day (GA/11933)
        symbol="A/RES/71/319",
    )
    adopted = import_text(
        (TEXTS / "A-RES-72-1-page2.txt").read_text(encoding="utf-8"),
        label="adopted",
        date=dt.date(2017, 9, 27),  # GA/11955
        symbol="A/RES/72/1",
    )
    return draft, adopted


def test_both_are_declarations_numbered_from_their_printed_numbers(imported):
    draft, adopted = imported
    assert draft.style is adopted.style is Style.DECLARATION
    assert [p.printed for p in draft.version.paragraphs] == ["2", "3", "4"]
    assert [p.printed for p in adopted.version.paragraphs] == ["3", "4", "5"]
    # Excerpts start mid-document: labels follow position, and the importer says so.
    assert draft.warnings[0] == "P1 is printed as '2'; labels follow position"


def test_paragraph_4_is_the_same_as_far_as_the_draft_excerpt_goes(imported):
    draft, adopted = imported
    diff = diff_versions(draft.version, adopted.version)
    by_printed = {
        (draft.version.paragraph(e.old_id).printed if e.old_id else None): e
        for e in diff.paragraphs
    }
    four = by_printed["4"]
    assert four.change is Change.MODIFIED
    assert adopted.version.paragraph(four.new_id).printed == "4"
    deleted = [text for op, text in four.words if op == "delete"]
    inserted = "".join(text for op, text in four.words if op == "insert")
    assert deleted == ["[…]"]  # only the excerpt's cut: no word of the draft was dropped
    assert inserted.strip() == "to prevent and combat trafficking in persons."


def test_paragraph_3_ends_the_same_in_both(imported):
    draft, adopted = imported
    tail = adopted.version.paragraphs[0].text.removeprefix("[…] ")
    assert tail.startswith("education and awareness-raising campaigns")
    assert draft.version.paragraphs[1].text.endswith(tail)


def test_paragraph_2_of_the_draft_has_no_counterpart_in_the_adopted_excerpt(imported):
    draft, adopted = imported
    diff = diff_versions(draft.version, adopted.version)
    removed = [draft.version.paragraph(e.old_id).printed for e in diff.of_change(Change.REMOVED)]
    assert "2" in removed  # outside the adopted excerpt, not a change of the negotiation
