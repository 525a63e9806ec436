"""A reference line, made up: its value and what stands beside it; a label before a run of
blanks and a line too long to be its value gives none. (Such lines once made the pattern try
every split of the blanks, minutes a line; how long reading takes is measured by
bench/reading.py, never asserted here.)"""

import pytest

from plenipo.reading import read_text
from plenipo.reading.references import REFERENCE

# a reference label, then a run of blanks as ``pdftotext -layout`` leaves between columns,
# then a line too long to be the label's value: every split of the blanks was tried
LABEL_THEN_BLANKS = [
    "Ref: 657" + " " * 150 + "x" * 300,
    "Ref:" + " " * 150 + "x" * 300,
    "Reference" + " " * 150 + "x" * 300,
    "Ref: 12" + " " * 60 + "x" * 100 + " " * 150 + "y" * 300,
    ("Ref: " + " " * 50 + "x" * 200 + "\n") * 20,
]


@pytest.mark.parametrize("text", LABEL_THEN_BLANKS)
def test_a_reference_label_before_a_run_of_blanks_and_a_long_line_has_no_value(text):
    assert REFERENCE.search(text) is None


def test_a_letter_whose_reference_line_runs_on_after_blanks_is_read_without_a_reference():
    letter = (
        "Réf. : 657"
        + " " * 120
        + "Dated the first day of November, 2019"
        + " " * 160
        + "To: Permanent Mission of Norland"
        + " " * 90
        + "Delegations are reminded that "
        "registration closes within three days.\n\nExcellency,\n\nYours sincerely,\nJane Roe\n"
    )
    found = read_text(letter)
    assert found.reference is None
    assert found.sender.name == "Jane Roe"


@pytest.mark.parametrize(
    ("line", "ref", "beside"),
    [
        ("Ref.: CU 2031/12", "CU 2031/12", None),
        ("Ref.: CU 2031/12        Date: 3 May 2031", "CU 2031/12", " Date: 3 May 2031"),
        ("Our ref: DTA/44 Date: 3 May 2031", "DTA/44", " Date: 3 May 2031"),
        ("Ref.:\tCU 2031/12\tGeneva", "CU 2031/12", "\tGeneva"),
        ("Reference:\n  NV/31/4", "NV/31/4", None),
    ],
)
def test_the_value_of_a_reference_line_and_what_stands_beside_it(line, ref, beside):
    match = REFERENCE.search(line)
    assert (match["ref"], match["beside"]) == (ref, beside)


def test_a_label_whose_line_runs_on_too_far_has_no_value_on_its_line():
    assert REFERENCE.search("Ref: " + "x" * 200) is None
