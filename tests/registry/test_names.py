"""The UN's names of states with their periods of use (pure: no database)."""

import datetime as dt

import pytest
import yaml

from plenipo.registry.names import (
    DEFAULT_PATH,
    LANGUAGES,
    NamesError,
    load_names,
    name_on,
    names_on,
    read_record,
    read_records,
    validate,
)

TODAY = dt.date(2026, 11, 25)
MEMBERSHIPS_UN = DEFAULT_PATH.parent / "memberships-un.yaml"


@pytest.fixture(scope="module")
def records():
    return load_names()


def short(records, state, day, **options):
    return name_on(records, state, day, **options).text


# The built-in file ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "day", "expected"),
    [
        ("MKD", dt.date(2014, 1, 27), "The former Yugoslav Republic of Macedonia"),
        ("MKD", dt.date(2019, 2, 13), "The former Yugoslav Republic of Macedonia"),
        ("MKD", dt.date(2019, 2, 14), "North Macedonia"),
        ("MKD", TODAY, "North Macedonia"),
        ("SWZ", dt.date(2014, 1, 27), "Swaziland"),
        ("SWZ", TODAY, "Eswatini"),
        ("TUR", dt.date(2022, 5, 31), "Turkey"),
        ("TUR", dt.date(2022, 6, 1), "Türkiye"),
        ("RUS", dt.date(2005, 3, 1), "Russian Federation"),
        ("VAT", TODAY, "Holy See"),
        ("PSE", TODAY, "State of Palestine"),
        ("PSE", dt.date(2012, 12, 16), "Palestine"),
        ("COG", TODAY, "Congo"),
        ("BOL", TODAY, "Bolivia (Plurinational State of)"),
        ("BOL", dt.date(2005, 1, 1), "Bolivia"),
        ("CZE", dt.date(2010, 1, 1), "Czech Republic"),
        ("CZE", TODAY, "Czechia"),
        ("CPV", dt.date(2010, 1, 1), "Cape Verde"),
        ("CPV", TODAY, "Cabo Verde"),
        ("SRB", dt.date(2004, 1, 1), "Serbia and Montenegro"),
        ("SRB", TODAY, "Serbia"),
        ("LBY", dt.date(2010, 1, 1), "Libyan Arab Jamahiriya"),
        ("EU", dt.date(2005, 1, 1), "European Community"),
        ("EU", TODAY, "European Union"),
    ],
)
def test_short_names_on_a_date(records, state, day, expected):
    found = name_on(records, state, day)
    assert found.text == expected
    assert found.exact


@pytest.mark.parametrize(
    ("state", "day", "language", "expected"),
    [
        ("RUS", TODAY, "en", "the Russian Federation"),
        ("BOL", TODAY, "en", "the Plurinational State of Bolivia"),
        ("COG", TODAY, "en", "the Republic of the Congo"),
        ("VAT", TODAY, "en", "the Holy See"),
        ("PSE", TODAY, "en", "the State of Palestine"),
        ("MKD", TODAY, "fr", "la République de Macédoine du Nord"),
        ("CZE", TODAY, "en", "the Czech Republic"),
        ("TUR", dt.date(2020, 1, 1), "fr", "la République turque"),
    ],
)
def test_formal_names(records, state, day, language, expected):
    assert name_on(records, state, day, kind="formal", language=language).text == expected


def test_six_languages_today(records):
    assert names_on(records, "RUS", TODAY) == {
        "en": "Russian Federation",
        "fr": "Fédération de Russie",
        "es": "Federación de Rusia",
        "ru": "Российская Федерация",
        "zh": "俄罗斯联邦",
        "ar": "الاتحاد الروسي",
    }
    assert name_on(records, "SWZ", dt.date(2015, 6, 1), language="fr").text == "Swaziland"
    assert name_on(records, "MKD", TODAY, language="ru").text == "Северная Македония"


