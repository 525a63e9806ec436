import pytest

from plenipo.bodies.symbols import SymbolError, parse_symbol


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("decision 4/4", "decision 4/4"),
        ("Decision  4 / 4", "decision 4/4"),
        ("resolution 9/1", "resolution 9/1"),
        ("A/RES/71/287", "A/RES/71/287"),
        ("a/res/64/293", "A/RES/64/293"),
        ("GA res. 64/293", "A/RES/64/293"),
    ],
)
def test_symbols_are_normalised(text, expected):
    assert str(parse_symbol(text)) == expected


@pytest.mark.parametrize("text", ["decision 4", "4/4", "A/RES/71", "decision four/4", ""])
def test_unparseable_symbols_are_refused_naming_the_forms(text):
    with pytest.raises(SymbolError, match="use 'decision 4/4'"):
        parse_symbol(text)
