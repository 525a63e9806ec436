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
        ("CM/Del/Dec(2026)1450/4.1", "CM/Del/Dec(2026)1450/4.1"),
        ("cm/del/dec (2015) 1227 / 10.3A", "CM/Del/Dec(2015)1227/10.3a"),
        ("CM/Del/Dec(2008)1031/4", "CM/Del/Dec(2008)1031/4"),
        ("CM/Res(2020)1", "CM/Res(2020)1"),
        ("CM/ResDH(2019)12", "CM/ResDH(2019)12"),
        ("cm/rescmn(2021)3", "CM/ResCMN(2021)3"),
    ],
)
def test_symbols_are_normalised(text, expected):
    assert str(parse_symbol(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "decision 4",
        "4/4",
        "A/RES/71",
        "decision four/4",
        "",
        "CM/Del/Dec(26)1450/4.1",
        "CM/Del/Dec(2026)1450",
        "CM/Del/Dec(2026)1450/4..1",
        "CM/Xyz(2020)1",
    ],
)
def test_unparseable_symbols_are_refused_naming_the_forms(text):
    with pytest.raises(SymbolError, match="use 'decision 4/4'"):
        parse_symbol(text)


def test_a_council_of_europe_symbol_is_a_document_symbol_of_its_own():
    decision = parse_symbol("CM/Del/Dec(2026)1450/4.1")
    assert (decision.kind, decision.session, decision.number) == ("decision", 2026, 1450)
    assert decision.prefix  # unique, as a UN document symbol is
    assert parse_symbol("CM/Res(2020)1").kind == "resolution"