def test_every_record_names_a_known_source():
    data = yaml.safe_load(DEFAULT_PATH.read_text(encoding="utf-8"))
    sources = data["sources"]
    for record in data["names"]:
        cited = record.get("sources") or [record.get("source")]
        assert cited, record["state"]
        assert all(source in sources for source in cited), record["state"]
    for source_id, source in sources.items():
        assert source.get("url") or source.get("symbol"), source_id
        assert source.get("as_of"), source_id


def test_every_un_member_has_a_current_short_name_in_english_and_french(records):
    memberships = yaml.safe_load(MEMBERSHIPS_UN.read_text(encoding="utf-8"))
    members = {m["state"] for m in memberships["memberships"] if not m.get("end")}
    assert len(members) == 193
    for state in sorted(members | {"VAT", "PSE", "COK", "NIU"}):
        for language in ("en", "fr"):
            found = name_on(records, state, TODAY, language=language)
            assert found is not None, state
            assert found.exact, (state, language)
            assert found.record.end is None, state


def test_current_un_names_are_in_all_six_languages(records):
    current = [r for r in records if r.scheme == "un" and r.end is None and r.state != "EU"]
    incomplete = [r.state for r in current if r.short and set(r.short) != set(LANGUAGES)]
    assert incomplete == []


# Fallbacks ---------------------------------------------------------------------------


def test_language_missing_falls_back_to_english(records):
    found = name_on(records, "CPV", dt.date(2010, 1, 1), language="ru")
    assert found.text == "Cape Verde"
    assert found.language == "en"
    assert found.language_fallback
    assert not found.exact


def test_council_of_europe_names_and_fallback_to_the_un(records):
    assert short(records, "SVK", TODAY, scheme="coe") == "Slovak Republic"
    assert short(records, "SVK", TODAY, scheme="un") == "Slovakia"
    assert short(records, "TUR", dt.date(2015, 1, 1), scheme="coe") == "Turkey"
    assert short(records, "TUR", TODAY, scheme="coe") == "Türkiye"
    fallback = name_on(records, "FRA", TODAY, scheme="coe")
    assert fallback.text == "France"
    assert fallback.scheme_fallback


def test_day_inside_a_bounded_change_keeps_the_earlier_name_flagged(records):
    found = name_on(records, "SWZ", dt.date(2018, 6, 1))
    assert found.text == "Swaziland"
    assert found.uncertain
    assert name_on(records, "SWZ", dt.date(2018, 8, 6)).text == "Eswatini"


def test_day_before_the_first_record_gets_the_earliest_flagged(records):
    found = name_on(records, "SRB", dt.date(1999, 1, 1))
    assert found.text == "Yugoslavia"
    assert found.before_first_record


def test_unknown_state_gives_none(records):
    assert name_on(records, "XXX", TODAY) is None


def test_bad_arguments_are_refused_in_one_line(records):
    with pytest.raises(NamesError, match="unknown language 'de'"):
        name_on(records, "FRA", TODAY, language="de")
    with pytest.raises(NamesError, match="unknown scheme 'eu'"):
        name_on(records, "FRA", TODAY, scheme="eu")
    with pytest.raises(NamesError, match="unknown kind"):
        name_on(records, "FRA", TODAY, kind="long")


# Validation --------------------------------------------------------------------------


def _record(**fields):
    base = {"state": "TUR", "scheme": "un", "sources": ["s"]}
    return read_record(base | fields)


def test_validator_accepts_a_change_on_one_day():
    validate(
        [
            _record(short={"en": "Turkey"}, until="2022-06-01"),
            _record(short={"en": "Türkiye"}, **{"from": "2022-06-01"}),
        ]
    )


def test_validator_accepts_a_change_bounded_by_the_same_days():
    bounds = {"not_before": "2018-04-19", "not_after": "2018-08-06"}
    validate(
        [
            _record(short={"en": "Swaziland"}, until=bounds),
            _record(short={"en": "Eswatini"}, **{"from": bounds}),
        ]
    )


def test_validator_refuses_overlapping_periods():
    with pytest.raises(NamesError) as refused:
        validate(
            [
                _record(short={"en": "Turkey"}, until="2022-07-01"),
                _record(short={"en": "Türkiye"}, **{"from": "2022-06-01"}),
            ]
        )
    message = str(refused.value)
    assert "\n" not in message
    assert "TUR un short" in message
    assert "overlaps" in message


