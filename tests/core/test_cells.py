import pytest

from plenipo.core.cells import plain_cell


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_a_value_a_spreadsheet_would_read_as_a_formula_gets_an_apostrophe(start):
    assert plain_cell(start + "1+1") == "'" + start + "1+1"


@pytest.mark.parametrize("value", ["Anna Berger", "", "O'Brien", "Jean-Luc", " =1"])
def test_other_values_are_left_as_they_are(value):
    assert plain_cell(value) == value