def test_validator_refuses_an_open_ended_record_followed_by_another():
    with pytest.raises(NamesError, match="has no 'until'"):
        validate(
            [
                _record(short={"en": "Turkey"}),
                _record(short={"en": "Türkiye"}, **{"from": "2022-06-01"}),
            ]
        )


def test_validator_keeps_kinds_and_schemes_apart():
    validate(
        [
            _record(short={"en": "Czech Republic"}, until="2016-05-17"),
            _record(short={"en": "Czechia"}, **{"from": "2016-05-17"}),
            _record(formal={"en": "the Czech Republic"}),
            _record(short={"en": "Turkey"}, scheme="coe"),
        ]
    )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"short": {"en": "X"}, "sources": []}, "no source"),
        ({"short": {"de": "Türkei"}}, "unknown language 'de'"),
        ({"short": {"en": "X"}, "scheme": "eu"}, "unknown scheme"),
        ({}, "neither a short nor a formal name"),
        ({"short": {"en": "X"}, "from": "2022-13"}, "from: impossible month"),
        ({"short": {"en": "X"}, "from": "2022-06-01", "until": "2022-01-01"}, "not after"),
        ({"short": {"en": "X"}, "state": "Turkey"}, "alpha-3"),
        ({"short": {"en": "X"}, "colour": "red"}, "unknown key"),
        ({"short": {"fr": "X"}, "article": {"fr": "der"}}, "unknown fr article 'der'"),
        ({"short": {"fr": "X"}, "article": {"ru": "la"}}, "no articles are known for 'ru'"),
        ({"short": {"en": "X"}, "article": {"fr": "la"}}, "an article for fr but no fr short"),
    ],
)
def test_bad_records_are_refused_in_one_line(fields, message):
    with pytest.raises(NamesError, match=message) as refused:
        _record(**fields)
    assert "\n" not in str(refused.value)


@pytest.mark.parametrize(
    ("state", "articles"),
    [
        ("AUT", {"fr": "l'"}),
        ("BLR", {"fr": "le"}),
        ("NLD", {"fr": "les", "es": "los"}),
        ("RUS", {"fr": "la", "es": "la"}),
        ("AFG", {"fr": "l'", "es": "el"}),
        ("CUB", {}),  # UNTERM marks none: letters use the formal name
        ("IRN", {}),
    ],
)
def test_the_article_unterm_gives_each_current_short_name(records, state, articles):
    found = name_on(records, state, TODAY, language="fr")
    assert dict(found.record.article) == articles


def test_an_article_belongs_to_the_name_of_its_period(records):
    before = name_on(records, "SWZ", dt.date(2017, 1, 1), language="fr")
    after = name_on(records, "SWZ", TODAY, language="fr")
    assert (before.text, before.record.article["fr"]) == ("Swaziland", "le")
    assert (after.text, after.record.article["fr"]) == ("Eswatini", "l'")


def test_every_article_cites_the_copy_it_was_read_from(records):
    for record in records:
        if record.article:
            assert {"un-unterm-markers", "un-country-codes-2017"} & set(record.sources), record


def test_unknown_source_and_missing_list_are_refused():
    with pytest.raises(NamesError, match="unknown source 'nowhere'"):
        read_records(
            {
                "sources": {"s": {}},
                "names": [{"state": "FRA", "short": {"en": "France"}, "sources": ["nowhere"]}],
            }
        )
    with pytest.raises(NamesError, match="'names:' list"):
        read_records({"sources": {}})


def test_unreadable_file_is_refused_in_one_line(tmp_path):
    broken = tmp_path / "names.yaml"
    broken.write_text("names: [\n", encoding="utf-8")
    with pytest.raises(NamesError, match="not valid YAML"):
        load_names(broken)
    with pytest.raises(NamesError, match="cannot read"):
        load_names(tmp_path / "missing.yaml")
